import { createHash } from "node:crypto";
import type { Connection } from "../../src/db/connection";

/** A hash of every row of every table, to show that a rejected write changed nothing at all. */
export function databaseChecksum(conn: Connection): string {
  const tables = conn.sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name <> '__drizzle_migrations' order by name")
    .all() as { name: string }[];
  const hash = createHash("sha256");
  for (const { name } of tables) {
    hash.update(name);
    for (const row of conn.sqlite.prepare(`select * from "${name}" order by rowid`).all()) hash.update(JSON.stringify(row));
  }
  return hash.digest("hex");
}
