import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Int, Query, Resolver, Info } from "type-graphql";
import type { Context } from "../context";
import { checkTimeBudget } from "../common/time-budget";
import { historyOf, recordDiff } from "./history.query.service";
import { HistoryEntry, RecentChanges, RecordDiff } from "./history.type";
import { recentChanges } from "./recent.service";

@Resolver()
export class HistoryResolver {
  @Query(() => [HistoryEntry], { description: "Every change to an object, newest first; empty for an unknown id." })
  history(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Global id of an organisation, activity, recipient, location, security measure or custom taxonomy entry." }) id: string) {
    return historyOf(ctx.db, id, ctx.principal);
  }

  @Query(() => RecordDiff, { nullable: true, description: "What changed in an organisation's record between two instants; null for an unknown organisation." })
  recordDiff(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("organization", () => String, { description: "The organisation's slug." }) organization: string,
    @Arg("from", () => Date, { description: "Start of the period." }) from: Date,
    @Arg("to", () => Date, { nullable: true, description: "End of the period; now when left out." }) to?: Date,
    @Arg("object", () => ID, { nullable: true, description: "Global id of one object of the record: only its changes (the organisation's own fields only for the organisation's id); empty lists for an id of no object of this record." }) object?: string | null,
  ) {
    checkTimeBudget(ctx, info);
    return recordDiff(ctx.db, organization, from, to, ctx.principal, object);
  }

  @Query(() => RecentChanges, { description: "What changed in an organisation's record since an instant, newest first; NOT_FOUND error for an unknown slug." })
  recentChanges(
    @Ctx() ctx: Context,
    @Arg("organization", () => String, { description: "The organisation's slug." }) organization: string,
    @Arg("since", () => Date, { description: "Count the changes written at or after this instant." }) since: Date,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20, description: "Most entries to return, 0 to 100." }) first?: number,
  ) {
    return recentChanges(ctx.db, ctx.principal, { organization, since, first });
  }
}
