import type { RecordActivity, RecordDocument, RecordLocation, RecordRecipient } from "./record";

// Lookups by key over one record document, built once per document, so that the rules and the transfer
// analysis stay linear in the size of the record. Keys that point nowhere simply find nothing.

export interface RecordIndex {
  recipients: Map<string, RecordRecipient>;
  locations: Map<string, RecordLocation>;
  measures: Set<string>;
  /** Sub-processors by the key of the recipient that engaged them, in the record's order. */
  children: Map<string, RecordRecipient[]>;
  /** Position of each storage location in the record, by key. */
  rank: Map<string, number>;
}

const indexes = new WeakMap<RecordDocument, RecordIndex>();

export function indexOf(record: RecordDocument): RecordIndex {
  let index = indexes.get(record);
  if (!index) {
    const children = new Map<string, RecordRecipient[]>();
    for (const r of record.recipients) {
      if (r.parent === null) continue;
      const list = children.get(r.parent);
      if (list) list.push(r);
      else children.set(r.parent, [r]);
    }
    index = {
      recipients: new Map(record.recipients.map((r) => [r.key, r])),
      locations: new Map(record.storageLocations.map((l) => [l.key, l])),
      measures: new Set(record.securityMeasures.map((m) => m.key)),
      children,
      rank: new Map(record.storageLocations.map((l, i) => [l.key, i])),
    };
    indexes.set(record, index);
  }
  return index;
}

/** The storage locations an activity names that the record holds, in the record's order (row order, as read). */
export function locationsOf(index: RecordIndex, activity: RecordActivity): RecordLocation[] {
  const out: RecordLocation[] = [];
  for (const key of activity.storageLocations) {
    const l = index.locations.get(key);
    if (l) out.push(l);
  }
  return out.length > 1 ? out.sort((a, b) => index.rank.get(a.key)! - index.rank.get(b.key)!) : out;
}

/** The global id of an object by key, from a map of the identity (the key itself where the identity lacks it). */
export function globalId(ids: Map<string, string>, key: string): string {
  return ids.get(key) ?? key;
}

export type RecipientRole = NonNullable<RecordRecipient["role"]>;

// The older free `kind` says the role plainly for these kinds; for the others (affiliate, agent, …) it stays unknown.
const ROLE_OF_KIND: Record<string, RecipientRole> = {
  PROCESSOR: "PROCESSOR",
  SUB_PROCESSOR: "PROCESSOR",
  INDEPENDENT_CONTROLLER: "INDEPENDENT_CONTROLLER",
  JOINT_CONTROLLER: "JOINT_CONTROLLER",
  PUBLIC_AUTHORITY: "PUBLIC_AUTHORITY",
  ACQUIRER: "ACQUIRER",
};

/** A recipient's role in law: the recorded `role`, else what its kind plainly says; null while unknown. */
export function roleOf(r: RecordRecipient): RecipientRole | null {
  return r.role ?? ROLE_OF_KIND[r.kind] ?? null;
}
