import { Link } from "react-router";
import { useGql } from "../../api/hooks";
import { useOrgPath } from "../../app/context";
import { Empty, QueryState } from "../../components/State";
import { OverviewChangesDocument, type OverviewChangesQuery } from "../../gql/graphql";
import { useLast30Days } from "./window";
import { RecentChanges } from "./RecentChanges";

type Diff = NonNullable<OverviewChangesQuery["recordDiff"]>;
type Change = Diff["processingActivities"][number];

const VERB: Record<string, string> = { ADDED: "added", REMOVED: "removed", CHANGED: "changed" };

function Tally({ label, items }: { label: string; items: readonly Change[] }) {
  const n = (k: string) => items.filter((c) => c.change === k).length;
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="num">{n("ADDED")}</td>
      <td className="num">{n("CHANGED")}</td>
      <td className="num">{n("REMOVED")}</td>
    </tr>
  );
}

/** What changed over the last 30 days: counts per kind of object, and the activities and recipients by name. */
function Changes({ d }: { d: Diff }) {
  const path = useOrgPath();
  const total = d.organization.length + d.processingActivities.length + d.recipients.length + d.storageLocations.length + d.securityMeasures.length;
  if (total === 0) return <Empty>Nothing changed in these 30 days.</Empty>;
  const named = [
    ...d.processingActivities.map((c) => ({ ...c, page: "activities" })),
    ...d.recipients.map((c) => ({ ...c, page: "recipients" })),
  ].slice(0, 10);
  return (
    <>
      <p>
        <strong>{total}</strong> objects changed
        {d.organization.length > 0 && <> (including {d.organization.length} of the organisation's own facts)</>}.
      </p>
      <table className="data">
        <caption className="visually-hidden">Changes in the last 30 days by kind</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col" className="num">Added</th>
            <th scope="col" className="num">Changed</th>
            <th scope="col" className="num">Removed</th>
          </tr>
        </thead>
        <tbody>
          <Tally label="Processing activities" items={d.processingActivities} />
          <Tally label="Recipients" items={d.recipients} />
          <Tally label="Storage locations" items={d.storageLocations} />
          <Tally label="Security measures" items={d.securityMeasures} />
        </tbody>
      </table>
      {named.length > 0 && (
        <ul className="changes-list" aria-label="Activities and recipients changed">
          {named.map((c) => (
            <li key={c.id}>
              {c.change === "REMOVED" ? c.name : <Link to={path(`${c.page}/${encodeURIComponent(c.id)}`)}>{c.name}</Link>} {VERB[c.change]}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** As of an instant: the record compared with 30 days before it (the audit log only counts up to now). */
function ChangesUntil({ slug, from, to }: { slug: string; from: string; to: string }) {
  const q = useGql(OverviewChangesDocument, { organization: slug, from, to });
  return (
    <QueryState query={q} what="the recent changes">
      {(d) => (d.recordDiff ? <Changes d={d.recordDiff} /> : <Empty>The organisation did not exist then.</Empty>)}
    </QueryState>
  );
}

export function ChangesPanel({ slug, asOf }: { slug: string; asOf: string | null }) {
  const { from, to } = useLast30Days(asOf);
  return (
    <section className="overview-panel" aria-labelledby="ov-changes">
      <h2 id="ov-changes">Changes in the last 30 days</h2>
      <p className="hint">
        From {from.slice(0, 10)} to {to ? to.slice(0, 10) : "now"}.
      </p>
      {to ? <ChangesUntil slug={slug} from={from} to={to} /> : <RecentChanges slug={slug} since={from} />}
    </section>
  );
}
