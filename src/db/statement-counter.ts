import { AsyncLocalStorage } from "node:async_hooks";

/** Per-request tally of SQL statements, so N+1 regressions show up in tests, benchmarks and a response header. */
export interface StatementTally {
  count: number;
}

const storage = new AsyncLocalStorage<StatementTally>();

export function withStatementTally<T>(tally: StatementTally, fn: () => T): T {
  return storage.run(tally, fn);
}

export function countStatement(): void {
  const tally = storage.getStore();
  if (tally) tally.count += 1;
}
