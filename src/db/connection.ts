import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";
import { countStatement } from "./statement-counter";
import { packageRoot } from "../paths";

export type Db = BetterSQLite3Database<typeof schema>;

export interface Connection {
  db: Db;
  sqlite: Database.Database;
  file: string;
  close(): void;
}

/** Raised when the database file cannot be opened or brought up to date; the message is for people. */
export class DatabaseOpenError extends Error {}

export const migrationsFolder = path.join(packageRoot(), "src", "db", "migrations");

/** Opens (creating if needed) the SQLite file, sets pragmas and applies pending migrations. */
export function openDatabase(file: string): Connection {
  let sqlite: Database.Database;
  try {
    if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    sqlite = new Database(file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
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
  return { db, sqlite, file, close: () => sqlite.close() };
}
