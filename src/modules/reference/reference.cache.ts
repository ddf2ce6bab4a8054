import type { Db } from "../../db/connection";
import { clientOf } from "../../db/raw";

interface Shelf {
  stamp: string;
  values: Map<string, unknown>;
}
const shelves = new WeakMap<object, Shelf>();

/**
 * Reference data (taxonomies, countries, legal bases) kept across requests until the database changes,
 * so a request does not rebuild them. `stampOf` is the request's change stamp, read once (the HTTP layer's
 * response cache reads the same one); the values are shared, so they are frozen.
 */
export function referenceCache(db: Db, stampOf: () => string) {
  return function shared<T>(name: string, build: () => T): () => T {
    return () => {
      const stamp = stampOf();
      const client = clientOf(db);
      let shelf = shelves.get(client);
      if (!shelf || shelf.stamp !== stamp) shelves.set(client, (shelf = { stamp, values: new Map() }));
      let value = shelf.values.get(name) as T | undefined;
      if (value === undefined) shelf.values.set(name, (value = build()));
      return value;
    };
  };
}

/** Freezes each item of a list that the cache shares between requests. */
export function frozen<T extends object>(items: T[]): T[] {
  for (const item of items) Object.freeze(item);
  return items;
}
