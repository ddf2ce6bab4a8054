import type { Db } from "../../db/connection";
import { diffSnapshots, diffStates, type FieldChange, type Snapshot } from "../../domain/diff";
import { badInput } from "../../graphql/errors";
import { fromGlobalId, toGlobalId } from "../../graphql/global-id";
import { historyStore } from "./history.store";
import { canSee, type Principal } from "../../domain/principal";
import { ownerOf } from "../common/owner.store";
import { recordAt, type RecordAt } from "./record-at";
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

const TYPE_OF = {
  activities: "ProcessingActivity",
  recipients: "Recipient",
  storageLocations: "Location",
  securityMeasures: "SecurityMeasure",
} as const;

/** The snapshot fields people compare; `archived` is what ADDED/REMOVED already say. */
const comparable = (s: Snapshot): Snapshot => {
  const { archived, ...rest } = s;
  return rest;
};

function changesOf(kind: keyof typeof TYPE_OF, before: RecordAt, after: RecordAt): ObjectChange[] {
  const a = before.byId(kind);
  const b = after.byId(kind);
  const strip = (m: typeof a) => new Map([...m].map(([id, v]) => [id, comparable(v.snapshot)]));
  return diffStates(strip(a), strip(b)).map((c) => {
    const last = (b.get(c.key) ?? a.get(c.key))!.snapshot;
    return { id: toGlobalId(TYPE_OF[kind], c.key), key: last.key, name: last.name, change: c.kind, changes: c.changes };
  });
}

/** ISO instant from an input date, named in errors by its argument. */
function instant(path: string, value: Date): string {
  if (Number.isNaN(value.getTime())) throw badInput(path, String(value), "a date-time like 2026-03-01T00:00:00Z");
  return value.toISOString();
}

/** Null when the organisation is unknown (or outside the key's scope); `to` defaults to now. */
export function recordDiff(db: Db, slug: string, from: Date, to: Date | null | undefined, principal: Principal): RecordDiff | null {
  const orgId = historyStore.organizationIdBySlug(db, slug);
  if (orgId === undefined || !canSee(principal, orgId)) return null;
  const end = to ?? new Date();
  const fromAt = instant("from", from);
  const toAt = instant("to", end);
  if (fromAt > toAt) throw badInput("to", toAt, `an instant after from (${fromAt})`);
  const before = recordAt(db, orgId, fromAt);
  const after = recordAt(db, orgId, toAt);
  return {
    from,
    to: end,
    organization: diffSnapshots(
      before.organization ? comparable(before.organization.snapshot) : null,
      after.organization ? comparable(after.organization.snapshot) : null,
    ),
    processingActivities: changesOf("activities", before, after),
    recipients: changesOf("recipients", before, after),
    storageLocations: changesOf("storageLocations", before, after),
    securityMeasures: changesOf("securityMeasures", before, after),
  };
}
