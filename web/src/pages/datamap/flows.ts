// The data map's model: the flows the API sends, the filters in the URL, and what clicking a node does.

export type FlowNodeKind = "DATA_CATEGORY" | "CATEGORY_GROUP" | "PROCESSING_ACTIVITY" | "PURPOSE" | "RECIPIENT" | "RECIPIENT_KIND" | "LOCATION" | "COUNTRY";

export interface FlowNode {
  id: string;
  kind: FlowNodeKind;
  column: number;
  label: string;
  detail: string | null;
  activityCount: number;
  object: string | null;
  drill: { dataCategory: string | null; purpose: string | null; recipientKind: string | null; country: string | null } | null;
}

export interface FlowLink {
  source: string;
  target: string;
  value: number;
  kind: string;
}

export interface Flows {
  nodes: FlowNode[];
  links: FlowLink[];
  activityCount: number;
  aggregated: boolean;
}

/** URL parameter → DataFlowFilter field; the order of parameters in the URL is the drill-down trail. */
export const FILTER_PARAMS = { category: "dataCategory", purpose: "purpose", regime: "regime", recipientKind: "recipientKind", country: "country" } as const;
export type FilterParam = keyof typeof FILTER_PARAMS;
export const isFilterParam = (k: string): k is FilterParam => k in FILTER_PARAMS;

export const KIND_WORDS: Record<FlowNodeKind, string> = {
  DATA_CATEGORY: "Data category",
  CATEGORY_GROUP: "Group of data categories",
  PROCESSING_ACTIVITY: "Processing activity",
  PURPOSE: "Purpose",
  RECIPIENT: "Recipient",
  RECIPIENT_KIND: "Recipients of one kind",
  LOCATION: "Storage location",
  COUNTRY: "Storage locations in one country",
};

export const LINK_WORDS: Record<string, string> = { PROCESSED_IN: "processed in", SERVES: "serves", DISCLOSED_TO: "disclosed to", STORED_IN: "stored in" };

/** Colour per kind of node (the tooltip and the table name the kind in words). */
export const KIND_COLOUR: Record<FlowNodeKind, string> = {
  DATA_CATEGORY: "#2f6fa8",
  CATEGORY_GROUP: "#2f6fa8",
  PROCESSING_ACTIVITY: "#3c8d7a",
  PURPOSE: "#7a5aa6",
  RECIPIENT: "#c26a1b",
  RECIPIENT_KIND: "#c26a1b",
  LOCATION: "#4f7d2a",
  COUNTRY: "#4f7d2a",
};

/** What choosing a node does: open the object's page, or narrow the map (drill into a group, filter by an object). */
export type NodeAction = { to: string } | { filter: Partial<Record<FilterParam, string>> } | null;

export function nodeAction(n: FlowNode, path: (sub: string) => string): NodeAction {
  if (n.object && n.kind === "PROCESSING_ACTIVITY") return { to: path(`activities/${encodeURIComponent(n.object)}`) };
  if (n.object && n.kind === "RECIPIENT") return { to: path(`recipients/${encodeURIComponent(n.object)}`) };
  if (n.drill) {
    const f: Partial<Record<FilterParam, string>> = {};
    if (n.drill.dataCategory) f.category = n.drill.dataCategory;
    if (n.drill.purpose) f.purpose = n.drill.purpose;
    if (n.drill.recipientKind) f.recipientKind = n.drill.recipientKind;
    if (n.drill.country) f.country = n.drill.country;
    return { filter: f };
  }
  if (!n.detail) return null;
  if (n.kind === "DATA_CATEGORY") return { filter: { category: n.detail } };
  if (n.kind === "PURPOSE") return { filter: { purpose: n.detail } };
  if (n.kind === "LOCATION") return { filter: { country: n.detail } };
  return null;
}

/** How the answer was aggregated, in words: "purpose, recipient kind". */
export function groupedBy(f: Flows): string[] {
  const kinds = new Set(f.nodes.map((n) => (n.kind === "PURPOSE" && n.column === 1 ? "PURPOSE_COLUMN" : n.kind)));
  const out: string[] = [];
  if (kinds.has("CATEGORY_GROUP")) out.push("category group");
  if (kinds.has("PURPOSE_COLUMN")) out.push("purpose (instead of activity)");
  if (kinds.has("RECIPIENT_KIND")) out.push("recipient kind");
  if (kinds.has("COUNTRY")) out.push("country of storage");
  return out;
}

/** A one-sentence summary of the diagram: its accessible name. */
export function summary(f: Flows): string {
  const count = (col: number) => f.nodes.filter((n) => n.column === col).length;
  return `Sankey diagram of data flows for ${f.activityCount} activities: ${count(0)} data categories flow into ${count(1)} ${f.nodes.some((n) => n.column === 1 && n.kind === "PURPOSE") ? "purposes" : "activities"}, which lead to ${count(2)} recipients, storage locations and purposes, along ${f.links.length} flows. The same flows are in the table below.`;
}
