import { Link, useParams } from "react-router";
import { useGql } from "../../api/hooks";
import { useAsOf, useCanEdit, useOrganization, useOrgPath } from "../../app/context";
import { ActivityDetailDocument, ActivityHistoryDocument } from "../../gql/graphql";
import { Empty, ErrorBox, Loading } from "../../components/State";
import { Evidence } from "../../components/Evidence";
import { ControllerSection } from "./ControllerSection";
import { ProcessingSection } from "./ProcessingSection";
import { DisclosureSection } from "./DisclosureSection";
import { KeepingSection, OtherFactsSection } from "./KeepingSection";
import { ChangeHistory } from "./ChangeHistory";
import { ActivityDiff } from "./ActivityDiff";
import { ActivityFindings } from "./ActivityFindings";
import { when } from "./labels";
import "./activities.css";

/** Not in this organisation's record (or not visible to this key): say so without showing anything of it. */
function NotFound({ what }: { what: string }) {
  const path = useOrgPath();
  return (
    <>
      <h1>Activity not found</h1>
      <Empty>
        {what} <Link to={path("activities")}>Back to the activities</Link>.
      </Empty>
    </>
  );
}

/** The record page of one activity: every Art 30(1) fact with its source, its history and its changes. */
export function ActivityPage() {
  const { id = "" } = useParams();
  const { slug } = useOrganization();
  const asOf = useAsOf();
  const canEdit = useCanEdit();
  const path = useOrgPath();
  // Live or as of an instant, one query: kept only when the activity is (was) this organisation's.
  const q = useGql(ActivityDetailDocument, { id, asOf });
  const node = q.data?.node && "organization" in q.data.node ? q.data.node : null;
  const a = node && node.organization.slug === slug ? node : null;
  // The creation instant bounds the diff's default range.
  const history = useGql(ActivityHistoryDocument, { id }, { enabled: !!a });
  const createdAt = history.data?.history.find((h) => h.operation === "CREATE")?.at ?? null;

  const what = asOf ? "the activity as of that date" : "the activity";
  if (q.error) return <ErrorBox error={q.error} what={what} />;
  if (q.isPending) return <Loading what={what} />;
  if (!a) return <NotFound what={asOf ? "This activity was not in the record on that date." : "No activity of this organisation has this id."} />;

  return (
    <article className="record-page">
      <div className="page-head">
        <h1>{a.name}</h1>
        {canEdit && (
          <Link className="button" to={path(`activities/${encodeURIComponent(id)}/edit`)}>
            Edit
          </Link>
        )}
        <button type="button" className="secondary" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <p className="muted">
        Key <code>{a.key}</code> · version {a.version} · last changed <time dateTime={a.updatedAt}>{when(a.updatedAt)}</time>
        {asOf ? ` · as the record stood on ${when(asOf)}` : ""}
      </p>
      {a.description && <p>{a.description}</p>}
      <p>
        Taken from: <Evidence items={a.evidence} />
      </p>
      <ControllerSection org={a.organization} />
      <ProcessingSection a={a} />
      <DisclosureSection a={a} />
      <KeepingSection a={a} />
      <OtherFactsSection a={a} />
      <ActivityFindings slug={slug} id={id} asOf={asOf} />
      <ChangeHistory id={id} />
      {history.data && <ActivityDiff slug={slug} id={id} createdAt={createdAt} />}
    </article>
  );
}
