import type { Context } from "../context";
import { createLoaders, stampReader } from "../context";
import type { Db } from "../../db/connection";
import { BUSY_RETRY_AFTER_S, isBusy, writeTransaction } from "../../db/busy";
import { busy, forbidden, notFound } from "./errors";
import { canEdit, canSee } from "../../domain/principal";
import { ownerOf } from "./owner.store";
import { numericRowId, toGlobalId } from "./global-id";

// What every GraphQL write shares: one immediate transaction, ids in and out, fresh loaders afterwards.

/** Runs a write as one transaction that takes the write lock at once, so version checks cannot race. */
export function inTransaction<T>(ctx: Context, write: (db: Db) => T): T {
  let result: T;
  try {
    result = writeTransaction(ctx.db, write);
  } catch (err) {
    if (isBusy(err)) throw busy(BUSY_RETRY_AFTER_S);
    throw err;
  }
  // Anything loaded earlier in this request, the change stamp included, may now be stale.
  ctx.changeStamp = stampReader(ctx.db);
  ctx.loaders = createLoaders(ctx.db, ctx.changeStamp);
  return result;
}

/** The row id behind a global id of the given type, or NOT_FOUND naming the id as given. */
export function rowIdOf(path: string, id: string, type: string, what: string): number {
  const rowId = numericRowId(id, type);
  if (rowId === null) throw notFound(path, id, what);
  return rowId;
}

/** Like rowIdOf, and the object must be one the caller may see: outside the key's scope is simply not found. */
export function visibleRowId(ctx: Context, path: string, id: string, type: string, what: string): number {
  const rowId = rowIdOf(path, id, type, what);
  const owner = ownerOf(ctx.db, type, rowId);
  if (owner === undefined || (owner !== null && !canSee(ctx.principal, owner))) throw notFound(path, id, what);
  return rowId;
}

/** The caller may change this organisation's record: not seeing it is NOT_FOUND, seeing it read-only is FORBIDDEN. */
export function assertCanEdit(ctx: Context, organizationId: number, path: string, shown: unknown, what: string): void {
  if (!canSee(ctx.principal, organizationId)) throw notFound(path, shown, what);
  if (!canEdit(ctx.principal, organizationId)) throw forbidden(`the key "${ctx.principal.name}" may only read (role ${ctx.principal.role})`);
}

/** Errors about objects show the caller's own global ids. */
export const showGlobalId = (type: string, rowId: number) => toGlobalId(type, rowId);

/** Who is recorded in history for a change made through the API (API keys name the actor later). */
export function actorOf(ctx: Context): string {
  return ctx.actor;
}
