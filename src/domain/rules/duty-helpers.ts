import { countryOf, inEea, subjectJurisdictionsOf } from "../jurisdictions";
import type { RecordActivity, RecordDocument, RecordRecipient } from "../record";
import { indexOf, roleOf, type RecipientRole } from "../record-index";
import type { Regime } from "../regimes";
import { nameOf, reached, receivedBy } from "./helpers";
import type { RuleInput } from "./rule";

// Helpers shared by the PIPL, PDPO and CCPA duty rules: who a recipient is in law, which rights the record offers
// to whom, what its statements say, and hits on the organisation and on recipients. All tolerate partial records.

export type Role = RecipientRole;
export const isProcessor = (r: RecordRecipient) => roleOf(r) === "PROCESSOR";

/** Another controller (handler) the data is provided to: a controller by role, or one of unknown role whose kind is not a processor's. */
export function isOtherController(r: RecordRecipient): boolean {
  const role = roleOf(r);
  return role === "INDEPENDENT_CONTROLLER" || role === "JOINT_CONTROLLER" || role === null;
}

/** A processor bound by a contract the record states (signed, or claimed as a contract). */
export const contracted = (r: RecordRecipient) => r.dpa.status === "SIGNED" || r.dpa.status === "CLAIMED";

const receivedCache = new WeakMap<RuleInput["transfers"], Map<Regime, Map<string, Set<string>>>>();

/** What each recipient receives from the activities a regime reaches (down the sub-processor chain), once per run. */
export function receivedUnder(input: RuleInput, regime: Regime): Map<string, Set<string>> {
  let byRegime = receivedCache.get(input.transfers);
  if (!byRegime) receivedCache.set(input.transfers, (byRegime = new Map()));
  let received = byRegime.get(regime);
  if (!received) byRegime.set(regime, (received = receivedBy(input, reached(input, regime))));
  return received;
}

/** The recipients (in the record's order) that receive data from activities the regime reaches. */
export function recipientsUnder(input: RuleInput, regime: Regime): RecordRecipient[] {
  const received = receivedUnder(input, regime);
  return received.size ? input.record.recipients.filter((r) => received.has(r.key)) : [];
}

/** A processor engaged for the controller: itself a processor, and so is every recipient up its chain of parents. */
export function processorOfOurs(input: RuleInput, r: RecordRecipient): boolean {
  const { recipients } = indexOf(input.record);
  const seen = new Set<string>();
  for (let at: RecordRecipient | undefined = r; at && !seen.has(at.key); at = at.parent === null ? undefined : recipients.get(at.parent)) {
    if (!isProcessor(at)) return false;
    seen.add(at.key);
  }
  return true;
}

/** The controller's own processors (down processor chains only) that receive data from activities the regime reaches. */
export const processorsUnder = (input: RuleInput, regime: Regime) => recipientsUnder(input, regime).filter((r) => processorOfOurs(input, r));

/** Whether a right's list of places (null: everywhere) includes the place `p`. */
function covers(jurisdictions: string[] | null, p: string, input: RuleInput): boolean {
  if (jurisdictions === null) return true;
  return jurisdictions.some((j) => j === p || countryOf(p) === j || (j === "EEA" && inEea(p, input.facts)));
}

/** The places among `places` to which the record offers none of `rights`. */
export function placesWithout(input: RuleInput, rights: string[], places: string[]): string[] {
  const offered = input.record.rights.filter((r) => rights.includes(r.right));
  return places.filter((p) => !offered.some((r) => covers(r.jurisdictions, p, input)));
}

/** Where the people of the activities a regime reaches are; `home` when the record does not say. */
export function peopleUnder(input: RuleInput, regime: Regime, home: string): string[] {
  const org = input.record.organization;
  const places = new Set<string>();
  for (const a of reached(input, regime)) for (const p of subjectJurisdictionsOf(org, a)) places.add(p);
  return places.size ? [...places].sort() : [home];
}

/** The places of one activity's people; `home` when the record does not say. */
export function peopleOf(input: RuleInput, a: RecordActivity, home: string): string[] {
  const places = subjectJurisdictionsOf(input.record.organization, a);
  return places.length ? places : [home];
}

export function statementsOn(record: RecordDocument, topic: string): RecordDocument["statements"] {
  return record.statements.filter((s) => s.topic === topic);
}

/** A retention entry that says nothing (no period, trigger or description) is as good as none. */
export const noRetention = (a: RecordActivity) => !a.retention || (!a.retention.period && !a.retention.trigger && !a.retention.description);

/** The controller's own contact details: an e-mail, a postal address, or its officer's e-mail. */
export function hasContact(record: RecordDocument): boolean {
  const o = record.organization;
  return !!(o.contactEmail || o.postalAddress || o.dpo?.email);
}

/** "1 activity" / "3 activities" followed by the quoted names of up to five of them. */
export function someActivities(input: RuleInput, list: RecordActivity[]): string {
  const names = list.slice(0, 5).map((a) => `"${nameOf(input, a)}"`);
  const more = list.length > 5 ? ` and ${list.length - 5} more` : "";
  return `${list.length === 1 ? "activity" : `${list.length} activities`} ${names.join(", ")}${more}`;
}
