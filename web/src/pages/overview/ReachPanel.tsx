import { useGql } from "../../api/hooks";
import { useOrganization } from "../../app/context";
import { regimeLabel } from "../../components/Badge";
import { Empty, QueryState } from "../../components/State";
import { OverviewReachDocument } from "../../gql/graphql";

/** Which laws reach the organisation, on which article, and why. */
export function ReachPanel({ slug, asOf }: { slug: string; asOf: string | null }) {
  const q = useGql(OverviewReachDocument, { organization: slug, asOf });
  const { organization } = useOrganization();
  return (
    <section className="overview-panel" aria-labelledby="ov-reach">
      <h2 id="ov-reach">Laws that reach it</h2>
      <QueryState query={q} what="the laws that reach it">
        {(d) =>
          d.reach.length === 0 ? (
            <Empty>No law in datamap's scope reaches this record on the facts recorded.</Empty>
          ) : (
            <table className="data">
              <caption className="visually-hidden">Laws that reach the organisation</caption>
              <thead>
                <tr>
                  <th scope="col">Law</th>
                  <th scope="col">Reaches?</th>
                  <th scope="col">Article</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {d.reach.map((r) => (
                  <tr key={r.regime}>
                    <th scope="row">{regimeLabel(r.regime)}</th>
                    <td>{r.status === "REACHES" ? "yes" : "open: a fact is missing"}</td>
                    <td>{r.article}</td>
                    <td>
                      {organization?.name ?? slug} {r.reason}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
    </section>
  );
}
