import { useMemo } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { useGql } from "../../api/hooks";
import { useAsOf, useOrganization, useOrgPath } from "../../app/context";
import { regimeLabel } from "../../components/Badge";
import { Empty, ErrorBox, Loading, QueryState } from "../../components/State";
import { DataMapPageOptionsDocument, type DataFlowFilter, type DataMapPageOptionsQuery } from "../../gql/graphql";
import { Breadcrumb, type Crumb } from "./Breadcrumb";
import { DataMapFilters, words } from "./DataMapFilters";
import { FlowsChart } from "./FlowsChart";
import { FlowsTable } from "./FlowsTable";
import { FILTER_PARAMS, groupedBy, isFilterParam, KIND_COLOUR, nodeAction, type FilterParam, type FlowNode } from "./flows";
import { useFlows } from "./useFlows";
import "./datamap.css";

/** The filters in the URL, in the order they were applied (URLSearchParams keeps it): the drill-down trail. */
function useTrail() {
  const [params, setParams] = useSearchParams();
  const trail = [...params].filter(([k, v]) => isFilterParam(k) && v) as [FilterParam, string][];
  /** Sets filters; a new one goes to the end of the trail, a changed one keeps its place. */
  const set = (changes: Partial<Record<FilterParam, string | null>>) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      for (const [k, v] of Object.entries(changes)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      return next;
    });
  const trim = (keep: number) => set(Object.fromEntries(trail.slice(keep).map(([k]) => [k, null])));
  return { trail, values: Object.fromEntries(trail) as Partial<Record<FilterParam, string>>, set, trim };
}

function crumbLabel(param: FilterParam, value: string, options: DataMapPageOptionsQuery | undefined): string {
  const category = options?.dataCategories.find((c) => c.key === value)?.name;
  const purpose = options?.purposes.find((p) => p.key === value)?.name;
  const country = [...(options?.organization?.recipients.map((r) => r.country) ?? []), ...(options?.organization?.storageLocations.map((l) => l.country) ?? [])].find((c) => c?.code === value)?.name;
  switch (param) {
    case "category":
      return `Category: ${category ?? value}`;
    case "purpose":
      return `Purpose: ${purpose ?? value}`;
    case "regime":
      return `Regime: ${regimeLabel(value)}`;
    case "recipientKind":
      return `Recipients: ${words(value)}`;
    case "country":
      return `Country: ${country ?? value}`;
  }
}

/** The data map: where each category of personal data goes, as a Sankey diagram with the same flows as a table. */
export function DataMapPage() {
  const { slug, organization } = useOrganization();
  const asOf = useAsOf();
  const path = useOrgPath();
  const navigate = useNavigate();
  const { trail, values, set, trim } = useTrail();
  const options = useGql(DataMapPageOptionsDocument, { slug, asOf });
  const filter = useMemo<DataFlowFilter>(() => Object.fromEntries(Object.entries(values).map(([k, v]) => [FILTER_PARAMS[k as FilterParam], v])), [JSON.stringify(values)]);
  const flows = useFlows(slug, asOf, filter);

  const choose = (n: FlowNode) => {
    const a = nodeAction(n, path);
    if (!a) return;
    if ("to" in a) navigate(a.to);
    else set(a.filter);
  };
  const crumbs: Crumb[] = trail.map(([param, value]) => ({ param, label: crumbLabel(param, value, options.data) }));

  return (
    <>
      <h1>Data map{organization ? ` of ${organization.name}` : ""}</h1>
      <p className="hint">Which personal data each activity processes, and where it goes: recipients, storage locations and purposes. Click a group to open it, an activity or recipient to see its page.</p>
      {options.error ? <ErrorBox error={options.error} what="the filter choices" /> : options.data ? <DataMapFilters options={options.data} values={values} onChange={(p, v) => set({ [p]: v })} /> : <Loading what="the filter choices" />}
      <Breadcrumb crumbs={crumbs} onTrim={trim} />
      <QueryState query={flows} what="the data flows">
        {(f) =>
          f.nodes.length === 0 ? (
            <Empty>{trail.length ? "No activity matches these filters. Back up a level or clear a filter." : "This record has no processing activities yet."}</Empty>
          ) : (
            <>
              <p className="dm-summary" role="status">
                {f.activityCount} {f.activityCount === 1 ? "activity" : "activities"}
                {f.aggregated ? `, grouped by ${groupedBy(f).join(", ")} to keep the diagram readable; click a group to open it.` : "."}
              </p>
              <FlowsChart flows={f} onNode={choose} />
              <ul className="dm-legend" aria-label="Colours of the diagram">
                <li><span style={{ background: KIND_COLOUR.DATA_CATEGORY }} />Data categories</li>
                <li><span style={{ background: KIND_COLOUR.PROCESSING_ACTIVITY }} />Activities</li>
                <li><span style={{ background: KIND_COLOUR.PURPOSE }} />Purposes</li>
                <li><span style={{ background: KIND_COLOUR.RECIPIENT }} />Recipients</li>
                <li><span style={{ background: KIND_COLOUR.LOCATION }} />Storage locations</li>
              </ul>
              <FlowsTable key={JSON.stringify(values)} flows={f} onFilter={choose} />
            </>
          )
        }
      </QueryState>
    </>
  );
}
