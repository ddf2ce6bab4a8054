import type { Db } from "../../db/connection";
import type { Snapshot } from "../../domain/diff";
import { activitySchema, organizationSchema, recipientSchema, securityMeasureSchema, storageLocationSchema } from "../../domain/record";
import { activityEntry, locationEntry, measureEntry, organizationEntry, recipientEntry } from "../record/record.mapping";
import { activityStore } from "../activity/activity.store";
import { locationStore } from "../location/location.store";
import { organizationStore } from "../organization/organization.store";
import { recipientStore } from "../recipient/recipient.store";
import { referenceStore } from "../reference/reference.store";
import { mechanismKeys } from "../compliance/mechanisms";
import { gvlSnapshot } from "../recipient/gvl.store";

// The whole state of one editable object, with links by natural key so old versions read on their own. An object
// of the organisation's record is snapshotted as it stands in the record document (record/record.mapping.ts),
// without its evidence, plus `archived`.

export const ENTITY_TYPES = ["Organization", "ProcessingActivity", "Recipient", "Location", "SecurityMeasure", "DataCategory", "Purpose"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

const one = <T>(rows: T[], type: string, id: number): T => {
  if (!rows[0]) throw new Error(`${type} ${id} vanished inside its own transaction`);
  return rows[0];
};

const builders: Record<EntityType, (db: Db, id: number) => { organizationId: number | null; snapshot: Snapshot }> = {
  Organization(db, id) {
    const o = one(organizationStore.byIds(db, [id]), "Organization", id);
    return { organizationId: o.id, snapshot: { ...organizationEntry(o), archived: o.archivedAt !== null } };
  },
  ProcessingActivity(db, id) {
    const a = one(activityStore.byIds(db, [id]), "ProcessingActivity", id);
    return { organizationId: a.organizationId, snapshot: { ...activityEntry(a, activityStore.linkKeys(db, id)), archived: a.archivedAt !== null } };
  },
  Recipient(db, id) {
    const r = one(recipientStore.byIds(db, [id]), "Recipient", id);
    const parent = r.parentId === null ? null : one(recipientStore.byIds(db, [r.parentId]), "Recipient", r.parentId).key;
    // Vendor-list facts only where there are some, so snapshots of other recipients keep their shape.
    const gvl = gvlSnapshot(db, id);
    return {
      organizationId: r.organizationId,
      snapshot: { ...recipientEntry(r, parent, mechanismKeys(db, { recipientId: id })), ...(gvl ? { gvl } : {}), archived: r.archivedAt !== null },
    };
  },
  Location(db, id) {
    const l = one(locationStore.byIds(db, [id]), "Location", id);
    const hostedBy = l.hostedById === null ? null : one(recipientStore.byIds(db, [l.hostedById]), "Recipient", l.hostedById).key;
    return { organizationId: l.organizationId, snapshot: { ...locationEntry(l, mechanismKeys(db, { locationId: id }), hostedBy), archived: l.archivedAt !== null } };
  },
  SecurityMeasure(db, id) {
    const m = one(organizationStore.measuresByIds(db, [id]), "SecurityMeasure", id);
    return { organizationId: m.organizationId, snapshot: { ...measureEntry(m), archived: m.archivedAt !== null } };
  },
  DataCategory(db, id) {
    const c = one(referenceStore.categoriesByIds(db, [id]), "DataCategory", id);
    return { organizationId: null, snapshot: { key: c.key, name: c.name, description: c.description, dpvIri: c.dpvIri, archived: c.archivedAt !== null } };
  },
  Purpose(db, id) {
    const p = one(referenceStore.purposesByIds(db, [id]), "Purpose", id);
    return { organizationId: null, snapshot: { key: p.key, name: p.name, description: p.description, dpvIri: p.dpvIri, archived: p.archivedAt !== null } };
  },
};

export function snapshotOf(db: Db, type: EntityType, id: number) {
  return builders[type](db, id);
}

/** The document's schema of each kind of object of the record, which also reads older snapshots. */
const SCHEMAS = {
  Organization: organizationSchema,
  ProcessingActivity: activitySchema,
  Recipient: recipientSchema,
  Location: storageLocationSchema,
  SecurityMeasure: securityMeasureSchema,
} as const;

const withoutEvidence = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutEvidence);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (k === "evidence" ? [] : [[k, withoutEvidence(v)]])));
};

/**
 * A snapshot written before facts were added to the record, in today's shape: the new facts at their defaults
 * (null, [], NOT_STATED), so the next version's audit entry shows only what the editor changed.
 */
export function currentShape(type: EntityType, snapshot: Snapshot): Snapshot {
  if (!(type in SCHEMAS)) return snapshot;
  const { archived, gvl, ...entry } = snapshot;
  const parsed = SCHEMAS[type as keyof typeof SCHEMAS].safeParse(entry);
  // A snapshot the schema refuses is compared as it was written rather than lost.
  if (!parsed.success) return snapshot;
  return { ...(withoutEvidence(parsed.data) as Snapshot), ...(gvl !== undefined ? { gvl } : {}), archived };
}
