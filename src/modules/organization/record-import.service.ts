import type { Db } from "../../db/connection";
import type { EvidenceEntry, OrganizationFile } from "../../io/seed/organization-file";
import { activityStore } from "../activity/activity.store";
import { locationStore } from "../location/location.store";
import { recipientStore } from "../recipient/recipient.store";
import { activityWriteService } from "../activity/activity.write.service";
import { recordChange } from "../history/history.service";
import { organizationStore } from "./organization.store";

/** The actor named in history for everything the seed files create. */
export const SEED_ACTOR = "seed";

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

  // Reported ids in errors are the file's own keys.
  const keyOf = new Map<string, string>();
  for (const [maps, type] of [[recipients, "Recipient"], [locations, "Location"], [measures, "SecurityMeasure"]] as const) {
    for (const [key, id] of maps) keyOf.set(`${type}:${id}`, key);
  }
  const show = (type: string, id: number) => keyOf.get(`${type}:${id}`) ?? id;
  recordChange(db, { type: "Organization", id: orgId, operation: "CREATE", actor: SEED_ACTOR });
  for (const id of measures.values()) recordChange(db, { type: "SecurityMeasure", id, operation: "CREATE", actor: SEED_ACTOR });
  for (const id of recipients.values()) recordChange(db, { type: "Recipient", id, operation: "CREATE", actor: SEED_ACTOR });
  for (const id of locations.values()) recordChange(db, { type: "Location", id, operation: "CREATE", actor: SEED_ACTOR });

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
  return { organizationId: orgId, activities: rec.activities.length };
}
