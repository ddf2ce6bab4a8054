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
import { useActivityAsOf } from "./useActivityAsOf";
import { when } from "./labels";
import type { ActivityFacts, Controller } from "./types";
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
  const live = useGql(ActivityDetailDocument, { id });
  const node = live.data?.node && "organization" in live.data.node ? live.data.node : null;
  const mine = node && node.organization.slug === slug ? node : null;
  const past = useActivityAsOf(slug, asOf, id);
  // The creation instant bounds the diff's default range.
  const history = useGql(ActivityHistoryDocument, { id }, { enabled: !!mine });
  const createdAt = history.data?.history.find((h) => h.operation === "CREATE")?.at ?? null;

  if (live.error) return <ErrorBox error={live.error} what="the activity" />;
  if (live.isPending) return <Loading what="the activity" />;
  if (!mine) return <NotFound what="No activity of this organisation has this id." />;
  if (asOf && past.error) return <ErrorBox error={past.error} what="the activity as of that date" />;
  if (asOf && past.pending) return <Loading what="the activity as of that date" />;
  const a: ActivityFacts | null = asOf ? past.activity : mine;
  const controller: Controller | null = asOf ? past.controller : mine.organization;
  if (!a || !controller) return <NotFound what="This activity was not in the record on that date." />;

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
      <ControllerSection org={controller} />
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
