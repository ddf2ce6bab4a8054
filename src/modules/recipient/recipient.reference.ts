import type { Db } from "../../db/connection";
import { badInput, notFound } from "../common/errors";
import type { ShowId } from "../activity/activity.write.service";
import { recipientStore } from "./recipient.store";

/**
 * A recipient another object links to (a location's host, a tracker's owner): a live recipient of the same
 * organisation as `owner` (e.g. "storage location"), named in errors as the caller named it.
 */
export function linkedRecipient(db: Db, path: string, organizationId: number, id: number, show: ShowId, owner: string): number {
  const r = recipientStore.byIds(db, [id])[0];
  if (!r || r.archivedAt) throw notFound(path, show("Recipient", id), "recipient");
  if (r.organizationId !== organizationId) throw badInput(path, show("Recipient", id), `a recipient of the same organisation as the ${owner}; ${JSON.stringify(r.name)} belongs to another one`);
  return id;
}
