import { useMemo, useState } from "react";
import { described, FieldError, Hint } from "./Field";

export interface PickOption {
  value: string;
  label: string;
  detail?: string;
}

/**
 * A labelled group of checkboxes with a filter box: keyboard usable (Tab, Space) and readable by screen readers,
 * and it says what is chosen even while the filter hides it.
 */
export function MultiPick({ id, legend, options, selected, onChange, error, hint }: { id: string; legend: string; options: PickOption[]; selected: string[]; onChange(v: string[]): void; error?: string; hint?: string }) {
  const [filter, setFilter] = useState("");
  const shown = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return f ? options.filter((o) => o.label.toLowerCase().includes(f) || o.value.toLowerCase().includes(f)) : options;
  }, [options, filter]);
  const chosen = new Set(selected);
  const names = options.filter((o) => chosen.has(o.value)).map((o) => o.label);
  const toggle = (v: string, on: boolean) => onChange(on ? [...selected, v].sort() : selected.filter((s) => s !== v));
  return (
    <fieldset className="pick" {...described(id, error, hint)}>
      <legend>{legend}</legend>
      {options.length > 8 && (
        <div className="pick-filter">
          <label htmlFor={`${id}-filter`}>Filter {legend.toLowerCase()}</label>
          <input id={`${id}-filter`} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </div>
      )}
      <p className="pick-chosen" aria-live="polite">
        {names.length ? `${names.length} chosen: ${names.join(", ")}` : "None chosen."}
      </p>
      <ul className="pick-list">
        {shown.map((o) => (
          <li key={o.value}>
            <label>
              <input type="checkbox" checked={chosen.has(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} /> {o.label}
              {o.detail && <span className="muted"> {o.detail}</span>}
            </label>
          </li>
        ))}
        {!shown.length && <li className="muted">Nothing matches “{filter}”.</li>}
      </ul>
      <Hint id={id}>{hint}</Hint>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
