import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Query, Resolver, Info } from "type-graphql";
import type { Context } from "../context";
import { checkTimeBudget } from "../common/time-budget";
import { buildDataMap } from "./datamap.service";
import { DataMap } from "./datamap.type";

@Resolver()
export class DataMapResolver {
  @Query(() => DataMap, { description: "An organisation's record as nodes and edges for diagrams; NOT_FOUND error for an unknown slug." })
  dataMap(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("organization", () => String, { description: "The organisation's slug." }) organization: string) {
    checkTimeBudget(ctx, info);
    return buildDataMap(ctx, organization);
  }
}
