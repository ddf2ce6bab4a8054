import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import { buildDataMap } from "./datamap.service";
import { DataMap } from "./datamap.type";

@Resolver()
export class DataMapResolver {
  @Query(() => DataMap, { description: "An organisation's record as nodes and edges for diagrams; NOT_FOUND error for an unknown slug." })
  dataMap(@Ctx() ctx: Context, @Arg("organization", () => String, { description: "The organisation's slug." }) organization: string) {
    return buildDataMap(ctx, organization);
  }
}
