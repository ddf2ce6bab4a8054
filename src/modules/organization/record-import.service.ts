import type { Db } from "../../db/connection";
import type { EvidenceEntry, OrganizationFile } from "../../io/seed/organization-file";
import { activityStore } from "../activity/activity.store";
import { activityWriteService } from "../activity/activity.write.service";
import { locationWriteService } from "../location/location.write.service";
import { createRecipientsParentsFirst } from "../recipient/recipient-batch";
import { organizationStore } from "./organization.store";
import { organizationChangesOf, organizationWriteService } from "./organization.write.service";
import { securityMeasureWriteService } from "./security-measure.write.service";

/** The actor named in history for everything the seed files create. */
export const SEED_ACTOR = "seed";

function must<T>(map: Map<string, T>, key: string, what: string): T {
  const v = map.get(key);
  if (v === undefined) throw new Error(`unknown ${what} ${JSON.stringify(key)}`);
  return v;
}

/**
 * Writes one organisation's whole record, already validated, with its evidence, through the same
 * write services as the API, so every object's seed state is its version 1.
 * Call inside a transaction: a failure part-way must leave nothing behind.
 */
export function importRecord(db: Db, rec: OrganizationFile): { organizationId: number; activities: number } {
  const o = rec.organization;
  const orgId = organizationWriteService.create(db, organizationChangesOf(o), SEED_ACTOR, "organization");
  const documentId = organizationStore.insertDocument(db, { organizationId: orgId, title: rec.document.title, url: rec.document.url ?? null });
  // Evidence is written in one batch at the end, in the order cited: a row per citation costs an insert each.
  const citations: Parameters<typeof organizationStore.insertEvidence>[1] = [];
  const cite = (subjectType: string, subjectId: number, entries: EvidenceEntry[]) => {
    for (const e of entries) citations.push({ documentId, subjectType, subjectId, section: e.section, basis: e.basis, note: e.note ?? null });
  };
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

  // Reported ids in errors are the file's own keys.
  const keyOf = new Map<string, string>();
  const show = (type: string, id: number) => keyOf.get(`${type}:${id}`) ?? id;

  const measures = new Map<string, number>();
  rec.securityMeasures.forEach((m, i) => {
    const id = securityMeasureWriteService.create(
      db,
      orgId,
      { key: m.key, name: m.name, kind: m.kind, description: m.description, dpvIri: m.dpv },
      SEED_ACTOR,
      `securityMeasures[${i}]`,
    );
    measures.set(m.key, id);
    keyOf.set(`SecurityMeasure:${id}`, m.key);
    cite("SecurityMeasure", id, m.evidence);
  });

  const recipients = createRecipientsParentsFirst(
    db,
    orgId,
    rec.recipients,
    (r) => ({
      name: r.name,
      kind: r.kind,
      category: r.category,
      named: r.named,
      country: r.country,
      dpa: r.dpa ? { status: r.dpa.status, date: r.dpa.date, url: r.dpa.url } : undefined,
      description: r.description,
      transferMechanisms: r.transferMechanisms,
    }),
    SEED_ACTOR,
    show,
    (r, id) => {
      keyOf.set(`Recipient:${id}`, r.key);
      cite("Recipient", id, r.evidence);
    },
  );

  const locations = new Map<string, number>();
  rec.storageLocations.forEach((l, i) => {
    const id = locationWriteService.create(
      db,
      orgId,
      { key: l.key, name: l.name, country: l.country, region: l.region, provider: l.provider, transferMechanisms: l.transferMechanisms },
      SEED_ACTOR,
      `storageLocations[${i}]`,
    );
    locations.set(l.key, id);
    keyOf.set(`Location:${id}`, l.key);
    cite("Location", id, l.evidence);
  });

  rec.activities.forEach((a, i) => {
    const activityId = activityWriteService.create(
      db,
      orgId,
      {
        key: a.key,
        name: a.name,
        description: a.description,
        purposes: a.purposes,
        legalBases: a.legalBases,
        dataSubjects: a.dataSubjects,
        dataCategories: a.dataCategories,
        sources: a.sources,
        disclosures: a.disclosures.map((d) => ({ recipient: must(recipients, d.recipient, "recipient"), dataCategories: d.dataCategories, purpose: d.purpose })),
        storageLocations: a.storageLocations.map((k) => must(locations, k, "storage location")),
        securityMeasures: a.securityMeasures.map((k) => must(measures, k, "security measure")),
        retention: a.retention ? { period: a.retention.period, trigger: a.retention.trigger, description: a.retention.description } : undefined,
        subjectJurisdictions: a.subjectJurisdictions,
        noRecipients: a.noRecipients,
      },
      SEED_ACTOR,
      `activities[${i}]`,
      show,
    );
    cite("ProcessingActivity", activityId, a.evidence);
    if (a.retention) cite("Retention", activityId, a.retention.evidence);
    const claims = activityStore.legalBasisLinks(db, [activityId]);
    a.legalBases.forEach((b, k) => cite("ActivityLegalBasis", claims[k].id, b.evidence));
    const disclosures = activityStore.disclosuresByActivityIds(db, [activityId]);
    a.disclosures.forEach((d, k) => cite("Disclosure", disclosures[k].id, d.evidence));
  });
  organizationStore.insertEvidence(db, citations);
  return { organizationId: orgId, activities: rec.activities.length };
}
