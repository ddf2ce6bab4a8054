import { useGql } from "../../api/hooks";
import { useAsOf, useOrganization } from "../../app/context";
import { Empty, Loading, QueryState } from "../../components/State";
import { TransfersPageDocument, type Regime, type TransfersPageQuery, type TransfersPageQueryVariables } from "../../gql/graphql";
import { TransfersTable } from "./TransfersTable";
import { TABLE_ROWS, type TransferFilters } from "./transfers";

type Vars = TransfersPageQueryVariables;
const FILTERS = ["regime", "status", "toCountry"] as const;

/**
 * While a narrower filter loads, the rows already shown that pass it: the server keeps its order, so they are
 * the first of the new answer, only perhaps fewer. Nothing for a different or wider filter.
 */
function narrowed(prev: TransfersPageQuery | undefined, was: Vars | undefined, now: Vars): TransfersPageQuery | undefined {
  if (!prev || !was || was.organization !== now.organization || was.asOf !== now.asOf) return undefined;
  if (FILTERS.some((k) => was[k] != null && was[k] !== now[k])) return undefined;
  const rows = prev.transfers.filter((t) => (!now.regime || t.regime === now.regime) && (!now.status || t.status === now.status) && (!now.toCountry || t.toCountry.code === now.toCountry));
  return { transfers: rows };
}

/** The table's rows, filtered by the server: only the first few hundred of a large record are downloaded. */
export function TransfersResults({ filters, total }: { filters: TransferFilters; total: number }) {
  const { slug } = useOrganization();
  const asOf = useAsOf();
  const variables: Vars = { organization: slug, asOf, regime: filters.regime as Regime | null, status: filters.status, toCountry: filters.country, first: TABLE_ROWS };
  const q = useGql(TransfersPageDocument, variables, {
    // Nothing matches by the destinations' counts: no need to ask.
    enabled: total > 0,
    placeholderData: (prev, prevQuery) => narrowed(prev, prevQuery?.queryKey[1] as Vars | undefined, variables),
  });
  if (total === 0) return <Empty>No transfer matches these filters.</Empty>;
  return (
    <QueryState query={q} what="the transfers">
      {(d) =>
        d.transfers.length ? (
          <TransfersTable key={`${filters.regime}-${filters.status}-${filters.country}`} rows={d.transfers} total={total} />
        ) : q.isPlaceholderData ? (
          <Loading what="the transfers" />
        ) : (
          <Empty>No transfer matches these filters.</Empty>
        )
      }
    </QueryState>
  );
}
