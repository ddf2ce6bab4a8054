import type { RecordActivity, RecordDocument, RecordIdentity, RecordLocation, RecordRecipient } from "./record";
import type { Regime } from "./regimes";

// Data flows of a record for a Sankey diagram: categories → activities (or purposes) → destinations, grouped
// column by column when there are more than a diagram can draw. One pass over the activities, so linear.

export type DataFlowNodeKind =
  | "DATA_CATEGORY"
  | "CATEGORY_GROUP"
  | "PROCESSING_ACTIVITY"
  | "PURPOSE"
  | "RECIPIENT"
  | "RECIPIENT_KIND"
  | "LOCATION"
  | "COUNTRY";

export interface DataFlowFilterValues {
  dataCategory?: string | null;
  purpose?: string | null;
  regime?: Regime | null;
  recipientKind?: string | null;
  country?: string | null;
}

export interface DataFlowDrillValues {
  dataCategory?: string;
  purpose?: string;
  recipientKind?: string;
  country?: string;
}

export interface FlowNode {
  id: string;
  kind: DataFlowNodeKind;
  column: number;
  label: string;
  detail: string | null;
  activityCount: number;
  object: string | null;
  drill: DataFlowDrillValues | null;
}

export const FLOW_LINK_KINDS = ["PROCESSED_IN", "SERVES", "DISCLOSED_TO", "STORED_IN"] as const;

export interface FlowLink {
  source: string;
  target: string;
  value: number;
  kind: (typeof FLOW_LINK_KINDS)[number];
}

export interface FlowResult {
  nodes: FlowNode[];
  links: FlowLink[];
  activityCount: number;
  aggregated: boolean;
}

/** What the aggregation needs besides the record: names and ids of reference data, and which laws reach an activity. */
export interface FlowContext {
  identity: RecordIdentity;
  categoryName(key: string): string | null;
  categoryId(key: string): string | null;
  purposeName(key: string): string | null;
  purposeId(key: string): string | null;
  countryName(code: string): string | null;
  regimesOf(activity: RecordActivity): Regime[];
}

/** `key` is `prefix` or lies below it in the dotted taxonomy. */
export const keyWithin = (key: string, prefix: string) => key === prefix || key.startsWith(prefix + ".");

const depthOf = (key: string) => key.split(".").length;
const keyPrefix = (key: string, depth: number) => key.split(".").slice(0, depth).join(".");
const words = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, " ");

/** One matched activity with only the parts of it the filter keeps. */
interface Matched {
  activity: RecordActivity;
  categories: string[];
  purposes: string[];
  recipients: RecordRecipient[];
  locations: RecordLocation[];
}

function match(record: RecordDocument, f: DataFlowFilterValues, ctx: FlowContext): Matched[] {
  const recipients = new Map(record.recipients.map((r) => [r.key, r]));
  const locations = new Map(record.storageLocations.map((l) => [l.key, l]));
  const out: Matched[] = [];
  for (const a of record.activities) {
    const categories = f.dataCategory ? a.dataCategories.filter((k) => keyWithin(k, f.dataCategory!)) : a.dataCategories;
    if (f.dataCategory && !categories.length) continue;
    const purposes = f.purpose ? a.purposes.filter((k) => keyWithin(k, f.purpose!)) : a.purposes;
    if (f.purpose && !purposes.length) continue;
    if (f.regime && !ctx.regimesOf(a).includes(f.regime)) continue;
    const seen = new Set<string>();
    let disclosed = a.disclosures.flatMap((d) => {
      const r = recipients.get(d.recipient);
      if (!r || seen.has(r.key)) return [];
      seen.add(r.key);
      return [r];
    });
    if (f.recipientKind) disclosed = disclosed.filter((r) => r.kind === f.recipientKind);
    if (f.recipientKind && !disclosed.length) continue;
    let stored = a.storageLocations.flatMap((k) => locations.get(k) ?? []);
    if (f.country) {
      disclosed = disclosed.filter((r) => r.country === f.country);
      stored = stored.filter((l) => l.country === f.country);
      if (!disclosed.length && !stored.length) continue;
    }
    out.push({ activity: a, categories, purposes, recipients: disclosed, locations: stored });
  }
  return out;
}

/** Builds nodes that count distinct activities and links that count activities per (source, target). */
class FlowBuilder {
  private readonly nodes = new Map<string, { node: FlowNode; last: number }>();
  private readonly links = new Map<string, Map<string, { link: FlowLink; last: number }>>();

  /** Adds the node `id` if new (made by `make`) and counts activity `n` behind it once. */
  node(n: number, id: string, make: () => Omit<FlowNode, "id" | "activityCount">): string {
    let entry = this.nodes.get(id);
    if (!entry) this.nodes.set(id, (entry = { node: { id, ...make(), activityCount: 0 }, last: -1 }));
    if (entry.last !== n) {
      entry.last = n;
      entry.node.activityCount++;
    }
    return id;
  }

  /** Counts activity `n` on the link once, however many of its facts lead along it. */
  link(n: number, source: string, target: string, kind: FlowLink["kind"]): void {
    let from = this.links.get(source);
    if (!from) this.links.set(source, (from = new Map()));
    let entry = from.get(target);
    if (!entry) from.set(target, (entry = { link: { source, target, value: 0, kind }, last: -1 }));
    if (entry.last !== n) {
      entry.last = n;
      entry.link.value++;
    }
  }

  result(activityCount: number, aggregated: boolean): FlowResult {
    const nodes = [...this.nodes.values()]
      .map((e) => e.node)
      .sort((a, b) => a.column - b.column || b.activityCount - a.activityCount || a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
    const links = [...this.links.values()].flatMap((m) => [...m.values()].map((e) => e.link));
    return { nodes, links, activityCount, aggregated };
  }
}

/** The flows of the activities the filter matches, with at most about `maxNodes` nodes a column. */
export function dataFlows(record: RecordDocument, filter: DataFlowFilterValues, maxNodes: number, ctx: FlowContext): FlowResult {
  const matched = match(record, filter, ctx);
  const distinct = <T>(pick: (m: Matched) => T[]) => new Set(matched.flatMap(pick)).size;
  const groupCategories = distinct((m) => m.categories) > maxNodes;
  const groupRecipients = distinct((m) => m.recipients.map((r) => r.key)) > maxNodes;
  const groupLocations = distinct((m) => m.locations.map((l) => l.key)) > maxNodes;
  const byActivity = matched.length <= maxNodes;
  // A drilled group opens one level further down than the groups it was one of.
  const groupDepth = Math.max(2, filter.dataCategory ? depthOf(filter.dataCategory) + 1 : 2);
  const ids = ctx.identity;
  const b = new FlowBuilder();

  const categoryNode = (n: number, key: string) => {
    if (!groupCategories) {
      return b.node(n, `category:${key}`, () => ({ kind: "DATA_CATEGORY", column: 0, label: ctx.categoryName(key) ?? key, detail: key, object: ctx.categoryId(key), drill: null }));
    }
    const group = keyPrefix(key, groupDepth);
    return b.node(n, `category:${group}`, () => ({ kind: "CATEGORY_GROUP", column: 0, label: ctx.categoryName(group) ?? group, detail: group, object: null, drill: { dataCategory: group } }));
  };
  const purposeNode = (n: number, key: string | null, column: number) =>
    key === null
      ? b.node(n, "purpose:", () => ({ kind: "PURPOSE", column, label: "No purpose recorded", detail: null, object: null, drill: null }))
      : b.node(n, `purpose:${key}`, () => ({ kind: "PURPOSE", column, label: ctx.purposeName(key) ?? key, detail: key, object: ctx.purposeId(key), drill: null }));
  const recipientNode = (n: number, r: RecordRecipient) => {
    if (!groupRecipients) {
      const id = ids.recipients.get(r.key)!;
      return b.node(n, `recipient:${id}`, () => ({ kind: "RECIPIENT", column: 2, label: r.name, detail: r.kind, object: id, drill: null }));
    }
    return b.node(n, `recipientKind:${r.kind}`, () => ({ kind: "RECIPIENT_KIND", column: 2, label: words(r.kind), detail: r.kind, object: null, drill: { recipientKind: r.kind } }));
  };
  const locationNode = (n: number, l: RecordLocation) => {
    if (!groupLocations) {
      const id = ids.storageLocations.get(l.key)!;
      return b.node(n, `location:${id}`, () => ({ kind: "LOCATION", column: 2, label: l.name, detail: l.country, object: id, drill: null }));
    }
    return b.node(n, `country:${l.country}`, () => ({ kind: "COUNTRY", column: 2, label: ctx.countryName(l.country) ?? l.country, detail: l.country, object: null, drill: { country: l.country } }));
  };

  matched.forEach((m, n) => {
    const sources = m.categories.map((k) => categoryNode(n, k));
    const recipients = m.recipients.map((r) => recipientNode(n, r));
    const locations = m.locations.map((l) => locationNode(n, l));
    if (byActivity) {
      const a = m.activity;
      const id = ids.activities.get(a.key)!;
      const middle = b.node(n, `activity:${id}`, () => ({ kind: "PROCESSING_ACTIVITY", column: 1, label: a.name, detail: a.key, object: id, drill: null }));
      for (const s of sources) b.link(n, s, middle, "PROCESSED_IN");
      for (const p of m.purposes) b.link(n, middle, purposeNode(n, p, 2), "SERVES");
      for (const r of recipients) b.link(n, middle, r, "DISCLOSED_TO");
      for (const l of locations) b.link(n, middle, l, "STORED_IN");
      return;
    }
    const middles = m.purposes.length ? m.purposes.map((p) => purposeNode(n, p, 1)) : [purposeNode(n, null, 1)];
    for (const p of middles) {
      for (const s of sources) b.link(n, s, p, "SERVES");
      for (const r of recipients) b.link(n, p, r, "DISCLOSED_TO");
      for (const l of locations) b.link(n, p, l, "STORED_IN");
    }
  });
  return b.result(matched.length, !byActivity || groupCategories || groupRecipients || groupLocations);
}
