import { PIPL_TERRITORY, countryOf, subjectJurisdictionsOf } from "./jurisdictions";
import type { RecordActivity, RecordOrganization } from "./record";
import type { VolumeRange } from "./regimes";

// Which PIPL Art 38 route a provision of personal information abroad needs, under PIPL Art 40 and the CAC's
// Provisions on Promoting and Regulating Cross-Border Data Flows of 22 March 2024 ("the 2024 Provisions"):
// an exemption (Art 4, Art 5), the standard contract or certification (Art 8), or a CAC security assessment
// (Art 7). The thresholds count people per handler since 1 January, so the tally is taken over the whole record.

export type PiplRoute = "ASSESSMENT" | "CONTRACT" | "NONE";

export const PROVISIONS = "2024 CAC Cross-Border Data Flow Provisions";

export interface PiplExemption {
  /** The article of the 2024 Provisions, e.g. "Art 5(1)". */
  article: string;
  /** Why it applies, in a phrase. */
  why: string;
}

// Employees' data moved for cross-border HR management (Art 5(2)); other 13-2 processing is for a contract with the person (Art 5(1)).
const STAFF = ["employee", "trainee"];

/**
 * The exemptions that hang on the activity alone and hold even for a CIIO (the 2024 Provisions Art 7 and 8 yield to Art 3-6):
 * data collected abroad (Art 4: the activity's people are all outside the mainland), and necessity shown by the activity's
 * own PIPL basis: 13-2 contract or HR management (Art 5(1), 5(2)), 13-4 emergency (Art 5(3)).
 */
export function activityExemption(org: RecordOrganization, activity: RecordActivity): PiplExemption | null {
  const people = subjectJurisdictionsOf(org, activity);
  if (people.length && !people.some((j) => countryOf(j) === PIPL_TERRITORY))
    return { article: "Art 4", why: "the personal information is collected abroad (the activity's people are all outside mainland China)" };
  const codes = activity.legalBases.filter((c) => c.regime === "PIPL").map((c) => c.code);
  if (codes.includes("13-2"))
    return activity.dataSubjects.some((s) => STAFF.includes(s))
      ? { article: "Art 5(2)", why: "it is needed for cross-border human-resources management (PIPL basis 13-2)" }
      : { article: "Art 5(1)", why: "it is needed to conclude or perform a contract with the individual (PIPL basis 13-2)" };
  if (codes.includes("13-4")) return { article: "Art 5(3)", why: "it is needed in an emergency to protect life, health or property (PIPL basis 13-4)" };
  return null;
}

// People a year as a range [low, high): the VOLUME_RANGES cut exactly at the thresholds of the 2024 Provisions.
const LOW: Record<VolumeRange, number> = { UNDER_10K: 0, FROM_10K_TO_100K: 10_000, FROM_100K_TO_1M: 100_000, OVER_1M: 1_000_000 };
const HIGH: Record<VolumeRange, number> = { UNDER_10K: 10_000, FROM_10K_TO_100K: 100_000, FROM_100K_TO_1M: 1_000_000, OVER_1M: Infinity };

/** The handler's yearly count: at least the largest activity (`low`), below the sum of all (`high`, as people may overlap). */
interface Count {
  low: number;
  high: number;
  /** Activities whose count is not recorded. */
  unknown: string[];
}

export interface PiplTally {
  ciio: boolean | null;
  /** People whose personal information is provided abroad, by the activities not exempt on their own. */
  people: Count;
  /** People whose sensitive personal information is provided abroad. */
  sensitive: Count;
}

export interface Exporting {
  activity: RecordActivity;
  /** Whether what it provides abroad includes PIPL sensitive personal information. */
  sensitive: boolean;
}

const nameOf = (a: RecordActivity) => `"${a.name || a.key}"`;

/** Exports under Art 4 and Art 5(1)-(3) are left out of the count: those articles exempt them whatever the volume. */
export function tallyOf(org: RecordOrganization, exporting: Exporting[]): PiplTally {
  const people: Count = { low: 0, high: 0, unknown: [] };
  const sensitive: Count = { low: 0, high: 0, unknown: [] };
  for (const { activity: a, sensitive: hasSensitive } of exporting) {
    const n = a.individualsPerYear;
    if (n) {
      people.low = Math.max(people.low, LOW[n]);
      people.high += HIGH[n];
    } else {
      people.high = Infinity;
      people.unknown.push(nameOf(a));
    }
    if (!hasSensitive) continue;
    const s = a.sensitiveIndividualsPerYear;
    if (s) {
      sensitive.low = Math.max(sensitive.low, LOW[s]);
      sensitive.high += Math.min(HIGH[s], n ? HIGH[n] : Infinity);
    } else {
      // Never more than the activity's people, when that is known.
      sensitive.high += n ? HIGH[n] : Infinity;
      sensitive.unknown.push(nameOf(a));
    }
  }
  return { ciio: org.criticalInfrastructure, people, sensitive };
}

export interface RouteAnswer {
  /** What the volumes require; null when it turns on facts the record lacks. */
  required: PiplRoute | null;
  /** With `required` null: whether the Art 5(4) exemption may still apply. */
  exemptionOpen: boolean;
  /** With `required` null: whether a security assessment may be required. */
  assessmentOpen: boolean;
  /** Why, in a phrase (for a known route). */
  why: string;
  /** The facts the route turns on that the record lacks. */
  missing: string[];
}

/** Names a few activities, then counts the rest (a record may hold 10,000). */
const few = (names: string[]) => (names.length > 5 ? `${names.slice(0, 5).join(", ")} and ${names.length - 5} more` : names.join(", "));

function countFact(c: Count, what: string, threshold: string): string {
  return c.unknown.length
    ? `how many people's ${what} a year ${c.unknown.length === 1 ? `the activity ${c.unknown[0]} provides` : `the activities ${few(c.unknown)} provide`} abroad (${what === "sensitive personal information" ? "sensitiveIndividualsPerYear" : "individualsPerYear"})`
    : `whether the people of the activities providing ${what} abroad, who may overlap, reach ${threshold} together`;
}

export const CIIO_FACT = "whether it is a critical information infrastructure operator (organization.criticalInfrastructure)";

/** The route one provision abroad needs, from the handler's tally and whether it carries sensitive personal information. */
export function routeOf(t: PiplTally, sensitiveHere: boolean): RouteAnswer {
  const known = (required: PiplRoute, why: string): RouteAnswer => ({ required, exemptionOpen: false, assessmentOpen: false, why, missing: [] });
  if (t.ciio === true) return known("ASSESSMENT", "the handler is a critical information infrastructure operator (PIPL Art 40; Art 7(1) of the 2024 Provisions)");
  if (t.people.low >= 1_000_000) return known("ASSESSMENT", "the handler provides the personal information of 1,000,000 or more people abroad in the year (Art 7(2) of the 2024 Provisions)");
  if (sensitiveHere && t.sensitive.low >= 10_000) return known("ASSESSMENT", "the handler provides the sensitive personal information of 10,000 or more people abroad in the year (Art 7(2) of the 2024 Provisions)");
  const missing: string[] = [];
  if (t.ciio === null) missing.push(CIIO_FACT);
  if (t.people.high > 1_000_000) missing.push(countFact(t.people, "personal information", "1,000,000"));
  if (sensitiveHere && t.sensitive.high > 10_000) missing.push(countFact(t.sensitive, "sensitive personal information", "10,000"));
  if (missing.length) return { required: null, exemptionOpen: !sensitiveHere && t.people.low < 100_000, assessmentOpen: true, why: "", missing };
  // A security assessment is ruled out: not a CIIO, fewer than 1,000,000 people, fewer than 10,000 with sensitive data.
  if (sensitiveHere) return known("CONTRACT", "the handler provides the sensitive personal information of fewer than 10,000 people abroad in the year (Art 8 of the 2024 Provisions)");
  if (t.people.low >= 100_000) return known("CONTRACT", "the handler provides the personal information of 100,000 to 1,000,000 people abroad in the year (Art 8 of the 2024 Provisions)");
  if (t.people.high <= 100_000)
    return known("NONE", "a handler that is not a critical information infrastructure operator provides the non-sensitive personal information of fewer than 100,000 people abroad in the year (Art 5(4) of the 2024 Provisions)");
  return { required: null, exemptionOpen: true, assessmentOpen: false, why: "", missing: [countFact(t.people, "personal information", "100,000")] };
}
