/** A changed field of an object: the value before and after (null when absent). */
export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

export type Snapshot = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Field-level difference of two snapshots of one object; a missing side counts as all-null. */
export function diffSnapshots(before: Snapshot | null, after: Snapshot | null): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const o = before?.[field] ?? null;
    const n = after?.[field] ?? null;
    if (!same(o, n)) changes.push({ field, old: o, new: n });
  }
  return changes.sort((a, b) => a.field.localeCompare(b.field));
}

export type ChangeKind = "ADDED" | "REMOVED" | "CHANGED";

export interface ObjectChange<K> {
  key: K;
  kind: ChangeKind;
  changes: FieldChange[];
}

/** Compares two states of a set of objects (live ones only): what was added, removed and changed. */
export function diffStates<K>(before: Map<K, Snapshot>, after: Map<K, Snapshot>): ObjectChange<K>[] {
  const out: ObjectChange<K>[] = [];
  for (const [key, a] of after) {
    const b = before.get(key);
    if (!b) out.push({ key, kind: "ADDED", changes: diffSnapshots(null, a) });
    else {
      const changes = diffSnapshots(b, a);
      if (changes.length) out.push({ key, kind: "CHANGED", changes });
    }
  }
  for (const [key, b] of before) if (!after.has(key)) out.push({ key, kind: "REMOVED", changes: diffSnapshots(b, null) });
  return out;
}
