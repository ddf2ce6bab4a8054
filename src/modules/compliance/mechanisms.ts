import type { Db } from "../../db/connection";
import { transferMechanismId } from "../common/references";
import { noRepeats, optionalText } from "../common/validate";
import { mechanismStore } from "./mechanism.store";

// Transfer mechanisms as write input: validated, then stored in place of the old list.

export interface MechanismChange {
  regime: string;
  code: string;
  note?: string | null;
}

/** Call inside the transaction that writes the recipient or location. */
export function writeMechanisms(db: Db, owner: { recipientId: number } | { locationId: number }, list: MechanismChange[] | null | undefined, at: string): void {
  if (list === undefined) return;
  const path = `${at}.transferMechanisms`;
  // null for a list empties it, as for every other list a write replaces.
  const rows = (list ?? []).map((m, i) => ({
    legalBasisId: transferMechanismId(db, `${path}[${i}]`, m.regime, m.code),
    note: optionalText(`${path}[${i}].note`, m.note) ?? null,
  }));
  noRepeats(path, rows, (r) => String(r.legalBasisId));
  mechanismStore.replace(db, owner, rows);
}

/** For snapshots: the mechanisms by regime and code, in the order recorded. */
export function mechanismKeys(db: Db, owner: { recipientId: number } | { locationId: number }) {
  const rows = "recipientId" in owner ? mechanismStore.byRecipientIds(db, [owner.recipientId]) : mechanismStore.byLocationIds(db, [owner.locationId]);
  return rows.map((r) => ({ regime: r.regime, code: r.code, note: r.note }));
}
