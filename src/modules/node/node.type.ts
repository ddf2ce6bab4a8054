import { Field, ID, InterfaceType } from "type-graphql";

/** Every object with a global id carries its GraphQL type name, so `node(id:)` can resolve any of them. */
@InterfaceType({
  description: "An object with a global, opaque id that `node(id:)` resolves.",
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: "Global, opaque id of this object." })
  id!: string;
}
