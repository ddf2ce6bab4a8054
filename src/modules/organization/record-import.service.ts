import type { Db } from "../../db/connection";
import type { EvidenceEntry, OrganizationFile } from "../../io/seed/organization-file";
import { activityStore } from "../activity/activity.store";
import { locationStore } from "../location/location.store";
import { recipientStore } from "../recipient/recipient.store";
import { referenceStore } from "../reference/reference.store";
import { organizationStore } from "./organization.store";

/** Maps the reference keys a record uses to row ids; read once per import. */
function referenceIds(db: Db) {
  const byKey = <T extends { key: string; id: number }>(rows: T[]) => new Map(rows.map((r) => [r.key, r.id]));
  return {
    categories: byKey(referenceStore.allCategories(db)),
    purposes: byKey(referenceStore.allPurposes(db)),
    subjects: byKey(referenceStore.allSubjects(db)),
    bases: new Map(referenceStore.legalBases(db).map((b) => [`${b.regime}:${b.code}`, b.id])),
  };
}

function must<T>(map: Map<string, T>, key: string, what: string): T {
  const v = map.get(key);
  if (v === undefined) throw new Error(`unknown ${what} ${JSON.stringify(key)}`);
  return v;
}

/**
 * Writes one organisation's whole record, already validated, with its evidence.
 * Call inside a transaction: a failure part-way must leave nothing behind.
 */
export function importRecord(db: Db, rec: OrganizationFile): { organizationId: number; activities: number } {
  const ids = referenceIds(db);
  const o = rec.organization;
  const orgId = organizationStore.insert(db, {
    slug: o.slug,
    name: o.name,
    legalName: o.legalName ?? null,
    website: o.website ?? null,
    contactEmail: o.contactEmail ?? null,
    postalAddress: o.postalAddress ?? null,
    countryCode: o.country ?? null,
    dpoName: o.dpo?.name ?? null,
    dpoEmail: o.dpo?.email ?? null,
    dpoCountryCode: o.dpo?.country ?? null,
    representativeName: o.representative?.name ?? null,
    representativeEmail: o.representative?.email ?? null,
    representativeCountryCode: o.representative?.country ?? null,
    minimumAge: o.minimumAge ?? null,
    doNotTrack: o.doNotTrack,
  });
  const documentId = organizationStore.insertDocument(db, { organizationId: orgId, title: rec.document.title, url: rec.document.url ?? null });
  const cite = (subjectType: string, subjectId: number, entries: EvidenceEntry[]) =>
    organizationStore.insertEvidence(
      db,
      entries.map((e) => ({ documentId, subjectType, subjectId, section: e.section, basis: e.basis, note: e.note ?? null })),
    );
  cite("Organization", orgId, o.evidence);

  for (const s of rec.statements) cite("Statement", organizationStore.insertStatement(db, { organizationId: orgId, topic: s.topic, summary: s.summary }), s.evidence);
  for (const r of rec.rights) {
    const id = organizationStore.insertRight(db, {
      organizationId: orgId,
      right: r.right,
      jurisdictions: r.jurisdictions ? JSON.stringify(r.jurisdictions) : null,
      description: r.description ?? null,
    });
    cite("Right", id, r.evidence);
  }
  const measures = new Map<string, number>();
  for (const m of rec.securityMeasures) {
    const id = organizationStore.insertMeasure(db, {
      organizationId: orgId,
      key: m.key,
      name: m.name,
      kind: m.kind,
      description: m.description ?? null,
      dpvIri: m.dpv ?? null,
    });
    measures.set(m.key, id);
    cite("SecurityMeasure", id, m.evidence);
  }
  const recipients = new Map<string, number>();
  for (const r of rec.recipients) {
    const id = recipientStore.insert(db, {
      organizationId: orgId,
      key: r.key,
      name: r.name,
      kind: r.kind,
      category: r.category ?? null,
      named: r.named,
      countryCode: r.country ?? null,
      dpaStatus: r.dpa?.status ?? "UNKNOWN",
      dpaDate: r.dpa?.date ?? null,
      dpaUrl: r.dpa?.url ?? null,
      description: r.description ?? null,
    });
    recipients.set(r.key, id);
    cite("Recipient", id, r.evidence);
  }
  for (const r of rec.recipients) if (r.parent) recipientStore.setParent(db, recipients.get(r.key)!, must(recipients, r.parent, "recipient"));
  const locations = new Map<string, number>();
  for (const l of rec.storageLocations) {
    const id = locationStore.insert(db, {
      organizationId: orgId,
      key: l.key,
      name: l.name,
      countryCode: l.country,
      region: l.region ?? null,
      provider: l.provider ?? null,
    });
    locations.set(l.key, id);
    cite("Location", id, l.evidence);
  }

  for (const a of rec.activities) {
    const activityId = activityStore.insert(db, {
      organizationId: orgId,
      key: a.key,
      name: a.name,
      description: a.description ?? null,
      retentionPeriod: a.retention?.period ?? null,
      retentionTrigger: a.retention?.trigger ?? null,
      retentionDescription: a.retention?.description ?? null,
    });
    cite("ProcessingActivity", activityId, a.evidence);
    if (a.retention) cite("Retention", activityId, a.retention.evidence);
    const uniq = <T>(xs: T[]) => [...new Set(xs)];
    activityStore.insertLinks(db, {
      purposes: uniq(a.purposes).map((k) => ({ activityId, purposeId: must(ids.purposes, k, "purpose") })),
      subjects: uniq(a.dataSubjects).map((k) => ({ activityId, subjectId: must(ids.subjects, k, "data subject") })),
      categories: uniq(a.dataCategories).map((k) => ({ activityId, categoryId: must(ids.categories, k, "data category") })),
      sources: uniq(a.sources).map((source) => ({ activityId, source })),
      locations: uniq(a.storageLocations).map((k) => ({ activityId, locationId: must(locations, k, "storage location") })),
      measures: uniq(a.securityMeasures).map((k) => ({ activityId, measureId: must(measures, k, "security measure") })),
    });
    for (const b of a.legalBases) {
      const linkId = activityStore.insertLegalBasisLink(db, {
        activityId,
        legalBasisId: must(ids.bases, `${b.regime}:${b.code}`, "legal basis"),
        consentMechanism: b.consentMechanism ?? null,
        note: b.note ?? null,
      });
      cite("ActivityLegalBasis", linkId, b.evidence);
    }
    for (const d of a.disclosures) {
      const id = activityStore.insertDisclosure(
        db,
        { activityId, recipientId: must(recipients, d.recipient, "recipient"), purpose: d.purpose ?? null },
        uniq(d.dataCategories).map((k) => must(ids.categories, k, "data category")),
      );
      cite("Disclosure", id, d.evidence);
    }
  }
  return { organizationId: orgId, activities: rec.activities.length };
}
