import type { ActivityEditOptionsQuery } from "../../gql/graphql";
import { FieldError } from "../../forms/Field";
import { MultiPick } from "../../forms/MultiPick";
import type { DisclosureValue } from "./ActivityFormModel";

type Org = NonNullable<ActivityEditOptionsQuery["organization"]>;

/**
 * Who receives the activity's data and which categories: one row per recipient. Purpose and the CCPA sale/sharing
 * flags are kept as recorded (this form does not edit them).
 */
export function ActivityFormDisclosures({ rows, recipients, categories, onChange, error }: { rows: DisclosureValue[]; recipients: Org["recipients"]; categories: { value: string; label: string }[]; onChange(v: DisclosureValue[]): void; error?: string }) {
  const put = (i: number, patch: Partial<DisclosureValue>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="rows" id="f-disclosures" aria-describedby={error ? "f-disclosures-error" : undefined} aria-invalid={error ? true : undefined}>
      <legend>Disclosures</legend>
      {!rows.length && <p className="muted">No recipient receives this activity's data.</p>}
      {rows.map((r, i) => {
        const n = i + 1;
        // The activity's own categories, plus any this disclosure already names.
        const offered = [...categories, ...r.dataCategories.filter((k) => !categories.some((c) => c.value === k)).map((k) => ({ value: k, label: k }))];
        return (
          <fieldset key={i}>
            <legend>Disclosure {n}</legend>
            <div className="field">
              <label htmlFor={`dis-${i}-recipient`}>Recipient</label>
              <select id={`dis-${i}-recipient`} value={r.recipient} onChange={(e) => put(i, { recipient: e.target.value })}>
                <option value="">Choose…</option>
                {recipients.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
              </select>
            </div>
            <MultiPick
              id={`dis-${i}-categories`}
              legend={`Categories disclosed (disclosure ${n})`}
              options={offered}
              selected={r.dataCategories}
              onChange={(v) => put(i, { dataCategories: v })}
              hint={offered.length ? undefined : "Choose the activity's data categories above first."}
            />
            <button type="button" className="secondary" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              Remove disclosure {n}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="secondary" onClick={() => onChange([...rows, { recipient: "", dataCategories: [], purpose: null, sale: null, sharing: null }])}>
        Add a disclosure
      </button>
      <FieldError id="f-disclosures" error={error} />
    </fieldset>
  );
}
