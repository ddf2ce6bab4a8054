import type { ProcessingActivityFilter, Regime } from "../../gql/graphql";

/** The activities list's state as it sits in the URL query string, so a filtered page can be shared and reloaded. */
export interface ListParams {
  search: string;
  category: string;
  purpose: string;
  /** "REGIME:code", since a code alone is ambiguous (GDPR and UK GDPR share codes). */
  basis: string;
  country: string;
  recipient: string;
  size: number;
  after: string | null;
  /** `after` cursors of the pages before this one (the first page has none), for "Previous page". */
  trail: string[];
}

export const PAGE_SIZES = [10, 25, 50, 100];
const FILTER_KEYS = ["search", "category", "purpose", "basis", "country", "recipient"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export function readParams(q: URLSearchParams): ListParams {
  const size = Number(q.get("size"));
  return {
    search: q.get("search") ?? "",
    category: q.get("category") ?? "",
    purpose: q.get("purpose") ?? "",
    basis: q.get("basis") ?? "",
    country: q.get("country") ?? "",
    recipient: q.get("recipient") ?? "",
    size: PAGE_SIZES.includes(size) ? size : 50,
    after: q.get("after"),
    // Cursors are base64url, which never contains a dot.
    trail: (q.get("trail") ?? "").split(".").filter(Boolean),
  };
}

/** The API filter for the given params; undefined when nothing narrows the list. */
export function toFilter(p: ListParams): ProcessingActivityFilter | undefined {
  const f: ProcessingActivityFilter = {};
  if (p.category) f.dataCategory = p.category;
  if (p.purpose) f.purpose = p.purpose;
  if (p.country) f.storageCountry = p.country;
  if (p.recipient) f.recipient = p.recipient;
  if (p.basis) {
    const [regime, ...code] = p.basis.split(":");
    f.regime = regime as Regime;
    f.legalBasis = code.join(":");
  }
  if (p.search.trim()) f.search = p.search.trim();
  return Object.keys(f).length ? f : undefined;
}

export const hasFilters = (p: ListParams) => FILTER_KEYS.some((k) => p[k] !== "");

/** A copy of the query string with one change; any change of filter or page size goes back to the first page. */
export function withParam(q: URLSearchParams, key: FilterKey | "size", value: string): URLSearchParams {
  const next = new URLSearchParams(q);
  if (value) next.set(key, value);
  else next.delete(key);
  next.delete("after");
  next.delete("trail");
  return next;
}

/** The query string of the next page, remembering this page's cursor for "Previous page". */
export function nextPage(q: URLSearchParams, p: ListParams, endCursor: string): URLSearchParams {
  const next = new URLSearchParams(q);
  const trail = p.after ? [...p.trail, p.after] : p.trail;
  next.set("after", endCursor);
  if (trail.length) next.set("trail", trail.join("."));
  else next.delete("trail");
  return next;
}

export function previousPage(q: URLSearchParams, p: ListParams): URLSearchParams {
  const next = new URLSearchParams(q);
  const trail = [...p.trail];
  const prev = trail.pop();
  if (prev) next.set("after", prev);
  else next.delete("after");
  if (trail.length) next.set("trail", trail.join("."));
  else next.delete("trail");
  return next;
}
