import { unknownOrganization } from "../common/errors";
import type { ServiceContext } from "../context";
import { toGlobalId } from "../common/global-id";
import { organizationStore } from "../organization/organization.store";
import { dataMapStore } from "./datamap.store";
import type { DataMap, DataMapEdge, DataMapEdgeKind, DataMapNode, DataMapNodeKind } from "./datamap.type";
import { canSee } from "../../domain/principal";

const present = (xs: (string | undefined)[]): string[] => xs.filter((x): x is string => x !== undefined);

/** Builds the graph with a fixed number of set-based queries, whatever the size of the record. */
export async function buildDataMap(ctx: ServiceContext, slug: string): Promise<DataMap> {
  const org = organizationStore.bySlug(ctx.db, slug);
  if (!org || !canSee(ctx.principal, org.id)) throw unknownOrganization(slug);
  const [taxonomy, purposes] = [ctx.loaders.taxonomy(), ctx.loaders.purposes()];
  const nodes: DataMapNode[] = [];
  const edges: DataMapEdge[] = [];
  const node = (type: string, rowId: number, kind: DataMapNodeKind, label: string, detail: string | null) => {
    const id = toGlobalId(type, rowId);
    nodes.push({ id, kind, label, detail });
    return id;
  };
  // Categories and purposes are shared by many activities: each becomes a node once, on first use.
  const once = <T extends { rowId: number; name: string; key: string }>(type: string, kind: DataMapNodeKind) => {
    const ids = new Map<number, string>();
    return (entry: T) => {
      let id = ids.get(entry.rowId);
      if (id === undefined) ids.set(entry.rowId, (id = node(type, entry.rowId, kind, entry.name, entry.key)));
      return id;
    };
  };
  const categoryNode = once("DataCategory", "DATA_CATEGORY");
  const purposeNode = once("Purpose", "PURPOSE");
  const NONE: string[] = [];
  const edge = (from: string, to: string, kind: DataMapEdgeKind, dataCategories: string[] = NONE) => edges.push({ from, to, kind, dataCategories });

  const activities = dataMapStore.activities(ctx.db, org.id).map(([id, key, name, categoryIds, purposeIds, locationIds]) => ({
    id,
    node: node("ProcessingActivity", id, "PROCESSING_ACTIVITY", name, key),
    categoryIds: JSON.parse(categoryIds) as number[],
    purposeIds: JSON.parse(purposeIds) as number[],
    locationIds: JSON.parse(locationIds) as number[],
  }));
  const activityIds = new Map(activities.map((a) => [a.id, a.node]));
  const recipients = dataMapStore.recipients(ctx.db, org.id);
  const recipientIds = new Map(recipients.map(([id, name, kind]) => [id, node("Recipient", id, "RECIPIENT", name, kind)]));
  const locationIds = new Map(dataMapStore.locations(ctx.db, org.id).map(([id, name, country]) => [id, node("Location", id, "LOCATION", name, country)]));
  // Edges by kind, as diagrams draw them: categories into activities, purposes, recipients, places, sub-processors.
  for (const a of activities) {
    for (const categoryId of a.categoryIds) {
      const c = taxonomy.byId.get(categoryId);
      if (c) edge(categoryNode(c), a.node, "PROCESSED_IN");
    }
  }
  for (const a of activities) {
    for (const purposeId of a.purposeIds) {
      const p = purposes.byId.get(purposeId);
      if (p) edge(a.node, purposeNode(p), "SERVES");
    }
  }
  for (const [, activityId, recipientId, categoryIds] of dataMapStore.disclosures(ctx.db, org.id)) {
    const keys = categoryIds === null ? NONE : present(categoryIds.split(",").map((id) => taxonomy.byId.get(Number(id))?.key)).sort();
    edge(activityIds.get(activityId)!, recipientIds.get(recipientId)!, "DISCLOSED_TO", keys);
  }
  for (const a of activities) for (const locationId of a.locationIds) edge(a.node, locationIds.get(locationId)!, "STORED_IN");
  for (const [id, , , parentId] of recipients) if (parentId !== null) edge(recipientIds.get(parentId)!, recipientIds.get(id)!, "ENGAGES");
  return { nodes, edges };
}
