import { useEffect, useState, type FormEvent } from "react";
import { useGql } from "../../api/hooks";
import { ActivitiesPageFiltersDocument, type ActivitiesPageFiltersQuery } from "../../gql/graphql";
import { regimeLabel } from "../../components/Badge";
import type { FilterKey, ListParams } from "./listParams";

type Options = ActivitiesPageFiltersQuery;

/** One labelled select of the filter bar; the first option clears it. */
function Choice({ id, label, value, onChange, children }: { id: string; label: string; value: string; onChange(v: string): void; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Any</option>
        {children}
      </select>
    </div>
  );
}

/** Countries of the organisation's storage locations, each once, by name. */
function storageCountries(o: NonNullable<Options["organization"]>) {
  const byCode = new Map(o.storageLocations.map((l) => [l.country.code, l.country.name]));
  return [...byCode].sort((a, b) => a[1].localeCompare(b[1]));
}

/** Lawful bases grouped by regime, for an <optgroup> per regime. */
function basesByRegime(bases: Options["legalBases"]) {
  const groups = new Map<string, Options["legalBases"]>();
  for (const b of bases) groups.set(b.regime, [...(groups.get(b.regime) ?? []), b]);
  return [...groups];
}

/** The filter bar of the activities list; every choice goes into the URL through `set`. */
export function ActivityFilters({ slug, asOf, params, set }: { slug: string; asOf: string | null; params: ListParams; set(key: FilterKey, value: string): void }) {
  const options = useGql(ActivitiesPageFiltersDocument, { slug, asOf });
  const [search, setSearch] = useState(params.search);
  useEffect(() => setSearch(params.search), [params.search]);
  const o = options.data?.organization;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    set("search", search.trim());
  };
  return (
    <form className="filters activity-filters" role="search" aria-label="Filter activities" onSubmit={submit}>
      <div>
        <label htmlFor="f-search">Name or key contains</label>
        <span className="search-box">
          <input id="f-search" type="search" maxLength={200} value={search} onChange={(e) => setSearch(e.target.value)} />
          <button type="submit">Search</button>
        </span>
      </div>
      <Choice id="f-category" label="Data category" value={params.category} onChange={(v) => set("category", v)}>
        {o?.dataCategories.map((c) => (
          <option key={c.key} value={c.key}>
            {c.name} ({c.key})
          </option>
        ))}
      </Choice>
      <Choice id="f-purpose" label="Purpose" value={params.purpose} onChange={(v) => set("purpose", v)}>
        {options.data?.purposes.map((p) => (
          <option key={p.key} value={p.key}>
            {p.name} ({p.key})
          </option>
        ))}
      </Choice>
      <Choice id="f-basis" label="Legal basis" value={params.basis} onChange={(v) => set("basis", v)}>
        {options.data &&
          basesByRegime(options.data.legalBases).map(([regime, bases]) => (
            <optgroup key={regime} label={regimeLabel(regime)}>
              {bases.map((b) => (
                <option key={b.id} value={`${b.regime}:${b.code}`}>
                  {b.article}: {b.name}
                </option>
              ))}
            </optgroup>
          ))}
      </Choice>
      <Choice id="f-country" label="Storage country" value={params.country} onChange={(v) => set("country", v)}>
        {o &&
          storageCountries(o).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
      </Choice>
      <Choice id="f-recipient" label="Recipient" value={params.recipient} onChange={(v) => set("recipient", v)}>
        {o?.recipients.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </Choice>
      {options.error && (
        <p className="field-error" role="alert">
          The filter choices could not be loaded: {options.error.message}
        </p>
      )}
    </form>
  );
}
