import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { OrganizationArgs } from "./organization.input";
import { parentIsSingleRoot, selectionOf } from "../common/look-ahead";
import type { Context } from "../context";
import { checkTimeBudget } from "../common/time-budget";
import { Int } from "type-graphql";
import { ProcessingActivityConnection } from "../activity/activity.resolver";
import { ProcessingActivityFilter } from "../activity/activity.input";
import { activityService } from "../activity/activity.service";
import { Location } from "../location/location.type";
import { LocationConnection } from "../location/location.resolver";
import { Recipient } from "../recipient/recipient.type";
import { RecipientConnection } from "../recipient/recipient.resolver";
import { connectionOfList, connectionTypes, PageArgs } from "../common/connection";
import { Country, DataCategory } from "../reference/reference.type";
import { organizationService } from "./organization.service";
import { loadersOf } from "../common/source";
import { Evidence, Organization, RightOffered, SecurityMeasure, Statement } from "./organization.type";

export const { Connection: SecurityMeasureConnection } = connectionTypes("SecurityMeasure", SecurityMeasure, "security measure", "security measures");

// The whole lists stay for the contract; they are unbounded (698 recipients after a vendor-list import), so clients page instead.
const WHOLE_LIST = (field: string) => `Unbounded list: use ${field}, a page at a time.`;

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => [Organization], { description: "Every organisation in the register, by slug." })
  organizations(@Ctx() ctx: Context) {
    return organizationService.list(ctx);
  }

  @Query(() => Organization, { nullable: true, description: "One organisation by slug, now or as it stood at an instant; null when there is none (then)." })
  organization(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => OrganizationArgs) args: OrganizationArgs,
  ) {
    checkTimeBudget(ctx, info);
    return organizationService.read(ctx, args);
  }

  @FieldResolver(() => Country, { nullable: true, description: "Country of establishment of the controller." })
  async country(@Root() o: Organization, @Ctx() ctx: Context) {
    return o.countryCode ? loadersOf(ctx, o).countryByCodeLoader.load(o.countryCode) : null;
  }

  @FieldResolver(() => ProcessingActivityConnection, { description: "The organisation's processing activities, a page at a time." })
  processingActivities(
    @Root() o: Organization,
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 0 to 100 (default 20)." }) first?: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor after which the page starts." }) after?: string,
    @Arg("filter", () => ProcessingActivityFilter, { nullable: true, description: "Conditions every activity must meet, judged on the record as it was read (live or as of an instant)." })
    filter?: ProcessingActivityFilter,
    @Info() info?: GraphQLResolveInfo,
  ) {
    // Fetching ahead per organisation would multiply statements by the organisations listed; loaders batch those.
    const ahead = info && parentIsSingleRoot(info) ? selectionOf(info).edges?.node : undefined;
    return activityService.pageOf(ctx, loadersOf(ctx, o), o.rowId, { first, after, filter }, ahead);
  }

  @FieldResolver(() => [Recipient], { description: "Everyone the organisation discloses personal data to.", deprecationReason: WHOLE_LIST("recipientsConnection") })
  async recipients(@Root() o: Organization, @Ctx() ctx: Context) {
    return loadersOf(ctx, o).recipientsByOrganizationIdLoader.load(o.rowId);
  }

  @FieldResolver(() => RecipientConnection, { description: "Everyone the organisation discloses personal data to, a page at a time." })
  async recipientsConnection(@Root() o: Organization, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return connectionOfList(await loadersOf(ctx, o).recipientsByOrganizationIdLoader.load(o.rowId), page);
  }

  @FieldResolver(() => [Location], { description: "Every place the organisation stores personal data.", deprecationReason: WHOLE_LIST("storageLocationsConnection") })
  async storageLocations(@Root() o: Organization, @Ctx() ctx: Context) {
    return loadersOf(ctx, o).locationsByOrganizationIdLoader.load(o.rowId);
  }

  @FieldResolver(() => LocationConnection, { description: "Every place the organisation stores personal data, a page at a time." })
  async storageLocationsConnection(@Root() o: Organization, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return connectionOfList(await loadersOf(ctx, o).locationsByOrganizationIdLoader.load(o.rowId), page);
  }

  @FieldResolver(() => [DataCategory], { description: "Every data category any of the organisation's activities processes." })
  async dataCategories(@Root() o: Organization, @Ctx() ctx: Context) {
    const L = loadersOf(ctx, o);
    const [ids, taxonomy] = await Promise.all([L.categoryIdsByOrganizationIdLoader.load(o.rowId), L.taxonomy()]);
    return taxonomy.pick(ids);
  }

  @FieldResolver(() => [SecurityMeasure], { description: "Security measures the organisation has recorded (GDPR Art 32).", deprecationReason: WHOLE_LIST("securityMeasuresConnection") })
  async securityMeasures(@Root() o: Organization, @Ctx() ctx: Context) {
    return loadersOf(ctx, o).measuresByOrganizationIdLoader.load(o.rowId);
  }

  @FieldResolver(() => SecurityMeasureConnection, { description: "Security measures the organisation has recorded (GDPR Art 32), a page at a time." })
  async securityMeasuresConnection(@Root() o: Organization, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return connectionOfList(await loadersOf(ctx, o).measuresByOrganizationIdLoader.load(o.rowId), page);
  }

  @FieldResolver(() => [RightOffered], { description: "Rights offered to data subjects, and where." })
  async rights(@Root() o: Organization, @Ctx() ctx: Context) {
    return loadersOf(ctx, o).rightsByOrganizationIdLoader.load(o.rowId);
  }

  @FieldResolver(() => [Statement], { description: "Organisation-level declarations (sensitive data, children, Do-Not-Track, …)." })
  async statements(@Root() o: Organization, @Ctx() ctx: Context) {
    return loadersOf(ctx, o).statementsByOrganizationIdLoader.load(o.rowId);
  }

  @FieldResolver(() => [Evidence], { description: "Document sections the organisation's details are taken from." })
  async evidence(@Root() o: Organization, @Ctx() ctx: Context) {
    return loadersOf(ctx, o).evidenceByOrganizationIdLoader.load(o.rowId);
  }
}

@Resolver(() => Statement)
export class StatementResolver {
  @FieldResolver(() => [Evidence], { description: "Document sections the declaration is taken from." })
  async evidence(@Root() s: Statement, @Ctx() ctx: Context) {
    return loadersOf(ctx, s).evidenceByStatementIdLoader.load(s.rowId);
  }
}

@Resolver(() => RightOffered)
export class RightOfferedResolver {
  @FieldResolver(() => [Evidence], { description: "Document sections the right is taken from." })
  async evidence(@Root() r: RightOffered, @Ctx() ctx: Context) {
    return loadersOf(ctx, r).evidenceByRightIdLoader.load(r.rowId);
  }
}

@Resolver(() => SecurityMeasure)
export class SecurityMeasureResolver {
  @FieldResolver(() => [Evidence], { description: "Document sections the measure is taken from." })
  async evidence(@Root() m: SecurityMeasure, @Ctx() ctx: Context) {
    return loadersOf(ctx, m).evidenceByMeasureIdLoader.load(m.rowId);
  }
}
