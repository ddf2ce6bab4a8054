import type { Db } from "../../db/connection";
import { DPA_STATUSES, RECIPIENT_KINDS, RECIPIENT_ROLES } from "../../domain/regimes";
import { badInput, notFound } from "../common/errors";
import type { ShowId } from "../activity/activity.write.service";
import { checkCountry } from "../common/references";
import { isoDate, LIMITS, optionalText, requiredText, url } from "../common/validate";
import { freeKey, givenKey, liveAtVersion, notReferenced, rowIdOnly } from "../common/write";
import { archiveRow, recordChange } from "../history/history.service";
import { writeMechanisms, type MechanismChange } from "../compliance/mechanisms";
import { activityStore } from "../activity/activity.store";
import { locationStore } from "../location/location.store";
import { recipientStore, type RecipientRow } from "./recipient.store";

// Creating, changing and archiving recipients and their sub-processor chains: validation, version and audit in one transaction.

export interface RecipientChanges {
  key?: string | null;
  name?: string;
  kind?: string | null;
  /** Role in law; null when not known. */
  role?: string | null;
  category?: string | null;
  named?: boolean | null;
  country?: string | null;
  /** Replaces the agreement whole; null resets it to UNKNOWN. */
  dpa?: { status: string; date?: string | null; url?: string | null } | null;
  /** Row id of a recipient of the same organisation that engages this one as a sub-processor; null clears it. */
  parent?: number | null;
  description?: string | null;
  /** Tools that make transfers to this recipient lawful; a given list replaces the old one. */
  transferMechanisms?: MechanismChange[] | null;
}

function oneOf(path: string, value: string | null | undefined, allowed: readonly string[]): string {
  if (value == null || !allowed.includes(value)) throw badInput(path, value ?? null, `one of ${allowed.join(", ")}`);
  return value;
}

function named(path: string, value: boolean | null | undefined): boolean {
  if (typeof value !== "boolean") throw badInput(path, value ?? null, "true for a named company or false for a category of recipients");
  return value;
}

function dpaColumns(c: RecipientChanges["dpa"], at: string) {
  if (c === undefined) return {};
  if (c === null) return { dpaStatus: "UNKNOWN", dpaDate: null, dpaUrl: null };
  return {
    dpaStatus: oneOf(`${at}.dpa.status`, c.status, DPA_STATUSES),
    dpaDate: isoDate(`${at}.dpa.date`, c.date) ?? null,
    dpaUrl: url(`${at}.dpa.url`, c.url) ?? null,
  };
}

function columns(db: Db, c: RecipientChanges, at: string) {
  return {
    ...(c.name !== undefined ? { name: requiredText(`${at}.name`, c.name) } : {}),
    ...(c.kind !== undefined ? { kind: oneOf(`${at}.kind`, c.kind, RECIPIENT_KINDS) } : {}),
    ...(c.role !== undefined ? { role: c.role === null ? null : oneOf(`${at}.role`, c.role, RECIPIENT_ROLES) } : {}),
    ...(c.category !== undefined ? { category: optionalText(`${at}.category`, c.category, LIMITS.name) ?? null } : {}),
    ...(c.named !== undefined ? { named: named(`${at}.named`, c.named) } : {}),
    ...(c.country !== undefined ? { countryCode: checkCountry(db, `${at}.country`, c.country) ?? null } : {}),
    ...dpaColumns(c.dpa, at),
    ...(c.description !== undefined ? { description: optionalText(`${at}.description`, c.description) ?? null } : {}),
  };
}

/**
 * A live recipient of the same organisation that may engage `selfId` (0 for a new recipient):
 * not the recipient itself, and not one already below it, since a sub-processor chain must end.
 */
function checkParent(db: Db, path: string, organizationId: number, self: { id: number; name: string }, parentId: number, show: ShowId): number {
  const parent = recipientStore.byIds(db, [parentId])[0];
  if (!parent || parent.archivedAt) throw notFound(path, show("Recipient", parentId), "recipient");
  if (parent.organizationId !== organizationId) {
    throw badInput(path, show("Recipient", parentId), `a recipient of the same organisation; ${JSON.stringify(parent.name)} belongs to another one`);
  }
  if (parentId === self.id) throw badInput(path, show("Recipient", parentId), `another recipient: ${JSON.stringify(self.name)} cannot be its own sub-processor`);
  const chain: RecipientRow[] = [parent];
  const seen = new Set([parent.id]);
  for (let up = parent; up.parentId !== null; ) {
    if (up.parentId === self.id) {
      const names = [self.name, ...chain.map((r) => r.name), self.name].map((n) => JSON.stringify(n)).join(" → ");
      throw badInput(path, show("Recipient", parentId), `a recipient that is not already below this one; the change would close the cycle ${names} (each a sub-processor of the next)`);
    }
    const next = recipientStore.byIds(db, [up.parentId])[0];
    // A chain that loops without this recipient predates the check; stop rather than walk forever.
    if (!next || seen.has(next.id)) break;
    seen.add(next.id);
    chain.push(next);
    up = next;
  }
  return parentId;
}

const keyTaken = (db: Db, organizationId: number, exceptId = 0) => (key: string) => recipientStore.keyTaken(db, organizationId, key, exceptId);

export const recipientWriteService = {
  /** Call inside a transaction; `c.parent` must already exist, so create parents before their sub-processors. */
  /** `beforeRecord` lets another module set columns it owns, so that version 1 already holds them. */
  create(db: Db, organizationId: number, c: RecipientChanges, actor: string, at = "input", show: ShowId = rowIdOnly, beforeRecord?: (id: number) => void): number {
    const name = requiredText(`${at}.name`, c.name);
    const key = c.key == null ? freeKey(name, "recipient", keyTaken(db, organizationId)) : givenKey(`${at}.key`, c.key, keyTaken(db, organizationId), "recipient");
    const parentId = c.parent == null ? null : checkParent(db, `${at}.parent`, organizationId, { id: 0, name }, c.parent, show);
    const id = recipientStore.insert(db, {
      ...columns(db, c, at),
      organizationId,
      key,
      name,
      kind: oneOf(`${at}.kind`, c.kind, RECIPIENT_KINDS),
      named: named(`${at}.named`, c.named),
      parentId,
    });
    writeMechanisms(db, { recipientId: id }, c.transferMechanisms, at);
    beforeRecord?.(id);
    recordChange(db, { type: "Recipient", id, operation: "CREATE", actor });
    return id;
  },

  /** Call inside a transaction; fields left out stay as they are. */
  update(db: Db, id: number, expectedVersion: number, c: RecipientChanges, actor: string, at = "input", show: ShowId = rowIdOnly): void {
    const row = this.live(db, id, expectedVersion, show);
    const key = c.key != null ? givenKey(`${at}.key`, c.key, keyTaken(db, row.organizationId, id), "recipient") : undefined;
    const fields = columns(db, c, at);
    const parentId = c.parent == null ? c.parent : checkParent(db, `${at}.parent`, row.organizationId, { id, name: fields.name ?? row.name }, c.parent, show);
    recipientStore.update(db, id, { ...fields, ...(key !== undefined ? { key } : {}), ...(parentId !== undefined ? { parentId } : {}) });
    writeMechanisms(db, { recipientId: id }, c.transferMechanisms, at);
    recordChange(db, { type: "Recipient", id, operation: "UPDATE", actor });
    // Activities (disclosures, trackers), sub-processors and hosted locations name a recipient by key in their snapshots: re-record them under the new key.
    if (key !== undefined && key !== row.key) {
      const activities = new Set([...recipientStore.activitiesDisclosingTo(db, id), ...activityStore.activitiesWithTrackersOf(db, id)].map((a) => a.id));
      for (const a of [...activities].sort((x, y) => x - y)) recordChange(db, { type: "ProcessingActivity", id: a, operation: "UPDATE", actor });
      for (const r of recipientStore.byParentIds(db, [id])) recordChange(db, { type: "Recipient", id: r.id, operation: "UPDATE", actor });
      for (const l of locationStore.hostedBy(db, id)) recordChange(db, { type: "Location", id: l.id, operation: "UPDATE", actor });
    }
  },

  /** Archives a recipient nothing live refers to; otherwise CONFLICT naming the activities and sub-processors. */
  archive(db: Db, id: number, expectedVersion: number, actor: string, show: ShowId = rowIdOnly): void {
    const row = this.live(db, id, expectedVersion, show);
    notReferenced("recipient", JSON.stringify(row.name), [
      ["it receives data from the activities", recipientStore.activitiesDisclosingTo(db, id).map((a) => a.name)],
      ["it engages the sub-processors", recipientStore.byParentIds(db, [id]).map((r) => r.name)],
      ["it runs trackers of the activities", activityStore.activitiesWithTrackersOf(db, id).map((a) => a.name)],
      ["it hosts the storage locations", locationStore.hostedBy(db, id).map((l) => l.name)],
    ]);
    archiveRow(db, "Recipient", id);
    recordChange(db, { type: "Recipient", id, operation: "DELETE", actor });
  },

  /** The recipient's row, if it exists, is not archived and is at the version the editor last saw. */
  live(db: Db, id: number, expectedVersion: number, show: ShowId = rowIdOnly) {
    return liveAtVersion(recipientStore.byIds(db, [id])[0], expectedVersion, show("Recipient", id), "recipient");
  },
};
