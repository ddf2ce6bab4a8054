import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { andThen } from "../common/loader-kit";
import { Evidence, Organization } from "../organization/organization.type";
import { AdequacyStatus, Country, DataCategory } from "../reference/reference.type";
import { Location } from "./location.type";
import { Recipient } from "../recipient/recipient.type";
import { TransferMechanism } from "../compliance/mechanism.type";
import { loadersOf } from "../common/source";
import { connectionTypes } from "../common/connection";

export const { Connection: LocationConnection } = connectionTypes("Location", Location, "storage location", "storage locations");

@Resolver(() => Location)
export class LocationResolver {
  @FieldResolver(() => Country, { description: "Country where the data sits." })
  country(@Root() l: Location, @Ctx() ctx: Context) {
    return loadersOf(ctx, l).countryByCodeLoader.get(l.countryCode);
  }

  @FieldResolver(() => AdequacyStatus, { description: "EU adequacy of the location's country." })
  euAdequacy(@Root() l: Location, @Ctx() ctx: Context) {
    return andThen(loadersOf(ctx, l).countryByCodeLoader.get(l.countryCode), (c) => c?.euAdequacy ?? "NOT_ADEQUATE");
  }

  @FieldResolver(() => Recipient, { nullable: true, description: "The recipient that runs the location (a cloud or hosting provider); null when none is recorded." })
  hostedBy(@Root() l: Location, @Ctx() ctx: Context) {
    return l.hostedById === null ? null : loadersOf(ctx, l).recipientByIdLoader.get(l.hostedById);
  }

  @FieldResolver(() => [DataCategory], { description: "Data categories stored here, by any activity." })
  async dataCategories(@Root() l: Location, @Ctx() ctx: Context) {
    const L = loadersOf(ctx, l);
    const [ids, taxonomy] = await Promise.all([L.categoryIdsByLocationIdLoader.load(l.rowId), L.taxonomy()]);
    return taxonomy.pick(ids);
  }

  @FieldResolver(() => Organization, { description: "The organisation that stores data here." })
  async organization(@Root() l: Location, @Ctx() ctx: Context) {
    return loadersOf(ctx, l).organizationByIdLoader.load(l.organizationId);
  }

  @FieldResolver(() => [TransferMechanism], { description: "Tools recorded that make transfers to this place lawful." })
  async transferMechanisms(@Root() l: Location, @Ctx() ctx: Context) {
    return loadersOf(ctx, l).mechanismsByLocationIdLoader.load(l.rowId);
  }

  @FieldResolver(() => [Evidence], { description: "Document sections the location is taken from." })
  async evidence(@Root() l: Location, @Ctx() ctx: Context) {
    return loadersOf(ctx, l).evidenceByLocationIdLoader.load(l.rowId);
  }
}
