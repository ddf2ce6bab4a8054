import type { Db } from "../../db/connection";
import { badInput } from "../common/errors";
import type { ShowId } from "../activity/activity.write.service";
import { checkCountry } from "../common/references";
import { LIMITS, optionalText, requiredText } from "../common/validate";
import { freeKey, givenKey, liveAtVersion, notReferenced, rowIdOnly } from "../common/write";
import { archiveRow, recordChange } from "../history/history.service";
import { writeMechanisms, type MechanismChange } from "../compliance/mechanisms";
import { locationStore } from "./location.store";

// Creating, changing and archiving storage locations: validation, version and audit in one transaction.

export interface LocationChanges {
  key?: string | null;
  name?: string;
  country?: string | null;
  region?: string | null;
  provider?: string | null;
  /** Tools that make transfers to this place lawful; a given list replaces the old one. */
  transferMechanisms?: MechanismChange[];
}

/** A storage location always says which country it is in: that is what transfer analysis reads. */
function country(db: Db, path: string, code: string | null | undefined): string {
  if (code == null) throw badInput(path, null, "an ISO 3166-1 alpha-2 country code, e.g. HK: a storage location must say which country it is in");
  return checkCountry(db, path, code)!;
}

function columns(db: Db, c: LocationChanges, at: string) {
  return {
    ...(c.name !== undefined ? { name: requiredText(`${at}.name`, c.name) } : {}),
    ...(c.country !== undefined ? { countryCode: country(db, `${at}.country`, c.country) } : {}),
    ...(c.region !== undefined ? { region: optionalText(`${at}.region`, c.region, LIMITS.name) ?? null } : {}),
    ...(c.provider !== undefined ? { provider: optionalText(`${at}.provider`, c.provider, LIMITS.name) ?? null } : {}),
  };
}

const keyTaken = (db: Db, organizationId: number, exceptId = 0) => (key: string) => locationStore.keyTaken(db, organizationId, key, exceptId);

export const locationWriteService = {
  /** Call inside a transaction. */
  create(db: Db, organizationId: number, c: LocationChanges, actor: string, at = "input"): number {
    const name = requiredText(`${at}.name`, c.name);
    const key = c.key == null ? freeKey(name, "location", keyTaken(db, organizationId)) : givenKey(`${at}.key`, c.key, keyTaken(db, organizationId), "storage location");
    const id = locationStore.insert(db, { ...columns(db, c, at), organizationId, key, name, countryCode: country(db, `${at}.country`, c.country) });
    writeMechanisms(db, { locationId: id }, c.transferMechanisms, at);
    recordChange(db, { type: "Location", id, operation: "CREATE", actor });
    return id;
  },

  /** Call inside a transaction; fields left out stay as they are. */
  update(db: Db, id: number, expectedVersion: number, c: LocationChanges, actor: string, at = "input", show: ShowId = rowIdOnly): void {
    const row = this.live(db, id, expectedVersion, show);
    const key = c.key != null ? givenKey(`${at}.key`, c.key, keyTaken(db, row.organizationId, id), "storage location") : undefined;
    locationStore.update(db, id, { ...columns(db, c, at), ...(key !== undefined ? { key } : {}) });
    writeMechanisms(db, { locationId: id }, c.transferMechanisms, at);
    recordChange(db, { type: "Location", id, operation: "UPDATE", actor });
    // Activity snapshots name locations by key: re-record the activities that store here under the new key.
    if (key !== undefined && key !== row.key) {
      for (const a of locationStore.activitiesStoringAt(db, id)) recordChange(db, { type: "ProcessingActivity", id: a.id, operation: "UPDATE", actor });
    }
  },

  /** Archives a location no live activity stores data at; otherwise CONFLICT naming those activities. */
  archive(db: Db, id: number, expectedVersion: number, actor: string, show: ShowId = rowIdOnly): void {
    const row = this.live(db, id, expectedVersion, show);
    notReferenced("storage location", JSON.stringify(row.name), [["it holds data of the activities", locationStore.activitiesStoringAt(db, id).map((a) => a.name)]]);
    archiveRow(db, "Location", id);
    recordChange(db, { type: "Location", id, operation: "DELETE", actor });
  },

  /** The location's row, if it exists, is not archived and is at the version the editor last saw. */
  live(db: Db, id: number, expectedVersion: number, show: ShowId = rowIdOnly) {
    return liveAtVersion(locationStore.byIds(db, [id])[0], expectedVersion, show("Location", id), "storage location");
  },
};
