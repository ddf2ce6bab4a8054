import { Link } from "react-router";
import { useGql } from "../../api/hooks";
import { useOrgPath } from "../../app/context";
import { regimeLabel, StatusBadge } from "../../components/Badge";
import { Empty, QueryState } from "../../components/State";
import { OverviewTransfersDocument, type TransferStatus } from "../../gql/graphql";

const STATUSES: TransferStatus[] = ["COVERED", "NOT_COVERED", "UNDETERMINED"];

/** Cross-border transfers counted per regime and status, as the API counts them (transferSummary). */
export function TransfersPanel({ slug, asOf }: { slug: string; asOf: string | null }) {
  const q = useGql(OverviewTransfersDocument, { organization: slug, asOf });
  const path = useOrgPath();
  return (
    <section className="overview-panel" aria-labelledby="ov-transfers">
      <h2 id="ov-transfers">Cross-border transfers</h2>
      <QueryState query={q} what="the transfers">
        {(d) => {
          const total = d.transferSummary.reduce((n, c) => n + c.count, 0);
          if (total === 0) return <Empty>No cross-border transfers in this record.</Empty>;
          // The summary comes ordered by regime, so the rows keep that order.
          const rows = new Map<string, Record<string, number>>();
          for (const c of d.transferSummary) rows.set(c.regime, { ...rows.get(c.regime), [c.status]: c.count });
          return (
            <>
              <p>
                <Link to={path("transfers")}>
                  <strong>{total}</strong> transfers judged
                </Link>
              </p>
              <table className="data">
                <caption className="visually-hidden">Transfers by regime and status</caption>
                <thead>
                  <tr>
                    <th scope="col">Regime</th>
                    {STATUSES.map((s) => (
                      <th scope="col" key={s} className="num">
                        <StatusBadge status={s} />
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {[...rows].map(([regime, row]) => (
                    <tr key={regime}>
                      <th scope="row">{regimeLabel(regime)}</th>
                      {STATUSES.map((s) => (
                        <td key={s} className="num">
                          {row[s] ?? 0}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
