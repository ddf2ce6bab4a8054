import { useGql } from "../../api/hooks";
import { DataFlowsDocument, type DataFlowFilter } from "../../gql/graphql";

/** Most nodes a column shows before the API groups it: a taller diagram stops being readable at 1280×800. */
export const MAX_NODES = 30;

/** The aggregated flows for the current filters; the previous answer stays on screen while the next loads. */
export function useFlows(slug: string, asOf: string | null, filter: DataFlowFilter) {
  const q = useGql(DataFlowsDocument, { organization: slug, asOf, filter, maxNodes: MAX_NODES }, { placeholderData: (prev) => prev });
  return { ...q, data: q.data?.dataFlows };
}
