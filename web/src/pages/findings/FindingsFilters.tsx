import { regimeLabel } from "../../components/Badge";
import type { Regime, Severity } from "../../gql/graphql";
import type { FindingFilters } from "./filters";
import { REGIMES, SEVERITIES, type FindingSummary } from "./summary";

/** The filter bar; the rule list comes from the summary so it only offers rules that raise findings. */
export function FindingsFilters({ filters, set, summary }: { filters: FindingFilters; set(next: Partial<FindingFilters>): void; summary: FindingSummary | undefined }) {
  const rules = new Map<string, number>();
  for (const c of summary?.counts ?? []) if (!filters.regime || c.regime === filters.regime) rules.set(c.rule, (rules.get(c.rule) ?? 0) + c.count);
  if (filters.rule && !rules.has(filters.rule)) rules.set(filters.rule, 0);
  const regimes = summary ? REGIMES.filter((r) => r === filters.regime || summary.counts.some((c) => c.regime === r)) : REGIMES;
  return (
    <form className="filters" role="search" aria-label="Filter findings" onSubmit={(e) => e.preventDefault()}>
      <div>
        <label htmlFor="f-severity">Minimum severity</label>
        <select id="f-severity" value={filters.severity ?? ""} onChange={(e) => set({ severity: (e.target.value || null) as Severity | null })}>
          <option value="">Any</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {s.toLowerCase()}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-regime">Regime</label>
        <select id="f-regime" value={filters.regime ?? ""} onChange={(e) => set({ regime: (e.target.value || null) as Regime | null, rule: null })}>
          <option value="">Any</option>
          {regimes.map((r) => (
            <option key={r} value={r}>
              {regimeLabel(r)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-rule">Rule</label>
        <select id="f-rule" value={filters.rule ?? ""} onChange={(e) => set({ rule: e.target.value || null })}>
          <option value="">Any</option>
          {[...rules].sort(([a], [b]) => a.localeCompare(b)).map(([rule, n]) => (
            <option key={rule} value={rule}>
              {rule} ({n})
            </option>
          ))}
        </select>
      </div>
      <div className="check">
        <label>
          <input type="checkbox" checked={filters.accepted} onChange={(e) => set({ accepted: e.target.checked })} /> Include accepted
        </label>
      </div>
    </form>
  );
}
