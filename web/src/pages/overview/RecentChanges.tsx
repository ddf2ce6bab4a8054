import { Link } from "react-router";
import { useGql } from "../../api/hooks";
import { useOrgPath } from "../../app/context";
import { Empty, QueryState } from "../../components/State";
import { OverviewRecentChangesDocument, type OverviewRecentChangesQuery } from "../../gql/graphql";

type Entry = OverviewRecentChangesQuery["recentChanges"]["entries"][number];

const VERB: Record<string, string> = { CREATE: "created", UPDATE: "changed", DELETE: "deleted" };
const KIND: Record<string, string> = { ProcessingActivity: "activity", Recipient: "recipient", Location: "storage location", SecurityMeasure: "security measure", Organization: "organisation" };

/** The object's name, linking to its page where it has one and still exists. */
function Name({ e }: { e: Entry }) {
  const path = useOrgPath();
  const page = e.objectType === "ProcessingActivity" ? "activities" : e.objectType === "Recipient" ? "recipients" : null;
  if (e.operation === "DELETE") return <>{e.name}</>;
  if (page) return <Link to={path(`${page}/${encodeURIComponent(e.object)}`)}>{e.name}</Link>;
  if (e.objectType === "Organization") return <Link to={path("")}>{e.name}</Link>;
  return <>{e.name}</>;
}

/** The audit log of the live record since `since`: how many changes, and the latest ten with who and when. */
export function RecentChanges({ slug, since }: { slug: string; since: string }) {
  const q = useGql(OverviewRecentChangesDocument, { organization: slug, since, first: 10 });
  return (
    <QueryState query={q} what="the recent changes">
      {({ recentChanges: r }) =>
        r.total === 0 ? (
          <Empty>Nothing changed in these 30 days.</Empty>
        ) : (
          <>
            <p>
              <strong>{r.total}</strong> changes{r.total > r.entries.length && `; the latest ${r.entries.length}:`}
            </p>
            <table className="data">
              <caption className="visually-hidden">Latest changes</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                </tr>
              </thead>
              <tbody>
                {r.entries.map((e, i) => (
                  <tr key={`${e.object}-${e.at}-${i}`}>
                    <td>
                      <time dateTime={e.at}>{e.at.slice(0, 16).replace("T", " ")}</time>
                    </td>
                    <td>{e.actor}</td>
                    <td>
                      {KIND[e.objectType] ?? e.objectType} <Name e={e} /> {VERB[e.operation] ?? e.operation.toLowerCase()}
                      {e.operation === "UPDATE" && e.fields.length > 0 && <span className="muted"> ({e.fields.join(", ")})</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )
      }
    </QueryState>
  );
}
