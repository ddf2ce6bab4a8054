import { and, asc, eq, gt } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { adequacy, findingAcceptances, organizations, ukAdequacy } from "../../db/schema";

// SQL for the compliance engine's own data: EU adequacy as a map, accepted findings, and the organisations to judge.

export type AcceptanceRow = typeof findingAcceptances.$inferSelect;

export const complianceStore = {
  ukAdequacy(db: Db): { countryCode: string; status: string }[] {
    return db.select({ countryCode: ukAdequacy.countryCode, status: ukAdequacy.status }).from(ukAdequacy).all();
  },
  adequacy(db: Db): { countryCode: string; status: string }[] {
    return db.select({ countryCode: adequacy.countryCode, status: adequacy.status }).from(adequacy).all();
  },
  /** Every organisation, deleted ones too (they may have existed at an earlier instant), by slug. */
  organizations(db: Db): { id: number; slug: string }[] {
    return db.select({ id: organizations.id, slug: organizations.slug }).from(organizations).orderBy(asc(organizations.slug)).all();
  },
  /** Acceptances of the organisation still in force at `now`. */
  acceptances(db: Db, organizationId: number, now: string): AcceptanceRow[] {
    return db
      .select()
      .from(findingAcceptances)
      .where(and(eq(findingAcceptances.organizationId, organizationId), gt(findingAcceptances.until, now)))
      .all();
  },
  accept(db: Db, row: AcceptanceRow): void {
    db.insert(findingAcceptances)
      .values(row)
      .onConflictDoUpdate({ target: findingAcceptances.findingId, set: { justification: row.justification, until: row.until, acceptedBy: row.acceptedBy, acceptedAt: row.acceptedAt } })
      .run();
  },
};
