/** Dotted taxonomy keys (fideslang style): lower-case segments of letters, digits and underscores. */
export const TAXONOMY_KEY = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;

export function isTaxonomyKey(value: string): boolean {
  return TAXONOMY_KEY.test(value);
}

/** "user.financial.bank_account" -> "user.financial"; a root key has no parent. */
export function parentKey(key: string): string | null {
  const i = key.lastIndexOf(".");
  return i < 0 ? null : key.slice(0, i);
}

/** Every proper ancestor, nearest last: "a.b.c" -> ["a", "a.b"]. */
export function ancestorKeys(key: string): string[] {
  const parts = key.split(".");
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join("."));
}

/** True when `key` is `scope` itself or lies below it in the tree. */
export function isWithin(key: string, scope: string): boolean {
  return key === scope || key.startsWith(scope + ".");
}
