import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { legalBases, transferMechanisms as tm } from "../../db/schema";

// SQL for the transfer mechanisms recorded on recipients and storage locations.

export interface MechanismRow {
  id: number;
  recipientId: number | null;
  locationId: number | null;
  legalBasisId: number;
  note: string | null;
  regime: string;
  code: string;
  kind: string;
}

const columns = { id: tm.id, recipientId: tm.recipientId, locationId: tm.locationId, legalBasisId: tm.legalBasisId, note: tm.note, regime: legalBases.regime, code: legalBases.code, kind: legalBases.kind };

export const mechanismStore = {
  byRecipientIds(db: Db, ids: readonly number[]): MechanismRow[] {
    return db.select(columns).from(tm).innerJoin(legalBases, eq(legalBases.id, tm.legalBasisId)).where(inArray(tm.recipientId, [...ids])).orderBy(tm.id).all();
  },
  byLocationIds(db: Db, ids: readonly number[]): MechanismRow[] {
    return db.select(columns).from(tm).innerJoin(legalBases, eq(legalBases.id, tm.legalBasisId)).where(inArray(tm.locationId, [...ids])).orderBy(tm.id).all();
  },
  /** Replaces the mechanisms of one recipient or one location. */
  replace(db: Db, owner: { recipientId: number } | { locationId: number }, rows: { legalBasisId: number; note: string | null }[]): void {
    const where = "recipientId" in owner ? eq(tm.recipientId, owner.recipientId) : eq(tm.locationId, owner.locationId);
    db.delete(tm).where(where).run();
    if (rows.length) db.insert(tm).values(rows.map((r) => ({ ...owner, ...r }))).run();
  },
};
