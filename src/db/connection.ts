import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";
import { countStatement } from "./statement-counter";
import { packageRoot } from "../paths";
import { CLI_BUSY_TIMEOUT_MS } from "./busy";

export type Db = BetterSQLite3Database<typeof schema>;

export interface Connection {
  db: Db;
  sqlite: Database.Database;
  file: string;
  close(): void;
}

/** Raised when the database file cannot be opened or brought up to date; the message is for people. */
export class DatabaseOpenError extends Error {}

/** Raised for a database file that is not there when the command needs an existing one: a usage error. */
export class MissingDatabaseError extends DatabaseOpenError {}

export const migrationsFolder = path.join(packageRoot(), "src", "db", "migrations");

export interface OpenOptions {
  /** Refuse a file that is not there rather than create it: for commands that only read, where a mistyped path would otherwise pass as an empty record. */
  mustExist?: boolean;
  /** How long a write waits for another process's lock before SQLITE_BUSY (db/busy.ts); a command's default is generous. */
  busyTimeoutMs?: number;
  /** FULL (the default) syncs every commit to disk, so a power cut loses nothing acknowledged; NORMAL survives a process crash only. */
  synchronous?: Synchronous;
}

export const SYNCHRONOUS = ["FULL", "NORMAL"] as const;
export type Synchronous = (typeof SYNCHRONOUS)[number];

/** Opens (creating if needed) the SQLite file, sets pragmas and applies pending migrations. */
export function openDatabase(file: string, options: OpenOptions = {}): Connection {
  if (options.mustExist && file !== ":memory:" && !fs.existsSync(file)) {
    throw new MissingDatabaseError(`no database at ${file}: check --db or DATAMAP_DB, or create one with \`datamap migrate --db ${file}\` (or \`datamap serve\`)`);
  }
  let sqlite: Database.Database;
  try {
    if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    sqlite = new Database(file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma(`synchronous = ${options.synchronous ?? "FULL"}`);
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma(`busy_timeout = ${options.busyTimeoutMs ?? CLI_BUSY_TIMEOUT_MS}`);
  } catch (err) {
    throw new DatabaseOpenError(`cannot open database ${file}: ${(err as Error).message}`);
  }
  const db = drizzle(sqlite, { schema, logger: { logQuery: countStatement } });
  try {
    migrate(db, { migrationsFolder });
  } catch (err) {
    sqlite.close();
    const cause = (err as { cause?: Error }).cause ?? err;
    throw new DatabaseOpenError(`cannot migrate database ${file}: ${(cause as Error).message}`);
  }
  return { db, sqlite, file, close: () => closeCheckpointed(sqlite) };
}

/** Folds the write-ahead log back into the main file before closing, so a copy of the file alone holds every commit. */
function closeCheckpointed(sqlite: Database.Database): void {
  if (!sqlite.open) return;
  try {
    if (!sqlite.memory && !sqlite.readonly) sqlite.pragma("wal_checkpoint(TRUNCATE)");
  } catch {
    // Another process holding the log only delays the fold to its own close; closing must still succeed.
  }
  sqlite.close();
}
