import { useMemo } from "react";
import { REGIME_LABEL, regimeLabel } from "../../components/Badge";
import type { DataMapPageOptionsQuery, RecipientKind } from "../../gql/graphql";
import type { FilterParam } from "./flows";

/** Every RecipientKind of the schema, in its order there. */
export const RECIPIENT_KINDS: RecipientKind[] = ["PROCESSOR", "SUB_PROCESSOR", "INDEPENDENT_CONTROLLER", "JOINT_CONTROLLER", "AFFILIATE", "PUBLIC_AUTHORITY", "ACQUIRER", "CONTRACTOR", "AGENT", "THIRD_PARTY"];
export const words = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, " ");

interface Props {
  options: DataMapPageOptionsQuery;
  values: Partial<Record<FilterParam, string>>;
  onChange(param: FilterParam, value: string | null): void;
}

interface Choice {
  value: string;
  label: string;
}

/** A labelled select; a value from a drill-down that is not among the choices is added so the select shows it. */
function Select({ id, label, any, choices, value, onChange }: { id: string; label: string; any: string; choices: Choice[]; value?: string; onChange(v: string | null): void }) {
  const all = value && !choices.some((c) => c.value === value) ? [{ value, label: value }, ...choices] : choices;
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ""} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{any}</option>
        {all.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The filter bar of the data map; every choice goes to the URL, so a view can be shared. */
export function DataMapFilters({ options, values, onChange }: Props) {
  const choices = useMemo(() => {
    const names = new Map(options.dataCategories.map((c) => [c.key, c.name]));
    const org = options.organization;
    const categories = (org?.dataCategories ?? []).map((c) => ({ value: c.key, label: `${c.name} (${c.key})` }));
    // Category groups a drill-down can land on are named from the taxonomy.
    const groupLabel = (key: string) => (names.has(key) ? `${names.get(key)} (${key})` : key);
    const countries = new Map<string, string>();
    for (const r of org?.recipients ?? []) if (r.country) countries.set(r.country.code, r.country.name);
    for (const l of org?.storageLocations ?? []) countries.set(l.country.code, l.country.name);
    return {
      categories,
      groupLabel,
      purposes: options.purposes.map((p) => ({ value: p.key, label: `${"\u00a0\u00a0".repeat(p.key.split(".").length - 1)}${p.name}` })),
      countries: [...countries].sort((a, b) => a[1].localeCompare(b[1])).map(([code, name]) => ({ value: code, label: `${name} (${code})` })),
      kinds: RECIPIENT_KINDS.map((k) => ({ value: k, label: words(k) })),
      regimes: Object.keys(REGIME_LABEL).map((r) => ({ value: r, label: regimeLabel(r) })),
    };
  }, [options]);
  const category = values.category;
  const categoryChoices = category && !choices.categories.some((c) => c.value === category) ? [{ value: category, label: choices.groupLabel(category) }, ...choices.categories] : choices.categories;
  return (
    <div className="filters dm-filters" role="search" aria-label="Filter the data map">
      <Select id="dm-category" label="Data category" any="Any category" choices={categoryChoices} value={category} onChange={(v) => onChange("category", v)} />
      <Select id="dm-purpose" label="Purpose" any="Any purpose" choices={choices.purposes} value={values.purpose} onChange={(v) => onChange("purpose", v)} />
      <Select id="dm-regime" label="Regime" any="Any regime" choices={choices.regimes} value={values.regime} onChange={(v) => onChange("regime", v)} />
      <Select id="dm-kind" label="Recipient kind" any="Any recipient kind" choices={choices.kinds} value={values.recipientKind} onChange={(v) => onChange("recipientKind", v)} />
      <Select id="dm-country" label="Country" any="Any country" choices={choices.countries} value={values.country} onChange={(v) => onChange("country", v)} />
    </div>
  );
}
