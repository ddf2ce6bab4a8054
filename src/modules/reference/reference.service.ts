import type { ServiceContext } from "../context";
import { legalBasisView } from "./reference.views";
import type { Db } from "../../db/connection";
import type { SeedSet } from "../../io/seed/seed-set";
import type { TaxonomyEntry } from "../../io/seed/reference-files";
import { parentKey } from "../../domain/taxonomy";
import { referenceStore } from "./reference.store";

/** Writes a taxonomy parents-first (the seed files guarantee the order) and returns key -> row id. */
function importTree(entries: TaxonomyEntry[], upsert: (e: TaxonomyEntry, parentId: number | null) => number): Map<string, number> {
  const ids = new Map<string, number>();
  for (const e of entries) {
    const parent = parentKey(e.key);
    ids.set(e.key, upsert(e, parent ? ids.get(parent)! : null));
  }
  return ids;
}

/** Writes (or updates in place) the reference data. Call inside a transaction. */
export function importReference(db: Db, ref: SeedSet["reference"]): { categories: number; purposes: number; legalBases: number; countries: number } {
  referenceStore.upsertCountries(
    db,
    ref.countries.countries.map((c) => ({ code: c.code, name: c.name, dpvIri: c.dpv ?? null })),
  );
  const source = ref.adequacy.source;
  const asOf = ref.adequacy.asOf;
  referenceStore.replaceAdequacy(db, [
    ...ref.adequacy.eea.map((code) => ({ countryCode: code, status: "EEA" as const, asOf, source })),
    ...ref.adequacy.decisions.map((d) => ({
      countryCode: d.country,
      status: d.status,
      scope: d.scope ?? null,
      decision: d.decision ?? null,
      adopted: d.adopted ?? null,
      asOf,
      source,
    })),
  ]);

  const uk = ref.ukAdequacy;
  referenceStore.replaceUkAdequacy(db, [
    ...uk.inside.map((code) => ({ countryCode: code, status: "EEA" as const, asOf: uk.asOf, source: uk.source })),
    ...uk.regulations.map((d) => ({
      countryCode: d.country,
      status: d.status,
      scope: d.scope ?? null,
      regulation: d.regulation ?? null,
      adopted: d.adopted ?? null,
      asOf: uk.asOf,
      source: uk.source,
    })),
  ]);

  const row = (e: TaxonomyEntry, parentId: number | null) => ({
    key: e.key,
    name: e.name,
    description: e.description ?? null,
    parentId,
    dpvIri: e.dpv ?? null,
    origin: e.origin,
  });
  const categoryIds = importTree(ref.categories, (e, parentId) => referenceStore.upsertCategory(db, { ...row(e, parentId), deprecated: e.deprecated ?? false }));
  importTree(ref.purposes, (e, parentId) => referenceStore.upsertPurpose(db, row(e, parentId)));
  for (const s of ref.subjects) {
    referenceStore.upsertSubject(db, { key: s.key, name: s.name, description: s.description ?? null, dpvIri: s.dpv ?? null, origin: s.origin });
  }
  for (const b of ref.legalBases) {
    referenceStore.upsertLegalBasis(db, {
      regime: b.regime,
      code: b.code,
      kind: b.kind,
      name: b.name,
      article: b.article,
      description: b.description ?? null,
      dpvIri: b.dpv ?? null,
    });
  }
  referenceStore.replaceSensitivities(
    db,
    ref.sensitivity.map((s) => ({ categoryId: categoryIds.get(s.category)!, regime: s.regime, kind: s.kind, reference: s.reference, note: s.note ?? null })),
  );
  return { categories: ref.categories.length, purposes: ref.purposes.length, legalBases: ref.legalBases.length, countries: ref.countries.countries.length };
}

export const referenceService = {
  legalBases(ctx: ServiceContext, regime?: string, kind?: string) {
    return referenceStore
      .legalBases(ctx.db, regime)
      .filter((b) => !kind || b.kind === kind)
      .map(legalBasisView);
  },
};
