// INTERIM until dataFlows is merged: the whole dataMap as flows, unfiltered and never grouped.
import { useMemo } from "react";
import { useGql } from "../../api/hooks";
import { DataMapDocument } from "../../gql/graphql";
import type { FlowNode, Flows } from "./flows";

const COLUMN: Record<string, number> = { DATA_CATEGORY: 0, PROCESSING_ACTIVITY: 1 };

export function useFlows(slug: string, _asOf: string | null, _filter: Record<string, string>) {
  const q = useGql(DataMapDocument, { organization: slug });
  const data = useMemo<Flows | undefined>(() => {
    if (!q.data) return undefined;
    const edges = q.data.dataMap.edges.filter((e) => e.kind !== "ENGAGES");
    const nodes: FlowNode[] = q.data.dataMap.nodes.map((n) => ({
      id: n.id,
      kind: n.kind as FlowNode["kind"],
      column: COLUMN[n.kind] ?? 2,
      label: n.label,
      detail: n.detail ?? null,
      activityCount: new Set(edges.filter((e) => e.from === n.id || e.to === n.id).map((e) => (n.kind === "PROCESSING_ACTIVITY" ? n.id : e.kind === "PROCESSED_IN" ? e.to : e.from))).size,
      object: n.id,
      drill: null,
    }));
    const acts = nodes.filter((n) => n.kind === "PROCESSING_ACTIVITY").length;
    return { nodes, links: edges.map((e) => ({ source: e.from, target: e.to, value: 1, kind: e.kind })), activityCount: acts, aggregated: false };
  }, [q.data]);
  return { ...q, data };
}
