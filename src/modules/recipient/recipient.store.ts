import { and, asc, eq, gt, inArray, isNull, ne, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { rowsByIds } from "../../db/raw";
import { dataCategories, disclosureCategories, disclosures, processingActivities, recipients as r } from "../../db/schema";

// SQL for recipients (vendors, processors, categories of recipients) and what they receive.

export type RecipientRow = typeof r.$inferSelect;
const VIEW_COLUMNS = [
  "id", "organizationId", "countryCode", "parentId", "key", "name", "kind", "role", "category", "named", "dpaStatus", "dpaDate", "dpaUrl", "description", "version", "updatedAt",
] as const;
export type RecipientViewRow = Pick<RecipientRow, (typeof VIEW_COLUMNS)[number]>;

export interface RecipientQuery {
  organizationIds?: number[];
  kind?: string;
  category?: string;
  country?: string;
  /** Taxonomy key; matches the key and every key below it. */
  dataCategory?: string;
}

function conditions(q: RecipientQuery): SQL[] {
  const where: SQL[] = [isNull(r.archivedAt)];
  if (q.organizationIds) where.push(inArray(r.organizationId, q.organizationIds));
  if (q.kind !== undefined) where.push(eq(r.kind, q.kind));
  if (q.category !== undefined) where.push(sql`lower(${r.category}) = lower(${q.category})`);
  if (q.country !== undefined) where.push(eq(r.countryCode, q.country));
  if (q.dataCategory !== undefined) {
    const prefix = q.dataCategory + ".";
    where.push(sql`exists (select 1 from ${disclosures} d join ${disclosureCategories} dc on dc.disclosure_id = d.id
      join ${dataCategories} c on c.id = dc.category_id
      join ${processingActivities} a on a.id = d.activity_id and a.archived_at is null
      where d.recipient_id = ${r.id} and (c.key = ${q.dataCategory} or substr(c.key, 1, ${prefix.length}) = ${prefix}))`);
  }
  return where;
}

export const recipientStore = {
  page(db: Db, q: RecipientQuery, afterId: number, limit: number): RecipientRow[] {
    return db
      .select()
      .from(r)
      .where(and(gt(r.id, afterId), ...conditions(q)))
      .orderBy(asc(r.id))
      .limit(limit)
      .all();
  },
  count(db: Db, q: RecipientQuery): number {
    return db.select({ n: sql<number>`count(*)` }).from(r).where(and(...conditions(q))).get()?.n ?? 0;
  },
  byIds(db: Db, ids: readonly number[]): RecipientRow[] {
    return rowsByIds(db, r, ids);
  },
  /** Only what a recipient's GraphQL view shows: the vendor-list columns load separately, when asked for. */
  viewsByIds(db: Db, ids: readonly number[]): RecipientViewRow[] {
    return rowsByIds(db, r, ids, VIEW_COLUMNS);
  },
  byOrgIds(db: Db, orgIds: readonly number[]): RecipientRow[] {
    return db
      .select()
      .from(r)
      .where(and(inArray(r.organizationId, [...orgIds]), isNull(r.archivedAt)))
      .orderBy(asc(r.id))
      .all();
  },
  byParentIds(db: Db, parentIds: readonly number[]): RecipientRow[] {
    return db
      .select()
      .from(r)
      .where(and(inArray(r.parentId, [...parentIds]), isNull(r.archivedAt)))
      .orderBy(asc(r.id))
      .all();
  },
  /** Distinct (recipient, category) pairs across every disclosure to those recipients. */
  categoryLinks(db: Db, ids: readonly number[]): { recipientId: number; categoryId: number }[] {
    return db
      .selectDistinct({ recipientId: disclosures.recipientId, categoryId: disclosureCategories.categoryId })
      .from(disclosures)
      .innerJoin(disclosureCategories, eq(disclosureCategories.disclosureId, disclosures.id))
      .innerJoin(processingActivities, eq(processingActivities.id, disclosures.activityId))
      .where(and(inArray(disclosures.recipientId, [...ids]), isNull(processingActivities.archivedAt)))
      .all();
  },
  insert(db: Db, row: typeof r.$inferInsert): number {
    return db.insert(r).values(row).returning({ id: r.id }).get().id;
  },
  setParent(db: Db, id: number, parentId: number): void {
    db.update(r).set({ parentId }).where(eq(r.id, id)).run();
  },
  keyTaken(db: Db, organizationId: number, key: string, exceptId = 0): boolean {
    return !!db.select({ id: r.id }).from(r).where(and(eq(r.organizationId, organizationId), eq(r.key, key), ne(r.id, exceptId))).get();
  },
  update(db: Db, id: number, fields: Partial<typeof r.$inferInsert>): void {
    if (Object.keys(fields).length) db.update(r).set(fields).where(eq(r.id, id)).run();
  },
  /** Live activities with a disclosure to the recipient. */
  activitiesDisclosingTo(db: Db, recipientId: number): { id: number; name: string }[] {
    return db
      .selectDistinct({ id: processingActivities.id, name: processingActivities.name })
      .from(disclosures)
      .innerJoin(processingActivities, eq(processingActivities.id, disclosures.activityId))
      .where(and(eq(disclosures.recipientId, recipientId), isNull(processingActivities.archivedAt)))
      .orderBy(processingActivities.id)
      .all();
  },
};
