import type { FilterParam } from "./flows";

export interface Crumb {
  param: FilterParam;
  label: string;
}

/** The drill-down trail: the filters in the order they were applied; any step can be gone back to. */
export function Breadcrumb({ crumbs, onTrim }: { crumbs: Crumb[]; onTrim(keep: number): void }) {
  return (
    <nav aria-label="Drill-down" className="dm-trail">
      <ol>
        <li>
          {crumbs.length ? (
            <button type="button" className="linklike" onClick={() => onTrim(0)}>
              All flows
            </button>
          ) : (
            <span aria-current="page">All flows</span>
          )}
        </li>
        {crumbs.map((c, i) => (
          <li key={c.param}>
            {i < crumbs.length - 1 ? (
              <button type="button" className="linklike" onClick={() => onTrim(i + 1)}>
                {c.label}
              </button>
            ) : (
              <span aria-current="page">{c.label}</span>
            )}
          </li>
        ))}
      </ol>
      {crumbs.length > 0 && (
        <button type="button" className="secondary" onClick={() => onTrim(crumbs.length - 1)}>
          Back up one level
        </button>
      )}
    </nav>
  );
}
