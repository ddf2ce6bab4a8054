import { Link, useParams } from "react-router";
import { useGql } from "../../api/hooks";
import { useAsOf, useCanEdit, useOrganization, useOrgPath } from "../../app/context";
import { RecipientDetailDocument } from "../../gql/graphql";
import { Empty, ErrorBox, Loading } from "../../components/State";
import { ChangeHistory } from "../activities/ChangeHistory";
import { when } from "../activities/labels";
import { RecipientActivities } from "./RecipientActivities";
import { RecipientFacts, type RecipientFull } from "./RecipientFacts";
import "../activities/activities.css";

/** One recipient: every fact, its place in the sub-processor tree, what it receives and its history. */
export function RecipientPage() {
  const { id = "" } = useParams();
  const { slug } = useOrganization();
  const asOf = useAsOf();
  const canEdit = useCanEdit();
  const path = useOrgPath();
  const q = useGql(RecipientDetailDocument, { id, asOf });
  if (q.error) return <ErrorBox error={q.error} what="the recipient" />;
  if (q.isPending) return <Loading what="the recipient" />;
  // Live or as of an instant, one query: kept only when the recipient is (was) this organisation's.
  const found = q.data?.node && "kind" in q.data.node ? (q.data.node as RecipientFull) : null;
  const r: RecipientFull | null = found && found.organization.slug === slug ? found : null;
  if (!r) {
    return (
      <>
        <h1>Recipient not found</h1>
        <Empty>
          {asOf ? "This recipient was not in the record on that date." : "No recipient of this organisation has this id."} <Link to={path("recipients")}>Back to the recipients</Link>.
        </Empty>
      </>
    );
  }
  return (
    <article className="record-page">
      <div className="page-head">
        <h1>{r.name}</h1>
        {canEdit && (
          <Link className="button" to={path(`recipients/${encodeURIComponent(id)}/edit`)}>
            Edit
          </Link>
        )}
      </div>
      <p className="muted">
        Key <code>{r.key}</code> · version {r.version} · last changed <time dateTime={r.updatedAt}>{when(r.updatedAt)}</time>
        {asOf ? ` · as the record stood on ${when(asOf)}` : ""}
      </p>
      <RecipientFacts r={r} />
      <RecipientActivities slug={slug} id={id} asOf={asOf} />
      <ChangeHistory id={id} />
    </article>
  );
}
