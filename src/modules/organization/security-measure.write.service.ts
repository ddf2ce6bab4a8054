import type { Db } from "../../db/connection";
import { MEASURE_KINDS } from "../../domain/regimes";
import { badInput } from "../common/errors";
import type { ShowId } from "../activity/activity.write.service";
import { optionalText, requiredText, url } from "../common/validate";
import { freeKey, givenKey, liveAtVersion, notReferenced, rowIdOnly } from "../common/write";
import { archiveRow, recordChange } from "../history/history.service";
import { organizationStore } from "./organization.store";

// Creating, changing and archiving security measures (GDPR Art 32): validation, version and audit in one transaction.

export interface SecurityMeasureChanges {
  key?: string | null;
  name?: string;
  kind?: string | null;
  description?: string | null;
  dpvIri?: string | null;
}

function kind(path: string, value: string | null | undefined): string {
  if (value == null || !(MEASURE_KINDS as readonly string[]).includes(value)) throw badInput(path, value ?? null, `one of ${MEASURE_KINDS.join(", ")}`);
  return value;
}

function columns(c: SecurityMeasureChanges, at: string) {
  return {
    ...(c.name !== undefined ? { name: requiredText(`${at}.name`, c.name) } : {}),
    ...(c.kind !== undefined ? { kind: kind(`${at}.kind`, c.kind) } : {}),
    ...(c.description !== undefined ? { description: optionalText(`${at}.description`, c.description) ?? null } : {}),
    ...(c.dpvIri !== undefined ? { dpvIri: url(`${at}.dpvIri`, c.dpvIri) ?? null } : {}),
  };
}

const keyTaken = (db: Db, organizationId: number, exceptId = 0) => (key: string) => organizationStore.measureKeyTaken(db, organizationId, key, exceptId);

export const securityMeasureWriteService = {
  /** Call inside a transaction. */
  create(db: Db, organizationId: number, c: SecurityMeasureChanges, actor: string, at = "input"): number {
    const name = requiredText(`${at}.name`, c.name);
    const key = c.key == null ? freeKey(name, "measure", keyTaken(db, organizationId)) : givenKey(`${at}.key`, c.key, keyTaken(db, organizationId), "security measure");
    const id = organizationStore.insertMeasure(db, { ...columns(c, at), organizationId, key, name, kind: kind(`${at}.kind`, c.kind) });
    recordChange(db, { type: "SecurityMeasure", id, operation: "CREATE", actor });
    return id;
  },

  /** Call inside a transaction; fields left out stay as they are. */
  update(db: Db, id: number, expectedVersion: number, c: SecurityMeasureChanges, actor: string, at = "input", show: ShowId = rowIdOnly): void {
    const row = this.live(db, id, expectedVersion, show);
    const key = c.key != null ? givenKey(`${at}.key`, c.key, keyTaken(db, row.organizationId, id), "security measure") : undefined;
    organizationStore.updateMeasure(db, id, { ...columns(c, at), ...(key !== undefined ? { key } : {}) });
    recordChange(db, { type: "SecurityMeasure", id, operation: "UPDATE", actor });
    // Activity snapshots name measures by key: a new key makes each referring activity's record read differently.
    if (key !== undefined && key !== row.key) {
      for (const a of organizationStore.activitiesUsingMeasure(db, id)) recordChange(db, { type: "ProcessingActivity", id: a.id, operation: "UPDATE", actor });
    }
  },

  /** Archives a measure no live activity relies on; otherwise CONFLICT naming those activities. */
  archive(db: Db, id: number, expectedVersion: number, actor: string, show: ShowId = rowIdOnly): void {
    const row = this.live(db, id, expectedVersion, show);
    notReferenced("security measure", JSON.stringify(row.name), [["it protects the activities", organizationStore.activitiesUsingMeasure(db, id).map((a) => a.name)]]);
    archiveRow(db, "SecurityMeasure", id);
    recordChange(db, { type: "SecurityMeasure", id, operation: "DELETE", actor });
  },

  /** The measure's row, if it exists, is not archived and is at the version the editor last saw. */
  live(db: Db, id: number, expectedVersion: number, show: ShowId = rowIdOnly) {
    return liveAtVersion(organizationStore.measuresByIds(db, [id])[0], expectedVersion, show("SecurityMeasure", id), "security measure");
  },
};
