import type { Context } from "../../graphql/context";
import { createLoaders } from "../../graphql/context";
import type { Db } from "../../db/connection";
import { notFound } from "../../graphql/errors";
import { numericRowId, toGlobalId } from "../../graphql/global-id";

// What every GraphQL write shares: one immediate transaction, ids in and out, fresh loaders afterwards.

/** Runs a write as one transaction that takes the write lock at once, so version checks cannot race. */
export function inTransaction<T>(ctx: Context, write: (db: Db) => T): T {
  const result = ctx.db.transaction((tx) => write(tx), { behavior: "immediate" });
  // Anything loaded earlier in this request may now be stale.
  ctx.loaders = createLoaders(ctx.db);
  return result;
}

/** The row id behind a global id of the given type, or NOT_FOUND naming the id as given. */
export function rowIdOf(path: string, id: string, type: string, what: string): number {
  const rowId = numericRowId(id, type);
  if (rowId === null) throw notFound(path, id, what);
  return rowId;
}

/** Errors about objects show the caller's own global ids. */
export const showGlobalId = (type: string, rowId: number) => toGlobalId(type, rowId);

/** Who is recorded in history for a change made through the API (API keys name the actor later). */
export function actorOf(ctx: Context): string {
  return ctx.actor;
}
