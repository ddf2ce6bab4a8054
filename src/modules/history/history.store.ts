import { and, desc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { auditLog, organizations, versions } from "../../db/schema";

// SQL for version snapshots and the audit log.

export type VersionRow = typeof versions.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;

export const historyStore = {
  /** Sets an editable row's version and update time; `table` comes from a fixed map, never from input. */
  stamp(db: Db, table: string, id: number, version: number, at: string): void {
    db.run(sql`update ${sql.identifier(table)} set version = ${version}, updated_at = ${at} where id = ${id}`);
  },
  archive(db: Db, table: string, id: number, at: string): void {
    db.run(sql`update ${sql.identifier(table)} set archived_at = ${at} where id = ${id}`);
  },
  insertVersion(db: Db, row: typeof versions.$inferInsert): void {
    db.insert(versions).values(row).run();
  },
  insertAudit(db: Db, row: typeof auditLog.$inferInsert): void {
    db.insert(auditLog).values(row).run();
  },
  latestVersion(db: Db, entityType: string, entityId: number): VersionRow | undefined {
    return db
      .select()
      .from(versions)
      .where(and(eq(versions.entityType, entityType), eq(versions.entityId, entityId)))
      .orderBy(desc(versions.version))
      .limit(1)
      .get();
  },
  auditByEntity(db: Db, entityType: string, entityId: number): AuditRow[] {
    return db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
      .orderBy(desc(auditLog.version), desc(auditLog.id))
      .all();
  },
  /** An organisation by slug, archived or not: history outlives deletion. */
  organizationIdBySlug(db: Db, slug: string): number | undefined {
    const current = db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, slug)).get()?.id;
    if (current !== undefined) return current;
    // A slug changed since: the organisation whose history last carried it.
    return db
      .select({ id: versions.entityId })
      .from(versions)
      .where(and(eq(versions.entityType, "Organization"), sql`json_extract(${versions.snapshot}, '$.slug') = ${slug}`))
      .orderBy(desc(versions.validFrom))
      .limit(1)
      .get()?.id;
  },
  /** The version of each object of the given organisations in force at `at`: the newest one not after it. */
  versionsAt(db: Db, organizationIds: readonly number[], at: string): VersionRow[] {
    return db
      .select()
      .from(versions)
      .where(
        and(
          inArray(versions.organizationId, [...organizationIds]),
          sql`${versions.version} = (select max(v2.version) from ${versions} v2
            where v2.entity_type = ${versions.entityType} and v2.entity_id = ${versions.entityId} and v2.valid_from <= ${at})`,
          lte(versions.validFrom, at),
        ),
      )
      .all();
  },
};
