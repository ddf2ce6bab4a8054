import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { loadersOf } from "../common/source";
import { DataCategory, Purpose } from "../reference/reference.type";
import { parseFacts } from "./gvl.store";
import { Recipient } from "./recipient.type";

// Privacy URLs and IAB TCF vendor-list facts on Recipient, batched per request. They are not part of the
// record document, so a recipient read as of an instant has none.

@ObjectType({ simpleResolvers: true, description: "How a vendor stores or reads information on people's devices, as it declares." })
export class DeviceStorage {
  @Field(() => Boolean, { nullable: true, description: "Whether it uses cookies." })
  usesCookies!: boolean | null;
  @Field(() => Int, { nullable: true, description: "Longest time a cookie may stay on the device, in seconds." })
  cookieMaxAgeSeconds!: number | null;
  @Field(() => Boolean, { nullable: true, description: "Whether cookies are renewed, restarting that time." })
  cookieRefresh!: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "Whether it uses other means than cookies (local storage, fingerprinting, …)." })
  usesNonCookieAccess!: boolean | null;
  @Field(() => String, { nullable: true, description: "Where the vendor lists every cookie and storage item it uses." })
  disclosureUrl!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A retention period a vendor states for one TCF purpose." })
export class TcfRetention {
  @Field(() => Int, { description: "TCF purpose (or special purpose) id." })
  tcfId!: number;
  @Field(() => Int, { description: "Days the data is kept for it." })
  days!: number;
}

@ObjectType({ simpleResolvers: true, description: "What a vendor declares in the IAB TCF Global Vendor List, as last imported." })
export class GvlVendor {
  @Field(() => Int, { description: "The vendor's id in the Global Vendor List." })
  gvlId!: number;
  @Field(() => [Purpose], { description: "Our purposes for the TCF purposes it asks consent for." })
  consentPurposes!: Purpose[];
  @Field(() => [Purpose], { description: "Our purposes for the TCF purposes it claims a legitimate interest for." })
  legitimateInterestPurposes!: Purpose[];
  @Field(() => [Purpose], { description: "Our purposes for its TCF special purposes (no opt-out in the TCF)." })
  specialPurposes!: Purpose[];
  @Field(() => [DataCategory], { description: "Our data categories for the data it declares it processes." })
  dataCategories!: DataCategory[];
  @Field(() => [Int], { description: "TCF purpose ids by consent." })
  tcfPurposes!: number[];
  @Field(() => [Int], { description: "TCF purpose ids by legitimate interest." })
  tcfLegitimateInterestPurposes!: number[];
  @Field(() => [Int], { description: "TCF purpose ids whose legal basis the publisher may switch." })
  tcfFlexiblePurposes!: number[];
  @Field(() => [Int], { description: "TCF special purpose ids." })
  tcfSpecialPurposes!: number[];
  @Field(() => [Int], { description: "TCF feature ids." })
  tcfFeatures!: number[];
  @Field(() => [Int], { description: "TCF special feature ids (these need opt-in)." })
  tcfSpecialFeatures!: number[];
  @Field(() => [Int], { description: "TCF data category ids (the list's data declarations)." })
  tcfDataDeclarations!: number[];
  @Field(() => DeviceStorage, { description: "Cookies and other device storage." })
  deviceStorage!: DeviceStorage;
  @Field(() => Int, { nullable: true, description: "How long it keeps data, in days, unless a purpose says otherwise." })
  retentionDays!: number | null;
  @Field(() => [TcfRetention], { description: "Retention periods for particular purposes." })
  purposeRetention!: TcfRetention[];
  @Field(() => [TcfRetention], { description: "Retention periods for particular special purposes." })
  specialPurposeRetention!: TcfRetention[];
}

const retentionList = (r: Record<string, number>) => Object.entries(r).map(([id, days]) => ({ tcfId: Number(id), days }));

@Resolver(() => Recipient)
export class GvlRecipientResolver {
  @FieldResolver(() => String, { nullable: true, description: "The recipient's privacy notice; null in point-in-time answers." })
  async privacyUrl(@Root() r: Recipient, @Ctx() ctx: Context): Promise<string | null> {
    return (await loadersOf(ctx, r).gvlByRecipientIdLoader.load(r.rowId))?.privacyUrl ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Where the recipient explains the legitimate interests it claims; null in point-in-time answers." })
  async legitimateInterestUrl(@Root() r: Recipient, @Ctx() ctx: Context): Promise<string | null> {
    return (await loadersOf(ctx, r).gvlByRecipientIdLoader.load(r.rowId))?.legitimateInterestUrl ?? null;
  }

  @FieldResolver(() => GvlVendor, { nullable: true, description: "IAB TCF vendor-list facts; null for recipients not imported from a vendor list, and in point-in-time answers." })
  async gvl(@Root() r: Recipient, @Ctx() ctx: Context): Promise<GvlVendor | null> {
    const row = await loadersOf(ctx, r).gvlByRecipientIdLoader.load(r.rowId);
    if (!row || row.gvlId === null) return null;
    const facts = parseFacts(row.gvlFacts);
    const [purposes, categories] = await Promise.all([ctx.loaders.purposes(), ctx.loaders.taxonomy()]);
    const pick = <T>(keys: string[] | undefined, byKey: Map<string, T>) => (keys ?? []).map((k) => byKey.get(k)).filter((x): x is T => x !== undefined);
    return {
      gvlId: row.gvlId,
      consentPurposes: pick(facts?.purposeKeys, purposes.byKey),
      legitimateInterestPurposes: pick(facts?.legIntPurposeKeys, purposes.byKey),
      specialPurposes: pick(facts?.specialPurposeKeys, purposes.byKey),
      dataCategories: pick(facts?.dataCategoryKeys, categories.byKey),
      tcfPurposes: facts?.purposes ?? [],
      tcfLegitimateInterestPurposes: facts?.legIntPurposes ?? [],
      tcfFlexiblePurposes: facts?.flexiblePurposes ?? [],
      tcfSpecialPurposes: facts?.specialPurposes ?? [],
      tcfFeatures: facts?.features ?? [],
      tcfSpecialFeatures: facts?.specialFeatures ?? [],
      tcfDataDeclarations: facts?.dataDeclarations ?? [],
      deviceStorage: {
        usesCookies: row.usesCookies,
        cookieMaxAgeSeconds: row.cookieMaxAgeSeconds,
        cookieRefresh: row.cookieRefresh,
        usesNonCookieAccess: row.usesNonCookieAccess,
        disclosureUrl: row.deviceStorageDisclosureUrl,
      },
      retentionDays: row.retentionDays,
      purposeRetention: retentionList(facts?.retention.purposes ?? {}),
      specialPurposeRetention: retentionList(facts?.retention.specialPurposes ?? {}),
    };
  }
}
