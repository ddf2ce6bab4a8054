import type { Db } from "../../db/connection";
import { canSee, type Principal } from "../../domain/principal";
import { historyStore } from "../history/history.store";
import {
  RECORD_FORMAT,
  RECORD_VERSION,
  activitySchema,
  organizationSchema,
  recipientSchema,
  securityMeasureSchema,
  storageLocationSchema,
  type Citation,
  type RecordDocument,
  type RecordIdentity,
} from "../../domain/record";
import { toGlobalId } from "../common/global-id";
import { recordAt, type Versioned } from "../history/record-at";
import { organizationStore } from "../organization/organization.store";
import { ropaStore } from "../ropa/ropa.store";
import { parentsFirst } from "./record.mapping";

// One organisation's record document, now or as it stood at an instant, read from the version snapshots then in
// force (every write records one in its own transaction, so the newest snapshots are the live record: one query
// and one parse an object, faster than joining the link tables). Documents, citations, statements and rights
// are not versioned and are read as they are now.

/** Later than any version's instant: the versions in force then are the live record. */
export const LIVE = "9999-12-31T23:59:59.999Z";

export interface ReadRecord {
  /** Row id of the organisation. */
  organizationId: number;
  document: RecordDocument;
  identity: RecordIdentity;
  /** Row ids by natural key, for code that joins the document back to the database. */
  rowIds: { activities: Map<string, number>; recipients: Map<string, number>; storageLocations: Map<string, number>; securityMeasures: Map<string, number> };
  /** The version in force and when it began, by object kind and row id (history and time travel name them). */
  versions: Map<string, { version: number; validFrom: string }>;
}

export interface ReadOptions {
  /** false: leave every evidence list empty, for readers that never look at citations (the compliance rules). */
  evidence?: boolean;
}

type Snapshot = Record<string, unknown>;

/** A snapshot holds one object of the record without its evidence, plus what history keeps about it. */
function entryOf(snapshot: Snapshot): Snapshot {
  const { archived: _archived, gvl: _gvl, ...entry } = snapshot;
  return entry;
}

const byRowId = (list: Iterable<Versioned>) => [...list].sort((a, b) => a.id - b.id);

/** The instant to read a record at: null for the live record; a future instant reads as now. */
export function readInstant(asOf: Date | null | undefined, now = new Date()): string | null {
  return asOf ? (asOf > now ? now : asOf).toISOString() : null;
}

/**
 * The row id of the organisation with the slug, if the caller may see it. The live record needs a live
 * organisation; as of an instant, one deleted or renamed since still counts (it had the slug then).
 */
export function organizationIdOf(db: Db, principal: Principal, slug: string, asOf: boolean): number | null {
  const id = asOf ? historyStore.organizationIdBySlug(db, slug) : organizationStore.bySlug(db, slug)?.id;
  return id !== undefined && canSee(principal, id) ? id : null;
}

/** The record of one organisation (by row id) now (`asOf` null), or as it stood at `asOf`; null when it did not exist (then). */
export function readRecord(db: Db, organizationId: number, asOf: string | null, opts: ReadOptions = {}): ReadRecord | null {
  const rec = recordAt(db, organizationId, asOf ?? LIVE);
  if (!rec.organization) return null;
  const documents = ropaStore.documentsOf(db, organizationId);
  const docIndex = new Map(documents.map((d, i) => [d.id, i]));
  const citations = new Map<string, Citation[]>();
  for (const c of opts.evidence === false ? [] : ropaStore.citationsOf(db, organizationId)) {
    const key = `${c.subjectType}:${c.subjectId}`;
    const cite: Citation = { document: docIndex.get(c.documentId)!, section: c.section, basis: c.basis as Citation["basis"], note: c.note };
    const list = citations.get(key);
    if (list) list.push(cite);
    else citations.set(key, [cite]);
  }
  const cite = (type: string, id: number | undefined) => (id === undefined ? [] : (citations.get(`${type}:${id}`) ?? []));
  const evidence = opts.evidence !== false;
  const claimIds = new Map(evidence ? ropaStore.claimRowsOf(db, organizationId).map((r) => [`${r.activityId}|${r.regime}:${r.code}`, r.id]) : []);
  const disclosureIds = new Map(evidence ? ropaStore.disclosureRowsOf(db, organizationId).map((r) => [`${r.activityId}|${r.recipientId}`, r.id]) : []);
  const versions = new Map<string, { version: number; validFrom: string }>();
  const seen = (type: string, v: Versioned) => versions.set(`${type}:${v.id}`, { version: v.version, validFrom: v.validFrom });
  seen("Organization", rec.organization);

  const organization = { ...organizationSchema.parse(entryOf(rec.organization.snapshot)), evidence: cite("Organization", organizationId) };
  const recipientRows = byRowId(rec.recipients.values());
  const recipients = parentsFirst(
    recipientRows.map((v) => {
      seen("Recipient", v);
      return { ...recipientSchema.parse(entryOf(v.snapshot)), evidence: cite("Recipient", v.id) };
    }),
  );
  const recipientIds = new Map(recipientRows.map((v) => [v.snapshot.key, v.id]));
  const storageLocations = byRowId(rec.storageLocations.values()).map((v) => {
    seen("Location", v);
    return { ...storageLocationSchema.parse(entryOf(v.snapshot)), evidence: cite("Location", v.id) };
  });
  const securityMeasures = byRowId(rec.securityMeasures.values()).map((v) => {
    seen("SecurityMeasure", v);
    return { ...securityMeasureSchema.parse(entryOf(v.snapshot)), evidence: cite("SecurityMeasure", v.id) };
  });
  const activities = rec.activities.map((v) => {
    seen("ProcessingActivity", v);
    const a = activitySchema.parse(entryOf(v.snapshot));
    return {
      ...a,
      legalBases: a.legalBases.map((b) => ({ ...b, evidence: cite("ActivityLegalBasis", claimIds.get(`${v.id}|${b.regime}:${b.code}`)) })),
      disclosures: a.disclosures.map((d) => ({ ...d, evidence: cite("Disclosure", disclosureIds.get(`${v.id}|${recipientIds.get(d.recipient)}`)) })),
      retention: a.retention ? { ...a.retention, evidence: cite("Retention", v.id) } : null,
      evidence: cite("ProcessingActivity", v.id),
    };
  });

  const document: RecordDocument = {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    asOf,
    documents: documents.map((d) => ({ title: d.title, url: d.url })),
    organization,
    statements: organizationStore.statementsByOrgIds(db, [organizationId]).map((s) => ({ topic: s.topic as never, summary: s.summary, evidence: cite("Statement", s.id) })),
    rights: organizationStore.rightsByOrgIds(db, [organizationId]).map((r) => ({
      right: r.right as never,
      jurisdictions: r.jurisdictions === null ? null : (JSON.parse(r.jurisdictions) as string[]),
      description: r.description,
      evidence: cite("Right", r.id),
    })),
    securityMeasures,
    recipients,
    storageLocations,
    activities,
  };
  const keyed = (list: Versioned[]) => new Map(list.map((v) => [v.snapshot.key as string, v.id]));
  const rowIds = {
    activities: keyed(rec.activities),
    recipients: keyed([...rec.recipients.values()]),
    storageLocations: keyed([...rec.storageLocations.values()]),
    securityMeasures: keyed([...rec.securityMeasures.values()]),
  };
  const ids = (type: string, m: Map<string, number>) => new Map([...m].map(([k, id]) => [k, toGlobalId(type, id)]));
  return {
    organizationId,
    document,
    identity: {
      organization: toGlobalId("Organization", organizationId),
      activities: ids("ProcessingActivity", rowIds.activities),
      recipients: ids("Recipient", rowIds.recipients),
      storageLocations: ids("Location", rowIds.storageLocations),
      securityMeasures: ids("SecurityMeasure", rowIds.securityMeasures),
    },
    rowIds,
    versions,
  };
}
