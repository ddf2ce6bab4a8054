import { and, asc, eq, gt, inArray, isNull, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { insertReturningId, rowsByIds, rowsFor, rowsForIds, runStatement } from "../../db/raw";
import {
  activityDataCategories,
  activityDataSubjects,
  activityLegalBases,
  activityPurposes,
  activitySecurityMeasures,
  activitySources,
  activityStorageLocations,
  dataCategories,
  disclosureCategories,
  disclosures,
  legalBases,
  processingActivities as pa,
  purposes,
  storageLocations,
} from "../../db/schema";

// SQL for processing activities and their links. Filters take already-resolved ids and keys.

export type ActivityRow = typeof pa.$inferSelect;
export type DisclosureRow = typeof disclosures.$inferSelect;

/** A tracker as the trackers column holds it: the document's tracker with the recipient's row id, not its key. */
export interface StoredTracker {
  kind: string;
  name: string | null;
  purpose: string | null;
  consent: string | null;
  recipientId: number | null;
}

/** Raw reads give SQLite's 0/1 for a boolean column; the query builder gives booleans. */
const bool = (v: unknown) => (v === null || v === undefined ? null : Boolean(v));

export interface ActivityQuery {
  organizationIds?: number[];
  /** Taxonomy key; matches the key and every key below it. */
  dataCategory?: string;
  purpose?: string;
  recipientId?: number;
  legalBasisIds?: number[];
  storageCountry?: string;
  /** Case-insensitive (ASCII) substring of the name or the key. */
  search?: string;
}

/** `key = k OR key starts with "k."`, written without LIKE because keys contain underscores. */
function keyWithin(column: SQL | typeof dataCategories.key, key: string): SQL {
  const prefix = key + ".";
  return sql`(${column} = ${key} or substr(${column}, 1, ${prefix.length}) = ${prefix})`;
}

function conditions(q: ActivityQuery): SQL[] {
  const where: SQL[] = [isNull(pa.archivedAt)];
  if (q.organizationIds) where.push(inArray(pa.organizationId, q.organizationIds));
  if (q.dataCategory !== undefined) {
    where.push(sql`exists (select 1 from ${activityDataCategories} adc join ${dataCategories} c on c.id = adc.category_id
      where adc.activity_id = ${pa.id} and ${keyWithin(sql`c.key`, q.dataCategory)})`);
  }
  if (q.purpose !== undefined) {
    where.push(sql`exists (select 1 from ${activityPurposes} ap join ${purposes} p on p.id = ap.purpose_id
      where ap.activity_id = ${pa.id} and ${keyWithin(sql`p.key`, q.purpose)})`);
  }
  if (q.recipientId !== undefined) {
    where.push(sql`exists (select 1 from ${disclosures} d where d.activity_id = ${pa.id} and d.recipient_id = ${q.recipientId})`);
  }
  if (q.legalBasisIds !== undefined) {
    where.push(sql`exists (select 1 from ${activityLegalBases} alb where alb.activity_id = ${pa.id}
      and alb.legal_basis_id in (select value from json_each(${JSON.stringify(q.legalBasisIds)})))`);
  }
  if (q.storageCountry !== undefined) {
    where.push(sql`exists (select 1 from ${activityStorageLocations} asl join ${storageLocations} l on l.id = asl.location_id
      where asl.activity_id = ${pa.id} and l.country_code = ${q.storageCountry})`);
  }
  if (q.search !== undefined) {
    // instr rather than LIKE: the text is matched as written, % and _ included.
    where.push(sql`(instr(lower(${pa.name}), lower(${q.search})) > 0 or instr(lower(${pa.key}), lower(${q.search})) > 0)`);
  }
  return where;
}

/** Activity ids as a list, or as a subquery when the set is a whole organisation (no giant parameter lists). */
export type ActivityIds = readonly number[] | SQLWrapper;
const idsOf = (ids: ActivityIds) => (Array.isArray(ids) ? [...(ids as readonly number[])] : (ids as SQLWrapper));

export const activityStore = {
  /** The live activities of one organisation, as a subquery for the link readers below. */
  liveIdsOf(db: Db, organizationId: number): SQLWrapper {
    return db.select({ id: pa.id }).from(pa).where(and(eq(pa.organizationId, organizationId), isNull(pa.archivedAt)));
  },
  page(db: Db, q: ActivityQuery, afterId: number, limit: number): ActivityRow[] {
    return db
      .select()
      .from(pa)
      .where(and(gt(pa.id, afterId), ...conditions(q)))
      .orderBy(asc(pa.id))
      .limit(limit)
      .all();
  },
  count(db: Db, q: ActivityQuery): number {
    return db.select({ n: sql<number>`count(*)` }).from(pa).where(and(...conditions(q))).get()?.n ?? 0;
  },
  byIds(db: Db, ids: readonly number[]): ActivityRow[] {
    return rowsByIds(db, pa, ids);
  },
  byOrgIds(db: Db, orgIds: readonly number[]): ActivityRow[] {
    return db
      .select()
      .from(pa)
      .where(and(inArray(pa.organizationId, [...orgIds]), isNull(pa.archivedAt)))
      .orderBy(asc(pa.id))
      .all();
  },
  purposeLinks(db: Db, ids: ActivityIds) {
    if (!Array.isArray(ids)) return db.select().from(activityPurposes).where(inArray(activityPurposes.activityId, idsOf(ids))).all();
    return rowsForIds<typeof activityPurposes.$inferSelect>(db, `/* activity.purposeLinks */ select activity_id as activityId, purpose_id as purposeId from activity_purposes where activity_id in (select value from json_each(?))`, ids as readonly number[]);
  },
  legalBasisLinks(db: Db, ids: ActivityIds) {
    if (!Array.isArray(ids)) return db.select().from(activityLegalBases).where(inArray(activityLegalBases.activityId, idsOf(ids))).orderBy(activityLegalBases.id).all();
    return rowsForIds<typeof activityLegalBases.$inferSelect>(db, `/* activity.legalBasisLinks */ select id, activity_id as activityId, legal_basis_id as legalBasisId, consent_mechanism as consentMechanism, note, assessment from activity_legal_bases where activity_id in (select value from json_each(?)) order by id`, ids as readonly number[]);
  },
  subjectLinks(db: Db, ids: ActivityIds) {
    if (!Array.isArray(ids)) return db.select().from(activityDataSubjects).where(inArray(activityDataSubjects.activityId, idsOf(ids))).all();
    return rowsForIds<typeof activityDataSubjects.$inferSelect>(db, `/* activity.subjectLinks */ select activity_id as activityId, subject_id as subjectId from activity_data_subjects where activity_id in (select value from json_each(?))`, ids as readonly number[]);
  },
  categoryLinks(db: Db, ids: ActivityIds) {
    if (!Array.isArray(ids)) return db.select().from(activityDataCategories).where(inArray(activityDataCategories.activityId, idsOf(ids))).all();
    return rowsForIds<typeof activityDataCategories.$inferSelect>(db, `/* activity.categoryLinks */ select activity_id as activityId, category_id as categoryId from activity_data_categories where activity_id in (select value from json_each(?))`, ids as readonly number[]);
  },
  /** Distinct (organisation, category) pairs over all activities of those organisations. */
  categoryLinksByOrgIds(db: Db, orgIds: readonly number[]): { organizationId: number; categoryId: number }[] {
    return db
      .selectDistinct({ organizationId: pa.organizationId, categoryId: activityDataCategories.categoryId })
      .from(activityDataCategories)
      .innerJoin(pa, eq(pa.id, activityDataCategories.activityId))
      .where(and(inArray(pa.organizationId, [...orgIds]), isNull(pa.archivedAt)))
      .all();
  },
  sources(db: Db, ids: ActivityIds) {
    if (!Array.isArray(ids)) return db.select().from(activitySources).where(inArray(activitySources.activityId, idsOf(ids))).all();
    return rowsForIds<typeof activitySources.$inferSelect>(db, `/* activity.sources */ select activity_id as activityId, source from activity_sources where activity_id in (select value from json_each(?))`, ids as readonly number[]);
  },
  locationLinks(db: Db, ids: ActivityIds) {
    if (!Array.isArray(ids)) return db.select().from(activityStorageLocations).where(inArray(activityStorageLocations.activityId, idsOf(ids))).all();
    return rowsForIds<typeof activityStorageLocations.$inferSelect>(db, `/* activity.locationLinks */ select activity_id as activityId, location_id as locationId from activity_storage_locations where activity_id in (select value from json_each(?))`, ids as readonly number[]);
  },
  measureLinks(db: Db, ids: ActivityIds) {
    if (!Array.isArray(ids)) return db.select().from(activitySecurityMeasures).where(inArray(activitySecurityMeasures.activityId, idsOf(ids))).all();
    return rowsForIds<typeof activitySecurityMeasures.$inferSelect>(db, `/* activity.measureLinks */ select activity_id as activityId, measure_id as measureId from activity_security_measures where activity_id in (select value from json_each(?))`, ids as readonly number[]);
  },
  disclosuresByActivityIds(db: Db, ids: ActivityIds): DisclosureRow[] {
    if (!Array.isArray(ids)) return db.select().from(disclosures).where(inArray(disclosures.activityId, idsOf(ids))).orderBy(disclosures.id).all();
    return rowsForIds<DisclosureRow>(
      db,
      `/* activity.disclosures */ select id, activity_id as activityId, recipient_id as recipientId, purpose, sale, sharing from disclosures where activity_id in (select value from json_each(?)) order by id`,
      ids as readonly number[],
    ).map((d) => ({ ...d, sale: bool(d.sale), sharing: bool(d.sharing) }));
  },
  /** Categories of the given disclosures, or of every disclosure of the given activities. */
  disclosureCategoryLinks(db: Db, disclosureIds: readonly number[], ofActivities?: ActivityIds) {
    if (!ofActivities) {
      // One JSON parameter: a whole data map can have more disclosures than SQLite allows parameters.
      return rowsForIds<typeof disclosureCategories.$inferSelect>(
        db,
        "/* activity.disclosureCategories */ select disclosure_id as disclosureId, category_id as categoryId from disclosure_categories where disclosure_id in (select value from json_each(?))",
        disclosureIds,
      );
    }
    const owned = db.select({ id: disclosures.id }).from(disclosures).where(inArray(disclosures.activityId, idsOf(ofActivities)));
    return db.select().from(disclosureCategories).where(inArray(disclosureCategories.disclosureId, owned)).all();
  },
  /** Legal basis ids for a code, optionally within one regime. */
  legalBasisIdsByCode(db: Db, code: string, regime?: string): number[] {
    const where = regime ? and(eq(legalBases.code, code), eq(legalBases.regime, regime)) : eq(legalBases.code, code);
    return db.select({ id: legalBases.id }).from(legalBases).where(where).all().map((r) => r.id);
  },

  /** An activity's links by natural key, for its version snapshot. */
  linkKeys(db: Db, id: number) {
    // Every write snapshots its activity, so these run on each edit: prepared once, by natural key.
    const keys = (label: string, sql: string) => rowsFor<{ key: string }>(db, `/* activity.snapshot.${label} */ ${sql}`, id).map((r) => r.key);
    const purposeKeys = keys("purposes", "select p.key from activity_purposes l join purposes p on p.id = l.purpose_id where l.activity_id = ?");
    const bases = rowsFor<{ regime: string; code: string; consentMechanism: string | null; note: string | null; assessment: string | null }>(
      db,
      `/* activity.snapshot.legalBases */ select b.regime, b.code, l.consent_mechanism as consentMechanism, l.note, l.assessment
       from activity_legal_bases l join legal_bases b on b.id = l.legal_basis_id where l.activity_id = ? order by l.id`,
      id,
    );
    const subjects = keys("subjects", "select s.key from activity_data_subjects l join data_subject_categories s on s.id = l.subject_id where l.activity_id = ?");
    const categories = keys("categories", "select c.key from activity_data_categories l join data_categories c on c.id = l.category_id where l.activity_id = ?");
    const sources = rowsFor<{ source: string }>(db, "/* activity.snapshot.sources */ select source from activity_sources where activity_id = ?", id);
    const locations = keys("locations", "select s.key from activity_storage_locations l join storage_locations s on s.id = l.location_id where l.activity_id = ?");
    const measures = keys("measures", "select m.key from activity_security_measures l join security_measures m on m.id = l.measure_id where l.activity_id = ?");
    const discl = rowsFor<{ id: number; recipient: string; purpose: string | null; sale: number | null; sharing: number | null }>(
      db,
      "/* activity.snapshot.disclosures */ select d.id, r.key as recipient, d.purpose, d.sale, d.sharing from disclosures d join recipients r on r.id = d.recipient_id where d.activity_id = ? order by d.id",
      id,
    );
    // Trackers keep the row ids of their recipients; the snapshot names them by key, in the order given.
    const trackers = rowsFor<{ kind: string; name: string | null; purpose: string | null; consent: string | null; recipient: string | null }>(
      db,
      `/* activity.snapshot.trackers */ select json_extract(t.value, '$.kind') as kind, json_extract(t.value, '$.name') as name,
       json_extract(t.value, '$.purpose') as purpose, json_extract(t.value, '$.consent') as consent, r.key as recipient
       from processing_activities a, json_each(a.trackers) t left join recipients r on r.id = json_extract(t.value, '$.recipientId')
       where a.id = ? order by t.key`,
      id,
    );
    const disclosedKeys = discl.length
      ? rowsFor<{ disclosureId: number; key: string }>(
          db,
          `/* activity.snapshot.disclosedCategories */ select dc.disclosure_id as disclosureId, c.key from disclosure_categories dc
           join data_categories c on c.id = dc.category_id join disclosures d on d.id = dc.disclosure_id where d.activity_id = ?`,
          id,
        )
      : [];
    const sorted = (xs: string[]) => [...xs].sort();
    return {
      purposes: sorted(purposeKeys),
      legalBases: bases,
      dataSubjects: sorted(subjects),
      dataCategories: sorted(categories),
      sources: sorted(sources.map((r) => r.source)),
      disclosures: discl.map((d) => ({
        recipient: d.recipient,
        dataCategories: sorted(disclosedKeys.filter((k) => k.disclosureId === d.id).map((k) => k.key)),
        purpose: d.purpose,
        sale: bool(d.sale),
        sharing: bool(d.sharing),
      })),
      storageLocations: sorted(locations),
      securityMeasures: sorted(measures),
      trackers,
    };
  },
  /** Live activities whose trackers name the recipient. */
  activitiesWithTrackersOf(db: Db, recipientId: number): { id: number; name: string }[] {
    return rowsFor(
      db,
      `/* activity.withTrackersOf */ select a.id, a.name from processing_activities a where a.archived_at is null
       and exists (select 1 from json_each(a.trackers) t where json_extract(t.value, '$.recipientId') = ?) order by a.id`,
      recipientId,
    );
  },
  insert(db: Db, row: typeof pa.$inferInsert): number {
    return db.insert(pa).values(row).returning({ id: pa.id }).get().id;
  },
  keyTaken(db: Db, organizationId: number, key: string, exceptId = 0): boolean {
    return rowsFor(db, "/* activity.keyTaken */ select 1 from processing_activities where organization_id = ? and key = ? and id <> ?", organizationId, key, exceptId).length > 0;
  },
  update(db: Db, id: number, fields: Partial<typeof pa.$inferInsert>): void {
    if (Object.keys(fields).length) db.update(pa).set(fields).where(eq(pa.id, id)).run();
  },
  /** Removes the named link lists of an activity, so the caller can write them anew. */
  clearLinks(db: Db, id: number, lists: Set<string>): { claimIds: number[]; disclosureIds: number[] } {
    if (lists.has("purposes")) db.delete(activityPurposes).where(eq(activityPurposes.activityId, id)).run();
    if (lists.has("dataSubjects")) db.delete(activityDataSubjects).where(eq(activityDataSubjects.activityId, id)).run();
    if (lists.has("dataCategories")) db.delete(activityDataCategories).where(eq(activityDataCategories.activityId, id)).run();
    if (lists.has("sources")) db.delete(activitySources).where(eq(activitySources.activityId, id)).run();
    if (lists.has("storageLocations")) db.delete(activityStorageLocations).where(eq(activityStorageLocations.activityId, id)).run();
    if (lists.has("securityMeasures")) db.delete(activitySecurityMeasures).where(eq(activitySecurityMeasures.activityId, id)).run();
    const claimIds = lists.has("legalBases")
      ? db.delete(activityLegalBases).where(eq(activityLegalBases.activityId, id)).returning({ id: activityLegalBases.id }).all().map((r) => r.id)
      : [];
    const disclosureIds = lists.has("disclosures")
      ? db.select({ id: disclosures.id }).from(disclosures).where(eq(disclosures.activityId, id)).all().map((r) => r.id)
      : [];
    if (disclosureIds.length) {
      db.delete(disclosureCategories).where(inArray(disclosureCategories.disclosureId, disclosureIds)).run();
      db.delete(disclosures).where(inArray(disclosures.id, disclosureIds)).run();
    }
    return { claimIds, disclosureIds };
  },
  insertLinks(
    db: Db,
    links: {
      purposes: (typeof activityPurposes.$inferInsert)[];
      subjects: (typeof activityDataSubjects.$inferInsert)[];
      categories: (typeof activityDataCategories.$inferInsert)[];
      sources: (typeof activitySources.$inferInsert)[];
      locations: (typeof activityStorageLocations.$inferInsert)[];
      measures: (typeof activitySecurityMeasures.$inferInsert)[];
    },
  ): void {
    // A prepared single-row insert per link: an activity is written link by link on every import and edit.
    const each = (label: string, sql: string, rows: unknown[][]) => {
      for (const r of rows) runStatement(db, `/* activity.insert${label} */ ${sql}`, ...r);
    };
    each("Purpose", "insert into activity_purposes (activity_id, purpose_id) values (?, ?)", links.purposes.map((l) => [l.activityId, l.purposeId]));
    each("Subject", "insert into activity_data_subjects (activity_id, subject_id) values (?, ?)", links.subjects.map((l) => [l.activityId, l.subjectId]));
    each("Category", "insert into activity_data_categories (activity_id, category_id) values (?, ?)", links.categories.map((l) => [l.activityId, l.categoryId]));
    each("Source", "insert into activity_sources (activity_id, source) values (?, ?)", links.sources.map((l) => [l.activityId, l.source]));
    each("Location", "insert into activity_storage_locations (activity_id, location_id) values (?, ?)", links.locations.map((l) => [l.activityId, l.locationId]));
    each("Measure", "insert into activity_security_measures (activity_id, measure_id) values (?, ?)", links.measures.map((l) => [l.activityId, l.measureId]));
  },
  insertLegalBasisLink(db: Db, row: Omit<typeof activityLegalBases.$inferInsert, "id">): number {
    return insertReturningId(
      db,
      "/* activity.insertClaim */ insert into activity_legal_bases (activity_id, legal_basis_id, consent_mechanism, note, assessment) values (?, ?, ?, ?, ?)",
      row.activityId,
      row.legalBasisId,
      row.consentMechanism ?? null,
      row.note ?? null,
      row.assessment ?? null,
    );
  },
  insertDisclosure(db: Db, row: Omit<typeof disclosures.$inferInsert, "id">, categoryIds: number[]): number {
    const id = insertReturningId(
      db,
      "/* activity.insertDisclosure */ insert into disclosures (activity_id, recipient_id, purpose, sale, sharing) values (?, ?, ?, ?, ?)",
      row.activityId,
      row.recipientId,
      row.purpose ?? null,
      row.sale == null ? null : Number(row.sale),
      row.sharing == null ? null : Number(row.sharing),
    );
    for (const categoryId of categoryIds) {
      runStatement(db, "/* activity.insertDisclosureCategory */ insert into disclosure_categories (disclosure_id, category_id) values (?, ?)", id, categoryId);
    }
    return id;
  },
};
