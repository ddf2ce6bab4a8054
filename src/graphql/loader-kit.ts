import DataLoader from "dataloader";

/** A loader returning one value per key (or null), from a batch fetch of rows. */
export function oneLoader<K extends string | number, R>(fetch: (keys: readonly K[]) => R[], keyOf: (row: R) => K) {
  return new DataLoader<K, R | null>(async (keys) => {
    const rows = new Map(fetch(keys).map((r) => [keyOf(r), r]));
    return keys.map((k) => rows.get(k) ?? null);
  });
}

/** A loader returning a list per key, from a batch fetch of rows, keeping the fetch order. */
export function manyLoader<K extends string | number, R, V = R>(
  fetch: (keys: readonly K[]) => R[],
  keyOf: (row: R) => K,
  map: (row: R) => V | null | undefined = (r) => r as unknown as V,
) {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
    for (const row of fetch(keys)) {
      const v = map(row);
      if (v !== null && v !== undefined) groups.get(keyOf(row))?.push(v);
    }
    return keys.map((k) => groups.get(k)!);
  });
}

/** A loader for a whole table read at most once per request (reference data). */
export function snapshotLoader<T>(fetch: () => T) {
  const loader = new DataLoader<"all", T>(async (keys) => {
    const value = fetch();
    return keys.map(() => value);
  });
  return () => loader.load("all");
}
