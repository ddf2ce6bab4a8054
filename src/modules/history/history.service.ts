import type { Db } from "../../db/connection";
import { diffSnapshots, type Snapshot } from "../../domain/diff";
import { historyStore } from "./history.store";
import { currentShape, snapshotOf, type EntityType } from "./snapshots";

const TABLES: Record<EntityType, string> = {
  Organization: "organizations",
  ProcessingActivity: "processing_activities",
  Recipient: "recipients",
  Location: "storage_locations",
  SecurityMeasure: "security_measures",
  DataCategory: "data_categories",
  Purpose: "purposes",
};

let lastTick = 0;

/** Wall-clock time in ms, never repeating within the process, so every version has its own instant. */
export function tick(): string {
  lastTick = Math.max(Date.now(), lastTick + 1);
  return new Date(lastTick).toISOString();
}

const instants = new WeakMap<Db, string>();

/** One instant per transaction: everything a single write changes happens at the same moment. */
function instantOf(db: Db): string {
  let at = instants.get(db);
  if (!at) instants.set(db, (at = tick()));
  return at;
}

export type Operation = "CREATE" | "UPDATE" | "DELETE";

/**
 * Writes the version snapshot and the audit entry of a change already made to the object's rows,
 * and stamps the row with its new version. Call inside the transaction that made the change.
 */
export function recordChange(db: Db, change: { type: EntityType; id: number; operation: Operation; actor: string }): { version: number; at: string } {
  const at = instantOf(db);
  const previous = historyStore.latestVersion(db, change.type, change.id);
  const version = (previous?.version ?? 0) + 1;
  historyStore.stamp(db, TABLES[change.type], change.id, version, at);
  const { organizationId, snapshot } = snapshotOf(db, change.type, change.id);
  const before = previous ? currentShape(change.type, JSON.parse(previous.snapshot) as Snapshot) : null;
  historyStore.insertVersion(db, { entityType: change.type, entityId: change.id, organizationId, version, validFrom: at, snapshot: JSON.stringify(snapshot) });
  historyStore.insertAudit(db, {
    at,
    actor: change.actor,
    operation: change.operation,
    entityType: change.type,
    entityId: change.id,
    organizationId,
    version,
    // "archived: null → false" on creation is noise; on deletion the flip is the news.
    changes: JSON.stringify(diffSnapshots(before, snapshot).filter((c) => c.field !== "archived" || change.operation !== "CREATE")),
  });
  return { version, at };
}

/** Marks an object archived (deleted) at the next instant; its history and old versions stay. */
export function archiveRow(db: Db, type: EntityType, id: number): void {
  historyStore.archive(db, TABLES[type], id, new Date().toISOString());
}
