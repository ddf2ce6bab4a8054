import type { Db } from "../../db/connection";
import type { Snapshot } from "../../domain/diff";
import type { RecordActivity, RecordLocation, RecordMeasure, RecordOrganization, RecordRecipient, Unevidenced } from "../../domain/record";
import { activityStore } from "../activity/activity.store";
import { locationStore } from "../location/location.store";
import { organizationStore } from "../organization/organization.store";
import { recipientStore } from "../recipient/recipient.store";
import { referenceStore } from "../reference/reference.store";
import { mechanismKeys } from "../compliance/mechanisms";
import { gvlSnapshot } from "../recipient/gvl.store";

// The whole state of one editable object, with links by natural key so old versions read on their own. An object
// of the organisation's record is snapshotted as it stands in the record document (src/domain/record.ts) without
// its evidence, plus `archived`: the compiler holds each mapping below to the document's fields.

/** Every field of a record document's object but its evidence, each given exactly once. */
type Fields<T> = Record<keyof Unevidenced<T>, unknown> & { archived: boolean };

export const ENTITY_TYPES = ["Organization", "ProcessingActivity", "Recipient", "Location", "SecurityMeasure", "DataCategory", "Purpose"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

const one = <T>(rows: T[], type: string, id: number): T => {
  if (!rows[0]) throw new Error(`${type} ${id} vanished inside its own transaction`);
  return rows[0];
};

const builders: Record<EntityType, (db: Db, id: number) => { organizationId: number | null; snapshot: Snapshot }> = {
  Organization(db, id) {
    const o = one(organizationStore.byIds(db, [id]), "Organization", id);
    return {
      organizationId: o.id,
      snapshot: {
        slug: o.slug,
        name: o.name,
        legalName: o.legalName,
        website: o.website,
        contactEmail: o.contactEmail,
        postalAddress: o.postalAddress,
        country: o.countryCode,
        dpo: o.dpoName ? { name: o.dpoName, email: o.dpoEmail, country: o.dpoCountryCode } : null,
        representative: o.representativeName ? { name: o.representativeName, email: o.representativeEmail, country: o.representativeCountryCode } : null,
        minimumAge: o.minimumAge,
        doNotTrack: o.doNotTrack,
        subjectJurisdictions: JSON.parse(o.subjectJurisdictions) as string[],
        archived: o.archivedAt !== null,
      } satisfies Fields<RecordOrganization>,
    };
  },
  ProcessingActivity(db, id) {
    const a = one(activityStore.byIds(db, [id]), "ProcessingActivity", id);
    const hasRetention = a.retentionPeriod !== null || a.retentionTrigger !== null || a.retentionDescription !== null;
    return {
      organizationId: a.organizationId,
      snapshot: {
        key: a.key,
        name: a.name,
        description: a.description,
        ...activityStore.linkKeys(db, id),
        retention: hasRetention ? { period: a.retentionPeriod, trigger: a.retentionTrigger, description: a.retentionDescription } : null,
        subjectJurisdictions: a.subjectJurisdictions === null ? null : (JSON.parse(a.subjectJurisdictions) as string[]),
        noRecipients: a.noRecipients,
        archived: a.archivedAt !== null,
      } satisfies Fields<RecordActivity>,
    };
  },
  Recipient(db, id) {
    const r = one(recipientStore.byIds(db, [id]), "Recipient", id);
    const parent = r.parentId === null ? null : one(recipientStore.byIds(db, [r.parentId]), "Recipient", r.parentId).key;
    // Vendor-list facts only where there are some, so snapshots of other recipients keep their shape.
    const gvl = gvlSnapshot(db, id);
    return {
      organizationId: r.organizationId,
      snapshot: {
        key: r.key,
        name: r.name,
        kind: r.kind,
        category: r.category,
        named: r.named,
        country: r.countryCode,
        dpa: { status: r.dpaStatus, date: r.dpaDate, url: r.dpaUrl },
        parent,
        description: r.description,
        transferMechanisms: mechanismKeys(db, { recipientId: id }),
        ...(gvl ? { gvl } : {}),
        archived: r.archivedAt !== null,
      } satisfies Fields<RecordRecipient>,
    };
  },
  Location(db, id) {
    const l = one(locationStore.byIds(db, [id]), "Location", id);
    return {
      organizationId: l.organizationId,
      snapshot: {
        key: l.key,
        name: l.name,
        country: l.countryCode,
        region: l.region,
        provider: l.provider,
        transferMechanisms: mechanismKeys(db, { locationId: id }),
        archived: l.archivedAt !== null,
      } satisfies Fields<RecordLocation>,
    };
  },
  SecurityMeasure(db, id) {
    const m = one(organizationStore.measuresByIds(db, [id]), "SecurityMeasure", id);
    return {
      organizationId: m.organizationId,
      snapshot: { key: m.key, name: m.name, kind: m.kind, description: m.description, dpvIri: m.dpvIri, archived: m.archivedAt !== null } satisfies Fields<RecordMeasure>,
    };
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
