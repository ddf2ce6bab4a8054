import type { Db } from "../../db/connection";
import { ancestorKeys, parentKey } from "../../domain/taxonomy";
import { referenceStore } from "../../modules/reference/reference.store";

// The taxonomy entries a Fides manifest must carry itself: those the manifest uses that are not in Fides' default
// taxonomy (origin fideslang in our reference data), with the ancestors that are ours too, parents first.

export interface FidesTaxonomyEntry {
  fides_key: string;
  name: string;
  description?: string;
  /** Data categories and uses only: fideslang's DataSubject has no parent. */
  parent_key?: string | null;
  is_default: false;
}

interface Entry {
  key: string;
  name: string;
  description: string | null;
  origin: string;
}

function ours(rows: Entry[], used: Iterable<string>, tree: boolean): FidesTaxonomyEntry[] {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const wanted = new Set<string>();
  for (const key of used) for (const k of [...(tree ? ancestorKeys(key) : []), key]) if (byKey.get(k) && byKey.get(k)!.origin !== "fideslang") wanted.add(k);
  return [...wanted]
    .sort((a, b) => a.split(".").length - b.split(".").length || a.localeCompare(b))
    .map((k) => {
      const r = byKey.get(k)!;
      return { fides_key: k, name: r.name, ...(r.description ? { description: r.description } : {}), ...(tree ? { parent_key: parentKey(k) } : {}), is_default: false as const };
    });
}

/** Our own entries among the keys used, by Fides resource kind; kinds with none are left out. */
export function ownTaxonomy(db: Db, used: { categories: Iterable<string>; uses: Iterable<string>; subjects: Iterable<string> }) {
  const out: Record<string, FidesTaxonomyEntry[]> = {
    data_category: ours(referenceStore.allCategories(db), used.categories, true),
    data_use: ours(referenceStore.allPurposes(db), used.uses, true),
    data_subject: ours(referenceStore.allSubjects(db), used.subjects, false),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v.length));
}
