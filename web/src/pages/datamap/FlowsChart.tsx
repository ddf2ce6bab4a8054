import { useMemo } from "react";
import type { EChartsCoreOption } from "echarts/core";
import { EChart } from "../../charts/EChart";
import { KIND_COLOUR, KIND_WORDS, LINK_WORDS, summary, type FlowNode, type Flows } from "./flows";

const esc = (s: string) => s.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

function nodeTip(n: FlowNode): string {
  const count = `${n.activityCount} ${n.activityCount === 1 ? "activity" : "activities"}`;
  const hint = n.drill ? "Click to open this group" : n.object && (n.kind === "PROCESSING_ACTIVITY" || n.kind === "RECIPIENT") ? "Click to open its page" : n.detail ? "Click to filter by it" : "";
  return `<strong>${esc(n.label)}</strong><br>${KIND_WORDS[n.kind]}${n.detail ? ` · ${esc(n.detail)}` : ""}<br>${count}${hint ? `<br><em>${hint}</em>` : ""}`;
}

/** The Sankey diagram: categories → activities (or purposes) → destinations, one column each. */
export function FlowsChart({ flows, onNode }: { flows: Flows; onNode(n: FlowNode): void }) {
  const byId = useMemo(() => new Map(flows.nodes.map((n) => [n.id, n])), [flows]);
  const tallest = Math.max(1, ...[0, 1, 2].map((c) => flows.nodes.filter((n) => n.column === c).length));
  const height = Math.min(1600, Math.max(420, tallest * 30 + 40));

  const option = useMemo<EChartsCoreOption>(
    () => ({
      tooltip: {
        trigger: "item",
        confine: true,
        formatter: (p: { dataType: string; data: { name?: string; source?: string; target?: string; value?: number } }) => {
          if (p.dataType === "node") return nodeTip(byId.get(p.data.name!)!);
          const s = byId.get(p.data.source!);
          const t = byId.get(p.data.target!);
          const link = flows.links.find((l) => l.source === p.data.source && l.target === p.data.target);
          return `${esc(s?.label ?? "")} → ${esc(t?.label ?? "")}<br>${LINK_WORDS[link?.kind ?? ""] ?? ""} · ${p.data.value} ${p.data.value === 1 ? "activity" : "activities"}`;
        },
      },
      series: [
        {
          type: "sankey",
          left: 8,
          right: 250,
          top: 12,
          bottom: 12,
          nodeGap: 8,
          nodeWidth: 14,
          draggable: true,
          layoutIterations: 32,
          emphasis: { focus: "adjacency" },
          label: { fontSize: 12, color: "#1b1f24", textBorderColor: "#fff", textBorderWidth: 2, formatter: (p: { name: string }) => byId.get(p.name)?.label ?? p.name },
          lineStyle: { color: "gradient", opacity: 0.35, curveness: 0.5 },
          // Middle labels sit over the flows, so they are cut short; the last column has the right margin to itself.
          data: flows.nodes.map((n) => ({
            name: n.id,
            depth: n.column,
            itemStyle: { color: KIND_COLOUR[n.kind], borderColor: KIND_COLOUR[n.kind] },
            label: n.column === 2 ? { overflow: "none" } : { overflow: "truncate", width: 230, ellipsis: "…" },
          })),
          links: flows.links.map((l) => ({ source: l.source, target: l.target, value: l.value })),
        },
      ],
    }),
    [flows, byId],
  );

  return (
    <EChart
      option={option}
      label={summary(flows)}
      height={height}
      onClick={(e) => {
        const n = e.dataType === "node" && e.name ? byId.get(e.name) : undefined;
        if (n) onNode(n);
      }}
    />
  );
}
