import { regimesOf } from "../jurisdictions";
import type { RecordActivity, RecordClaim, RecordDocument, RecordIdentity, RecordLocation, RecordRecipient, ReferenceFacts, TransferTool } from "../record";
import { globalId, indexOf } from "../record-index";
import type { Regime } from "../regimes";
import type { TransferResult } from "../transfers";
import type { RuleHit, RuleInput, Severity } from "./rule";

// Small, pure helpers shared by the rules. Every helper tolerates partial records: empty lists,
// null countries, keys that point at nothing in the record, and parent cycles.

type Named = RecordActivity | RecordRecipient | RecordLocation;

interface ById {
  identity: RecordIdentity;
  activities: Map<string, RecordActivity>;
  recipients: Map<string, RecordRecipient>;
  locations: Map<string, RecordLocation>;
}

const byIds = new WeakMap<RecordDocument, ById>();

/** The record's activities, recipients and locations by global id (transfers name them so), built once per record. */
function byId(input: RuleInput): ById {
  let found = byIds.get(input.record);
  if (found?.identity !== input.identity) {
    const { record, identity } = input;
    const keyed = <T extends Named>(list: T[], of: Map<string, string>) => new Map(list.map((o) => [globalId(of, o.key), o]));
    found = {
      identity,
      activities: keyed(record.activities, identity.activities),
      recipients: keyed(record.recipients, identity.recipients),
      locations: keyed(record.storageLocations, identity.storageLocations),
    };
    byIds.set(record, found);
  }
  return found;
}

/** The global id of an object that has neither a name nor a key (only hand-made records have such objects). */
function idOf(input: RuleInput, o: Named): string {
  const { activities, recipients, locations } = byId(input);
  for (const [id, x] of [...activities, ...recipients, ...locations]) if (x === o) return id;
  return "";
}

/** A readable name for an object of the record, falling back to its key or id when the name is blank. */
export function nameOf(input: RuleInput, o: Named): string {
  return o.name || o.key || idOf(input, o);
}

export function label(input: RuleInput, o: Named): string {
  return `"${nameOf(input, o)}"`;
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

export function reaches(input: RuleInput, activity: RecordActivity, regime: Regime): boolean {
  return regimesOf(input.record, activity, input.facts).includes(regime);
}

/** The regimes that reach an activity, in the order of REGIMES. */
export function regimesAt(input: RuleInput, activity: RecordActivity): Regime[] {
  return regimesOf(input.record, activity, input.facts);
}

const reachedIn = new WeakMap<TransferResult[], Map<Regime, RecordActivity[]>>();

/** The activities a regime reaches; most rules ask, so it is worked out once per run (a run has its own transfer list). */
export function reached(input: RuleInput, regime: Regime): RecordActivity[] {
  let byRegime = reachedIn.get(input.transfers);
  if (!byRegime) reachedIn.set(input.transfers, (byRegime = new Map()));
  let activities = byRegime.get(regime);
  if (!activities) byRegime.set(regime, (activities = input.record.activities.filter((a) => reaches(input, a, regime))));
  return activities;
}

export function claimsOf(activity: RecordActivity, regime: Regime): RecordClaim[] {
  return activity.legalBases.filter((c) => c.regime === regime);
}

/** LAWFUL_BASIS, SPECIAL_CONDITION, SEPARATE_CONSENT, … of a claim; a code the reference data lacks counts as a lawful basis. */
export function kindOf(facts: ReferenceFacts, claim: RecordClaim): string {
  return facts.legalBasisKind(claim.regime, claim.code) ?? "LAWFUL_BASIS";
}

const categoryCache = new WeakMap<RecordActivity, string[]>();

/** Every category the activity processes or discloses, sorted; several rules ask, so it is computed once. */
export function categoriesOf(activity: RecordActivity): string[] {
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

export function activityHit(input: RuleInput, activity: RecordActivity, message: string, detail?: string): RuleHit {
  const subjectId = globalId(input.identity.activities, activity.key);
  return detail === undefined ? { subjectType: "ProcessingActivity", subjectId, message } : { subjectType: "ProcessingActivity", subjectId, message, detail };
}

/** `Organisation "Acme"`, falling back to the slug or the id when the name is blank. */
export function orgLabel(input: RuleInput): string {
  const o = input.record.organization;
  return `Organisation "${o.name || o.slug || input.identity.organization}"`;
}

/** A hit on the organisation, with the severity its facts call for when given. */
export function orgHit(input: RuleInput, message: string, severity?: Severity): RuleHit {
  const hit: RuleHit = { subjectType: "Organization", subjectId: input.identity.organization, message };
  return severity ? { ...hit, severity } : hit;
}

/** A hit on a recipient, with the severity its facts call for when given. */
export function recipientHit(input: RuleInput, r: RecordRecipient, message: string, severity?: Severity): RuleHit {
  const hit: RuleHit = { subjectType: "Recipient", subjectId: globalId(input.identity.recipients, r.key), message };
  return severity ? { ...hit, severity } : hit;
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

const byActivity = new WeakMap<TransferResult[], Map<string, TransferResult[]>>();

/** An activity's transfers, from a per-run index of the transfer list. */
export function transfersOf(input: RuleInput, activity: RecordActivity): TransferResult[] {
  let index = byActivity.get(input.transfers);
  if (!index) {
    index = new Map();
    for (const t of input.transfers) {
      const list = index.get(t.activityId);
      if (list) list.push(t);
      else index.set(t.activityId, [t]);
    }
    byActivity.set(input.transfers, index);
  }
  return index.get(globalId(input.identity.activities, activity.key)) ?? [];
}

/** The objects a transfer names, looked up by their global ids. */
export function activityOf(input: RuleInput, t: TransferResult): RecordActivity | undefined {
  return byId(input).activities.get(t.activityId);
}

export function recipientById(input: RuleInput, id: string | null): RecordRecipient | undefined {
  return id === null ? undefined : byId(input).recipients.get(id);
}

function locationOf(input: RuleInput, t: TransferResult): RecordLocation | undefined {
  return t.locationId === null ? undefined : byId(input).locations.get(t.locationId);
}

/** The id of a transfer's destination: the storage location or the recipient. */
export function destinationId(t: TransferResult): string {
  return t.locationId ?? t.recipientId ?? "";
}

/** The destination's name in quotes. */
export function destinationLabel(input: RuleInput, t: TransferResult): string {
  if (t.locationId !== null) {
    const l = locationOf(input, t);
    return l ? `storage location ${label(input, l)}` : `storage location "${t.locationId}"`;
  }
  const r = recipientById(input, t.recipientId);
  return r ? label(input, r) : `"${t.recipientId ?? "?"}"`;
}

/** The transfer mechanisms recorded on a transfer's destination, for one regime. */
export function recordedMechanisms(input: RuleInput, t: TransferResult): TransferTool[] {
  const own = t.locationId !== null ? locationOf(input, t)?.transferMechanisms : recipientById(input, t.recipientId)?.transferMechanisms;
  return (own ?? []).filter((m) => m.regime === t.regime);
}

export const PROCESSOR_KINDS = ["PROCESSOR", "SUB_PROCESSOR"];

/**
 * The categories each recipient (by key) receives from the given activities: directly disclosed recipients and,
 * down the sub-processor chain (parent), what their parent receives. Guarded against parent cycles.
 */
export function receivedBy(input: RuleInput, activities: RecordActivity[]): Map<string, Set<string>> {
  const { recipients, children } = indexOf(input.record);
  const out = new Map<string, Set<string>>();
  for (const a of activities) {
    for (const d of a.disclosures) {
      if (!recipients.has(d.recipient)) continue;
      const categories = d.dataCategories.length ? d.dataCategories : a.dataCategories;
      const seen = new Set<string>();
      const queue = [d.recipient];
      while (queue.length) {
        const key = queue.shift() as string;
        if (seen.has(key)) continue;
        seen.add(key);
        let received = out.get(key);
        if (!received) out.set(key, (received = new Set<string>()));
        for (const c of categories) received.add(c);
        for (const child of children.get(key) ?? []) if (!seen.has(child.key)) queue.push(child.key);
      }
    }
  }
  return out;
}
