import type { Regime } from "../regimes";
import type { TransferResult } from "../transfers";
import { activityOf, destinationLabel, label, nameOf, recipientById } from "./helpers";
import type { RuleHit, RuleInput } from "./rule";

// One finding per transfer gap: the transfers a rule objects to, grouped by importer (a recipient, or a storage
// location; a provider's location run by a recipient is that recipient's), each finding naming the activities that
// reach it. Linear in the number of transfers.

/** How many activities a message names before it says "and N more". */
const NAMED = 5;

export interface Gap {
  /** The first transfer to the destination that matched. */
  first: TransferResult;
  all: TransferResult[];
  /** The first activities reaching it, as transfers (one each), in order of appearance. */
  named: TransferResult[];
  /** How many distinct activities reach it. */
  activityCount: number;
  regimes: Regime[];
}

/** Who receives a transfer: the recipient (also for a provider's storage location it runs), else the storage location. */
export const importerId = (t: TransferResult) => t.recipientId ?? t.locationId ?? "";

/** The transfers matching `when`, grouped by importer in order of first appearance. */
export function gapsBy(input: RuleInput, when: (t: TransferResult) => boolean): Gap[] {
  const gaps = new Map<string, { gap: Gap; activities: Set<string> }>();
  // A plain loop: this runs over every transfer of the record, often 100,000 of them.
  for (const t of input.transfers) {
    if (!when(t)) continue;
    const id = importerId(t);
    let entry = gaps.get(id);
    if (!entry) gaps.set(id, (entry = { gap: { first: t, all: [], named: [], activityCount: 0, regimes: [] }, activities: new Set() }));
    const g = entry.gap;
    g.all.push(t);
    if (!entry.activities.has(t.activityId)) {
      entry.activities.add(t.activityId);
      g.activityCount++;
      if (g.named.length < NAMED) g.named.push(t);
    }
    if (!g.regimes.includes(t.regime)) g.regimes.push(t.regime);
  }
  return [...gaps.values()].map((e) => e.gap);
}

/** `processing activity "A"`, `processing activities "A", "B" and "C"`, `… and 3 more`. */
export function activitiesOf(input: RuleInput, g: Gap): string {
  const names = g.named.map((t) => {
    const a = activityOf(input, t);
    return `"${a ? nameOf(input, a) : t.activityId}"`;
  });
  const rest = g.activityCount - names.length;
  const list = rest > 0 ? `${names.join(", ")} and ${rest} more` : names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return `${g.activityCount === 1 ? "processing activity" : "processing activities"} ${list}`;
}

/** `Recipient "PayCo"`, `Storage location "Mumbai DC"`, or `Recipient "IndiCloud" (storage location "Mumbai DC")`, for the start of a message. */
export function destinationOf(input: RuleInput, t: TransferResult): string {
  const where = destinationLabel(input, t);
  if (t.locationId === null) return `Recipient ${where}`;
  const provider = recipientById(input, t.recipientId);
  return provider ? `Recipient ${label(input, provider)} (${where})` : where[0].toUpperCase() + where.slice(1);
}

/** `in "US"`, or `in "US" and "IN"` for an importer reached in several countries. */
export function inOf(g: Gap): string {
  const countries = [...new Set(g.all.map((t) => t.toCountry).filter((c): c is string => !!c))].map((c) => `"${c}"`);
  return countries.length ? `in ${countries.length === 1 ? countries[0] : `${countries.slice(0, -1).join(", ")} and ${countries[countries.length - 1]}`}` : "in an unknown country";
}

/** The finding on the importer itself. */
export function gapHit(g: Gap, message: string, regimes?: Regime[]): RuleHit {
  const t = g.first;
  const hit: RuleHit = { subjectType: t.recipientId !== null ? "Recipient" : "Location", subjectId: importerId(t), message };
  return regimes ? { ...hit, regimes } : hit;
}

const subprocessorGaps = new WeakMap<TransferResult[], Set<string>>();

/** Sub-processors that gdpr-subprocessor-no-mechanism reports (GDPR, reached down a chain, not covered): the GDPR transfer rules leave them to it. */
export function reportedAsSubprocessor(input: RuleInput): Set<string> {
  let ids = subprocessorGaps.get(input.transfers);
  if (!ids) {
    ids = new Set();
    for (const t of input.transfers) if (t.regime === "GDPR" && t.viaRecipientId !== null && t.status === "NOT_COVERED" && t.recipientId) ids.add(t.recipientId);
    subprocessorGaps.set(input.transfers, ids);
  }
  return ids;
}

/** `"A49-1-a", "A49-1-b"`: the codes recorded for the regime on a transfer's destination. */
export const recordedCodes = (t: TransferResult) => t.recorded.map((c) => `"${c}"`).join(", ");
