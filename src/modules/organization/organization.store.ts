import { and, asc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { rowsByIds } from "../../db/raw";
import {
  activitySecurityMeasures,
  documents,
  evidence,
  organizations,
  processingActivities,
  recipients,
  rights,
  securityMeasures,
  statements,
  storageLocations,
} from "../../db/schema";

// SQL for organisations and their organisation-level facts (documents, evidence, statements, rights, measures).

export type OrganizationRow = typeof organizations.$inferSelect;
export type EvidenceRow = typeof evidence.$inferSelect & { documentTitle: string; documentUrl: string | null };
export type StatementRow = typeof statements.$inferSelect;
export type RightRow = typeof rights.$inferSelect;
export type MeasureRow = typeof securityMeasures.$inferSelect;

export const organizationStore = {
  /** Live activities per organisation (archived organisations included, with what they still hold): the size work on a record grows with. */
  activityCounts(db: Db): { id: number; slug: string; activities: number }[] {
    return db.all<{ id: number; slug: string; activities: number }>(
      sql`select o.id as id, o.slug as slug, (select count(*) from processing_activities a where a.organization_id = o.id and a.archived_at is null) as activities from organizations o`,
    );
  },
  all(db: Db): OrganizationRow[] {
    return db.select().from(organizations).where(isNull(organizations.archivedAt)).orderBy(asc(organizations.slug)).all();
  },
  bySlug(db: Db, slug: string): OrganizationRow | undefined {
    return db.select().from(organizations).where(and(eq(organizations.slug, slug), isNull(organizations.archivedAt))).get();
  },
  byIds(db: Db, ids: readonly number[]): OrganizationRow[] {
    return db.select().from(organizations).where(inArray(organizations.id, [...ids])).all();
  },
  statementsByOrgIds(db: Db, ids: readonly number[]): StatementRow[] {
    return db.select().from(statements).where(inArray(statements.organizationId, [...ids])).orderBy(statements.id).all();
  },
  rightsByOrgIds(db: Db, ids: readonly number[]): RightRow[] {
    return db.select().from(rights).where(inArray(rights.organizationId, [...ids])).orderBy(rights.id).all();
  },
  measuresByOrgIds(db: Db, ids: readonly number[]): MeasureRow[] {
    return db
      .select()
      .from(securityMeasures)
      .where(and(inArray(securityMeasures.organizationId, [...ids]), isNull(securityMeasures.archivedAt)))
      .orderBy(securityMeasures.id)
      .all();
  },
  measuresByIds(db: Db, ids: readonly number[]): MeasureRow[] {
    return rowsByIds(db, securityMeasures, ids);
  },
  /** Evidence for many subjects of one type at once. */
  evidenceBySubjects(db: Db, subjectType: string, ids: readonly number[]): EvidenceRow[] {
    return db
      .select({
        id: evidence.id,
        documentId: evidence.documentId,
        subjectType: evidence.subjectType,
        subjectId: evidence.subjectId,
        section: evidence.section,
        basis: evidence.basis,
        note: evidence.note,
        documentTitle: documents.title,
        documentUrl: documents.url,
      })
      .from(evidence)
      .innerJoin(documents, eq(documents.id, evidence.documentId))
      .where(and(eq(evidence.subjectType, subjectType), inArray(evidence.subjectId, [...ids])))
      .orderBy(evidence.id)
      .all();
  },

  insert(db: Db, row: typeof organizations.$inferInsert): number {
    return db.insert(organizations).values(row).returning({ id: organizations.id }).get().id;
  },
  insertDocument(db: Db, row: typeof documents.$inferInsert): number {
    return db.insert(documents).values(row).returning({ id: documents.id }).get().id;
  },
  insertEvidence(db: Db, rows: (typeof evidence.$inferInsert)[]): void {
    // Seven columns a row: 2,000 rows a statement stay under SQLite's 32,766 parameters.
    for (let i = 0; i < rows.length; i += 2000) db.insert(evidence).values(rows.slice(i, i + 2000)).run();
  },
  deleteEvidence(db: Db, subjectType: string, ids: number[]): void {
    if (ids.length) db.delete(evidence).where(and(eq(evidence.subjectType, subjectType), inArray(evidence.subjectId, ids))).run();
  },
  insertStatement(db: Db, row: typeof statements.$inferInsert): number {
    return db.insert(statements).values(row).returning({ id: statements.id }).get().id;
  },
  insertRight(db: Db, row: typeof rights.$inferInsert): number {
    return db.insert(rights).values(row).returning({ id: rights.id }).get().id;
  },
  insertMeasure(db: Db, row: typeof securityMeasures.$inferInsert): number {
    return db.insert(securityMeasures).values(row).returning({ id: securityMeasures.id }).get().id;
  },
  update(db: Db, id: number, fields: Partial<typeof organizations.$inferInsert>): void {
    if (Object.keys(fields).length) db.update(organizations).set(fields).where(eq(organizations.id, id)).run();
  },
  /** True when any organisation, archived ones included, has the slug. */
  slugTaken(db: Db, slug: string, exceptId = 0): boolean {
    return !!db.select({ id: organizations.id }).from(organizations).where(and(eq(organizations.slug, slug), ne(organizations.id, exceptId))).get();
  },
  /** How many live objects of each kind belong to the organisation. */
  liveCounts(db: Db, id: number): { activities: number; recipients: number; storageLocations: number; securityMeasures: number } {
    const count = (table: typeof processingActivities | typeof recipients | typeof storageLocations | typeof securityMeasures) =>
      db.select({ n: sql<number>`count(*)` }).from(table).where(and(eq(table.organizationId, id), isNull(table.archivedAt))).get()?.n ?? 0;
    return { activities: count(processingActivities), recipients: count(recipients), storageLocations: count(storageLocations), securityMeasures: count(securityMeasures) };
  },
  measureKeyTaken(db: Db, organizationId: number, key: string, exceptId = 0): boolean {
    return !!db
      .select({ id: securityMeasures.id })
      .from(securityMeasures)
      .where(and(eq(securityMeasures.organizationId, organizationId), eq(securityMeasures.key, key), ne(securityMeasures.id, exceptId)))
      .get();
  },
  updateMeasure(db: Db, id: number, fields: Partial<typeof securityMeasures.$inferInsert>): void {
    if (Object.keys(fields).length) db.update(securityMeasures).set(fields).where(eq(securityMeasures.id, id)).run();
  },
  /** Live activities protected by the measure. */
  activitiesUsingMeasure(db: Db, measureId: number): { id: number; name: string }[] {
    return db
      .select({ id: processingActivities.id, name: processingActivities.name })
      .from(activitySecurityMeasures)
      .innerJoin(processingActivities, eq(processingActivities.id, activitySecurityMeasures.activityId))
      .where(and(eq(activitySecurityMeasures.measureId, measureId), isNull(processingActivities.archivedAt)))
      .orderBy(processingActivities.id)
      .all();
  },
};
