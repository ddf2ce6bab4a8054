import { and, asc, eq, gt, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/connection";
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

export interface ActivityQuery {
  organizationIds?: number[];
  /** Taxonomy key; matches the key and every key below it. */
  dataCategory?: string;
  purpose?: string;
  recipientId?: number;
  legalBasisIds?: number[];
  storageCountry?: string;
}

/** `key = k OR key starts with "k."`, written without LIKE because keys contain underscores. */
function keyWithin(column: SQL | typeof dataCategories.key, key: string): SQL {
  const prefix = key + ".";
  return sql`(${column} = ${key} or substr(${column}, 1, ${prefix.length}) = ${prefix})`;
}

function conditions(q: ActivityQuery): SQL[] {
  const where: SQL[] = [];
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
  return where;
}

export const activityStore = {
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
    return db.select().from(pa).where(inArray(pa.id, [...ids])).all();
  },
  byOrgIds(db: Db, orgIds: readonly number[]): ActivityRow[] {
    return db.select().from(pa).where(inArray(pa.organizationId, [...orgIds])).orderBy(asc(pa.id)).all();
  },
  purposeLinks(db: Db, ids: readonly number[]) {
    return db.select().from(activityPurposes).where(inArray(activityPurposes.activityId, [...ids])).all();
  },
  legalBasisLinks(db: Db, ids: readonly number[]) {
    return db
      .select()
      .from(activityLegalBases)
      .where(inArray(activityLegalBases.activityId, [...ids]))
      .orderBy(activityLegalBases.id)
      .all();
  },
  subjectLinks(db: Db, ids: readonly number[]) {
    return db.select().from(activityDataSubjects).where(inArray(activityDataSubjects.activityId, [...ids])).all();
  },
  categoryLinks(db: Db, ids: readonly number[]) {
    return db.select().from(activityDataCategories).where(inArray(activityDataCategories.activityId, [...ids])).all();
  },
  /** Distinct (organisation, category) pairs over all activities of those organisations. */
  categoryLinksByOrgIds(db: Db, orgIds: readonly number[]): { organizationId: number; categoryId: number }[] {
    return db
      .selectDistinct({ organizationId: pa.organizationId, categoryId: activityDataCategories.categoryId })
      .from(activityDataCategories)
      .innerJoin(pa, eq(pa.id, activityDataCategories.activityId))
      .where(inArray(pa.organizationId, [...orgIds]))
      .all();
  },
  sources(db: Db, ids: readonly number[]) {
    return db.select().from(activitySources).where(inArray(activitySources.activityId, [...ids])).all();
  },
  locationLinks(db: Db, ids: readonly number[]) {
    return db.select().from(activityStorageLocations).where(inArray(activityStorageLocations.activityId, [...ids])).all();
  },
  measureLinks(db: Db, ids: readonly number[]) {
    return db.select().from(activitySecurityMeasures).where(inArray(activitySecurityMeasures.activityId, [...ids])).all();
  },
  disclosuresByActivityIds(db: Db, ids: readonly number[]): DisclosureRow[] {
    return db.select().from(disclosures).where(inArray(disclosures.activityId, [...ids])).orderBy(disclosures.id).all();
  },
  disclosureCategoryLinks(db: Db, disclosureIds: readonly number[]) {
    return db.select().from(disclosureCategories).where(inArray(disclosureCategories.disclosureId, [...disclosureIds])).all();
  },
  /** Legal basis ids for a code, optionally within one regime. */
  legalBasisIdsByCode(db: Db, code: string, regime?: string): number[] {
    const where = regime ? and(eq(legalBases.code, code), eq(legalBases.regime, regime)) : eq(legalBases.code, code);
    return db.select({ id: legalBases.id }).from(legalBases).where(where).all().map((r) => r.id);
  },

  insert(db: Db, row: typeof pa.$inferInsert): number {
    return db.insert(pa).values(row).returning({ id: pa.id }).get().id;
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
    if (links.purposes.length) db.insert(activityPurposes).values(links.purposes).run();
    if (links.subjects.length) db.insert(activityDataSubjects).values(links.subjects).run();
    if (links.categories.length) db.insert(activityDataCategories).values(links.categories).run();
    if (links.sources.length) db.insert(activitySources).values(links.sources).run();
    if (links.locations.length) db.insert(activityStorageLocations).values(links.locations).run();
    if (links.measures.length) db.insert(activitySecurityMeasures).values(links.measures).run();
  },
  insertLegalBasisLink(db: Db, row: typeof activityLegalBases.$inferInsert): number {
    return db.insert(activityLegalBases).values(row).returning({ id: activityLegalBases.id }).get().id;
  },
  insertDisclosure(db: Db, row: typeof disclosures.$inferInsert, categoryIds: number[]): number {
    const id = db.insert(disclosures).values(row).returning({ id: disclosures.id }).get().id;
    if (categoryIds.length) db.insert(disclosureCategories).values(categoryIds.map((categoryId) => ({ disclosureId: id, categoryId }))).run();
    return id;
  },
};
