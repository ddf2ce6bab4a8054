import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { Connection } from "./connection";

// A consistent copy of a live database: while a server runs, recent commits live in the -wal file, so copying the main file alone loses them.

/** Raised when the backup cannot be made; the message is for people and nothing is left at the target. */
export class BackupError extends Error {}

export interface BackupSummary {
  file: string;
  bytes: number;
  organizations: number;
}

/**
 * Writes the database as it stands at one instant to `file` with VACUUM INTO: one read transaction, so writers
 * carry on meanwhile (WAL), and the copy is compact and self-contained (no -wal beside it). Checked before it is named.
 */
export function backupDatabase(conn: Connection, file: string): BackupSummary {
  const target = path.resolve(file);
  if (fs.existsSync(target)) throw new BackupError(`--out ${JSON.stringify(file)} already exists; choose a new file name (a backup never overwrites)`);
  if (!fs.existsSync(path.dirname(target))) throw new BackupError(`--out ${JSON.stringify(file)}: the folder ${path.dirname(target)} does not exist`);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.partial`);
  try {
    conn.sqlite.prepare("VACUUM INTO ?").run(temp);
    const copy = new Database(temp, { readonly: true });
    try {
      const check = copy.pragma("integrity_check", { simple: true });
      if (check !== "ok") throw new BackupError(`the copy failed SQLite's integrity check (${String(check)}); nothing was kept`);
      const organizations = (copy.prepare("SELECT count(*) AS n FROM organizations").get() as { n: number }).n;
      copy.close();
      fs.renameSync(temp, target);
      return { file, bytes: fs.statSync(target).size, organizations };
    } finally {
      if (copy.open) copy.close();
    }
  } catch (err) {
    fs.rmSync(temp, { force: true });
    if (err instanceof BackupError) throw err;
    const e = err as NodeJS.ErrnoException;
    throw new BackupError(`cannot write the backup to ${file}: ${e.message}${e.code ? ` (${e.code})` : ""}`);
  }
}
