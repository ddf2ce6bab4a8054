import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import { resolveNode } from "./node.service";
import { Node } from "./node.type";

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global id, now or as it stood at an instant; null when the id is unknown (or the object did not exist then)." })
  node(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "A global id returned by this API." }) id: string,
    @Arg("asOf", () => Date, { nullable: true, description: "Read the object as it stood at this instant, with its organisation's record then; a future instant reads as now." }) asOf?: Date | null,
  ) {
    return resolveNode(ctx, id, asOf);
  }
}
