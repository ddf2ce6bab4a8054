import { roleOf } from "../record-index";
import { countryOf, inEea, subjectJurisdictionsOf } from "../jurisdictions";
import type { RecordActivity, RecordDocument, ReferenceFacts } from "../record";
import type { AgeBand, VolumeRange } from "../regimes";
import { isWithin } from "../taxonomy";
import { claimsOf, kindOf, PROCESSOR_KINDS, reached, receivedBy } from "./helpers";
import type { RuleInput } from "./rule";

// GDPR and UK GDPR share their text almost article for article: the rules are built once from a profile of
// the law (regime, id prefix, citation, territory and the few points where the UK differs).

export interface GdprLaw {
  regime: "GDPR" | "UK_GDPR";
  /** Rule id prefix: "gdpr" or "uk". */
  id: "gdpr" | "uk";
  /** How its articles are cited: "GDPR" or "UK GDPR". */
  name: "GDPR" | "UK GDPR";
  /** Where the law's territory is, in a phrase: "the EEA", "the United Kingdom". */
  territory: string;
  /** Whether a jurisdiction of the record (a country, "EEA", a subdivision) lies in the territory. */
  inside(jurisdiction: string, facts: ReferenceFacts): boolean;
  /** The authority a breach is notified to and a complaint lodged with. */
  authority: string;
  /** Age bands below the Art 8 age of digital consent (16 in the GDPR unless a member state lowers it; 13 in the UK). */
  childBands: AgeBand[];
  childAge: string;
  /** Citations that differ: Art 9 and 10 conditions in the UK come with DPA 2018 Schedule 1. */
  art8: string;
  art9: string;
  art10: string;
  /** The ePrivacy rules: the Directive's national laws in the EEA, PECR in the UK. */
  eprivacy: { id: "eprivacy" | "uk-pecr"; name: string; cookies: string; marketing: string; softOptIn: string };
}

export const GDPR: GdprLaw = {
  regime: "GDPR",
  id: "gdpr",
  name: "GDPR",
  territory: "the EEA",
  inside: (j, facts) => inEea(j, facts),
  authority: "a supervisory authority",
  childBands: ["UNDER_13", "AGE_13", "AGE_14_TO_15"],
  childAge: "16",
  art8: "GDPR Art 8(1)",
  art9: "GDPR Art 9(2)",
  art10: "GDPR Art 10",
  eprivacy: {
    id: "eprivacy",
    name: "the ePrivacy Directive",
    cookies: "ePrivacy Directive Art 5(3)",
    marketing: "ePrivacy Directive Art 13(1)",
    softOptIn: "ePrivacy Directive Art 13(2)",
  },
};

export const UK_GDPR: GdprLaw = {
  regime: "UK_GDPR",
  id: "uk",
  name: "UK GDPR",
  territory: "the United Kingdom",
  inside: (j) => countryOf(j) === "GB",
  authority: "the Information Commissioner",
  childBands: ["UNDER_13"],
  childAge: "13",
  art8: "UK GDPR Art 8(1); DPA 2018 s.9",
  art9: "UK GDPR Art 9(2); DPA 2018 s.10, Sch 1",
  art10: "UK GDPR Art 10; DPA 2018 s.10(5), Sch 1",
  eprivacy: { id: "uk-pecr", name: "PECR", cookies: "PECR reg 6", marketing: "PECR reg 22(2)", softOptIn: "PECR reg 22(3)" },
};

/** The organisation's name in quotes, falling back to its slug or id. */
/** The people of the activities the law reaches who are in its territory (e.g. ["EEA"], ["FR", "DE"]). */
export function peopleInside(law: GdprLaw, input: RuleInput, activities: RecordActivity[]): Set<string> {
  const org = input.record.organization;
  const out = new Set<string>();
  for (const a of activities) for (const j of subjectJurisdictionsOf(org, a)) if (law.inside(j, input.facts)) out.add(j);
  return out;
}

/** Whether the record lists `right` as offered to people in the law's territory (a right without jurisdictions is offered everywhere). */
export function offersRight(law: GdprLaw, record: RecordDocument, facts: ReferenceFacts, right: string): boolean {
  return record.rights.some((r) => r.right === right && (r.jurisdictions === null || r.jurisdictions.some((j) => law.inside(j, facts))));
}

/** A recipient's role in law: the recorded role, else what its kind says, else null (unknown). */
/** Art 6(1)(a) consent and Art 9(2)(a) explicit consent. */
export const isConsent = (code: string): boolean => code === "A6-1-a" || code === "A9-2-a";
export const INVALID_CONSENT = ["OPT_OUT", "CONTINUED_USE"];

/** Whether an activity relies on consent under the law (Art 6(1)(a) or Art 9(2)(a)). */
export function reliesOnConsent(law: GdprLaw, a: RecordActivity): boolean {
  return claimsOf(a, law.regime).some((c) => isConsent(c.code));
}

/** The lawful bases claimed under the law, by code. */
export function basesOf(law: GdprLaw, a: RecordActivity, facts: ReferenceFacts): string[] {
  return claimsOf(a, law.regime)
    .filter((c) => kindOf(facts, c) === "LAWFUL_BASIS")
    .map((c) => c.code);
}

/** Volumes the record calls large scale (GDPR Art 35(3)(b), Art 37(1); WP248 criterion 5). */
export const LARGE_SCALE: VolumeRange[] = ["FROM_100K_TO_1M", "OVER_1M"];
export const VOLUME_TEXT: Record<VolumeRange, string> = {
  UNDER_10K: "fewer than 10,000",
  FROM_10K_TO_100K: "10,000 to 100,000",
  FROM_100K_TO_1M: "100,000 to 1 million",
  OVER_1M: "over 1 million",
};

/** Purposes that evaluate people or build profiles (WP248 criterion 1); contextual and technical advertising and light personalisation do not. */
const NOT_PROFILING = [
  "marketing.advertising.first_party.contextual",
  "marketing.advertising.frequency_capping",
  "marketing.advertising.negative_targeting",
  "marketing.advertising.serving",
  "personalize.content.limited",
  "personalize.system",
];
export function profilingPurposes(a: RecordActivity): string[] {
  return a.purposes.filter((p) => (isWithin(p, "personalize") || isWithin(p, "marketing.advertising")) && !NOT_PROFILING.some((n) => isWithin(p, n)));
}

/** Trackers that follow people for advertising, or fingerprint their devices: systematic monitoring. */
export function monitoringTrackers(a: RecordActivity): RecordActivity["trackers"] {
  return a.trackers.filter((t) => t.purpose === "ADVERTISING" || t.kind === "FINGERPRINTING");
}

/** A tracker by kind and name: `COOKIE "_ga"`. */
export function trackerLabel(t: RecordActivity["trackers"][number]): string {
  return t.name ? `${t.kind} "${t.name}"` : t.kind;
}


const received = new WeakMap<RuleInput["transfers"], Map<string, Map<string, Set<string>>>>();

/** What each recipient receives from the activities the law reaches (down the sub-processor chain), once per run and law. */
export function receivedUnder(law: GdprLaw, input: RuleInput): Map<string, Set<string>> {
  let byLaw = received.get(input.transfers);
  if (!byLaw) received.set(input.transfers, (byLaw = new Map()));
  let found = byLaw.get(law.regime);
  if (!found) byLaw.set(law.regime, (found = receivedBy(input, reached(input, law.regime))));
  return found;
}
