import { Link } from "react-router";
import { useOrgPath } from "../../app/context";
import type { ActivitiesPageListQuery } from "../../gql/graphql";

export type ActivityRow = NonNullable<ActivitiesPageListQuery["organization"]>["processingActivities"]["edges"][number]["node"];

/** Distinct values by key, in first-seen order: an activity stores or discloses to the same place more than once. */
function distinct<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const i of items) if (!seen.has(key(i))) seen.set(key(i), i);
  return [...seen.values()];
}

const list = (names: string[]) => (names.length ? names.join(", ") : <span className="muted">none</span>);

/** One page of activities with the columns of the record's overview. */
export function ActivitiesTable({ rows, caption }: { rows: ActivityRow[]; caption: string }) {
  const path = useOrgPath();
  return (
    <table className="data activities-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Activity</th>
          <th scope="col">Purposes</th>
          <th scope="col">Data categories</th>
          <th scope="col">Storage countries</th>
          <th scope="col">Recipients</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.id}>
            <th scope="row">
              <Link to={path(`activities/${encodeURIComponent(a.id)}`)}>{a.name}</Link>
            </th>
            <td>{list(a.purposes.map((p) => p.name))}</td>
            <td>{list(a.dataCategories.map((c) => c.name))}</td>
            <td>{list(distinct(a.storageLocations.map((l) => l.country), (c) => c.code).map((c) => c.name))}</td>
            <td>{list(distinct(a.disclosures.map((d) => d.recipient), (r) => r.id).map((r) => r.name))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
