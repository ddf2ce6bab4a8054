import { conflict, notFound } from "./errors";
import type { ShowId } from "../activity/activity.write.service";
import { keyFromName, localKey } from "./validate";

// Checks every write service shares: the row the editor means, free keys, and references that block a delete.

/** Internal callers (seed import) see row ids in errors. */
export const rowIdOnly: ShowId = (_type, rowId) => rowId;

/** The row if it exists, is not archived and is at the version the editor last saw; else NOT_FOUND or CONFLICT. */
export function liveAtVersion<T extends { version: number; archivedAt: string | null }>(
  row: T | undefined,
  expectedVersion: number,
  shown: unknown,
  what: string,
): T {
  if (!row || row.archivedAt) throw notFound("id", shown, what);
  if (row.version !== expectedVersion) {
    throw conflict("expectedVersion", `the ${what} is at version ${row.version}, not ${expectedVersion}: someone else changed it; reload and apply your change again`);
  }
  return row;
}

/** A given key, checked for form and uniqueness within the organisation (CONFLICT when taken). */
export function givenKey(path: string, key: string, taken: (key: string) => boolean, what: string): string {
  localKey(path, key);
  if (taken(key)) throw conflict(path, `the organisation already has a ${what} with the key ${JSON.stringify(key)}`);
  return key;
}

/** A key made from the name, with -2, -3, … appended while it is taken. */
export function freeKey(name: string, prefix: string, taken: (key: string) => boolean): string {
  const base = keyFromName(name, prefix);
  let key = base;
  for (let n = 2; taken(key); n++) key = `${base}-${n}`;
  return key;
}

const MAX_LISTED = 10;

/** Quoted names, the first few of a long list and how many more. */
export function listNames(names: string[]): string {
  const shown = names.slice(0, MAX_LISTED).map((n) => JSON.stringify(n));
  return names.length > MAX_LISTED ? `${shown.join(", ")} and ${names.length - MAX_LISTED} more` : shown.join(", ");
}

/**
 * Rejects archiving an object that live objects still refer to, listing them, so nothing is left dangling.
 * `referrers` pairs a description ("activities") with the names found.
 */
export function notReferenced(what: string, shown: string, referrers: [string, string[]][]): void {
  const live = referrers.filter(([, names]) => names.length);
  if (!live.length) return;
  const listed = live.map(([label, names]) => `${label} ${listNames(names)}`).join("; ");
  throw conflict("id", `the ${what} ${shown} is still referenced and cannot be deleted: ${listed}. Remove those references first`);
}
