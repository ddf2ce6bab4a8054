import { ccpaBusiness, establishmentsOf, reachOf, subjectJurisdictionsOf } from "../jurisdictions";
import type { Regime } from "../regimes";
import { orgHit, orgLabel } from "./helpers";
import type { Rule, RuleInput } from "./rule";

// Territorial scope: where the record lacks the facts that decide whether a law reaches the organisation,
// the engine asks for them instead of guessing either way.

/** The reasons the record leaves a regime's reach open, one per distinct reason. */
function open(input: RuleInput, regime: Regime): string[] {
  const reasons = new Set<string>();
  for (const a of input.record.activities)
    for (const r of reachOf(input.record, a, input.facts)) if (r.regime === regime && r.status === "UNDETERMINED") reasons.add(r.reason);
  return [...reasons];
}

export const reachRules: Rule[] = [
  {
    id: "any-jurisdiction-unknown",
    severity: "MEDIUM",
    regime: null,
    reference: "GDPR Art 3; UK GDPR Art 3; PIPL Art 3; PDPO s.2(1); CCPA §1798.140(d)",
    checks: "The record says where the organisation is established or where the people whose data it processes are, so that the laws reaching it can be told.",
    remediation: "Record the organisation's country of establishment and the places of the people it serves (countries, the EEA, or states such as US-CA).",
    evaluate: (input) => {
      const org = input.record.organization;
      if (establishmentsOf(org).length) return [];
      const unplaced = input.record.activities.filter((a) => subjectJurisdictionsOf(org, a).length === 0);
      if (!unplaced.length) return [];
      return [orgHit(input, `${orgLabel(input)} records neither its country of establishment nor where the people of ${unplaced.length === 1 ? "its activity" : `${unplaced.length} of its activities`} are, so no law's reach can be judged.`)];
    },
  },
  {
    id: "ccpa-business-undetermined",
    severity: "MEDIUM",
    regime: "CCPA",
    reference: "CCPA §1798.140(d)(1)",
    checks: "An organisation serving consumers in California records the facts that decide whether it is a CCPA business (revenue, selling or sharing of 100,000 consumers' data, revenue share from selling or sharing).",
    remediation: "Record the annual gross revenue, the share of revenue from selling or sharing personal information, and whether disclosures are sales or sharing with the yearly number of consumers concerned.",
    evaluate: (input) => {
      if (ccpaBusiness(input.record).met) return [];
      const reasons = open(input, "CCPA");
      return reasons.length ? [orgHit(input, `${orgLabel(input)} ${reasons[0]}; CCPA applies only to a business that meets one of the thresholds.`)] : [];
    },
  },
  {
    id: "pdpo-reach-undetermined",
    severity: "LOW",
    regime: "PDPO",
    reference: "PDPO s.2(1), s.39(1)(d)",
    checks: "An organisation that holds data in Hong Kong records whether it controls the data in or from Hong Kong (an establishment there), on which PDPO turns.",
    remediation: "Record any office, branch or staff in Hong Kong that controls the data as an establishment, or confirm that the data is controlled only from elsewhere.",
    evaluate: (input) => {
      const reasons = open(input, "PDPO");
      return reasons.length ? [orgHit(input, `${orgLabel(input)} ${reasons[0]}.`)] : [];
    },
  },
];
