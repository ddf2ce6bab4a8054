import type { Db } from "../../db/connection";
import type { ReferenceFacts } from "../../domain/record";
import type { AdequacyStatus, Regime } from "../../domain/regimes";
import { referenceStore } from "../reference/reference.store";
import { CategoryTaxonomy, categoryView } from "../reference/reference.views";
import { complianceStore } from "./compliance.store";

/** Reference facts read once per run: adequacy from the dated table, sensitivity with inheritance, kinds of legal bases. */
export function referenceFacts(db: Db): ReferenceFacts {
  const adequacy = new Map(complianceStore.adequacy(db).map((a) => [a.countryCode, a.status as AdequacyStatus]));
  const uk = new Map(complianceStore.ukAdequacy(db).map((a) => [a.countryCode, a.status as AdequacyStatus]));
  const taxonomy = new CategoryTaxonomy(referenceStore.allCategories(db).map(categoryView), referenceStore.allSensitivities(db));
  const kinds = new Map(referenceStore.legalBases(db).map((b) => [`${b.regime}:${b.code}`, b.kind]));
  const cache = new Map<string, { regime: Regime; kind: string }[]>();
  return {
    euAdequacy: (country) => adequacy.get(country) ?? "NOT_ADEQUATE",
    ukAdequacy: (country) => uk.get(country) ?? "NOT_ADEQUATE",
    sensitivity: (key) => {
      if (!cache.has(key)) cache.set(key, taxonomy.sensitivity(key).map((s) => ({ regime: s.regime as Regime, kind: s.kind })));
      return cache.get(key)!;
    },
    legalBasisKind: (regime, code) => kinds.get(`${regime}:${code}`) ?? null,
  };
}
