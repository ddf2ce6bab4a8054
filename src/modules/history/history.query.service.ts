import type { Db } from "../../db/connection";
import { diffSnapshots, diffStates, type FieldChange, type Snapshot } from "../../domain/diff";
import { badInput } from "../common/errors";
import { fromGlobalId, toGlobalId } from "../common/global-id";
import { historyStore } from "./history.store";
import { canSee, type Principal } from "../../domain/principal";
import { ownerOf } from "../common/owner.store";
import { readRecord, type ReadRecord } from "../record/record.read";
import { ENTITY_TYPES, type EntityType } from "./snapshots";
import type { HistoryEntry, ObjectChange, RecordDiff } from "./history.type";

// Reading the past: an object's history, and what changed in a record between two instants.

/** Every change to the object behind a global id, newest first; an unknown or unseen id has no history. */
export function historyOf(db: Db, id: string, principal: Principal): HistoryEntry[] {
  const g = fromGlobalId(id);
  if (!g || !(ENTITY_TYPES as readonly string[]).includes(g.type) || !/^[1-9][0-9]{0,15}$/.test(g.rowId)) return [];
  const owner = ownerOf(db, g.type, Number(g.rowId));
  if (owner === undefined || (owner !== null && !canSee(principal, owner))) return [];
  return historyStore.auditByEntity(db, g.type as EntityType, Number(g.rowId)).map((r) => ({
    version: r.version,
    at: new Date(r.at),
    actor: r.actor,
    operation: r.operation,
    changes: JSON.parse(r.changes) as FieldChange[],
  }));
}

const KINDS = ["activities", "recipients", "storageLocations", "securityMeasures"] as const;

/** What people compare of an object: its fields and links. Evidence is not versioned, so both sides would show today's. */
function comparable(value: unknown): any {
  if (Array.isArray(value)) return value.map(comparable);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (k === "evidence" ? [] : [[k, comparable(v)]])));
}

/** The objects of one kind of a record document by global id, in row order (the order they were created). */
function objectsOf(read: ReadRecord | null, kind: (typeof KINDS)[number]): Map<string, Snapshot & { key: string; name: string }> {
  if (!read) return new Map();
  const rows = read.rowIds[kind];
  const ids = read.identity[kind];
  const list = [...(read.document[kind] as { key: string; name: string }[])].sort((a, b) => rows.get(a.key)! - rows.get(b.key)!);
  return new Map(list.map((o) => [ids.get(o.key)!, comparable(o)]));
}

/** Only the entry of `object` when one is asked for (an id not of this kind, or of no object here, keeps nothing). */
function only<V>(objects: Map<string, V>, object: string | undefined): Map<string, V> {
  if (object === undefined) return objects;
  const v = objects.get(object);
  return v === undefined ? new Map() : new Map([[object, v]]);
}

function changesOf(kind: (typeof KINDS)[number], before: ReadRecord | null, after: ReadRecord | null, object?: string): ObjectChange[] {
  const a = only(objectsOf(before, kind), object);
  const b = only(objectsOf(after, kind), object);
  return diffStates(a, b).map((c) => {
    const last = (b.get(c.key) ?? a.get(c.key))!;
    return { id: c.key, key: last.key, name: last.name, change: c.kind, changes: c.changes };
  });
}

/** ISO instant from an input date, named in errors by its argument. */
function instant(path: string, value: Date): string {
  if (Number.isNaN(value.getTime())) throw badInput(path, String(value), "a date-time like 2026-03-01T00:00:00Z");
  return value.toISOString();
}

/**
 * Null when the organisation is unknown (or outside the key's scope); `to` defaults to now. With `object` (a global
 * id), only that object's changes: an id of no object of this record (another organisation's, unknown) gives empty lists.
 */
export function recordDiff(db: Db, slug: string, from: Date, to: Date | null | undefined, principal: Principal, object?: string | null): RecordDiff | null {
  const orgId = historyStore.organizationIdBySlug(db, slug);
  if (orgId === undefined || !canSee(principal, orgId)) return null;
  const end = to ?? new Date();
  const fromAt = instant("from", from);
  const toAt = instant("to", end);
  if (fromAt > toAt) throw badInput("to", toAt, `an instant after from (${fromAt})`);
  // The diff of two record documents: the record as it stood at each instant.
  const before = readRecord(db, orgId, fromAt, { evidence: false });
  const after = readRecord(db, orgId, toAt, { evidence: false });
  const one = object ?? undefined;
  const ownFields = one === undefined || one === toGlobalId("Organization", orgId);
  return {
    from,
    to: end,
    organization: ownFields ? diffSnapshots(before && comparable(before.document.organization), after && comparable(after.document.organization)) : [],
    processingActivities: changesOf("activities", before, after, one),
    recipients: changesOf("recipients", before, after, one),
    storageLocations: changesOf("storageLocations", before, after, one),
    securityMeasures: changesOf("securityMeasures", before, after, one),
  };
}
