import type Database from "better-sqlite3";
import { getTableColumns, getTableName } from "drizzle-orm";
import type { AnySQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "./connection";
import { countStatement } from "./statement-counter";

// Hot read paths skip the query builder: a statement is prepared once per connection and reused,
// and an id list travels as one JSON parameter, so the SQL text never changes with the list's length.

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The better-sqlite3 connection under a drizzle handle. */
export function clientOf(db: Db): Database.Database {
  // A transaction handle has no $client; its session holds the same connection.
  const handle = db as unknown as { $client?: Database.Database; session?: { client: Database.Database } };
  return handle.$client ?? handle.session!.client;
}

function statement(db: Db, sql: string, raw = false): Database.Statement {
  const client = clientOf(db);
  let byText = cache.get(client);
  if (!byText) cache.set(client, (byText = new Map()));
  // Raw mode belongs to the statement, so a statement read as arrays is cached apart from the one read as objects.
  const cacheKey = raw ? `raw:${sql}` : sql;
  let stmt = byText.get(cacheKey);
  if (!stmt) byText.set(cacheKey, (stmt = raw ? client.prepare(sql).raw(true) : client.prepare(sql)));
  return stmt;
}

/** Rows of a labelled, fixed statement with its parameters. */
export function rowsFor<T>(db: Db, sql: string, ...params: unknown[]): T[] {
  countStatement();
  return statement(db, sql).all(...params) as T[];
}

/** Runs a labelled write through a statement prepared once per connection: for writes on every edit's path. */
export function runStatement(db: Db, sql: string, ...params: unknown[]): void {
  countStatement();
  statement(db, sql).run(...params);
}

/** Runs a labelled insert through a statement prepared once per connection and returns the new row's id. */
export function insertReturningId(db: Db, sql: string, ...params: unknown[]): number {
  countStatement();
  return Number(statement(db, sql).run(...params).lastInsertRowid);
}

/** Rows as arrays, in the order of the select list: for reads of many thousands of narrow rows. */
export function arraysFor<T extends unknown[]>(db: Db, sql: string, ...params: unknown[]): T[] {
  countStatement();
  return statement(db, sql, true).all(...params) as T[];
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
const plans = new WeakMap<SQLiteTable, Map<string, SelectPlan>>();

/** The columns read (all, or the named properties only) and how drizzle names and maps each one. */
function planOf(table: SQLiteTable, only?: readonly string[]): SelectPlan {
  let byColumns = plans.get(table);
  if (!byColumns) plans.set(table, (byColumns = new Map()));
  const cacheKey = only ? only.join(",") : "*";
  let plan = byColumns.get(cacheKey);
  if (!plan) {
    const columns = (Object.entries(getTableColumns(table)) as [string, AnySQLiteColumn][]).filter(([key]) => !only || only.includes(key));
    plan = { list: columns.map(([, c]) => `"${c.name}"`).join(", "), columns };
    byColumns.set(cacheKey, plan);
  }
  return plan;
}

/** Maps rows read as arrays (in the plan's column order) exactly as drizzle would (booleans, JSON modes, property names). */
function mapRows(plan: SelectPlan, raws: unknown[][]): Record<string, unknown>[] {
  const { columns } = plan;
  return raws.map((raw) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) {
      const v = raw[i];
      row[columns[i][0]] = v === null || v === undefined ? null : columns[i][1].mapFromDriverValue(v);
    }
    return row;
  });
}

/** Rows of a table by id (whole, or only the named properties), mapped as drizzle maps them, through a cached prepared statement. */
export function rowsByIds<T extends AnyTable>(db: Db, table: T, ids: readonly number[]): T["$inferSelect"][];
export function rowsByIds<T extends AnyTable, K extends keyof T["$inferSelect"] & string>(
  db: Db,
  table: T,
  ids: readonly number[],
  only: readonly K[],
): Pick<T["$inferSelect"], K>[];
export function rowsByIds(db: Db, table: AnyTable, ids: readonly number[], only?: readonly string[]): Record<string, unknown>[] {
  const plan = planOf(table, only);
  const sql = `/* ${getTableName(table)}.byIds */ select ${plan.list} from "${getTableName(table)}" where id in (select value from json_each(?))`;
  countStatement();
  // Arrays, not objects: better-sqlite3 builds a wide row object slowly, and it would be copied again here anyway.
  return mapRows(plan, statement(db, sql, true).all(JSON.stringify(ids)) as unknown[][]);
}

/**
 * Changes when anything in the database may have changed: rows written through this connection
 * (total_changes) or a commit by any other connection, in this process or another (data_version).
 */
export function changeStamp(db: Db): string {
  const r = rowsFor<{ t: number; v: number }>(db, "/* changeStamp */ select total_changes() as t, (select data_version from pragma_data_version) as v")[0];
  return `${r.t}:${r.v}`;
}
