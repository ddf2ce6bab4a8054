import { GraphQLError } from "graphql";
import type { Context } from "../../graphql/context";
import { toGlobalId } from "../../graphql/global-id";
import { activityStore } from "../activity/activity.store";
import { locationStore } from "../location/location.store";
import { organizationStore } from "../organization/organization.store";
import { recipientStore } from "../recipient/recipient.store";
import type { DataMap, DataMapEdge, DataMapNode } from "./datamap.type";
import { canSee } from "../../domain/principal";

/** Builds the graph with a fixed number of set-based queries, whatever the size of the record. */
export async function buildDataMap(ctx: Context, slug: string): Promise<DataMap> {
  const org = organizationStore.bySlug(ctx.db, slug);
  if (!org || !canSee(ctx.principal, org.id)) throw new GraphQLError(`organization: no organisation has the slug ${JSON.stringify(slug)}`, { extensions: { code: "NOT_FOUND", argumentPath: "organization" } });
  const [taxonomy, purposes] = await Promise.all([ctx.loaders.taxonomy(), ctx.loaders.purposes()]);
  const activities = activityStore.byOrgIds(ctx.db, [org.id]);
  const ids = activities.map((a) => a.id);
  const recipients = recipientStore.byOrgIds(ctx.db, [org.id]);
  const locations = locationStore.byOrgIds(ctx.db, [org.id]);
  const disclosures = activityStore.disclosuresByActivityIds(ctx.db, ids);
  const disclosed = new Map<number, string[]>();
  for (const l of activityStore.disclosureCategoryLinks(ctx.db, disclosures.map((d) => d.id))) {
    const key = taxonomy.byId.get(l.categoryId)?.key;
    if (key) disclosed.set(l.disclosureId, [...(disclosed.get(l.disclosureId) ?? []), key]);
  }

  const nodes = new Map<string, DataMapNode>();
  const edges: DataMapEdge[] = [];
  const node = (type: string, rowId: number, kind: string, label: string, detail: string | null) => {
    const id = toGlobalId(type, rowId);
    if (!nodes.has(id)) nodes.set(id, { id, kind, label, detail });
    return id;
  };
  const edge = (from: string, to: string, kind: string, dataCategories: string[] = []) => edges.push({ from, to, kind, dataCategories: dataCategories.sort() });

  const activityIds = new Map(activities.map((a) => [a.id, node("ProcessingActivity", a.id, "PROCESSING_ACTIVITY", a.name, a.key)]));
  const recipientIds = new Map(recipients.map((r) => [r.id, node("Recipient", r.id, "RECIPIENT", r.name, r.kind)]));
  const locationIds = new Map(locations.map((l) => [l.id, node("Location", l.id, "LOCATION", l.name, l.countryCode)]));
  for (const l of activityStore.categoryLinks(ctx.db, ids)) {
    const c = taxonomy.byId.get(l.categoryId);
    if (c) edge(node("DataCategory", c.rowId, "DATA_CATEGORY", c.name, c.key), activityIds.get(l.activityId)!, "PROCESSED_IN");
  }
  for (const l of activityStore.purposeLinks(ctx.db, ids)) {
    const p = purposes.byId.get(l.purposeId);
    if (p) edge(activityIds.get(l.activityId)!, node("Purpose", p.rowId, "PURPOSE", p.name, p.key), "SERVES");
  }
  for (const d of disclosures) edge(activityIds.get(d.activityId)!, recipientIds.get(d.recipientId)!, "DISCLOSED_TO", disclosed.get(d.id) ?? []);
  for (const l of activityStore.locationLinks(ctx.db, ids)) edge(activityIds.get(l.activityId)!, locationIds.get(l.locationId)!, "STORED_IN");
  for (const r of recipients) if (r.parentId !== null) edge(recipientIds.get(r.parentId)!, recipientIds.get(r.id)!, "ENGAGES");
  return { nodes: [...nodes.values()], edges };
}
