import { Arg, Ctx, Query, Resolver, UseMiddleware } from "type-graphql";
import type { Context } from "../context";
import { TimeBudget } from "../common/time-budget";
import { buildDataMap } from "./datamap.service";
import { DataMap } from "./datamap.type";

@Resolver()
export class DataMapResolver {
  @UseMiddleware(TimeBudget)
  @Query(() => DataMap, { description: "An organisation's record as nodes and edges for diagrams; NOT_FOUND error for an unknown slug." })
  dataMap(@Ctx() ctx: Context, @Arg("organization", () => String, { description: "The organisation's slug." }) organization: string) {
    return buildDataMap(ctx, organization);
  }
}
