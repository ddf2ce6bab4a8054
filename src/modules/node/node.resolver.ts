import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import { resolveNode } from "./node.service";
import { Node } from "./node.type";

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global id; null when the id is unknown." })
  node(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "A global id returned by this API." }) id: string) {
    return resolveNode(ctx, id);
  }
}
