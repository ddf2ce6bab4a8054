import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import { selectionOf } from "../common/look-ahead";
import type { Context } from "../context";
import { connectionOfList, connectionTypes, PageArgs } from "../common/connection";
import { Evidence, Organization } from "../organization/organization.type";
import { Country, DataCategory } from "../reference/reference.type";
import { RecipientFilter } from "./recipient.input";
import { recipientService } from "./recipient.service";
import { Recipient } from "./recipient.type";
import { TransferMechanism } from "../compliance/mechanism.type";
import { loadersOf } from "../common/source";

export const { Connection: RecipientConnection } = connectionTypes("Recipient", Recipient, "recipient", "recipients");

@Resolver(() => Recipient)
export class RecipientResolver {
  @Query(() => RecipientConnection, { description: "Recipients, optionally of one organisation and narrowed by a filter." })
  recipients(
    @Ctx() ctx: Context,
    @Arg("organization", () => String, { nullable: true, description: "Organisation slug; all organisations when omitted." }) organization?: string,
    @Arg("filter", () => RecipientFilter, { nullable: true, description: "Conditions every recipient must meet." }) filter?: RecipientFilter,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 0 to 100 (default 20)." }) first?: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor after which the page starts." }) after?: string,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return recipientService.list(ctx, { organization, filter, first, after }, info && selectionOf(info).edges?.node);
  }

  @FieldResolver(() => Country, { nullable: true, description: "Country of the recipient; null when the record does not say." })
  country(@Root() r: Recipient, @Ctx() ctx: Context) {
    return r.countryCode ? loadersOf(ctx, r).countryByCodeLoader.get(r.countryCode) : null;
  }

  @FieldResolver(() => [DataCategory], { description: "What the recipient receives, across all activities." })
  async dataCategories(@Root() r: Recipient, @Ctx() ctx: Context) {
    const L = loadersOf(ctx, r);
    const [ids, taxonomy] = await Promise.all([L.categoryIdsByRecipientIdLoader.load(r.rowId), L.taxonomy()]);
    return taxonomy.pick(ids);
  }

  @FieldResolver(() => [Recipient], { description: "Sub-processors this recipient engages.", deprecationReason: "Unbounded list: use subProcessorsConnection, a page at a time." })
  async subProcessors(@Root() r: Recipient, @Ctx() ctx: Context) {
    return loadersOf(ctx, r).subProcessorsByRecipientIdLoader.load(r.rowId);
  }

  @FieldResolver(() => RecipientConnection, { description: "Sub-processors this recipient engages, a page at a time." })
  async subProcessorsConnection(@Root() r: Recipient, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return connectionOfList(await loadersOf(ctx, r).subProcessorsByRecipientIdLoader.load(r.rowId), page);
  }

  @FieldResolver(() => Recipient, { nullable: true, description: "The recipient that engages this one as a sub-processor." })
  async parent(@Root() r: Recipient, @Ctx() ctx: Context) {
    return r.parentId ? loadersOf(ctx, r).recipientByIdLoader.load(r.parentId) : null;
  }

  @FieldResolver(() => Organization, { description: "The organisation that discloses data to this recipient." })
  async organization(@Root() r: Recipient, @Ctx() ctx: Context) {
    return loadersOf(ctx, r).organizationByIdLoader.load(r.organizationId);
  }

  @FieldResolver(() => [TransferMechanism], { description: "Tools recorded that make transfers to this recipient lawful." })
  async transferMechanisms(@Root() r: Recipient, @Ctx() ctx: Context) {
    return loadersOf(ctx, r).mechanismsByRecipientIdLoader.load(r.rowId);
  }

  @FieldResolver(() => [Evidence], { description: "Document sections the recipient is taken from." })
  async evidence(@Root() r: Recipient, @Ctx() ctx: Context) {
    return loadersOf(ctx, r).evidenceByRecipientIdLoader.load(r.rowId);
  }
}
