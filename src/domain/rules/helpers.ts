import { regimesOf } from "../jurisdictions";
import type { ActivityRecord, ClaimInput, MechanismInput, RecipientRecord, RecordInput, ReferenceFacts } from "../record-input";
import type { Regime } from "../regimes";
import type { TransferResult } from "../transfers";
import type { RuleHit, RuleInput } from "./rule";

// Small, pure helpers shared by the rules. Every helper tolerates partial records: empty lists,
// null countries, references to objects that are not in the record, and parent cycles.

/** A readable name for an object of the record, falling back to its key or id when the name is blank. */
export function label(o: { name?: string | null; key?: string | null; id: string }): string {
  return `"${o.name || o.key || o.id}"`;
}

/** `in "US"`, or `in an unknown country` when the record does not say (null or blank). */
export function inCountry(country: string | null | undefined): string {
  return country ? `in "${country}"` : "in an unknown country";
}

/** `"a", "b" and "c"`. */
export function quoted(items: string[]): string {
  const q = items.map((i) => `"${i}"`);
  return q.length <= 1 ? (q[0] ?? "") : `${q.slice(0, -1).join(", ")} and ${q[q.length - 1]}`;
}

export function reaches(input: RuleInput, activity: ActivityRecord, regime: Regime): boolean {
  return regimesOf(input.record.organization, activity, input.facts).includes(regime);
}

/** The activities a regime reaches. */
export function reached(input: RuleInput, regime: Regime): ActivityRecord[] {
  return input.record.activities.filter((a) => reaches(input, a, regime));
}

export function claimsOf(activity: ActivityRecord, regime: Regime): ClaimInput[] {
  return activity.legalBases.filter((c) => c.regime === regime);
}

/** Every category the activity names, in itself or in its disclosures, sorted and unique. */
const categoryCache = new WeakMap<ActivityRecord, string[]>();

/** Every category the activity processes or discloses, sorted; several rules ask, so it is computed once. */
export function categoriesOf(activity: ActivityRecord): string[] {
  let categories = categoryCache.get(activity);
  if (!categories) {
    categories = [...new Set([...activity.dataCategories, ...activity.disclosures.flatMap((d) => d.dataCategories)])].sort();
    categoryCache.set(activity, categories);
  }
  return categories;
}

/** Categories the facts mark with `kind` under `regime` (any kind when `kind` is omitted). */
export function sensitiveUnder(categories: string[], facts: ReferenceFacts, regime: Regime, kind?: string): string[] {
  return categories.filter((c) => facts.sensitivity(c).some((s) => s.regime === regime && (kind === undefined || s.kind === kind)));
}

export function activityHit(activity: ActivityRecord, message: string, detail?: string): RuleHit {
  return detail === undefined
    ? { subjectType: "ProcessingActivity", subjectId: activity.id, message }
    : { subjectType: "ProcessingActivity", subjectId: activity.id, message, detail };
}

/** Drops repeated hits on the same subject and detail (a destination reached twice, e.g. directly and via its parent). */
export function unique(hits: RuleHit[]): RuleHit[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const k = `${h.subjectType}|${h.subjectId}|${h.detail ?? ""}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

interface RecordIndex {
  activities: Map<string, ActivityRecord>;
  recipients: Map<string, RecipientRecord>;
  locations: Map<string, RecordInput["storageLocations"][number]>;
  children: Map<string, RecipientRecord[]>;
}

const indexes = new WeakMap<RecordInput, RecordIndex>();

/** Lookups by id, built once per record, so rules stay linear in the size of the record. */
export function indexOf(record: RecordInput): RecordIndex {
  let index = indexes.get(record);
  if (!index) {
    const children = new Map<string, RecipientRecord[]>();
    for (const r of record.recipients) if (r.parentId !== null) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r]);
    index = {
      activities: new Map(record.activities.map((a) => [a.id, a])),
      recipients: new Map(record.recipients.map((r) => [r.id, r])),
      locations: new Map(record.storageLocations.map((l) => [l.id, l])),
      children,
    };
    indexes.set(record, index);
  }
  return index;
}

const byActivity = new WeakMap<TransferResult[], Map<string, TransferResult[]>>();

/** An activity's transfers, from a per-run index of the transfer list. */
export function transfersOf(transfers: TransferResult[], activityId: string): TransferResult[] {
  let index = byActivity.get(transfers);
  if (!index) {
    index = new Map();
    for (const t of transfers) {
      const list = index.get(t.activityId);
      if (list) list.push(t);
      else index.set(t.activityId, [t]);
    }
    byActivity.set(transfers, index);
  }
  return index.get(activityId) ?? [];
}

export function activityById(record: RecordInput, id: string): ActivityRecord | undefined {
  return indexOf(record).activities.get(id);
}

export function recipientById(record: RecordInput, id: string | null): RecipientRecord | undefined {
  return id === null ? undefined : indexOf(record).recipients.get(id);
}

/** The id of a transfer's destination: the storage location or the recipient. */
export function destinationId(t: TransferResult): string {
  return t.locationId ?? t.recipientId ?? "";
}

/** The destination's name in quotes. */
export function destinationLabel(record: RecordInput, t: TransferResult): string {
  if (t.locationId !== null) {
    const l = indexOf(record).locations.get(t.locationId);
    return l ? `storage location ${label(l)}` : `storage location "${t.locationId}"`;
  }
  const r = recipientById(record, t.recipientId);
  return r ? label(r) : `"${t.recipientId ?? "?"}"`;
}

/** The transfer mechanisms recorded on a transfer's destination, for one regime. */
export function recordedMechanisms(record: RecordInput, t: TransferResult): MechanismInput[] {
  const own =
    t.locationId !== null
      ? indexOf(record).locations.get(t.locationId)?.mechanisms
      : recipientById(record, t.recipientId)?.mechanisms;
  return (own ?? []).filter((m) => m.regime === t.regime);
}

/** `Processing activity "X"`, or the activity id when it is not in the record. */
export function activityLabel(record: RecordInput, id: string): string {
  const a = activityById(record, id);
  return `Processing activity ${a ? label(a) : `"${id}"`}`;
}

export const PROCESSOR_KINDS = ["PROCESSOR", "SUB_PROCESSOR"];

/**
 * What each recipient receives from the given activities: directly disclosed recipients and, down the
 * sub-processor chain (parentId), what their parent receives. Guarded against parent cycles.
 */
export function receivedBy(record: RecordInput, activities: ActivityRecord[]): Map<string, { activityIds: Set<string>; categories: Set<string> }> {
  const out = new Map<string, { activityIds: Set<string>; categories: Set<string> }>();
  const add = (recipientId: string, activityId: string, categories: string[]) => {
    const entry = out.get(recipientId) ?? { activityIds: new Set<string>(), categories: new Set<string>() };
    entry.activityIds.add(activityId);
    for (const c of categories) entry.categories.add(c);
    out.set(recipientId, entry);
  };
  for (const a of activities) {
    for (const d of a.disclosures) {
      if (!recipientById(record, d.recipientId)) continue;
      const categories = d.dataCategories.length ? d.dataCategories : a.dataCategories;
      const seen = new Set<string>();
      const queue = [d.recipientId];
      while (queue.length) {
        const id = queue.shift() as string;
        if (seen.has(id)) continue;
        seen.add(id);
        add(id, a.id, categories);
        for (const child of indexOf(record).children.get(id) ?? []) if (!seen.has(child.id)) queue.push(child.id);
      }
    }
  }
  return out;
}
