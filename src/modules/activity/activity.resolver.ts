import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import { connectionTypes } from "../../graphql/connection";
import { Evidence, Organization, SecurityMeasure } from "../organization/organization.type";
import { Location } from "../location/location.type";
import { Recipient } from "../recipient/recipient.type";
import { DataCategory, DataSubjectCategory, LegalBasis, Purpose } from "../reference/reference.type";
import { ProcessingActivityFilter } from "./activity.input";
import { activityService } from "./activity.service";
import { DataSource, Disclosure, LegalBasisClaim, ProcessingActivity, Retention } from "./activity.type";
import { timeTravel } from "../history/time-travel";

export const { Connection: ProcessingActivityConnection } = connectionTypes("ProcessingActivity", ProcessingActivity, "processing activity");

const present = <T>(xs: (T | null)[]): T[] => xs.filter((x): x is T => x !== null);
// Linked lists come back in key order, now and as of any instant alike.
const byKey = <T extends { key: string }>(xs: T[]): T[] => xs.sort((a, b) => a.key.localeCompare(b.key));

@Resolver(() => ProcessingActivity)
export class ProcessingActivityResolver {
  @Query(() => ProcessingActivityConnection, { description: "Processing activities, optionally of one organisation and narrowed by a filter." })
  processingActivities(
    @Ctx() ctx: Context,
    @Arg("organization", () => String, { nullable: true, description: "Organisation slug; all organisations when omitted." }) organization?: string,
    @Arg("filter", () => ProcessingActivityFilter, { nullable: true, description: "Conditions every activity must meet." }) filter?: ProcessingActivityFilter,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 0 to 100 (default 20)." }) first?: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor after which the page starts." }) after?: string,
  ) {
    return activityService.list(ctx, { organization, filter, first, after });
  }

  @FieldResolver(() => Organization, { description: "The organisation whose record this activity belongs to." })
  async organization(@Root() a: ProcessingActivity, @Ctx() ctx: Context) {
    if (a.asOf) return timeTravel.organizationOf(ctx, a.organizationId, a.asOf.at);
    return ctx.loaders.organizationByIdLoader.load(a.organizationId);
  }

  @FieldResolver(() => [Purpose], { description: "Why the data is processed (GDPR Art 30(1)(b))." })
  async purposes(@Root() a: ProcessingActivity, @Ctx() ctx: Context) {
    if (a.asOf) return timeTravel.purposes(ctx, a);
    const [ids, taxonomy] = await Promise.all([ctx.loaders.purposeIdsByActivityIdLoader.load(a.rowId), ctx.loaders.purposes()]);
    return taxonomy.pick(ids);
  }

  @FieldResolver(() => [LegalBasis], { description: "Legal bases claimed for the activity, across regimes." })
  async legalBases(@Root() a: ProcessingActivity, @Ctx() ctx: Context) {
    if (a.asOf) return timeTravel.legalBases(ctx, a);
    const claims = await ctx.loaders.claimsByActivityIdLoader.load(a.rowId);
    return present(await Promise.all(claims.map((c) => ctx.loaders.legalBasisByIdLoader.load(c.legalBasisId))));
  }

  @FieldResolver(() => [LegalBasisClaim], { description: "Legal bases with how each is claimed (e.g. consent by continued use) and its evidence." })
  async legalBasisClaims(@Root() a: ProcessingActivity, @Ctx() ctx: Context) {
    if (a.asOf) return timeTravel.claims(ctx, a);
    return ctx.loaders.claimsByActivityIdLoader.load(a.rowId);
  }

  @FieldResolver(() => [DataSubjectCategory], { description: "Categories of people whose data is processed (GDPR Art 30(1)(c))." })
  async dataSubjects(@Root() a: ProcessingActivity, @Ctx() ctx: Context) {
    if (a.asOf) return timeTravel.dataSubjects(ctx, a);
    const [ids, subjects] = await Promise.all([ctx.loaders.subjectIdsByActivityIdLoader.load(a.rowId), ctx.loaders.subjects()]);
    return subjects.filter((s) => ids.includes(s.rowId));
  }

  @FieldResolver(() => [DataCategory], { description: "Categories of personal data processed (GDPR Art 30(1)(c))." })
  async dataCategories(@Root() a: ProcessingActivity, @Ctx() ctx: Context) {
    if (a.asOf) return timeTravel.dataCategories(ctx, a);
    const [ids, taxonomy] = await Promise.all([ctx.loaders.categoryIdsByActivityIdLoader.load(a.rowId), ctx.loaders.taxonomy()]);
    return taxonomy.pick(ids);
  }

  @FieldResolver(() => [DataSource], { description: "Where the data comes from." })
  async sources(@Root() a: ProcessingActivity, @Ctx() ctx: Context) {
    if (a.asOf) return a.asOf.snapshot.sources;
    return [...(await ctx.loaders.sourcesByActivityIdLoader.load(a.rowId))].sort();
  }

  @FieldResolver(() => [Disclosure], { description: "Recipients and the categories each receives (GDPR Art 30(1)(d))." })
  async disclosures(@Root() a: ProcessingActivity, @Ctx() ctx: Context) {
    if (a.asOf) return timeTravel.disclosures(a);
    return ctx.loaders.disclosuresByActivityIdLoader.load(a.rowId);
  }

  @FieldResolver(() => [Location], { description: "Where the activity stores data." })
  async storageLocations(@Root() a: ProcessingActivity, @Ctx() ctx: Context) {
    if (a.asOf) return timeTravel.storageLocationsOf(ctx, a);
    const ids = await ctx.loaders.locationIdsByActivityIdLoader.load(a.rowId);
    return byKey(present(await Promise.all(ids.map((id) => ctx.loaders.locationByIdLoader.load(id)))));
  }

  @FieldResolver(() => Retention, { nullable: true, description: "How long data is kept (GDPR Art 30(1)(f)); null when the record states nothing." })
  retention(@Root() a: ProcessingActivity) {
    return a.retention;
  }

  @FieldResolver(() => [SecurityMeasure], { description: "Security measures protecting the activity (GDPR Art 30(1)(g))." })
  async securityMeasures(@Root() a: ProcessingActivity, @Ctx() ctx: Context) {
    if (a.asOf) return timeTravel.securityMeasuresOf(ctx, a);
    const ids = await ctx.loaders.measureIdsByActivityIdLoader.load(a.rowId);
    return byKey(present(await Promise.all(ids.map((id) => ctx.loaders.measureByIdLoader.load(id)))));
  }

  @FieldResolver(() => [Evidence], { description: "Document sections the activity is taken from." })
  async evidence(@Root() a: ProcessingActivity, @Ctx() ctx: Context) {
    return ctx.loaders.evidenceByActivityIdLoader.load(a.rowId);
  }
}

@Resolver(() => Disclosure)
export class DisclosureResolver {
  @FieldResolver(() => Recipient, { description: "Who receives the data." })
  async recipient(@Root() d: Disclosure, @Ctx() ctx: Context) {
    if (d.asOf) return timeTravel.disclosureRecipient(ctx, d);
    return ctx.loaders.recipientByIdLoader.load(d.recipientId);
  }

  @FieldResolver(() => [DataCategory], { description: "The categories disclosed to this recipient." })
  async dataCategories(@Root() d: Disclosure, @Ctx() ctx: Context) {
    if (d.asOf) return timeTravel.disclosureCategories(ctx, d);
    const [ids, taxonomy] = await Promise.all([ctx.loaders.categoryIdsByDisclosureIdLoader.load(d.rowId), ctx.loaders.taxonomy()]);
    return taxonomy.pick(ids);
  }

  @FieldResolver(() => [Evidence], { description: "Document sections the disclosure is taken from." })
  async evidence(@Root() d: Disclosure, @Ctx() ctx: Context) {
    if (d.asOf) return [];
    return ctx.loaders.evidenceByDisclosureIdLoader.load(d.rowId);
  }
}

@Resolver(() => Retention)
export class RetentionResolver {
  @FieldResolver(() => [Evidence], { description: "Document sections the retention rule is taken from." })
  async evidence(@Root() r: Retention, @Ctx() ctx: Context) {
    return ctx.loaders.evidenceByRetentionIdLoader.load(r.activityRowId);
  }
}

@Resolver(() => LegalBasisClaim)
export class LegalBasisClaimResolver {
  @FieldResolver(() => LegalBasis, { description: "The legal basis claimed." })
  async legalBasis(@Root() c: LegalBasisClaim, @Ctx() ctx: Context) {
    return ctx.loaders.legalBasisByIdLoader.load(c.legalBasisId);
  }

  @FieldResolver(() => [Evidence], { description: "Document sections the claim is taken from." })
  async evidence(@Root() c: LegalBasisClaim, @Ctx() ctx: Context) {
    if (c.rowId === 0) return [];
    return ctx.loaders.evidenceByClaimIdLoader.load(c.rowId);
  }
}

