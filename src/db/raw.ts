import type Database from "better-sqlite3";
import { getTableColumns, getTableName } from "drizzle-orm";
import type { AnySQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
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

/** Rows of a labelled, fixed statement with its parameters. */
export function rowsFor<T>(db: Db, sql: string, ...params: unknown[]): T[] {
  countStatement();
  return statement(db, sql).all(...params) as T[];
}

/** Rows of a labelled read whose `?` is bound to the JSON of `ids` (use `in (select value from json_each(?))`). */
export function rowsForIds<T>(db: Db, sql: string, ids: readonly (number | string)[]): T[] {
  countStatement();
  return statement(db, sql).all(JSON.stringify(ids)) as T[];
}

type AnyTable = SQLiteTable & { id: AnySQLiteColumn };
interface SelectPlan {
  list: string;
  columns: [string, AnySQLiteColumn][];
}
const selectLists = new WeakMap<SQLiteTable, SelectPlan>();

/** The column list of a table and how drizzle names and maps each column. */
function planOf(table: SQLiteTable): SelectPlan {
  let plan = selectLists.get(table);
  if (!plan) {
    const columns = Object.entries(getTableColumns(table)) as [string, AnySQLiteColumn][];
    plan = { list: columns.map(([, c]) => `"${c.name}"`).join(", "), columns };
    selectLists.set(table, plan);
  }
  return plan;
}

/** Maps raw rows exactly as drizzle would (booleans, JSON modes, property names). */
function mapRows<T extends SQLiteTable>(table: T, raws: Record<string, unknown>[]): T["$inferSelect"][] {
  const { columns } = planOf(table);
  return raws.map((raw) => {
    const row: Record<string, unknown> = {};
    for (const [key, c] of columns) {
      const v = raw[c.name];
      row[key] = v === null || v === undefined ? null : c.mapFromDriverValue(v);
    }
    return row as T["$inferSelect"];
  });
}

/** Whole rows of a table by id, mapped exactly as drizzle maps them, through a cached prepared statement. */
export function rowsByIds<T extends AnyTable>(db: Db, table: T, ids: readonly number[]): T["$inferSelect"][] {
  const sql = `/* ${getTableName(table)}.byIds */ select ${planOf(table).list} from "${getTableName(table)}" where id in (select value from json_each(?))`;
  return mapRows(table, rowsForIds<Record<string, unknown>>(db, sql, ids));
}
