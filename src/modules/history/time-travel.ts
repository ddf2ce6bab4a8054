import type { Context } from "../../graphql/context";
import { pageWindow, toConnection } from "../../graphql/connection";
import { toGlobalId } from "../../graphql/global-id";
import type { ActivitySnapshot, Disclosure, LegalBasisClaim, ProcessingActivity } from "../activity/activity.type";
import type { Location } from "../location/location.type";
import type { Organization, SecurityMeasure } from "../organization/organization.type";
import type { Recipient } from "../recipient/recipient.type";
import type { DataCategory } from "../reference/reference.type";
import { historyStore } from "./history.store";
import { canSee } from "../../domain/principal";
import type { RecordAt, Versioned } from "./record-at";

// Answers for objects read as of an instant: every nested field comes from the version snapshots then in force.
// Reference data (taxonomy, countries, adequacy) and evidence are not versioned and answer as they are now.

type S = Record<string, any>;

function record(ctx: Context, organizationId: number, at: string): Promise<RecordAt> {
  return ctx.loaders.recordAtLoader.load(`${organizationId}|${at}`);
}

function organizationView(v: Versioned<S>, at: string): Organization {
  const s = v.snapshot;
  const contact = (c: S | null) => (c ? { name: c.name, email: c.email, countryCode: c.country } : null);
  return {
    __typename: "Organization",
    id: toGlobalId("Organization", v.id),
    rowId: v.id,
    asOf: at,
    countryCode: s.country,
    slug: s.slug,
    name: s.name,
    legalName: s.legalName,
    website: s.website,
    contactEmail: s.contactEmail,
    postalAddress: s.postalAddress,
    dpo: contact(s.dpo),
    representative: contact(s.representative),
    minimumAge: s.minimumAge,
    doNotTrack: s.doNotTrack,
    subjectJurisdictions: s.subjectJurisdictions ?? [],
    version: v.version,
    updatedAt: new Date(v.validFrom),
  };
}

function activityView(v: Versioned<S>, organizationId: number, at: string): ProcessingActivity {
  const s = v.snapshot as ActivitySnapshot;
  return {
    __typename: "ProcessingActivity",
    id: toGlobalId("ProcessingActivity", v.id),
    rowId: v.id,
    organizationId,
    key: s.key,
    name: s.name,
    description: s.description,
    retention: s.retention ? { activityRowId: v.id, ...s.retention } : null,
    subjectJurisdictions: s.subjectJurisdictions ?? null,
    noRecipients: s.noRecipients ?? false,
    version: v.version,
    updatedAt: new Date(v.validFrom),
    asOf: { at, snapshot: s },
  };
}

function recipientView(v: Versioned<S>, organizationId: number, at: string): Recipient {
  const s = v.snapshot;
  return {
    __typename: "Recipient",
    id: toGlobalId("Recipient", v.id),
    rowId: v.id,
    organizationId,
    countryCode: s.country,
    parentId: null,
    key: s.key,
    name: s.name,
    kind: s.kind,
    category: s.category,
    named: s.named,
    dpa: s.dpa,
    description: s.description,
    version: v.version,
    updatedAt: new Date(v.validFrom),
    asOf: { at, parent: s.parent, transferMechanisms: s.transferMechanisms ?? [] },
  };
}

function locationView(v: Versioned<S>, organizationId: number, at: string): Location {
  const s = v.snapshot;
  return {
    __typename: "Location",
    id: toGlobalId("Location", v.id),
    rowId: v.id,
    organizationId,
    countryCode: s.country,
    key: s.key,
    name: s.name,
    region: s.region,
    provider: s.provider,
    version: v.version,
    updatedAt: new Date(v.validFrom),
    asOf: at,
    asOfMechanisms: s.transferMechanisms ?? [],
  };
}

function measureView(v: Versioned<S>): SecurityMeasure {
  const s = v.snapshot;
  return {
    __typename: "SecurityMeasure",
    id: toGlobalId("SecurityMeasure", v.id),
    rowId: v.id,
    key: s.key,
    name: s.name,
    kind: s.kind,
    description: s.description,
    dpvIri: s.dpvIri,
    version: v.version,
    updatedAt: new Date(v.validFrom),
  };
}

async function categoriesByKeys(ctx: Context, keys: Iterable<string>): Promise<DataCategory[]> {
  const taxonomy = await ctx.loaders.taxonomy();
  return [...new Set(keys)]
    .map((k) => taxonomy.byKey.get(k))
    .filter((c): c is DataCategory => c !== undefined)
    .sort((a, b) => a.key.localeCompare(b.key));
}

const pick = <T>(map: Map<string, T>, keys: string[]) => keys.map((k) => map.get(k)).filter((x): x is T => x !== undefined);

export const timeTravel = {
  /** The organisation as it stood at `asOf`; null before it existed or while it was deleted. A future instant reads as now. */
  async organization(ctx: Context, slug: string, asOf: Date): Promise<Organization | null> {
    const id = historyStore.organizationIdBySlug(ctx.db, slug);
    if (id === undefined || !canSee(ctx.principal, id)) return null;
    const at = (asOf.getTime() > Date.now() ? new Date() : asOf).toISOString();
    const rec = await record(ctx, id, at);
    return rec.organization ? organizationView(rec.organization, at) : null;
  },

  async activities(ctx: Context, o: Organization, first?: number | null, after?: string | null) {
    const window = pageWindow(first, after);
    const rec = await record(ctx, o.rowId, o.asOf!);
    const all = rec.activities.map((v) => activityView(v, o.rowId, o.asOf!));
    const page = all.filter((a) => a.rowId > window.afterId).slice(0, window.limit + 1);
    return toConnection(page, window, all.length);
  },
  async recipients(ctx: Context, o: Organization) {
    const rec = await record(ctx, o.rowId, o.asOf!);
    return [...rec.recipients.values()].sort((a, b) => a.id - b.id).map((v) => recipientView(v, o.rowId, o.asOf!));
  },
  async storageLocations(ctx: Context, o: Organization) {
    const rec = await record(ctx, o.rowId, o.asOf!);
    return [...rec.storageLocations.values()].sort((a, b) => a.id - b.id).map((v) => locationView(v, o.rowId, o.asOf!));
  },
  async securityMeasures(ctx: Context, o: Organization) {
    const rec = await record(ctx, o.rowId, o.asOf!);
    return [...rec.securityMeasures.values()].sort((a, b) => a.id - b.id).map(measureView);
  },
  async organizationCategories(ctx: Context, o: Organization) {
    const rec = await record(ctx, o.rowId, o.asOf!);
    return categoriesByKeys(ctx, rec.activities.flatMap((a) => a.snapshot.dataCategories as string[]));
  },
  async organizationOf(ctx: Context, organizationId: number, at: string) {
    const rec = await record(ctx, organizationId, at);
    return rec.organization ? organizationView(rec.organization, at) : null;
  },

  async purposes(ctx: Context, a: ProcessingActivity) {
    const purposes = await ctx.loaders.purposes();
    return pick(purposes.byKey, a.asOf!.snapshot.purposes);
  },
  async claims(ctx: Context, a: ProcessingActivity): Promise<LegalBasisClaim[]> {
    const bases = await ctx.loaders.legalBases();
    return a.asOf!.snapshot.legalBases.flatMap((b) => {
      const basis = bases.get(`${b.regime}:${b.code}`);
      return basis ? [{ rowId: 0, legalBasisId: basis.rowId, consentMechanism: b.consentMechanism, note: b.note, assessment: b.assessment ?? null }] : [];
    });
  },
  async legalBases(ctx: Context, a: ProcessingActivity) {
    const bases = await ctx.loaders.legalBases();
    return pick(bases, a.asOf!.snapshot.legalBases.map((b) => `${b.regime}:${b.code}`));
  },
  async dataSubjects(ctx: Context, a: ProcessingActivity) {
    const keys = new Set(a.asOf!.snapshot.dataSubjects);
    return (await ctx.loaders.subjects()).filter((s) => keys.has(s.key));
  },
  dataCategories(ctx: Context, a: ProcessingActivity) {
    return categoriesByKeys(ctx, a.asOf!.snapshot.dataCategories);
  },
  disclosures(a: ProcessingActivity): Disclosure[] {
    return a.asOf!.snapshot.disclosures.map((d) => ({
      rowId: 0,
      recipientId: 0,
      purpose: d.purpose,
      asOf: { at: a.asOf!.at, organizationId: a.organizationId, recipient: d.recipient, dataCategories: d.dataCategories },
    }));
  },
  async storageLocationsOf(ctx: Context, a: ProcessingActivity) {
    const rec = await record(ctx, a.organizationId, a.asOf!.at);
    return pick(rec.storageLocations, a.asOf!.snapshot.storageLocations).map((v) => locationView(v, a.organizationId, a.asOf!.at));
  },
  async securityMeasuresOf(ctx: Context, a: ProcessingActivity) {
    const rec = await record(ctx, a.organizationId, a.asOf!.at);
    return pick(rec.securityMeasures, a.asOf!.snapshot.securityMeasures).map(measureView);
  },

  async disclosureRecipient(ctx: Context, d: Disclosure) {
    const { at, organizationId, recipient } = d.asOf!;
    const v = (await record(ctx, organizationId, at)).recipients.get(recipient);
    return v ? recipientView(v, organizationId, at) : null;
  },
  disclosureCategories(ctx: Context, d: Disclosure) {
    return categoriesByKeys(ctx, d.asOf!.dataCategories);
  },

  async recipientCategories(ctx: Context, r: Recipient) {
    const rec = await record(ctx, r.organizationId, r.asOf!.at);
    const keys = rec.activities.flatMap((a) => (a.snapshot.disclosures as ActivitySnapshot["disclosures"]).filter((d) => d.recipient === r.key).flatMap((d) => d.dataCategories));
    return categoriesByKeys(ctx, keys);
  },
  async subProcessors(ctx: Context, r: Recipient) {
    const rec = await record(ctx, r.organizationId, r.asOf!.at);
    return [...rec.recipients.values()].filter((v) => v.snapshot.parent === r.key).map((v) => recipientView(v, r.organizationId, r.asOf!.at));
  },
  async parent(ctx: Context, r: Recipient) {
    if (!r.asOf!.parent) return null;
    const v = (await record(ctx, r.organizationId, r.asOf!.at)).recipients.get(r.asOf!.parent);
    return v ? recipientView(v, r.organizationId, r.asOf!.at) : null;
  },

  async locationCategories(ctx: Context, l: Location) {
    const rec = await record(ctx, l.organizationId, l.asOf!);
    const keys = rec.activities.filter((a) => (a.snapshot.storageLocations as string[]).includes(l.key)).flatMap((a) => a.snapshot.dataCategories as string[]);
    return categoriesByKeys(ctx, keys);
  },
};
