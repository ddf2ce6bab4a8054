import type { AdequacyStatus, Regime } from "./regimes";
import type { RecordActivity, RecordOrganization, ReferenceFacts } from "./record";

// Which regimes reach an activity, from where the controller is and where the people are.

/** Mainland China for PIPL; Hong Kong, Macao and Taiwan are outside it. */
export const PIPL_TERRITORY = "CN";

function inEea(code: string, facts: ReferenceFacts): boolean {
  return code === "EEA" || facts.euAdequacy(code) === ("EEA" satisfies AdequacyStatus);
}

export function subjectJurisdictionsOf(org: RecordOrganization, activity: RecordActivity): string[] {
  return activity.subjectJurisdictions ?? org.subjectJurisdictions;
}

/**
 * GDPR: a controller established in the EEA (Art 3(1)) or offering to people in the EEA (Art 3(2)).
 * PIPL: a controller in mainland China (Art 3(1)) or serving people there (Art 3(2)).
 * UK GDPR likewise for the United Kingdom.
 */
export function regimesOf(org: RecordOrganization, activity: RecordActivity, facts: ReferenceFacts): Regime[] {
  const people = subjectJurisdictionsOf(org, activity);
  const places = org.country ? [org.country, ...people] : people;
  const regimes: Regime[] = [];
  if (places.some((p) => inEea(p, facts))) regimes.push("GDPR");
  if (places.includes("GB")) regimes.push("UK_GDPR");
  if (places.includes(PIPL_TERRITORY)) regimes.push("PIPL");
  return regimes;
}
