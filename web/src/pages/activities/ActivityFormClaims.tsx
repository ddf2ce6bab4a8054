import type { ActivityEditOptionsQuery, ConsentMechanism, Regime } from "../../gql/graphql";
import { regimeLabel } from "../../components/Badge";
import { FieldError, words } from "../../forms/Field";
import type { ClaimValue } from "./ActivityFormModel";

const REGIMES: Regime[] = ["GDPR", "UK_GDPR", "PIPL", "PDPO", "CCPA"];
const CONSENT: ConsentMechanism[] = ["OPT_IN", "EXPLICIT", "OPT_OUT", "CONTINUED_USE"];

/** Legal bases claimed, one row per claim: regime, then a basis of that regime (transfer tools cannot be claimed). */
export function ActivityFormClaims({ claims, bases, onChange, error }: { claims: ClaimValue[]; bases: ActivityEditOptionsQuery["legalBases"]; onChange(v: ClaimValue[]): void; error?: string }) {
  const claimable = bases.filter((b) => b.kind !== "TRANSFER_MECHANISM");
  const put = (i: number, patch: Partial<ClaimValue>) => onChange(claims.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <fieldset className="rows" id="f-legalBases" aria-describedby={error ? "f-legalBases-error" : undefined} aria-invalid={error ? true : undefined}>
      <legend>Legal bases</legend>
      {!claims.length && <p className="muted">No legal basis claimed.</p>}
      {claims.map((c, i) => {
        const n = i + 1;
        return (
          <fieldset key={i}>
            <legend>Legal basis {n}</legend>
            <div className="row-inline">
              <div className="field">
                <label htmlFor={`lb-${i}-regime`}>Regime</label>
                <select id={`lb-${i}-regime`} value={c.regime} onChange={(e) => put(i, { regime: e.target.value as Regime, code: "" })}>
                  <option value="">Choose…</option>
                  {REGIMES.map((r) => (
                    <option key={r} value={r}>
                      {regimeLabel(r)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`lb-${i}-code`}>Basis</label>
                <select id={`lb-${i}-code`} value={c.code} onChange={(e) => put(i, { code: e.target.value })}>
                  <option value="">Choose…</option>
                  {claimable
                    .filter((b) => b.regime === c.regime)
                    .map((b) => (
                      <option key={b.code} value={b.code}>
                        {b.code} — {b.name} ({b.article})
                      </option>
                    ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`lb-${i}-consent`}>How consent is obtained</label>
                <select id={`lb-${i}-consent`} value={c.consentMechanism} onChange={(e) => put(i, { consentMechanism: e.target.value as ConsentMechanism | "" })}>
                  <option value="">Not a consent basis / not recorded</option>
                  {CONSENT.map((m) => (
                    <option key={m} value={m}>
                      {words(m)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <button type="button" className="secondary" onClick={() => onChange(claims.filter((_, j) => j !== i))}>
                  Remove legal basis {n}
                </button>
              </div>
            </div>
          </fieldset>
        );
      })}
      <button type="button" className="secondary" onClick={() => onChange([...claims, { regime: "", code: "", consentMechanism: "", note: null, assessment: null }])}>
        Add a legal basis
      </button>
      <FieldError id="f-legalBases" error={error} />
    </fieldset>
  );
}
