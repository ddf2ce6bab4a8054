import { ancestorKeys } from "../../domain/taxonomy";
import { euAdequacy } from "../../domain/adequacy";
import type { AdequacyStatus } from "../../domain/regimes";
import { toGlobalId } from "../common/global-id";
import type { CategoryRow, CountryRow, LegalBasisRow, PurposeRow, SensitivityRow, SubjectRow } from "./reference.store";
import type { Country, DataCategory, DataSubjectCategory, LegalBasis, Purpose, Sensitivity } from "./reference.type";

// Row -> GraphQL view mappers for reference data, and the per-request taxonomy snapshot.

export function countryView(r: CountryRow): Country {
  return {
    code: r.code,
    name: r.name,
    dpvIri: r.dpvIri,
    euAdequacy: euAdequacy(r.euAdequacy as AdequacyStatus | null),
    adequacyScope: r.adequacyScope,
  };
}

export function categoryView(r: CategoryRow): DataCategory {
  return {
    __typename: "DataCategory",
    id: toGlobalId("DataCategory", r.id),
    rowId: r.id,
    parentId: r.parentId,
    key: r.key,
    name: r.name,
    description: r.description,
    dpvIri: r.dpvIri,
    origin: r.origin,
    deprecated: r.deprecated,
    version: r.version,
    archived: r.archivedAt !== null,
  };
}

export function purposeView(r: PurposeRow): Purpose {
  return {
    __typename: "Purpose",
    id: toGlobalId("Purpose", r.id),
    rowId: r.id,
    parentId: r.parentId,
    key: r.key,
    name: r.name,
    description: r.description,
    dpvIri: r.dpvIri,
    origin: r.origin,
    version: r.version,
    archived: r.archivedAt !== null,
  };
}

export function legalBasisView(r: LegalBasisRow): LegalBasis {
  return {
    __typename: "LegalBasis",
    id: toGlobalId("LegalBasis", r.id),
    rowId: r.id,
    regime: r.regime,
    code: r.code,
    kind: r.kind,
    name: r.name,
    article: r.article,
    description: r.description,
    dpvIri: r.dpvIri,
  };
}

export function subjectView(r: SubjectRow): DataSubjectCategory {
  return { __typename: "DataSubjectCategory", id: toGlobalId("DataSubjectCategory", r.id), rowId: r.id, key: r.key, name: r.name, description: r.description, dpvIri: r.dpvIri };
}

/**
 * A taxonomy held in memory for one request: lookups by id and key, children, inherited sensitivity.
 * Deleted (archived) entries resolve by id and key, for old versions that name them, but are not listed.
 */
export class Taxonomy<T extends { rowId: number; parentId: number | null; key: string; archived: boolean }> {
  readonly byId = new Map<number, T>();
  readonly byKey = new Map<string, T>();
  /** The live entries, ordered as given. */
  readonly items: T[];
  private readonly childrenOf = new Map<number, T[]>();

  constructor(all: T[]) {
    for (const item of all) {
      this.byId.set(item.rowId, item);
      this.byKey.set(item.key, item);
    }
    this.items = all.filter((item) => !item.archived);
    for (const item of this.items) {
      if (item.parentId === null) continue;
      const list = this.childrenOf.get(item.parentId) ?? [];
      list.push(item);
      this.childrenOf.set(item.parentId, list);
    }
  }

  children(rowId: number): T[] {
    return this.childrenOf.get(rowId) ?? [];
  }

  pick(ids: Iterable<number>): T[] {
    return [...new Set(ids)]
      .map((id) => this.byId.get(id))
      .filter((x): x is T => x !== undefined)
      .sort((a, b) => a.key.localeCompare(b.key));
  }
}

export class CategoryTaxonomy extends Taxonomy<DataCategory> {
  private readonly own = new Map<string, Sensitivity[]>();

  constructor(categories: DataCategory[], sensitivities: SensitivityRow[]) {
    super(categories);
    for (const s of sensitivities) {
      const key = this.byId.get(s.categoryId)?.key;
      if (!key) continue;
      const list = this.own.get(key) ?? [];
      list.push({ regime: s.regime, kind: s.kind, reference: s.reference, note: s.note, inheritedFrom: key });
      this.own.set(key, list);
    }
  }

  /** A category is sensitive where it, or any ancestor, is listed; one entry per regime and kind. */
  sensitivity(key: string): Sensitivity[] {
    const seen = new Set<string>();
    const out: Sensitivity[] = [];
    for (const k of [key, ...ancestorKeys(key).reverse()]) {
      for (const s of this.own.get(k) ?? []) {
        const id = `${s.regime}:${s.kind}`;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push(s);
      }
    }
    return out.sort((a, b) => a.regime.localeCompare(b.regime));
  }
}
