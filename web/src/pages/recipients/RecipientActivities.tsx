import { useState } from "react";
import { Link } from "react-router";
import { useGql } from "../../api/hooks";
import { useOrgPath } from "../../app/context";
import { RecipientDetailActivitiesDocument } from "../../gql/graphql";
import { Empty, QueryState } from "../../components/State";

const EMPTY = { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] };
const yesNo = (v: boolean | null) => (v === null ? "not known" : v ? "yes" : "no");

/** What the recipient receives and from which activities: each activity's disclosures to it, a page at a time. */
export function RecipientActivities({ slug, id, asOf }: { slug: string; id: string; asOf: string | null }) {
  const path = useOrgPath();
  const [after, setAfter] = useState<string[]>([]);
  const cursor = after[after.length - 1] ?? null;
  // Through the organisation, live or as it stood then; an organisation that did not exist then has no activities.
  const q = useGql(RecipientDetailActivitiesDocument, { slug, asOf, recipient: id, first: 50, after: cursor }, { placeholderData: (p) => p });
  const acts = { ...q, data: q.data ? (q.data.organization ?? { processingActivities: EMPTY }) : undefined };
  return (
    <section className="record-section" aria-labelledby="s-receives">
      <h2 id="s-receives">What it receives, from which activities</h2>
      <QueryState query={acts} what="the activities that disclose to it">
        {(d) =>
          d.processingActivities.totalCount === 0 ? (
            <Empty>No activity discloses data to this recipient.</Empty>
          ) : (
            <>
              <p>{d.processingActivities.totalCount === 1 ? "1 activity discloses to it." : `${d.processingActivities.totalCount} activities disclose to it.`}</p>
              <table className="data receives-table">
                <thead>
                  <tr>
                    <th scope="col">Activity</th>
                    <th scope="col">Categories it receives</th>
                    <th scope="col">Purpose</th>
                    <th scope="col">Sale / sharing (CCPA)</th>
                  </tr>
                </thead>
                <tbody>
                  {d.processingActivities.edges.flatMap(({ node: a }) =>
                    a.disclosures
                      .filter((x) => x.recipient.id === id)
                      .map((x, i) => (
                        <tr key={`${a.id}-${i}`}>
                          <th scope="row">
                            <Link to={path(`activities/${encodeURIComponent(a.id)}`)}>{a.name}</Link>
                          </th>
                          <td>{x.dataCategories.length ? x.dataCategories.map((c) => c.name).join(", ") : <span className="muted">all of the activity’s categories</span>}</td>
                          <td>{x.purpose ?? <span className="muted">not stated</span>}</td>
                          <td>
                            sale: {yesNo(x.sale)}; sharing: {yesNo(x.sharing)}
                          </td>
                        </tr>
                      )),
                  )}
                </tbody>
              </table>
              <nav className="pager" aria-label="Pages of activities">
                <span />
                <button type="button" className="secondary" disabled={!after.length} onClick={() => setAfter(after.slice(0, -1))}>
                  Previous page
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={!d.processingActivities.pageInfo.hasNextPage}
                  onClick={() => d.processingActivities.pageInfo.endCursor && setAfter([...after, d.processingActivities.pageInfo.endCursor])}
                >
                  Next page
                </button>
              </nav>
            </>
          )
        }
      </QueryState>
    </section>
  );
}
