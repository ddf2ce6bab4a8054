import type { RecordActivity, RecordLocation, RecordMarketing, RecordMeasure, RecordOrganization, RecordRecipient, TransferTool, Unevidenced } from "../../domain/record";
import type { ActivityRow } from "../activity/activity.store";
import type { LocationRow } from "../location/location.store";
import type { MeasureRow, OrganizationRow } from "../organization/organization.store";
import type { RecipientRow } from "../recipient/recipient.store";

// The store mapping of the record document: table rows to the document's objects (without evidence, which
// lives in its own table). History snapshots and the live reader both map rows through these functions, so a
// fact added to the document is mapped here once; the compiler holds each one to the document's fields.

type Entry<T> = Unevidenced<T>;
/** Database columns hold the document's enumerations as text, already checked by the write services. */
const as = <T>(value: string) => value as T;
const json = <T>(text: string | null) => (text === null ? null : (JSON.parse(text) as T));

export function organizationEntry(o: OrganizationRow): Entry<RecordOrganization> {
  return {
    slug: o.slug,
    name: o.name,
    legalName: o.legalName,
    website: o.website,
    contactEmail: o.contactEmail,
    postalAddress: o.postalAddress,
    country: o.countryCode,
    dpo: o.dpoName ? { name: o.dpoName, email: o.dpoEmail, country: o.dpoCountryCode } : null,
    representative: o.representativeName ? { name: o.representativeName, email: o.representativeEmail, country: o.representativeCountryCode } : null,
    minimumAge: o.minimumAge,
    doNotTrack: as(o.doNotTrack),
    globalPrivacyControl: as(o.globalPrivacyControl),
    subjectJurisdictions: json<string[]>(o.subjectJurisdictions) ?? [],
    establishments: json<string[]>(o.establishments) ?? [],
    parentalConsent: o.parentalConsent,
    annualRevenueUsd: o.annualRevenueUsd,
    sellingRevenuePercent: o.sellingRevenuePercent,
    criticalInfrastructure: o.criticalInfrastructure,
  };
}

/** The document's type with its enumerations read as the text the database holds. */
type AsStored<T> = T extends string ? string : T extends (infer U)[] ? AsStored<U>[] : T extends object ? { [K in keyof T]: AsStored<T[K]> } : T;
type LinkField = "purposes" | "legalBases" | "dataSubjects" | "dataCategories" | "sources" | "disclosures" | "storageLocations" | "securityMeasures" | "trackers";
/** An activity's links by natural key, in the order the document keeps them, as the stores read them. */
export type ActivityLinks = AsStored<Pick<Entry<RecordActivity>, LinkField>>;

export function activityEntry(a: ActivityRow, links: ActivityLinks): Entry<RecordActivity> {
  const hasRetention = a.retentionPeriod !== null || a.retentionTrigger !== null || a.retentionDescription !== null;
  return {
    key: a.key,
    name: a.name,
    description: a.description,
    purposes: links.purposes,
    legalBases: links.legalBases.map((b) => ({ regime: as(b.regime), code: b.code, consentMechanism: b.consentMechanism === null ? null : as(b.consentMechanism), note: b.note, assessment: b.assessment })),
    dataSubjects: links.dataSubjects,
    dataCategories: links.dataCategories,
    sources: links.sources.map((s) => as(s)),
    disclosures: links.disclosures,
    storageLocations: links.storageLocations,
    securityMeasures: links.securityMeasures,
    retention: hasRetention ? { period: a.retentionPeriod, trigger: a.retentionTrigger === null ? null : as(a.retentionTrigger), description: a.retentionDescription } : null,
    subjectJurisdictions: json<string[]>(a.subjectJurisdictions),
    noRecipients: a.noRecipients,
    ageBands: json<string[]>(a.ageBands)?.map((b) => as(b)) ?? [],
    trackers: links.trackers.map((t) => ({
      kind: as(t.kind),
      name: t.name,
      purpose: t.purpose === null ? null : as(t.purpose),
      consent: t.consent === null ? null : as(t.consent),
      recipient: t.recipient,
    })),
    marketing: (json<AsStored<Entry<RecordMarketing>>[]>(a.marketing) ?? []).map((m) => ({
      channel: as(m.channel),
      audiences: m.audiences.map((x) => as(x)),
      consentMechanism: m.consentMechanism === null ? null : as(m.consentMechanism),
    })),
    individualsPerYear: a.individualsPerYear === null ? null : as(a.individualsPerYear),
    sensitiveIndividualsPerYear: a.sensitiveIndividualsPerYear === null ? null : as(a.sensitiveIndividualsPerYear),
    automatedDecisions: a.automatedDecisions === null ? null : as(a.automatedDecisions),
    impactAssessment: a.impactAssessment,
  };
}

type Tools = { regime: string; code: string; note: string | null }[];
const tools = (list: Tools): Entry<TransferTool>[] => list.map((m) => ({ regime: as(m.regime), code: m.code, note: m.note }));

export function recipientEntry(r: RecipientRow, parentKey: string | null, mechanisms: Tools): Entry<RecordRecipient> {
  return {
    key: r.key,
    name: r.name,
    kind: as(r.kind),
    role: r.role === null ? null : as(r.role),
    category: r.category,
    named: r.named,
    country: r.countryCode,
    dpa: { status: as(r.dpaStatus), date: r.dpaDate, url: r.dpaUrl },
    parent: parentKey,
    description: r.description,
    transferMechanisms: tools(mechanisms),
  };
}

/** `hostedBy`: the key of the recipient whose row id the location holds. */
export function locationEntry(l: LocationRow, mechanisms: Tools, hostedBy: string | null): Entry<RecordLocation> {
  return {
    key: l.key,
    name: l.name,
    country: l.countryCode,
    region: l.region,
    provider: l.provider,
    hosting: l.hosting === null ? null : as(l.hosting),
    hostedBy,
    transferMechanisms: tools(mechanisms),
  };
}

export function measureEntry(m: MeasureRow): Entry<RecordMeasure> {
  return { key: m.key, name: m.name, kind: as(m.kind), description: m.description, dpvIri: m.dpvIri };
}

/**
 * Parents before the sub-processors they engage, otherwise keeping the given order: a list already in that
 * order comes back unchanged, so an import (which creates in file order) exports again the same way.
 */
export function parentsFirst<T extends { key: string; parent: string | null }>(list: T[]): T[] {
  const keys = new Set(list.map((r) => r.key));
  const done = new Set<string>();
  const waiting = new Map<string, T[]>();
  const out: T[] = [];
  const emit = (r: T) => {
    out.push(r);
    done.add(r.key);
    const children = waiting.get(r.key) ?? [];
    waiting.delete(r.key);
    children.forEach(emit);
  };
  for (const r of list) {
    if (r.parent === null || !keys.has(r.parent) || done.has(r.parent)) emit(r);
    else waiting.set(r.parent, [...(waiting.get(r.parent) ?? []), r]);
  }
  // Only a cycle (which the write services refuse) leaves anything waiting.
  for (const rest of waiting.values()) out.push(...rest);
  return out;
}
