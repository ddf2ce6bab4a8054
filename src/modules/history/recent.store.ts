import type { Db } from "../../db/connection";
import { rowsFor } from "../../db/raw";

// SQL for the audit log read as a feed: one organisation's changes since an instant, newest first.

const TYPES = "('Organization', 'ProcessingActivity', 'Recipient', 'Location', 'SecurityMeasure')";

export interface RecentRow {
  at: string;
  actor: string;
  operation: string;
  entityType: string;
  entityId: number;
  changes: string;
  name: string | null;
}

export const recentStore = {
  count(db: Db, organizationId: number, since: string): number {
    return rowsFor<{ n: number }>(
      db,
      `/* recent.count */ select count(*) as n from audit_log where organization_id = ? and at >= ? and entity_type in ${TYPES}`,
      organizationId,
      since,
    )[0].n;
  },
  /** The newest changes, each with the object's name in the version it wrote (or the last before it, for a deletion). */
  newest(db: Db, organizationId: number, since: string, limit: number): RecentRow[] {
    return rowsFor<RecentRow>(
      db,
      `/* recent.newest */ select a.at, a.actor, a.operation, a.entity_type as entityType, a.entity_id as entityId, a.changes,
         (select json_extract(v.snapshot, '$.name') from versions v where v.entity_type = a.entity_type and v.entity_id = a.entity_id
          and v.version <= a.version order by v.version desc limit 1) as name
       from audit_log a where a.organization_id = ? and a.at >= ? and a.entity_type in ${TYPES}
       order by a.at desc, a.id desc limit ?`,
      organizationId,
      since,
      limit,
    );
  },
};
