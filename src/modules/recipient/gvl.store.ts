import { and, asc, eq, inArray, isNotNull, isNull, like } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { activityPurposes, activityDataCategories, dataCategories, disclosureCategories, disclosures, processingActivities as pa, purposes, recipients as r, vendorListImports } from "../../db/schema";
import type { RecipientRow } from "./recipient.store";

// SQL for vendor-list facts on recipients, and for the one activity through which an organisation discloses to its TCF vendors.

/** The recipient columns a vendor list (or a Fides manifest) fills in besides the recipient's own fields. */
type GvlColumn =
  | "gvlId"
  | "privacyUrl"
  | "legitimateInterestUrl"
  | "usesCookies"
  | "cookieMaxAgeSeconds"
  | "cookieRefresh"
  | "usesNonCookieAccess"
  | "deviceStorageDisclosureUrl"
  | "retentionDays"
  | "gvlFacts";

export type GvlColumnValues = Partial<Pick<typeof r.$inferInsert, GvlColumn>>;

export type GvlRow = Pick<RecipientRow, "id" | GvlColumn>;

/** What the recipients.gvl_facts column holds. */
export interface GvlFacts {
  purposes: number[];
  legIntPurposes: number[];
  flexiblePurposes: number[];
  specialPurposes: number[];
  features: number[];
  specialFeatures: number[];
  dataDeclarations: number[];
  /** Our purpose keys for the consent purposes, the legitimate-interest purposes and the special purposes. */
  purposeKeys: string[];
  legIntPurposeKeys: string[];
  specialPurposeKeys: string[];
  /** Our data-category keys for the data declarations. */
  dataCategoryKeys: string[];
  /** Days kept per purpose, where the vendor states one that differs from its standard retention. */
  retention: { purposes: Record<string, number>; specialPurposes: Record<string, number> };
}

/** The facts stored on a recipient, or null for recipients that did not come from a vendor list. */
export function parseFacts(text: string | null): GvlFacts | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as GvlFacts;
  } catch {
    return null;
  }
}

/** Key of the activity the vendor-list importer keeps; a suffix (-2, …) when an archived one holds the key. */
export const TCF_ACTIVITY_KEY = "iab-tcf-vendors";

const gvlColumns = {
  id: r.id,
  gvlId: r.gvlId,
  privacyUrl: r.privacyUrl,
  legitimateInterestUrl: r.legitimateInterestUrl,
  usesCookies: r.usesCookies,
  cookieMaxAgeSeconds: r.cookieMaxAgeSeconds,
  cookieRefresh: r.cookieRefresh,
  usesNonCookieAccess: r.usesNonCookieAccess,
  deviceStorageDisclosureUrl: r.deviceStorageDisclosureUrl,
  retentionDays: r.retentionDays,
  gvlFacts: r.gvlFacts,
};

export const gvlStore = {
  /** Live recipients of the organisation that carry a vendor-list id, oldest first. */
  liveVendors(db: Db, organizationId: number): RecipientRow[] {
    return db
      .select()
      .from(r)
      .where(and(eq(r.organizationId, organizationId), isNotNull(r.gvlId), isNull(r.archivedAt)))
      .orderBy(asc(r.id))
      .all();
  },
  setColumns(db: Db, id: number, values: GvlColumnValues): void {
    if (Object.keys(values).length) db.update(r).set(values).where(eq(r.id, id)).run();
  },
  /** The vendor-list and privacy facts of recipients (any recipient: the URLs are not only for vendors). */
  byRecipientIds(db: Db, ids: readonly number[]): GvlRow[] {
    return db.select(gvlColumns).from(r).where(inArray(r.id, [...ids])).all();
  },
  /** The live activity the importer keeps for the organisation, if any. */
  tcfActivity(db: Db, organizationId: number): { id: number; key: string; version: number } | undefined {
    return db
      .select({ id: pa.id, key: pa.key, version: pa.version })
      .from(pa)
      .where(and(eq(pa.organizationId, organizationId), isNull(pa.archivedAt), like(pa.key, `${TCF_ACTIVITY_KEY}%`)))
      .orderBy(asc(pa.id))
      .all()
      .find((a) => a.key === TCF_ACTIVITY_KEY || /^iab-tcf-vendors-\d+$/.test(a.key));
  },
  /** A key for a new TCF activity: the plain key, or the first free numbered one. */
  freeTcfKey(db: Db, organizationId: number): string {
    const taken = new Set(
      db
        .select({ key: pa.key })
        .from(pa)
        .where(and(eq(pa.organizationId, organizationId), like(pa.key, `${TCF_ACTIVITY_KEY}%`)))
        .all()
        .map((a) => a.key),
    );
    let key = TCF_ACTIVITY_KEY;
    for (let n = 2; taken.has(key); n++) key = `${TCF_ACTIVITY_KEY}-${n}`;
    return key;
  },
  /** The activity's disclosures in order, each with its category keys. */
  disclosures(db: Db, activityId: number): { recipientId: number; purpose: string | null; dataCategories: string[] }[] {
    const rows = db
      .select({ id: disclosures.id, recipientId: disclosures.recipientId, purpose: disclosures.purpose })
      .from(disclosures)
      .where(eq(disclosures.activityId, activityId))
      .orderBy(asc(disclosures.id))
      .all();
    const keys = db
      .select({ disclosureId: disclosureCategories.disclosureId, key: dataCategories.key })
      .from(disclosureCategories)
      .innerJoin(disclosures, eq(disclosures.id, disclosureCategories.disclosureId))
      .innerJoin(dataCategories, eq(dataCategories.id, disclosureCategories.categoryId))
      .where(eq(disclosures.activityId, activityId))
      .all();
    const byDisclosure = new Map<number, string[]>();
    for (const k of keys) byDisclosure.set(k.disclosureId, [...(byDisclosure.get(k.disclosureId) ?? []), k.key]);
    return rows.map((d) => ({ recipientId: d.recipientId, purpose: d.purpose, dataCategories: (byDisclosure.get(d.id) ?? []).sort() }));
  },
  /** Purpose and data-category keys of an activity, sorted. */
  activityKeys(db: Db, activityId: number): { purposes: string[]; dataCategories: string[] } {
    const p = db.select({ key: purposes.key }).from(activityPurposes).innerJoin(purposes, eq(purposes.id, activityPurposes.purposeId)).where(eq(activityPurposes.activityId, activityId)).all();
    const c = db
      .select({ key: dataCategories.key })
      .from(activityDataCategories)
      .innerJoin(dataCategories, eq(dataCategories.id, activityDataCategories.categoryId))
      .where(eq(activityDataCategories.activityId, activityId))
      .all();
    return { purposes: p.map((x) => x.key).sort(), dataCategories: c.map((x) => x.key).sort() };
  },

  /** The newest vendor list imported into the organisation, or undefined before the first import. */
  importedList(db: Db, organizationId: number): { vendorListVersion: number; lastUpdated: string | null } | undefined {
    return db
      .select({ vendorListVersion: vendorListImports.vendorListVersion, lastUpdated: vendorListImports.lastUpdated })
      .from(vendorListImports)
      .where(eq(vendorListImports.organizationId, organizationId))
      .get();
  },

  /** Records the list just imported as the organisation's current one. */
  setImportedList(db: Db, organizationId: number, vendorListVersion: number, lastUpdated: string | null, at: string): void {
    db.insert(vendorListImports)
      .values({ organizationId, vendorListVersion, lastUpdated, importedAt: at })
      .onConflictDoUpdate({ target: vendorListImports.organizationId, set: { vendorListVersion, lastUpdated, importedAt: at } })
      .run();
  },
};

/**
 * The vendor-list facts of a recipient as a version snapshot would show them, or null for other recipients.
 * Meant for the Recipient snapshot in history/snapshots.ts, so changes to these columns show in history diffs.
 */
export function gvlSnapshot(db: Db, recipientId: number): Record<string, unknown> | null {
  const row = gvlStore.byRecipientIds(db, [recipientId])[0];
  if (!row || (row.gvlId === null && row.privacyUrl === null && row.legitimateInterestUrl === null)) return null;
  const { id: _id, gvlFacts, ...rest } = row;
  return { ...rest, facts: gvlFacts ? (JSON.parse(gvlFacts) as unknown) : null };
}
