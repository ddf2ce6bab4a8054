import type { Db } from "../../db/connection";
import { badInput } from "../common/errors";
import type { ShowId } from "../activity/activity.write.service";
import { recipientWriteService, type RecipientChanges } from "./recipient.write.service";

// Creating a whole list of recipients from a file (seed, JSON export), each parent before its sub-processors.

export interface RecipientEntry {
  key: string;
  parent?: string | null;
}

/**
 * Creates every entry through the write service so that a sub-processor's version 1 already names its parent.
 * `changes` gives an entry's own fields; `created` is told each new row id. Returns key -> row id.
 */
export function createRecipientsParentsFirst<E extends RecipientEntry>(
  db: Db,
  organizationId: number,
  entries: E[],
  changes: (e: E) => Omit<RecipientChanges, "parent" | "key">,
  actor: string,
  show: ShowId,
  created: (e: E, id: number, at: string) => void,
): Map<string, number> {
  const ids = new Map<string, number>();
  const index = new Map(entries.map((e, i) => [e.key, i]));
  const create = (i: number, below: string[]): number => {
    const e = entries[i];
    const at = `recipients[${i}]`;
    const done = ids.get(e.key);
    if (done !== undefined) return done;
    if (below.includes(e.key)) throw badInput(`${at}.parent`, e.parent, `a recipient not below this one; the parents form a cycle ${[...below, e.key].join(" → ")}`);
    let parent: number | null = null;
    if (e.parent != null) {
      const p = index.get(e.parent);
      if (p === undefined) throw badInput(`${at}.parent`, e.parent, "the key of another recipient in the same file");
      parent = create(p, [...below, e.key]);
    }
    const id = recipientWriteService.create(db, organizationId, { ...changes(e), key: e.key, parent }, actor, at, show);
    ids.set(e.key, id);
    created(e, id, at);
    return id;
  };
  entries.forEach((_, i) => create(i, []));
  return ids;
}
