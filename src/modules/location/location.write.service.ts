import type { Db } from "../../db/connection";
import { STORAGE_HOSTING } from "../../domain/regimes";
import { badInput } from "../common/errors";
import type { ShowId } from "../activity/activity.write.service";
import { checkCountry } from "../common/references";
import { LIMITS, oneOf, optionalText, requiredText } from "../common/validate";
import { freeKey, givenKey, liveAtVersion, notReferenced, rowIdOnly } from "../common/write";
import { archiveRow, recordChange } from "../history/history.service";
import { writeMechanisms, type MechanismChange } from "../compliance/mechanisms";
import { linkedRecipient } from "../recipient/recipient.reference";
import { locationStore, type LocationRow } from "./location.store";

// Creating, changing and archiving storage locations: validation, version and audit in one transaction.

export interface LocationChanges {
  key?: string | null;
  name?: string;
  country?: string | null;
  region?: string | null;
  provider?: string | null;
  /** OWN or PROVIDER; null when the record does not say. */
  hosting?: string | null;
  /** Row id of the recipient that runs the location (hosting PROVIDER or unstated); null clears it. */
  hostedBy?: number | null;
  /** Tools that make transfers to this place lawful; a given list replaces the old one. */
  transferMechanisms?: MechanismChange[] | null;
}

/** A storage location always says which country it is in: that is what transfer analysis reads. */
function country(db: Db, path: string, code: string | null | undefined): string {
  if (code == null) throw badInput(path, null, "an ISO 3166-1 alpha-2 country code, e.g. HK: a storage location must say which country it is in");
  return checkCountry(db, path, code)!;
}

/** Hosting and hosted-by as they will stand after the change: a location on the controller's own infrastructure has no provider. */
function hostingColumns(db: Db, c: LocationChanges, at: string, organizationId: number, row: LocationRow | null, show: ShowId) {
  const hosting = c.hosting === undefined ? undefined : c.hosting === null ? null : oneOf(`${at}.hosting`, c.hosting, STORAGE_HOSTING);
  const hostedById = c.hostedBy == null ? c.hostedBy : linkedRecipient(db, `${at}.hostedBy`, organizationId, c.hostedBy, show, "storage location");
  const after = { hosting: hosting === undefined ? (row?.hosting ?? null) : hosting, hostedById: hostedById === undefined ? (row?.hostedById ?? null) : hostedById };
  if (after.hosting === "OWN" && after.hostedById !== null) {
    // Name the field the caller gave; when only hosting changed, the recipient already recorded is the clash.
    const [path, value] = hostedById != null ? [`${at}.hostedBy`, show("Recipient", hostedById)] : [`${at}.hosting`, "OWN"];
    throw badInput(path, value, "hosting PROVIDER (or not stated) for a location run by a recipient; a location on the controller's own infrastructure (hosting OWN) has no hostedBy");
  }
  return { ...(hosting !== undefined ? { hosting } : {}), ...(hostedById !== undefined ? { hostedById } : {}) };
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
  create(db: Db, organizationId: number, c: LocationChanges, actor: string, at = "input", show: ShowId = rowIdOnly): number {
    const name = requiredText(`${at}.name`, c.name);
    const key = c.key == null ? freeKey(name, "location", keyTaken(db, organizationId)) : givenKey(`${at}.key`, c.key, keyTaken(db, organizationId), "storage location");
    const hosting = hostingColumns(db, c, at, organizationId, null, show);
    const id = locationStore.insert(db, { ...columns(db, c, at), ...hosting, organizationId, key, name, countryCode: country(db, `${at}.country`, c.country) });
    writeMechanisms(db, { locationId: id }, c.transferMechanisms, at);
    recordChange(db, { type: "Location", id, operation: "CREATE", actor });
    return id;
  },

  /** Call inside a transaction; fields left out stay as they are. */
  update(db: Db, id: number, expectedVersion: number, c: LocationChanges, actor: string, at = "input", show: ShowId = rowIdOnly): void {
    const row = this.live(db, id, expectedVersion, show);
    const key = c.key != null ? givenKey(`${at}.key`, c.key, keyTaken(db, row.organizationId, id), "storage location") : undefined;
    locationStore.update(db, id, { ...columns(db, c, at), ...hostingColumns(db, c, at, row.organizationId, row, show), ...(key !== undefined ? { key } : {}) });
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
