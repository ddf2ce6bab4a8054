import type { RecordActivity, RecordDocument, RecordOrganization, ReferenceFacts } from "./record";
import { indexOf, locationsOf } from "./record-index";
import type { Regime, VolumeRange } from "./regimes";

// Who each law reaches, and why, with the article: pure, from the record's own facts. A regime either
// reaches an activity, or its reach turns on a fact the record lacks (UNDETERMINED: the rules then prompt for
// that fact instead of guessing), or it does not reach it at all (absent from the answer).

/** Mainland China for PIPL; Hong Kong, Macao and Taiwan are outside it. */
export const PIPL_TERRITORY = "CN";

/** CCPA §1798.140(d)(1)(A) revenue threshold, as adjusted by the CPPA for CPI from 1 January 2025. */
export const CCPA_REVENUE_THRESHOLD_USD = 26_625_000;
/** CCPA §1798.140(d)(1)(B): buys, sells or shares the personal information of 100,000 or more consumers a year. */
const CCPA_VOLUME: VolumeRange[] = ["FROM_100K_TO_1M", "OVER_1M"];

export type ReachStatus = "REACHES" | "UNDETERMINED";

export interface Reach {
  regime: Regime;
  status: ReachStatus;
  /** The article the answer rests on, e.g. "GDPR Art 3(2)". */
  article: string;
  /** Why, in a phrase that follows the organisation's name: "is established in DE". */
  reason: string;
}

// ISO 3166-2 lists Hong Kong, Macao and Taiwan also as subdivisions of CN; for these laws they are apart.
const APART: Record<string, string> = { "CN-HK": "HK", "CN-MO": "MO", "CN-TW": "TW" };

/** The country of a jurisdiction: "US" for "US-CA", "HK" for "CN-HK", "EEA" for "EEA". */
export function countryOf(jurisdiction: string): string {
  return APART[jurisdiction] ?? jurisdiction.slice(0, jurisdiction.startsWith("EEA") ? 3 : 2);
}

export function inEea(jurisdiction: string, facts: ReferenceFacts): boolean {
  const c = countryOf(jurisdiction);
  return c === "EEA" || facts.euAdequacy(c) === "EEA";
}

const inUk = (j: string) => countryOf(j) === "GB";
const inMainland = (j: string) => countryOf(j) === PIPL_TERRITORY;
const inHongKong = (j: string) => countryOf(j) === "HK";
/** People across the United States include Californians. */
const inCalifornia = (j: string) => j === "US-CA" || j === "US";

export function subjectJurisdictionsOf(org: RecordOrganization, activity: RecordActivity): string[] {
  return activity.subjectJurisdictions ?? org.subjectJurisdictions;
}

/** Where the organisation is established: its country and its further establishments. */
export function establishmentsOf(org: RecordOrganization): string[] {
  return [...(org.country ? [org.country] : []), ...org.establishments];
}

const show = (places: string[]) => places.map((p) => `"${p}"`).join(", ");

/** GDPR and UK GDPR Art 3: an establishment in the territory (3(1)), or people there offered goods or services or monitored (3(2)). */
function territorial(regime: "GDPR" | "UK_GDPR", org: RecordOrganization, people: string[], inside: (j: string) => boolean, where: string): Reach | null {
  const name = regime === "GDPR" ? "GDPR" : "UK GDPR";
  const established = establishmentsOf(org).filter(inside);
  if (established.length) return { regime, status: "REACHES", article: `${name} Art 3(1)`, reason: `is established in ${show(established)}, in ${where}` };
  const there = people.filter(inside);
  if (there.length) return { regime, status: "REACHES", article: `${name} Art 3(2)`, reason: `offers its services to people in ${show(there)}, in ${where}, from outside it` };
  return null;
}

/** PIPL Art 3: processing in mainland China (3(1)), or providing products or services to people there from abroad (3(2)). */
function pipl(record: RecordDocument, org: RecordOrganization, activity: RecordActivity, people: string[]): Reach | null {
  const established = establishmentsOf(org).filter(inMainland);
  if (established.length) return { regime: "PIPL", status: "REACHES", article: "PIPL Art 3(1)", reason: "is established in mainland China and processes the data there" };
  const stored = locationsOf(indexOf(record), activity).filter((l) => inMainland(l.country));
  if (stored.length) return { regime: "PIPL", status: "REACHES", article: "PIPL Art 3(1)", reason: `processes the data in mainland China (storage location "${stored[0].name}")` };
  if (people.some(inMainland)) return { regime: "PIPL", status: "REACHES", article: "PIPL Art 3(2)", reason: "provides its services to people in mainland China from outside it" };
  return null;
}

/** PDPO s.2(1), s.39(1)(d): a data user who controls the data in or from Hong Kong. Holding it there without an establishment leaves that open. */
function pdpo(record: RecordDocument, org: RecordOrganization, activity: RecordActivity): Reach | null {
  if (establishmentsOf(org).some(inHongKong)) return { regime: "PDPO", status: "REACHES", article: "PDPO s.2(1)", reason: "is established in Hong Kong and controls the data from there" };
  const held = locationsOf(indexOf(record), activity).filter((l) => inHongKong(l.country) && l.hosting !== "PROVIDER");
  if (held.length)
    return {
      regime: "PDPO",
      status: "UNDETERMINED",
      article: "PDPO s.2(1), s.39(1)(d)",
      reason: `holds the data on its own servers in Hong Kong ("${held[0].name}") but the record shows no establishment there, so whether it controls the data in or from Hong Kong is not known`,
    };
  return null;
}

const businessCache = new WeakMap<RecordDocument, { met: string | null; unknown: string[] }>();

/** The CCPA business thresholds of §1798.140(d)(1): met, not met, or not known from the record (worked out once per record). */
export function ccpaBusiness(record: RecordDocument): { met: string | null; unknown: string[] } {
  let found = businessCache.get(record);
  if (!found) businessCache.set(record, (found = thresholds(record)));
  return found;
}

function thresholds(record: RecordDocument): { met: string | null; unknown: string[] } {
  const org = record.organization;
  if (org.annualRevenueUsd !== null && org.annualRevenueUsd > CCPA_REVENUE_THRESHOLD_USD) return { met: `has annual revenue above USD ${CCPA_REVENUE_THRESHOLD_USD.toLocaleString("en-US")}`, unknown: [] };
  if (org.sellingRevenuePercent !== null && org.sellingRevenuePercent >= 50) return { met: "derives half or more of its revenue from selling or sharing personal information", unknown: [] };
  const selling = record.activities.filter((a) => a.disclosures.some((d) => d.sale === true || d.sharing === true));
  if (selling.some((a) => a.individualsPerYear !== null && CCPA_VOLUME.includes(a.individualsPerYear)))
    return { met: "sells or shares the personal information of 100,000 or more consumers a year", unknown: [] };
  const unknown: string[] = [];
  if (org.annualRevenueUsd === null) unknown.push("annual revenue");
  if (org.sellingRevenuePercent === null) unknown.push("share of revenue from selling or sharing personal information");
  const volumeOpen = selling.some((a) => a.individualsPerYear === null) || record.activities.some((a) => a.disclosures.some((d) => d.sale === null || d.sharing === null));
  if (volumeOpen) unknown.push("whether it sells or shares the personal information of 100,000 or more consumers a year");
  return { met: null, unknown };
}

/** CCPA §1798.140(d): a for-profit business doing business in California with consumers there that meets a threshold. */
function ccpa(record: RecordDocument, people: string[]): Reach | null {
  if (!people.some(inCalifornia)) return null;
  const { met, unknown } = ccpaBusiness(record);
  if (met) return { regime: "CCPA", status: "REACHES", article: "CCPA §1798.140(d)(1)", reason: `serves consumers in California and ${met}` };
  if (!unknown.length) return null;
  return { regime: "CCPA", status: "UNDETERMINED", article: "CCPA §1798.140(d)(1)", reason: `serves consumers in California, but the record does not give its ${unknown.join(", nor ")}` };
}

const reachCache = new WeakMap<RecordActivity, { record: RecordDocument; reach: Reach[] }>();

/** Every regime that reaches an activity or whose reach is open, with the article and the reason. */
export function reachOf(record: RecordDocument, activity: RecordActivity, facts: ReferenceFacts): Reach[] {
  const cached = reachCache.get(activity);
  if (cached?.record === record) return cached.reach;
  const org = record.organization;
  const people = subjectJurisdictionsOf(org, activity);
  const reach = [
    territorial("GDPR", org, people, (j) => inEea(j, facts), "the EEA"),
    territorial("UK_GDPR", org, people, inUk, "the United Kingdom"),
    pipl(record, org, activity, people),
    pdpo(record, org, activity),
    ccpa(record, people),
  ].filter((r): r is Reach => r !== null);
  reachCache.set(activity, { record, reach });
  return reach;
}

/** The regimes that reach an activity (not those whose reach is open). */
export function regimesOf(record: RecordDocument, activity: RecordActivity, facts: ReferenceFacts): Regime[] {
  return reachOf(record, activity, facts)
    .filter((r) => r.status === "REACHES")
    .map((r) => r.regime);
}

/** The reach of the organisation: per regime, the first activity's answer that reaches it, else an open one. */
export function organizationReach(record: RecordDocument, facts: ReferenceFacts): Reach[] {
  const best = new Map<Regime, Reach>();
  for (const a of record.activities)
    for (const r of reachOf(record, a, facts)) {
      const seen = best.get(r.regime);
      if (!seen || (seen.status === "UNDETERMINED" && r.status === "REACHES")) best.set(r.regime, r);
    }
  return [...best.values()];
}
