import type { ActivityQuery } from "./activity.store";

// The activity filter judged in memory, for records read as of an instant: the same conditions the SQL of
// activity.store.ts applies to the live tables, on the ids and keys an as-of source holds.

/** An activity as the as-of source holds it: its name and key, and its links by row id. */
export interface MatchableActivity {
  name: string;
  key: string;
  categoryKeys: string[];
  purposeKeys: string[];
  recipientIds: number[];
  legalBasisIds: number[];
  storageCountries: string[];
}

const within = (key: string, prefix: string) => key === prefix || key.startsWith(prefix + ".");
// SQLite's lower() folds ASCII only: fold the same way so live and as-of answers agree.
const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

export function activityMatches(a: MatchableActivity, q: ActivityQuery): boolean {
  if (q.dataCategory !== undefined && !a.categoryKeys.some((k) => within(k, q.dataCategory!))) return false;
  if (q.purpose !== undefined && !a.purposeKeys.some((k) => within(k, q.purpose!))) return false;
  if (q.recipientId !== undefined && !a.recipientIds.includes(q.recipientId)) return false;
  if (q.legalBasisIds !== undefined && !a.legalBasisIds.some((id) => q.legalBasisIds!.includes(id))) return false;
  if (q.storageCountry !== undefined && !a.storageCountries.includes(q.storageCountry)) return false;
  if (q.search !== undefined) {
    const s = fold(q.search);
    if (!fold(a.name).includes(s) && !fold(a.key).includes(s)) return false;
  }
  return true;
}
