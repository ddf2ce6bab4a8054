import type { Db } from "../../db/connection";
import { referenceStore } from "../reference/reference.store";

// The names and DPV IRIs of the reference entries a record names by key: what the exporters print beside the keys.

export interface Named {
  name: string;
  dpvIri: string | null;
}

/** Reference data by natural key; legal bases by "REGIME:code". */
export interface ReferenceLookup {
  categories: Map<string, Named>;
  purposes: Map<string, Named>;
  subjects: Map<string, Named>;
  legalBases: Map<string, Named & { kind: string; article: string }>;
  countries: Map<string, Named>;
}

export function referenceLookup(db: Db): ReferenceLookup {
  const named = (rows: { key: string; name: string; dpvIri: string | null }[]) => new Map(rows.map((r) => [r.key, { name: r.name, dpvIri: r.dpvIri }]));
  return {
    categories: named(referenceStore.allCategories(db)),
    purposes: named(referenceStore.allPurposes(db)),
    subjects: named(referenceStore.allSubjects(db)),
    legalBases: new Map(referenceStore.legalBases(db).map((b) => [`${b.regime}:${b.code}`, { name: b.name, dpvIri: b.dpvIri, kind: b.kind, article: b.article }])),
    countries: new Map(referenceStore.countriesByCodes(db, referenceStore.allCountryCodes(db)).map((c) => [c.code, { name: c.name, dpvIri: c.dpvIri }])),
  };
}
