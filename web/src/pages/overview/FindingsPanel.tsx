import { Link } from "react-router";
import { useOrgPath } from "../../app/context";
import { regimeLabel, SeverityBadge } from "../../components/Badge";
import { Empty, QueryState } from "../../components/State";
import { SEVERITIES, useFindingSummary, withQuery, type FindingSummary } from "../findings/summary";
import type { Regime } from "../../gql/graphql";

/** Findings per severity and per regime; every number opens the findings page filtered to it (severity is a minimum there). */
function Tables({ s }: { s: FindingSummary }) {
  const path = useOrgPath();
  const findings = path("findings");
  const sev = new Map(SEVERITIES.map((v) => [v, 0]));
  const byRegime = new Map<Regime | null, Map<string, number>>();
  for (const c of s.counts) {
    sev.set(c.severity, (sev.get(c.severity) ?? 0) + c.count);
    const row = byRegime.get(c.regime) ?? new Map<string, number>();
    row.set(c.severity, (row.get(c.severity) ?? 0) + c.count);
    byRegime.set(c.regime, row);
  }
  const present = SEVERITIES.filter((v) => (sev.get(v) ?? 0) > 0);
  const regimes = [...byRegime.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
  return (
    <>
      <p>
        <Link to={findings}>
          <strong>{s.total}</strong> findings in force
        </Link>
        {s.accepted > 0 && <span className="muted"> ({s.accepted} accepted and hidden)</span>}
      </p>
      <h3>By severity</h3>
      <ul className="severity-counts" aria-label="Findings by severity">
        {present.map((v) => (
          <li key={v}>
            <Link to={withQuery(findings, { severity: v })} aria-label={`${sev.get(v)} ${v.toLowerCase()} findings (open findings of this severity or above)`}>
              <span className="stat">{sev.get(v)}</span>
            </Link>{" "}
            <SeverityBadge severity={v} />
          </li>
        ))}
      </ul>
      <h3>By regime</h3>
      <table className="data">
        <caption className="visually-hidden">Findings by regime and severity</caption>
        <thead>
          <tr>
            <th scope="col">Regime</th>
            {present.map((v) => (
              <th scope="col" key={v} className="num">
                {v.toLowerCase()}
              </th>
            ))}
            <th scope="col" className="num">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {regimes.map((r) => {
            const row = byRegime.get(r)!;
            const total = [...row.values()].reduce((a, b) => a + b, 0);
            const regime = r ?? undefined;
            return (
              <tr key={r ?? "any"}>
                <th scope="row">{r ? regimeLabel(r) : "Every regime (general rules)"}</th>
                {present.map((v) => (
                  <td key={v} className="num">
                    {row.get(v) ? <Link to={withQuery(findings, { regime, severity: v })}>{row.get(v)}</Link> : <span className="muted">0</span>}
                  </td>
                ))}
                <td className="num">{r ? <Link to={withQuery(findings, { regime })}>{total}</Link> : total}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

export function FindingsPanel({ slug, asOf }: { slug: string; asOf: string | null }) {
  const q = useFindingSummary(slug, asOf);
  return (
    <section className="overview-panel" aria-labelledby="ov-findings">
      <h2 id="ov-findings">Findings</h2>
      <QueryState query={q} what="the findings">
        {(s) => (s.total === 0 ? <Empty>No findings in force: the rules find nothing missing in this record.</Empty> : <Tables s={s} />)}
      </QueryState>
    </section>
  );
}
