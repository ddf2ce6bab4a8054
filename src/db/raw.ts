import type Database from "better-sqlite3";
import type { Db } from "./connection";
import { countStatement } from "./statement-counter";

// Hot read paths skip the query builder: a statement is prepared once per connection and reused,
// and an id list travels as one JSON parameter, so the SQL text never changes with the list's length.

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function statement(db: Db, sql: string): Database.Statement {
  // A transaction handle has no $client; its session holds the same connection.
  const handle = db as unknown as { $client?: Database.Database; session?: { client: Database.Database } };
  const client = handle.$client ?? handle.session!.client;
  let byText = cache.get(client);
  if (!byText) cache.set(client, (byText = new Map()));
  let stmt = byText.get(sql);
  if (!stmt) byText.set(sql, (stmt = client.prepare(sql)));
  return stmt;
}

/** Rows of a labelled read whose `?` is bound to the JSON of `ids` (use `in (select value from json_each(?))`). */
export function rowsForIds<T>(db: Db, sql: string, ids: readonly (number | string)[]): T[] {
  countStatement();
  return statement(db, sql).all(JSON.stringify(ids)) as T[];
}
