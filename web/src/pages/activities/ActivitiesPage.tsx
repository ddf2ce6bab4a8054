import { Link, useNavigate, useSearchParams } from "react-router";
import { useGql } from "../../api/hooks";
import { useAsOf, useCanEdit, useOrganization, useOrgPath } from "../../app/context";
import { ActivitiesPageListDocument } from "../../gql/graphql";
import { Empty, ErrorBox, Loading } from "../../components/State";
import { ActivityFilters } from "./ActivityFilters";
import { ActivitiesTable, type ActivityRow } from "./ActivitiesTable";
import { Pager } from "./Pager";
import { hasFilters, readParams, toFilter, withParam, type FilterKey } from "./listParams";
import "./activities.css";


type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: ActivityRow }[] };

/** Reads one page through the organisation, live or as the record stood at an instant (null: it did not exist then). */
function useActivityPage(slug: string, asOf: string | null, q: URLSearchParams) {
  const p = readParams(q);
  const list = useGql(ActivitiesPageListDocument, { slug, asOf, filter: toFilter(p), first: p.size, after: p.after }, { placeholderData: (prev) => prev });
  const page: Page | null | undefined = list.data && (list.data.organization?.processingActivities ?? null);
  return { p, page, error: list.error, pending: list.isPending, fetching: list.isFetching };
}

export function ActivitiesPage() {
  const { slug, organization } = useOrganization();
  const asOf = useAsOf();
  const canEdit = useCanEdit();
  const path = useOrgPath();
  const [q] = useSearchParams();
  const navigate = useNavigate();
  const { p, page, error, pending, fetching } = useActivityPage(slug, asOf, q);
  const go = (next: URLSearchParams) => navigate({ search: next.toString() });
  const set = (key: FilterKey | "size", value: string) => go(withParam(q, key, value));
  const first = p.trail.length + (p.after ? 1 : 0);

  return (
    <>
      <div className="page-head">
        <h1>Processing activities</h1>
        {canEdit && (
          <Link className="button" to={path("activities/new")}>
            New activity
          </Link>
        )}
      </div>
      <p className="hint">
        The entries of {organization?.name ?? slug}’s record of processing (GDPR Art 30(1)). Filters are kept in the address, so a filtered list can be shared.
      </p>
      <ActivityFilters slug={slug} asOf={asOf} params={p} set={set} />
      {error ? (
        <ErrorBox error={error} what="the activities" />
      ) : pending || page === undefined ? (
        <Loading what="the activities" />
      ) : page === null ? (
        <Empty>The organisation did not exist on that date.</Empty>
      ) : (
        <section aria-labelledby="results" aria-busy={fetching}>
          <h2 id="results" className="results-count" aria-live="polite">
            {page.totalCount === 1 ? "1 activity" : `${page.totalCount} activities`}
            {hasFilters(p) ? (page.totalCount === 1 ? " matches the filters" : " match the filters") : ""}
          </h2>
          {page.edges.length === 0 ? (
            <Empty>{hasFilters(p) ? "No activity matches these filters." : "The record has no processing activities yet."}</Empty>
          ) : (
            <ActivitiesTable rows={page.edges.map((e) => e.node)} caption={`Processing activities, page ${first + 1}`} />
          )}
          <Pager q={q} p={p} shown={page.edges.length} total={page.totalCount} pageInfo={page.pageInfo} go={go} setSize={(s) => set("size", String(s))} />
        </section>
      )}
    </>
  );
}
