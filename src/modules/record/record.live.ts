import type { Db } from "../../db/connection";
import { RECORD_FORMAT, RECORD_VERSION, type Citation, type RecordDocument } from "../../domain/record";
import { toGlobalId } from "../common/global-id";
import { activityStore } from "../activity/activity.store";
import { mechanismStore } from "../compliance/mechanism.store";
import { locationStore } from "../location/location.store";
import { organizationStore } from "../organization/organization.store";
import { recipientStore } from "../recipient/recipient.store";
import { referenceStore } from "../reference/reference.store";
import { ropaStore } from "../ropa/ropa.store";
import { activityEntry, locationEntry, measureEntry, organizationEntry, parentsFirst, recipientEntry } from "./record.mapping";
import type { ReadOptions, ReadRecord } from "./record.read";

// The live record document, read from the tables in a fixed number of queries (no version snapshots to parse):
// the same document the snapshots give for the latest instant, which a test holds it to.

const group = <T, K>(rows: T[], key: (r: T) => K) => {
  const m = new Map<K, T[]>();
  for (const r of rows) {
    const list = m.get(key(r));
    if (list) list.push(r);
    else m.set(key(r), [r]);
  }
  return m;
};
const sorted = (xs: string[]) => xs.sort();

export function readLiveRecord(db: Db, organizationId: number, opts: ReadOptions = {}): ReadRecord | null {
  const org = organizationStore.byIds(db, [organizationId])[0];
  if (!org || org.archivedAt !== null) return null;
  const categories = new Map(referenceStore.allCategories(db).map((c) => [c.id, c.key]));
  const purposes = new Map(referenceStore.allPurposes(db).map((p) => [p.id, p.key]));
  const subjects = new Map(referenceStore.allSubjects(db).map((s) => [s.id, s.key]));
  const bases = new Map(referenceStore.legalBases(db).map((b) => [b.id, b]));

  const documents = ropaStore.documentsOf(db, organizationId);
  const docIndex = new Map(documents.map((d, i) => [d.id, i]));
  const citations = group(opts.evidence === false ? [] : ropaStore.citationsOf(db, organizationId), (c) => `${c.subjectType}:${c.subjectId}`);
  const cite = (type: string, id: number): Citation[] =>
    (citations.get(`${type}:${id}`) ?? []).map((c) => ({ document: docIndex.get(c.documentId)!, section: c.section, basis: c.basis as Citation["basis"], note: c.note }));
  const versions = new Map<string, { version: number; validFrom: string }>();
  const seen = (type: string, r: { id: number; version: number; updatedAt: string }) => versions.set(`${type}:${r.id}`, { version: r.version, validFrom: r.updatedAt });
  seen("Organization", org);

  const measureRows = organizationStore.measuresByOrgIds(db, [organizationId]);
  const recipientRows = recipientStore.byOrgIds(db, [organizationId]);
  const locationRows = locationStore.byOrgIds(db, [organizationId]);
  const recipientKey = new Map(recipientRows.map((r) => [r.id, r.key]));
  const locationKey = new Map(locationRows.map((l) => [l.id, l.key]));
  const measureKey = new Map(measureRows.map((m) => [m.id, m.key]));
  const recipientTools = group(mechanismStore.byRecipientIds(db, recipientRows.map((r) => r.id)), (m) => m.recipientId);
  const locationTools = group(mechanismStore.byLocationIds(db, locationRows.map((l) => l.id)), (m) => m.locationId);

  const activityRows = activityStore.byOrgIds(db, [organizationId]);
  const ids = activityStore.liveIdsOf(db, organizationId);
  const keysOf = <T>(rows: T[] | undefined, id: (r: T) => number, names: Map<number, string>) => sorted((rows ?? []).flatMap((r) => names.get(id(r)) ?? []));
  const links = {
    purposes: group(activityStore.purposeLinks(db, ids), (r) => r.activityId),
    claims: group(activityStore.legalBasisLinks(db, ids), (r) => r.activityId),
    subjects: group(activityStore.subjectLinks(db, ids), (r) => r.activityId),
    categories: group(activityStore.categoryLinks(db, ids), (r) => r.activityId),
    sources: group(activityStore.sources(db, ids), (r) => r.activityId),
    locations: group(activityStore.locationLinks(db, ids), (r) => r.activityId),
    measures: group(activityStore.measureLinks(db, ids), (r) => r.activityId),
    disclosures: group(activityStore.disclosuresByActivityIds(db, ids), (r) => r.activityId),
    disclosed: group(activityStore.disclosureCategoryLinks(db, [], ids), (r) => r.disclosureId),
  };

  const activities = activityRows.map((a) => {
    seen("ProcessingActivity", a);
    const claims = links.claims.get(a.id) ?? [];
    const disclosures = links.disclosures.get(a.id) ?? [];
    const entry = activityEntry(a, {
      purposes: keysOf(links.purposes.get(a.id), (r) => r.purposeId, purposes),
      legalBases: claims.map((c) => ({ ...bases.get(c.legalBasisId)!, consentMechanism: c.consentMechanism, note: c.note, assessment: c.assessment })),
      dataSubjects: keysOf(links.subjects.get(a.id), (r) => r.subjectId, subjects),
      dataCategories: keysOf(links.categories.get(a.id), (r) => r.categoryId, categories),
      sources: sorted((links.sources.get(a.id) ?? []).map((r) => r.source)),
      disclosures: disclosures.map((d) => ({ recipient: recipientKey.get(d.recipientId)!, dataCategories: keysOf(links.disclosed.get(d.id), (r) => r.categoryId, categories), purpose: d.purpose })),
      storageLocations: keysOf(links.locations.get(a.id), (r) => r.locationId, locationKey),
      securityMeasures: keysOf(links.measures.get(a.id), (r) => r.measureId, measureKey),
    });
    return {
      ...entry,
      legalBases: entry.legalBases.map((b, i) => ({ ...b, evidence: cite("ActivityLegalBasis", claims[i].id) })),
      disclosures: entry.disclosures.map((d, i) => ({ ...d, evidence: cite("Disclosure", disclosures[i].id) })),
      retention: entry.retention ? { ...entry.retention, evidence: cite("Retention", a.id) } : null,
      evidence: cite("ProcessingActivity", a.id),
    };
  });

  const document: RecordDocument = {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    asOf: null,
    documents: documents.map((d) => ({ title: d.title, url: d.url })),
    organization: { ...organizationEntry(org), evidence: cite("Organization", organizationId) },
    statements: organizationStore.statementsByOrgIds(db, [organizationId]).map((s) => ({ topic: s.topic as never, summary: s.summary, evidence: cite("Statement", s.id) })),
    rights: organizationStore.rightsByOrgIds(db, [organizationId]).map((r) => ({
      right: r.right as never,
      jurisdictions: r.jurisdictions === null ? null : (JSON.parse(r.jurisdictions) as string[]),
      description: r.description,
      evidence: cite("Right", r.id),
    })),
    securityMeasures: measureRows.map((m) => {
      seen("SecurityMeasure", m);
      return { ...measureEntry(m), evidence: cite("SecurityMeasure", m.id) };
    }),
    recipients: parentsFirst(
      recipientRows.map((r) => {
        seen("Recipient", r);
        const parent = r.parentId === null ? null : (recipientKey.get(r.parentId) ?? null);
        return { ...recipientEntry(r, parent, recipientTools.get(r.id) ?? []), evidence: cite("Recipient", r.id) };
      }),
    ),
    storageLocations: locationRows.map((l) => {
      seen("Location", l);
      return { ...locationEntry(l, locationTools.get(l.id) ?? []), evidence: cite("Location", l.id) };
    }),
    activities,
  };
  const keyed = (rows: { id: number; key: string }[]) => new Map(rows.map((r) => [r.key, r.id]));
  const rowIds = { activities: keyed(activityRows), recipients: keyed(recipientRows), storageLocations: keyed(locationRows), securityMeasures: keyed(measureRows) };
  const globalIds = (type: string, m: Map<string, number>) => new Map([...m].map(([k, id]) => [k, toGlobalId(type, id)]));
  return {
    organizationId,
    document,
    identity: {
      organization: toGlobalId("Organization", organizationId),
      activities: globalIds("ProcessingActivity", rowIds.activities),
      recipients: globalIds("Recipient", rowIds.recipients),
      storageLocations: globalIds("Location", rowIds.storageLocations),
      securityMeasures: globalIds("SecurityMeasure", rowIds.securityMeasures),
    },
    rowIds,
    versions,
  };
}
