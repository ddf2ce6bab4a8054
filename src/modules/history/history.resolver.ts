import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import { historyOf, recordDiff } from "./history.query.service";
import { HistoryEntry, RecordDiff } from "./history.type";

@Resolver()
export class HistoryResolver {
  @Query(() => [HistoryEntry], { description: "Every change to an object, newest first; empty for an unknown id." })
  history(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Global id of an organisation, activity, recipient, location, security measure or custom taxonomy entry." }) id: string) {
    return historyOf(ctx.db, id, ctx.principal);
  }

  @Query(() => RecordDiff, { nullable: true, description: "What changed in an organisation's record between two instants; null for an unknown organisation." })
  recordDiff(
    @Ctx() ctx: Context,
    @Arg("organization", () => String, { description: "The organisation's slug." }) organization: string,
    @Arg("from", () => Date, { description: "Start of the period." }) from: Date,
    @Arg("to", () => Date, { nullable: true, description: "End of the period; now when left out." }) to?: Date,
  ) {
    return recordDiff(ctx.db, organization, from, to, ctx.principal);
  }
}
