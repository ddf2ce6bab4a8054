import type { Db } from "../../db/connection";
import { changeStamp } from "../../db/raw";

// What is computed from a live record (findings, transfers), kept per organisation until the database changes:
// 10,000 activities take seconds to judge, and dashboards ask again and again. Callers check authorisation before asking.

interface Entry<T> {
  stamp: string;
  value: T;
}

/** Organisations kept per database and per memo: a dashboard looks at a few at a time. */
const SIZE = 8;

/** Answers `compute` once per (database, organisation) until the database's change stamp moves; null stays uncached. */
export type LiveMemo<T> = (db: Db, organizationId: number, compute: () => T | null) => T | null;

/** A memo of one kind of value computed from live records; each kind gets its own, so findings never evict transfers. */
export function liveMemo<T>(): LiveMemo<T> {
  // Keyed by database handle: several databases may be open in one process (tests, tools), with the same row ids.
  const memos = new WeakMap<Db, Map<number, Entry<T>>>();
  return (db, organizationId, compute) => {
    let memo = memos.get(db);
    if (!memo) memos.set(db, (memo = new Map()));
    const stamp = changeStamp(db);
    const hit = memo.get(organizationId);
    memo.delete(organizationId);
    if (hit && hit.stamp === stamp) {
      memo.set(organizationId, hit);
      return hit.value;
    }
    const value = compute();
    if (value === null) return null;
    memo.set(organizationId, { stamp, value });
    // Least recently used first: a Map iterates in insertion order, and a hit is re-inserted.
    for (const key of memo.keys()) {
      if (memo.size <= SIZE) break;
      memo.delete(key);
    }
    return value;
  };
}
