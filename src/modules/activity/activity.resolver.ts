import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import { selectionOf } from "../common/look-ahead";
import type { Context } from "../context";
import { allOf, andThen } from "../common/loader-kit";
import { connectionTypes } from "../common/connection";
import { Evidence, Organization, SecurityMeasure } from "../organization/organization.type";
import { Location } from "../location/location.type";
import { Recipient } from "../recipient/recipient.type";
import { DataCategory, DataSubjectCategory, LegalBasis, Purpose } from "../reference/reference.type";
import { ProcessingActivityFilter } from "./activity.input";
import { activityService } from "./activity.service";
import { DataSource, Disclosure, LegalBasisClaim, ProcessingActivity, Retention } from "./activity.type";
import { loadersOf } from "../common/source";
import { Tracker } from "./activity.facts.type";

export const { Connection: ProcessingActivityConnection } = connectionTypes("ProcessingActivity", ProcessingActivity, "processing activity", "processing activities");

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
    @Info() info?: GraphQLResolveInfo,
  ) {
    return activityService.list(ctx, { organization, filter, first, after }, info && selectionOf(info).edges?.node);
  }

  @FieldResolver(() => Organization, { description: "The organisation whose record this activity belongs to." })
  async organization(@Root() a: ProcessingActivity, @Ctx() ctx: Context) {
    return loadersOf(ctx, a).organizationByIdLoader.load(a.organizationId);
  }

  @FieldResolver(() => [Purpose], { description: "Why the data is processed (GDPR Art 30(1)(b))." })
  purposes(@Root() a: ProcessingActivity, @Ctx() ctx: Context) {
    const L = loadersOf(ctx, a);
    return andThen(L.purposeIdsByActivityIdLoader.get(a.rowId), (ids) => L.purposes().pick(ids));
  }

  @FieldResolver(() => [LegalBasis], { description: "Legal bases claimed for the activity, across regimes." })
  legalBases(@Root() a: ProcessingActivity, @Ctx() ctx: Context) {
    const L = loadersOf(ctx, a);
    return andThen(L.claimsByActivityIdLoader.get(a.rowId), (claims) =>
      andThen(allOf(claims.map((c) => L.legalBasisByIdLoader.get(c.legalBasisId))), present),
    );
  }

  @FieldResolver(() => [LegalBasisClaim], { description: "Legal bases with how each is claimed (e.g. consent by continued use) and its evidence." })
  legalBasisClaims(@Root() a: ProcessingActivity, @Ctx() ctx: Context) {
    return loadersOf(ctx, a).claimsByActivityIdLoader.get(a.rowId);
  }

  @FieldResolver(() => [DataSubjectCategory], { description: "Categories of people whose data is processed (GDPR Art 30(1)(c))." })
  dataSubjects(@Root() a: ProcessingActivity, @Ctx() ctx: Context) {
    const L = loadersOf(ctx, a);
    return andThen(L.subjectIdsByActivityIdLoader.get(a.rowId), (ids) => L.subjects().filter((s) => ids.includes(s.rowId)));
  }

  @FieldResolver(() => [DataCategory], { description: "Categories of personal data processed (GDPR Art 30(1)(c))." })
  dataCategories(@Root() a: ProcessingActivity, @Ctx() ctx: Context) {
    const L = loadersOf(ctx, a);
    return andThen(L.categoryIdsByActivityIdLoader.get(a.rowId), (ids) => L.taxonomy().pick(ids));
  }

  @FieldResolver(() => [DataSource], { description: "Where the data comes from." })
  async sources(@Root() a: ProcessingActivity, @Ctx() ctx: Context) {
    return [...(await loadersOf(ctx, a).sourcesByActivityIdLoader.load(a.rowId))].sort();
  }

  @FieldResolver(() => [Disclosure], { description: "Recipients and the categories each receives (GDPR Art 30(1)(d))." })
  disclosures(@Root() a: ProcessingActivity, @Ctx() ctx: Context) {
    return loadersOf(ctx, a).disclosuresByActivityIdLoader.get(a.rowId);
  }

  @FieldResolver(() => [Location], { description: "Where the activity stores data." })
  storageLocations(@Root() a: ProcessingActivity, @Ctx() ctx: Context) {
    const L = loadersOf(ctx, a);
    return andThen(L.locationIdsByActivityIdLoader.get(a.rowId), (ids) =>
      andThen(allOf(ids.map((id) => L.locationByIdLoader.get(id))), (ls) => byKey(present(ls))),
    );
  }

  @FieldResolver(() => Retention, { nullable: true, description: "How long data is kept (GDPR Art 30(1)(f)); null when the record states nothing." })
  retention(@Root() a: ProcessingActivity) {
    return a.retention;
  }

  @FieldResolver(() => [SecurityMeasure], { description: "Security measures protecting the activity (GDPR Art 30(1)(g))." })
  securityMeasures(@Root() a: ProcessingActivity, @Ctx() ctx: Context) {
    const L = loadersOf(ctx, a);
    return andThen(L.measureIdsByActivityIdLoader.get(a.rowId), (ids) =>
      andThen(allOf(ids.map((id) => L.measureByIdLoader.get(id))), (ms) => byKey(present(ms))),
    );
  }

  @FieldResolver(() => [Evidence], { description: "Document sections the activity is taken from." })
  async evidence(@Root() a: ProcessingActivity, @Ctx() ctx: Context) {
    return loadersOf(ctx, a).evidenceByActivityIdLoader.load(a.rowId);
  }
}

@Resolver(() => Disclosure)
export class DisclosureResolver {
  @FieldResolver(() => Recipient, { description: "Who receives the data." })
  recipient(@Root() d: Disclosure, @Ctx() ctx: Context) {
    return loadersOf(ctx, d).recipientByIdLoader.get(d.recipientId);
  }

  @FieldResolver(() => [DataCategory], { description: "The categories disclosed to this recipient." })
  dataCategories(@Root() d: Disclosure, @Ctx() ctx: Context) {
    const L = loadersOf(ctx, d);
    return andThen(L.categoryIdsByDisclosureIdLoader.get(d.rowId), (ids) => L.taxonomy().pick(ids));
  }

  @FieldResolver(() => [Evidence], { description: "Document sections the disclosure is taken from." })
  async evidence(@Root() d: Disclosure, @Ctx() ctx: Context) {
    return loadersOf(ctx, d).evidenceByDisclosureIdLoader.load(d.rowId);
  }
}

@Resolver(() => Tracker)
export class TrackerResolver {
  @FieldResolver(() => Recipient, { nullable: true, description: "The recipient whose tracker it is (a third-party cookie or pixel); null for the organisation's own." })
  recipient(@Root() t: Tracker, @Ctx() ctx: Context) {
    return t.recipientId === null ? null : loadersOf(ctx, t).recipientByIdLoader.get(t.recipientId);
  }
}

@Resolver(() => Retention)
export class RetentionResolver {
  @FieldResolver(() => [Evidence], { description: "Document sections the retention rule is taken from." })
  async evidence(@Root() r: Retention, @Ctx() ctx: Context) {
    return loadersOf(ctx, r).evidenceByRetentionIdLoader.load(r.activityRowId);
  }
}

@Resolver(() => LegalBasisClaim)
export class LegalBasisClaimResolver {
  @FieldResolver(() => LegalBasis, { description: "The legal basis claimed." })
  legalBasis(@Root() c: LegalBasisClaim, @Ctx() ctx: Context) {
    return loadersOf(ctx, c).legalBasisByIdLoader.get(c.legalBasisId);
  }

  @FieldResolver(() => [Evidence], { description: "Document sections the claim is taken from." })
  async evidence(@Root() c: LegalBasisClaim, @Ctx() ctx: Context) {
    return loadersOf(ctx, c).evidenceByClaimIdLoader.load(c.rowId);
  }
}

