import { and, desc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { rowsFor, runStatement } from "../../db/raw";
import { auditLog, organizations, versions } from "../../db/schema";

// SQL for version snapshots and the audit log.

export type VersionRow = typeof versions.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;

export const historyStore = {
  // Every write stamps its row, reads the last version and adds a version and an audit entry: prepared once, not built each time.
  /** Sets an editable row's version and update time; `table` comes from a fixed map, never from input. */
  stamp(db: Db, table: string, id: number, version: number, at: string): void {
    runStatement(db, `/* history.stamp */ update "${table}" set version = ?, updated_at = ? where id = ?`, version, at, id);
  },
  archive(db: Db, table: string, id: number, at: string): void {
    db.run(sql`update ${sql.identifier(table)} set archived_at = ${at} where id = ${id}`);
  },
  insertVersion(db: Db, row: Omit<typeof versions.$inferInsert, "id">): void {
    runStatement(
      db,
      "/* history.insertVersion */ insert into versions (entity_type, entity_id, organization_id, version, valid_from, snapshot) values (?, ?, ?, ?, ?, ?)",
      row.entityType,
      row.entityId,
      row.organizationId ?? null,
      row.version,
      row.validFrom,
      row.snapshot,
    );
  },
  insertAudit(db: Db, row: Omit<typeof auditLog.$inferInsert, "id">): void {
    runStatement(
      db,
      "/* history.insertAudit */ insert into audit_log (at, actor, operation, entity_type, entity_id, organization_id, version, changes) values (?, ?, ?, ?, ?, ?, ?, ?)",
      row.at,
      row.actor,
      row.operation,
      row.entityType,
      row.entityId,
      row.organizationId ?? null,
      row.version,
      row.changes,
    );
  },
  latestVersion(db: Db, entityType: string, entityId: number): VersionRow | undefined {
    return rowsFor<VersionRow>(
      db,
      `/* history.latestVersion */ select id, entity_type as entityType, entity_id as entityId, organization_id as organizationId, version,
       valid_from as validFrom, snapshot from versions where entity_type = ? and entity_id = ? order by version desc limit 1`,
      entityType,
      entityId,
    )[0];
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
