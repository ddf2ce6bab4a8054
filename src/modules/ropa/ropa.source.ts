import type { Db } from "../../db/connection";
import type { ActivitySnapshot } from "../activity/activity.type";
import { recordAt, type Versioned } from "../history/record-at";
import { organizationStore } from "../organization/organization.store";
import { referenceStore } from "../reference/reference.store";
import { ropaStore } from "./ropa.store";
import type { Citation, Contact, Mechanism, ReferenceLookup, RopaSource, SourceActivity, SourceOrganization } from "./ropa.types";

export type * from "./ropa.types";

// One organisation's whole record, now or as it stood at an instant, as plain data keyed by natural keys:
// what every RoPA export (spreadsheet, documents, JSON, DPV) is rendered from.
// Editable objects come from the version snapshots (every write records one in its own transaction, so the
// newest snapshots are the live record); documents, citations, statements, rights and reference data are not
// versioned and are read as they are now.

/** Later than any version's instant: the versions in force then are the live record. */
const LIVE = "9999-12-31T23:59:59.999Z";

type S = Record<string, any>;

const byId = <T extends { id: number }>(list: Iterable<Versioned<S>>, view: (v: Versioned<S>) => T): T[] =>
  [...list].sort((a, b) => a.id - b.id).map(view);

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

export function referenceLookup(db: Db): ReferenceLookup {
  const named = (rows: { key: string; name: string; dpvIri: string | null }[]) => new Map(rows.map((r) => [r.key, { name: r.name, dpvIri: r.dpvIri }]));
  return {
    categories: named(referenceStore.allCategories(db)),
    purposes: named(referenceStore.allPurposes(db)),
    subjects: named(referenceStore.allSubjects(db)),
    legalBases: new Map(referenceStore.legalBases(db).map((b) => [`${b.regime}:${b.code}`, { name: b.name, dpvIri: b.dpvIri, kind: b.kind, article: b.article }])),
    countries: new Map(referenceStore.countriesByCodes(db, referenceStore.allCountryCodes(db)).map((c) => [c.code, { name: c.name, dpvIri: c.dpvIri }])),
  };
}

/** The record of one organisation (by row id) now, or as it stood at `asOf`; null when it did not exist (then). */
export function readRopaSource(db: Db, organizationId: number, asOf: string | null): RopaSource | null {
  const rec = recordAt(db, organizationId, asOf ?? LIVE);
  if (!rec.organization) return null;
  const documents = ropaStore.documentsOf(db, organizationId);
  const docIndex = new Map(documents.map((d, i) => [d.id, i]));
  const citations = new Map<string, Citation[]>();
  for (const c of ropaStore.citationsOf(db, organizationId)) {
    const key = `${c.subjectType}:${c.subjectId}`;
    citations.set(key, [...(citations.get(key) ?? []), { document: docIndex.get(c.documentId)!, section: c.section, basis: c.basis, note: c.note }]);
  }
  const cite = (type: string, id: number | undefined) => (id === undefined ? [] : (citations.get(`${type}:${id}`) ?? []));
  const claimIds = new Map(ropaStore.claimRowsOf(db, organizationId).map((r) => [`${r.activityId}|${r.regime}:${r.code}`, r.id]));
  const disclosureIds = new Map(ropaStore.disclosureRowsOf(db, organizationId).map((r) => [`${r.activityId}|${r.recipientId}`, r.id]));
  const mechanisms = (list: Mechanism[] | undefined) => (list ?? []).map((m) => ({ regime: m.regime, code: m.code, note: m.note ?? null }));

  const o = rec.organization.snapshot as S;
  const contact = (c: S | null | undefined): Contact | null => (c ? { name: c.name, email: c.email ?? null, country: c.country ?? null } : null);
  const organization: SourceOrganization = {
    id: organizationId,
    slug: o.slug,
    name: o.name,
    legalName: o.legalName ?? null,
    website: o.website ?? null,
    contactEmail: o.contactEmail ?? null,
    postalAddress: o.postalAddress ?? null,
    country: o.country ?? null,
    dpo: contact(o.dpo),
    representative: contact(o.representative),
    minimumAge: o.minimumAge ?? null,
    doNotTrack: o.doNotTrack ?? "NOT_STATED",
    subjectJurisdictions: o.subjectJurisdictions ?? [],
    evidence: cite("Organization", organizationId),
  };
  const recipients = parentsFirst(
    byId(rec.recipients.values(), (v) => {
      const s = v.snapshot;
      return {
        id: v.id,
        key: s.key,
        name: s.name,
        kind: s.kind,
        category: s.category ?? null,
        named: s.named,
        country: s.country ?? null,
        dpa: { status: s.dpa?.status ?? "UNKNOWN", date: s.dpa?.date ?? null, url: s.dpa?.url ?? null },
        parent: s.parent ?? null,
        description: s.description ?? null,
        transferMechanisms: mechanisms(s.transferMechanisms),
        evidence: cite("Recipient", v.id),
      };
    }),
  );
  const recipientIds = new Map(recipients.map((r) => [r.key, r.id]));
  const activities = byId(rec.activities, (v): SourceActivity => {
    const s = v.snapshot as unknown as ActivitySnapshot;
    return {
      id: v.id,
      key: s.key,
      name: s.name,
      description: s.description ?? null,
      purposes: s.purposes,
      legalBases: s.legalBases.map((b) => ({
        regime: b.regime,
        code: b.code,
        consentMechanism: b.consentMechanism ?? null,
        note: b.note ?? null,
        assessment: b.assessment ?? null,
        evidence: cite("ActivityLegalBasis", claimIds.get(`${v.id}|${b.regime}:${b.code}`)),
      })),
      dataSubjects: s.dataSubjects,
      dataCategories: s.dataCategories,
      sources: s.sources,
      disclosures: s.disclosures.map((d) => ({
        recipient: d.recipient,
        dataCategories: d.dataCategories,
        purpose: d.purpose ?? null,
        evidence: cite("Disclosure", disclosureIds.get(`${v.id}|${recipientIds.get(d.recipient)}`)),
      })),
      storageLocations: s.storageLocations,
      securityMeasures: s.securityMeasures,
      retention: s.retention ? { period: s.retention.period ?? null, trigger: s.retention.trigger ?? null, description: s.retention.description ?? null, evidence: cite("Retention", v.id) } : null,
      subjectJurisdictions: s.subjectJurisdictions ?? null,
      noRecipients: s.noRecipients ?? false,
      evidence: cite("ProcessingActivity", v.id),
    };
  });
  const storageLocations = byId(rec.storageLocations.values(), ({ id, snapshot: s }) => ({
    id,
    key: s.key,
    name: s.name,
    country: s.country,
    region: s.region ?? null,
    provider: s.provider ?? null,
    transferMechanisms: mechanisms(s.transferMechanisms),
    evidence: cite("Location", id),
  }));
  const securityMeasures = byId(rec.securityMeasures.values(), ({ id, snapshot: s }) => ({
    id,
    key: s.key,
    name: s.name,
    kind: s.kind,
    description: s.description ?? null,
    dpvIri: s.dpvIri ?? null,
    evidence: cite("SecurityMeasure", id),
  }));
  return {
    asOf,
    organization,
    activities,
    recipients,
    storageLocations,
    securityMeasures,
    statements: organizationStore.statementsByOrgIds(db, [organizationId]).map((s) => ({ topic: s.topic, summary: s.summary, evidence: cite("Statement", s.id) })),
    rights: organizationStore.rightsByOrgIds(db, [organizationId]).map((r) => ({
      right: r.right,
      jurisdictions: r.jurisdictions === null ? null : (JSON.parse(r.jurisdictions) as string[]),
      description: r.description,
      evidence: cite("Right", r.id),
    })),
    documents: documents.map((d) => ({ title: d.title, url: d.url })),
    reference: referenceLookup(db),
  };
}
