import DataLoader from "dataloader";

/** What a loader hands back: the value itself when this request already has it, else a promise of it. */
export type Maybe<T> = T | Promise<T>;

/** Applies `fn` to a value that may still be on its way, staying synchronous when it is already here. */
export function andThen<T, U>(value: Maybe<T>, fn: (v: T) => Maybe<U>): Maybe<U> {
  return value instanceof Promise ? value.then(fn) : fn(value);
}

/** Like `Promise.all`, but synchronous when every value is already here. */
export function allOf<T>(values: Maybe<T>[]): Maybe<T[]> {
  return values.some((v) => v instanceof Promise) ? Promise.all(values) : (values as T[]);
}

/**
 * A per-request batch loader (DataLoader underneath) whose fetched values can also be read synchronously.
 * Stores are synchronous, so a resolver that looked ahead can `prefetch` a page's keys in one query, and the
 * fields below then complete without a promise each: graphql-js resolves a synchronous subtree far faster.
 */
export class Loader<K extends string | number, V> {
  private readonly known = new Map<K, V>();
  private readonly batch: DataLoader<K, V>;

  constructor(private readonly fetch: (keys: readonly K[]) => Map<K, V>) {
    this.batch = new DataLoader<K, V>(async (keys) => {
      const got = this.fill(keys);
      return keys.map((k) => got.get(k)!);
    });
  }

  private fill(keys: readonly K[]): Map<K, V> {
    const got = this.fetch(keys);
    for (const k of keys) this.known.set(k, got.get(k)!);
    return got;
  }

  /** The value now if this request has fetched it, else a promise of it, batched with this tick's other keys. */
  get(key: K): Maybe<V> {
    return this.known.has(key) ? this.known.get(key)! : this.batch.load(key);
  }

  /** The value if this request has fetched it already. */
  peek(key: K): V | undefined {
    return this.known.get(key);
  }

  load(key: K): Promise<V> {
    return Promise.resolve(this.get(key));
  }

  /** Fetches now, in one query, every key this request does not have yet. */
  prefetch(keys: Iterable<K>): void {
    const missing = new Set<K>();
    for (const k of keys) if (!this.known.has(k)) missing.add(k);
    if (missing.size) this.fill([...missing]);
  }

  prime(key: K, value: V): this {
    if (!this.known.has(key)) this.known.set(key, value);
    return this;
  }
}

/** A loader returning one value per key (or null), from a batch fetch of rows. */
export function oneLoader<K extends string | number, R>(fetch: (keys: readonly K[]) => R[], keyOf: (row: R) => K) {
  return new Loader<K, R | null>((keys) => {
    const rows = new Map<K, R | null>();
    for (const r of fetch(keys)) rows.set(keyOf(r), r);
    for (const k of keys) if (!rows.has(k)) rows.set(k, null);
    return rows;
  });
}

/** A loader returning a list per key, from a batch fetch of rows, keeping the fetch order. */
export function manyLoader<K extends string | number, R, V = R>(
  fetch: (keys: readonly K[]) => R[],
  keyOf: (row: R) => K,
  map: (row: R) => V | null | undefined = (r) => r as unknown as V,
) {
  return new Loader<K, V[]>((keys) => {
    const groups = new Map<K, V[]>();
    for (const k of keys) groups.set(k, []);
    for (const row of fetch(keys)) {
      const v = map(row);
      if (v !== null && v !== undefined) groups.get(keyOf(row))?.push(v);
    }
    return groups;
  });
}
