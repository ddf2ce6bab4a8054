import type { Db } from "../../db/connection";
import { CONSENT_MECHANISMS, DATA_SOURCES, RETENTION_TRIGGERS } from "../../domain/regimes";
import { badInput, conflict, notFound } from "../common/errors";
import { categoryIds, checkJurisdictions, legalBasisId, purposeIds, subjectIds } from "../common/references";
import { flag, isoDuration, keyFromName, localKey, LIMITS, noRepeats, oneOf, optionalText, requiredText } from "../common/validate";
import { archiveRow, recordChange } from "../history/history.service";
import { locationStore } from "../location/location.store";
import { organizationStore } from "../organization/organization.store";
import { recipientStore } from "../recipient/recipient.store";
import { activityFactColumns, type ActivityFactChanges } from "./activity.facts";
import { activityStore } from "./activity.store";

// Creating, changing and archiving processing activities: validation, links, version and audit in one transaction.

export interface ClaimChange {
  regime: string;
  code: string;
  consentMechanism?: string | null;
  note?: string | null;
  /** Where the supporting assessment is (balancing test, impact assessment). */
  assessment?: string | null;
}

export interface ActivityChanges extends ActivityFactChanges {
  key?: string | null;
  name?: string;
  description?: string | null;
  purposes?: string[];
  legalBases?: ClaimChange[];
  dataSubjects?: string[];
  dataCategories?: string[];
  sources?: string[];
  /** Recipients, locations and measures by row id of the same organisation. */
  /** `sale` and `sharing` in the sense of CCPA §1798.140(ad), (ah); null when not known. */
  disclosures?: { recipient: number; dataCategories?: string[]; purpose?: string | null; sale?: boolean | null; sharing?: boolean | null }[];
  storageLocations?: number[];
  securityMeasures?: number[];
  retention?: { period?: string | null; trigger?: string | null; description?: string | null } | null;
  /** Where the people are, for this activity; null means the organisation's list. */
  subjectJurisdictions?: string[] | null;
  /** The record states that the activity discloses data to no one. */
  noRecipients?: boolean;
}

/** How an error shows an id: GraphQL callers see global ids, seed files their keys. */
export type ShowId = (type: string, rowId: number) => unknown;
const rowIdOnly: ShowId = (_type, rowId) => rowId;

const LISTS = ["purposes", "legalBases", "dataSubjects", "dataCategories", "sources", "disclosures", "storageLocations", "securityMeasures"] as const;

/** Checks that each id is a live object of this organisation. */
function sameOrganization(
  path: string,
  ids: number[],
  rows: { id: number; organizationId: number; archivedAt: string | null }[],
  organizationId: number,
  type: string,
  what: string,
  show: ShowId,
): void {
  noRepeats(path, ids, (id) => String(show(type, id)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  ids.forEach((id, i) => {
    const row = byId.get(id);
    if (!row || row.archivedAt) throw notFound(`${path}[${i}]`, show(type, id), what);
    if (row.organizationId !== organizationId) throw badInput(`${path}[${i}]`, show(type, id), `a ${what} of the same organisation as the activity`);
  });
}

/** Validates every given list and writes it in place of the old one (`fresh`: the activity was just made and has none). */
function writeLinks(db: Db, activityId: number, organizationId: number, c: ActivityChanges, at: string, show: ShowId, fresh = false): void {
  const given = new Set(LISTS.filter((l) => c[l] !== undefined));
  if (!given.size) return;
  const links = {
    purposes: purposeIds(db, `${at}.purposes`, c.purposes ?? []).map((purposeId) => ({ activityId, purposeId })),
    subjects: subjectIds(db, `${at}.dataSubjects`, c.dataSubjects ?? []).map((subjectId) => ({ activityId, subjectId })),
    categories: categoryIds(db, `${at}.dataCategories`, c.dataCategories ?? []).map((categoryId) => ({ activityId, categoryId })),
    sources: (c.sources ?? []).map((s, i) => ({ activityId, source: oneOf(`${at}.sources[${i}]`, s, DATA_SOURCES) })),
    locations: [] as { activityId: number; locationId: number }[],
    measures: [] as { activityId: number; measureId: number }[],
  };
  noRepeats(`${at}.sources`, c.sources ?? []);
  if (c.storageLocations) {
    sameOrganization(`${at}.storageLocations`, c.storageLocations, locationStore.byIds(db, c.storageLocations), organizationId, "Location", "storage location", show);
    links.locations = c.storageLocations.map((locationId) => ({ activityId, locationId }));
  }
  if (c.securityMeasures) {
    sameOrganization(`${at}.securityMeasures`, c.securityMeasures, organizationStore.measuresByIds(db, c.securityMeasures), organizationId, "SecurityMeasure", "security measure", show);
    links.measures = c.securityMeasures.map((measureId) => ({ activityId, measureId }));
  }
  const claims = (c.legalBases ?? []).map((b, i) => {
    const p = `${at}.legalBases[${i}]`;
    if (b.consentMechanism != null) oneOf(`${p}.consentMechanism`, b.consentMechanism, CONSENT_MECHANISMS);
    return {
      activityId,
      legalBasisId: legalBasisId(db, p, b.regime, b.code),
      consentMechanism: b.consentMechanism ?? null,
      note: optionalText(`${p}.note`, b.note) ?? null,
      assessment: optionalText(`${p}.assessment`, b.assessment, LIMITS.url) ?? null,
    };
  });
  noRepeats(`${at}.legalBases`, claims, (c) => String(c.legalBasisId));
  const disclosures = (c.disclosures ?? []).map((d, i) => ({
    recipientId: d.recipient,
    purpose: optionalText(`${at}.disclosures[${i}].purpose`, d.purpose, LIMITS.text) ?? null,
    sale: flag(`${at}.disclosures[${i}].sale`, d.sale) ?? null,
    sharing: flag(`${at}.disclosures[${i}].sharing`, d.sharing) ?? null,
    categoryIds: categoryIds(db, `${at}.disclosures[${i}].dataCategories`, d.dataCategories ?? []),
  }));
  if (c.disclosures) {
    const ids = disclosures.map((d) => d.recipientId);
    sameOrganization(`${at}.disclosures`, ids, recipientStore.byIds(db, ids), organizationId, "Recipient", "recipient", show);
  }

  if (!fresh) {
    const removed = activityStore.clearLinks(db, activityId, given);
    // Evidence cited a claim or disclosure that the editor has now restated: it no longer applies.
    organizationStore.deleteEvidence(db, "ActivityLegalBasis", removed.claimIds);
    organizationStore.deleteEvidence(db, "Disclosure", removed.disclosureIds);
  }
  activityStore.insertLinks(db, {
    purposes: given.has("purposes") ? links.purposes : [],
    subjects: given.has("dataSubjects") ? links.subjects : [],
    categories: given.has("dataCategories") ? links.categories : [],
    sources: given.has("sources") ? links.sources : [],
    locations: links.locations,
    measures: links.measures,
  });
  for (const claim of claims) activityStore.insertLegalBasisLink(db, claim);
  for (const d of disclosures) activityStore.insertDisclosure(db, { activityId, recipientId: d.recipientId, purpose: d.purpose, sale: d.sale, sharing: d.sharing }, d.categoryIds);
}

/** Columns for the activity's own scalar fields that were given. */
function ownFields(db: Db, c: ActivityChanges, at: string, organizationId: number, show: ShowId) {
  return {
    ...retentionFields(c, at),
    ...activityFactColumns(db, c, at, organizationId, show),
    ...(c.subjectJurisdictions !== undefined
      ? { subjectJurisdictions: c.subjectJurisdictions === null ? null : JSON.stringify(checkJurisdictions(db, `${at}.subjectJurisdictions`, c.subjectJurisdictions)) }
      : {}),
    ...(c.noRecipients != null ? { noRecipients: c.noRecipients } : {}),
  };
}

function retentionFields(c: ActivityChanges, at: string) {
  if (c.retention === undefined) return {};
  if (c.retention === null) return { retentionPeriod: null, retentionTrigger: null, retentionDescription: null };
  const r = c.retention;
  const fields = {
    retentionPeriod: isoDuration(`${at}.retention.period`, r.period) ?? null,
    retentionTrigger: r.trigger == null ? null : oneOf(`${at}.retention.trigger`, r.trigger, RETENTION_TRIGGERS),
    retentionDescription: optionalText(`${at}.retention.description`, r.description) ?? null,
  };
  if (!fields.retentionPeriod && !fields.retentionTrigger && !fields.retentionDescription) {
    throw badInput(`${at}.retention`, r, "a period, a trigger or a description (use null to clear the retention)");
  }
  return fields;
}

function checkKey(db: Db, organizationId: number, key: string, path: string, exceptId = 0): string {
  localKey(path, key);
  if (activityStore.keyTaken(db, organizationId, key, exceptId)) throw conflict(path, `the organisation already has an activity with the key ${JSON.stringify(key)}`);
  return key;
}

function freeKey(db: Db, organizationId: number, name: string): string {
  const base = keyFromName(name, "activity");
  let key = base;
  for (let n = 2; activityStore.keyTaken(db, organizationId, key); n++) key = `${base}-${n}`;
  return key;
}

export const activityWriteService = {
  /** Call inside a transaction. */
  create(db: Db, organizationId: number, c: ActivityChanges, actor: string, at = "input", show = rowIdOnly): number {
    const name = requiredText(`${at}.name`, c.name);
    const key = c.key == null ? freeKey(db, organizationId, name) : checkKey(db, organizationId, c.key, `${at}.key`);
    const id = activityStore.insert(db, {
      organizationId,
      key,
      name,
      description: optionalText(`${at}.description`, c.description) ?? null,
      ...ownFields(db, c, at, organizationId, show),
    });
    writeLinks(db, id, organizationId, c, at, show, true);
    recordChange(db, { type: "ProcessingActivity", id, operation: "CREATE", actor });
    return id;
  },

  /** Call inside a transaction; lists given replace the old ones, fields left out stay as they are. */
  update(db: Db, id: number, expectedVersion: number, c: ActivityChanges, actor: string, at = "input", show = rowIdOnly): void {
    const row = this.live(db, id, expectedVersion, show);
    const fields = {
      ...(c.name !== undefined ? { name: requiredText(`${at}.name`, c.name) } : {}),
      ...(c.key != null ? { key: checkKey(db, row.organizationId, c.key, `${at}.key`, id) } : {}),
      ...(c.description !== undefined ? { description: optionalText(`${at}.description`, c.description) ?? null } : {}),
      ...ownFields(db, c, at, row.organizationId, show),
    };
    activityStore.update(db, id, fields);
    writeLinks(db, id, row.organizationId, c, at, show);
    recordChange(db, { type: "ProcessingActivity", id, operation: "UPDATE", actor });
  },

  /** Archives the activity: nothing refers to an activity, so nothing can be left dangling. */
  archive(db: Db, id: number, expectedVersion: number, actor: string, show = rowIdOnly): void {
    this.live(db, id, expectedVersion, show);
    archiveRow(db, "ProcessingActivity", id);
    recordChange(db, { type: "ProcessingActivity", id, operation: "DELETE", actor });
  },

  /** The activity's row, if it exists, is not archived and is at the version the editor last saw. */
  live(db: Db, id: number, expectedVersion: number, show = rowIdOnly) {
    const row = activityStore.byIds(db, [id])[0];
    if (!row || row.archivedAt) throw notFound("id", show("ProcessingActivity", id), "processing activity");
    if (row.version !== expectedVersion) {
      throw conflict("expectedVersion", `the activity is at version ${row.version}, not ${expectedVersion}: someone else changed it; reload and apply your change again`);
    }
    return row;
  },
};
