import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Info } from "type-graphql";
import { FindingsArgs, TransferDestinationsArgs, TransferListArgs, TransfersArgs } from "./compliance.input";
import type { Context } from "../context";
import { checkTimeBudget } from "../common/time-budget";
import { ProcessingActivity } from "../activity/activity.type";
import { assertCanEdit, inTransaction } from "../common/mutation";
import { Location } from "../location/location.type";
import { Node } from "../node/node.type";
import { resolveNode } from "../node/node.service";
import { Recipient } from "../recipient/recipient.type";
import { Country, DataCategory } from "../reference/reference.type";
import { complianceService } from "./compliance.service";
import { AcceptFindingPayload, Finding, FindingSummary, RegimeReach, Transfer, TransferCount, TransferDestination } from "./compliance.type";
import { transferService, UNKNOWN_COUNTRY_CODE } from "./transfer.service";

/** The stand-in for a country the record does not name: ZZ is ISO 3166's code for "unknown". */
const UNKNOWN_COUNTRY: Country = { code: UNKNOWN_COUNTRY_CODE, name: "Unknown", euAdequacy: "NOT_ADEQUATE", adequacyScope: null, dpvIri: null };

@Resolver(() => Finding)
export class FindingResolver {
  @Query(() => [Finding], { description: "What is missing or unlawful in the record, most severe first, each with the article it rests on." })
  findings(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => FindingsArgs) args: FindingsArgs,
  ) {
    checkTimeBudget(ctx, info);
    return complianceService.findings(ctx.db, ctx.principal, args);
  }

  @Query(() => FindingSummary, { description: "The findings on an organisation's record (live, or as it stood at an instant), counted; NOT_FOUND error for an unknown slug." })
  findingSummary(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args(() => TransfersArgs) args: TransfersArgs) {
    checkTimeBudget(ctx, info);
    return complianceService.summary(ctx.db, ctx.principal, args);
  }

  @FieldResolver(() => Node, { nullable: true, description: "The object the finding is about." })
  subject(@Root() f: Finding, @Ctx() ctx: Context) {
    return resolveNode(ctx, f.subjectId);
  }

  @Mutation(() => AcceptFindingPayload, { description: "Accepts a finding: it leaves `findings` until the date given, unless `includeAccepted` is set." })
  acceptFinding(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The finding's id." }) id: string,
    @Arg("justification", () => String, { description: "Why it is acceptable (at most 4000 characters)." }) justification: string,
    @Arg("until", () => Date, { description: "When the finding should show again." }) until: Date,
  ) {
    complianceService.judgeLive(ctx.db, ctx.principal);
    const finding = inTransaction(ctx, (db) =>
      complianceService.accept(db, ctx.principal, { id, justification, until }, (orgId) => assertCanEdit(ctx, orgId, "id", id, "current finding")),
    );
    return { finding };
  }
}

@Resolver(() => RegimeReach)
export class ReachResolver {
  @Query(() => [RegimeReach], {
    description: "The laws that reach an organisation's record (live, or as it stood at an instant), each with its article of territorial scope and the reason; empty for an unknown organisation.",
  })
  reach(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => TransfersArgs) args: TransfersArgs,
  ) {
    checkTimeBudget(ctx, info);
    return complianceService.reach(ctx.db, ctx.principal, args);
  }
}

@Resolver(() => Transfer)
export class TransferResolver {
  @Query(() => [Transfer], {
    description:
      "The cross-border transfers of an organisation's record, judged per regime (every one unless filtered), in a stable order; empty for an unknown organisation or one that did not exist at the instant asked for.",
  })
  transfers(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => TransferListArgs) args: TransferListArgs,
  ) {
    checkTimeBudget(ctx, info);
    return transferService.transfers(ctx.db, ctx.principal, args);
  }

  @Query(() => [TransferCount], {
    description: "The transfers `transfers` lists, counted by regime and status (ordered by regime, then status); empty for an unknown organisation or one that did not exist at the instant asked for.",
  })
  transferSummary(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args(() => TransfersArgs) args: TransfersArgs) {
    checkTimeBudget(ctx, info);
    return transferService.summary(ctx.db, ctx.principal, args);
  }

  @Query(() => [TransferDestination], {
    description:
      'Where the transfers `transfers` lists go: one entry per regime and importer country ("ZZ" when not recorded), counted by status, ordered by regime then country code; empty for an unknown organisation or one that did not exist at the instant asked for.',
  })
  transferDestinations(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args(() => TransferDestinationsArgs) args: TransferDestinationsArgs) {
    checkTimeBudget(ctx, info);
    return transferService.destinations(ctx.db, ctx.principal, args);
  }

  @FieldResolver(() => ProcessingActivity, { description: "The activity whose data moves." })
  activity(@Root() t: Transfer, @Ctx() ctx: Context) {
    return resolveNode(ctx, t.activityId);
  }

  @FieldResolver(() => [DataCategory], { description: "The categories that move." })
  async dataCategories(@Root() t: Transfer, @Ctx() ctx: Context) {
    const taxonomy = await ctx.loaders.taxonomy();
    return t.categoryKeys.map((k) => taxonomy.byKey.get(k)).filter(Boolean);
  }

  @FieldResolver(() => Country, { description: 'Where the exporter (the controller) is; "ZZ" (Unknown) when the record does not say.' })
  async fromCountry(@Root() t: Transfer, @Ctx() ctx: Context) {
    return (t.fromCode && (await ctx.loaders.countryByCodeLoader.load(t.fromCode))) || UNKNOWN_COUNTRY;
  }

  @FieldResolver(() => Country, { description: 'Where the importer is; "ZZ" (Unknown) for an undetermined transfer.' })
  async toCountry(@Root() t: Transfer, @Ctx() ctx: Context) {
    return (t.toCode && (await ctx.loaders.countryByCodeLoader.load(t.toCode))) || UNKNOWN_COUNTRY;
  }

  @FieldResolver(() => Recipient, { nullable: true, description: "The importer, when it is a recipient." })
  recipient(@Root() t: Transfer, @Ctx() ctx: Context) {
    return t.recipientId ? resolveNode(ctx, t.recipientId) : null;
  }

  @FieldResolver(() => Recipient, { nullable: true, description: "For a sub-processor: the recipient that engaged it." })
  via(@Root() t: Transfer, @Ctx() ctx: Context) {
    return t.viaRecipientId ? resolveNode(ctx, t.viaRecipientId) : null;
  }

  @FieldResolver(() => Location, { nullable: true, description: "The importer, when it is a storage location." })
  location(@Root() t: Transfer, @Ctx() ctx: Context) {
    return t.locationId ? resolveNode(ctx, t.locationId) : null;
  }
}

@Resolver(() => TransferDestination)
export class TransferDestinationResolver {
  @FieldResolver(() => Country, { description: 'The importers\' country; "ZZ" (Unknown) for transfers whose importer\'s country is not recorded.' })
  async country(@Root() d: TransferDestination, @Ctx() ctx: Context) {
    return (d.toCode && (await ctx.loaders.countryByCodeLoader.load(d.toCode))) || UNKNOWN_COUNTRY;
  }
}
