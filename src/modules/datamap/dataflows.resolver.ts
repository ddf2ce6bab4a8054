import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Int, Query, Resolver, Info } from "type-graphql";
import type { Context } from "../context";
import { checkTimeBudget } from "../common/time-budget";
import { buildDataFlows } from "./dataflows.service";
import { DataFlowFilter, DataFlows } from "./dataflows.type";

@Resolver()
export class DataFlowsResolver {
  @Query(() => DataFlows, {
    description: "An organisation's data flows for a Sankey diagram, grouped when a column would hold more than maxNodes nodes; NOT_FOUND error for an unknown slug.",
  })
  dataFlows(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("organization", () => String, { description: "The organisation's slug." }) organization: string,
    @Arg("asOf", () => Date, { nullable: true, description: "Read the record as it stood at this instant; a future instant reads as now." }) asOf?: Date,
    @Arg("filter", () => DataFlowFilter, { nullable: true, description: "Conditions every activity (and destination) shown must meet." }) filter?: DataFlowFilter,
    @Arg("maxNodes", () => Int, { nullable: true, defaultValue: 40, description: "Most nodes a column shows before it is grouped, 2 to 200." }) maxNodes?: number,
  ) {
    checkTimeBudget(ctx, info);
    return buildDataFlows(ctx, { organization, asOf, filter, maxNodes });
  }
}
