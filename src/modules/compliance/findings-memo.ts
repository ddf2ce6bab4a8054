import type { Db } from "../../db/connection";
import { changeStamp } from "../../db/raw";
import type { Finding } from "../../domain/rules/engine";

// Findings of live records, computed once per organisation until the database changes: 10,000 activities
// take seconds to judge, and dashboards ask again and again. Callers check authorisation before asking.

/** What one live record's judgement leaves to reuse: its findings and a description of every subject. */
export interface Judgement<S> {
  findings: readonly Finding[];
  subjects: readonly (readonly [string, S])[];
}

interface Entry {
  stamp: string;
  judgement: Judgement<unknown>;
}

/** Organisations kept per database: a dashboard looks at a few at a time. */
const SIZE = 8;

// Keyed by database handle: several databases may be open in one process (tests, tools), with the same row ids.
const memos = new WeakMap<Db, Map<number, Entry>>();

/** The live judgement of organisation `organizationId`, from the memo when nothing was written since; null stays uncached. */
export function memoJudgement<S>(db: Db, organizationId: number, judge: () => Judgement<S> | null): Judgement<S> | null {
  let memo = memos.get(db);
  if (!memo) memos.set(db, (memo = new Map()));
  const stamp = changeStamp(db);
  const hit = memo.get(organizationId);
  memo.delete(organizationId);
  if (hit && hit.stamp === stamp) {
    memo.set(organizationId, hit);
    return hit.judgement as Judgement<S>;
  }
  const judgement = judge();
  if (!judgement) return null;
  memo.set(organizationId, { stamp, judgement });
  // Least recently used first: a Map iterates in insertion order, and a hit is re-inserted.
  for (const key of memo.keys()) {
    if (memo.size <= SIZE) break;
    memo.delete(key);
  }
  return judgement;
}
