import type { Db } from "./connection";

// One database, several writers (a server and `datamap import`): every write takes the lock at its start, and a
// lock that cannot be had in time is a retriable condition, never an internal error.

/** How long a server process waits for the write lock before answering BUSY: short, since better-sqlite3 waits synchronously and a wait freezes the process. */
export const SERVER_BUSY_TIMEOUT_MS = 100;
/** How long a command waits for the lock: it blocks nothing but itself. */
export const CLI_BUSY_TIMEOUT_MS = 5000;
/** Seconds a client is told to wait before retrying a write that found the database busy. */
export const BUSY_RETRY_AFTER_S = 1;

/** The transaction handed to a write: a Db that can also roll itself back (dry runs). */
export type WriteTx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Runs `write` as one transaction that takes the write lock at once (BEGIN IMMEDIATE), so it never fails halfway for want of it. */
export function writeTransaction<T>(db: Db, write: (tx: WriteTx) => T): T {
  return db.transaction((tx) => write(tx), { behavior: "immediate" });
}

/** True for SQLite's "another connection holds the lock" errors (SQLITE_BUSY and its extended codes). */
export function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code ?? (err as { cause?: { code?: unknown } })?.cause?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}
