import type { Regime } from "../regimes";
import type { TransferReason, TransferResult } from "../transfers";
import { activitiesOf, destinationOf, gapHit, gapsBy, inOf, recordedCodes, reportedAsSubprocessor, type Gap } from "./transfer-gaps";
import type { Rule, RuleHit, RuleInput } from "./rule";

// Cross-border transfers, as derived by analyseTransfers: GDPR Chapter V (Art 44-49), and the transfers of any regime
// that cannot be judged. Each gap is one finding on its importer, naming the activities that reach it.

/** The GDPR transfers with this reason, one gap per importer; sub-processors are left to gdpr-subprocessor-no-mechanism. */
function gdprGaps(input: RuleInput, reason: TransferReason): Gap[] {
  const subprocessors = reportedAsSubprocessor(input);
  return gapsBy(input, (t) => t.regime === "GDPR" && t.reason === reason && !(t.recipientId !== null && subprocessors.has(t.recipientId)));
}

const REGIME_NAMES: Record<Regime, string> = { GDPR: "GDPR", UK_GDPR: "UK GDPR", PIPL: "PIPL", PDPO: "PDPO", CCPA: "CCPA" };
const names = (regimes: Regime[]) => {
  const n = regimes.map((r) => REGIME_NAMES[r]);
  return n.length <= 1 ? (n[0] ?? "") : `${n.slice(0, -1).join(", ")} and ${n[n.length - 1]}`;
};

/** For the US and other partial decisions, a pointer to what must be recorded. */
const partialNote = (input: RuleInput, t: TransferResult) =>
  t.toCountry && input.facts.euAdequacy(t.toCountry) === "PARTIAL" ? ` (the EU adequacy decision for "${t.toCountry}" covers only some importers: record the importer's coverage, e.g. its Data Privacy Framework certification, as A45-3, or a safeguard)` : "";

export const transferRules: Rule[] = [
  {
    id: "gdpr-transfer-not-covered",
    severity: "HIGH",
    regime: "GDPR",
    reference: "GDPR Art 44",
    checks: "Every transfer of personal data to a party outside the EEA rests on adequacy or a recorded Chapter V mechanism.",
    remediation: "Put an Art 46 safeguard in place (e.g. the 2021 standard contractual clauses) and record it on the destination, or stop the transfer.",
    evaluate: (input) =>
      gdprGaps(input, "NO_MECHANISM").map((g) =>
        gapHit(g, `${destinationOf(input, g.first)} ${inOf(g)}, outside the EEA, receives personal data from ${activitiesOf(input, g)} with no GDPR transfer mechanism recorded${partialNote(input, g.first)}.`),
      ),
  },
  {
    id: "gdpr-adequacy-not-available",
    severity: "HIGH",
    regime: "GDPR",
    reference: "GDPR Art 45(1), Art 44",
    checks: "A transfer recorded as resting on an adequacy decision goes to a country that has one.",
    remediation: "Replace the adequacy claim with an Art 46 safeguard (e.g. the 2021 standard contractual clauses), or stop the transfer.",
    evaluate: (input) =>
      gdprGaps(input, "NO_ADEQUACY").map((g) =>
        gapHit(g, `${destinationOf(input, g.first)} ${inOf(g)} receives personal data from ${activitiesOf(input, g)} relying on an EU adequacy decision (A45-3) that "${g.first.toCountry}" does not have.`),
      ),
  },
  {
    id: "any-transfer-undetermined",
    severity: "MEDIUM",
    regime: null,
    reference: "GDPR Art 44, Art 30(1)(e); UK GDPR Art 44A, Art 30(1)(e); PIPL Art 38",
    references: { GDPR: "GDPR Art 44, Art 30(1)(e)", UK_GDPR: "UK GDPR Art 44A, Art 30(1)(e)", PIPL: "PIPL Art 38" },
    checks: "Every destination of personal data has a known country, and every storage location outside the EEA or the UK a known host, so that its transfers can be judged.",
    remediation: "Record the destination's country (where it processes the data) and, for a storage location, whether it is the organisation's own infrastructure or a provider's.",
    evaluate: (input): RuleHit[] => {
      const hits: RuleHit[] = [];
      for (const g of gapsBy(input, (t) => t.reason === "COUNTRY_UNKNOWN" || t.reason === "HOSTING_UNKNOWN")) {
        const t = g.first;
        const who = destinationOf(input, t);
        if (t.reason === "COUNTRY_UNKNOWN")
          hits.push(gapHit(g, `${who} receives personal data from ${activitiesOf(input, g)}, but its country is not recorded, so whether this is a transfer under ${names(g.regimes)} cannot be judged.`, g.regimes));
        else
          hits.push({
            ...gapHit(
              g,
              `${who} ${inOf(g)} holds personal data of ${activitiesOf(input, g)}, but the record does not say whether it is the organisation's own infrastructure or a provider's; only a provider's would make it a transfer under ${names(g.regimes)}, and no mechanism is recorded for one.`,
              g.regimes,
            ),
            severity: "LOW",
          });
      }
      return hits;
    },
  },
  {
    id: "gdpr-derogation-systematic",
    severity: "HIGH",
    regime: "GDPR",
    reference: "GDPR Art 49(1); EDPB Guidelines 2/2018",
    checks: "No transfer that is part of an ongoing activity rests only on an Art 49 derogation, which covers occasional transfers and is read restrictively.",
    remediation: "Put an Art 46 safeguard (e.g. the 2021 standard contractual clauses) in place for the systematic transfer and record it.",
    evaluate: (input) =>
      gdprGaps(input, "DEROGATION_ONLY").map((g) =>
        gapHit(
          g,
          `${destinationOf(input, g.first)} ${inOf(g)}, outside the EEA, receives personal data from ${activitiesOf(input, g)} resting only on an Art 49 derogation (${recordedCodes(g.first)}), which cannot cover a systematic transfer: it is not covered.`,
        ),
      ),
  },
  {
    id: "gdpr-transfer-partial-adequacy",
    severity: "INFO",
    regime: "GDPR",
    reference: "GDPR Art 45(3); Decision (EU) 2023/1795",
    checks: "A transfer that relies on a partial adequacy decision (e.g. the EU-US Data Privacy Framework) is flagged so that the importer's coverage is checked.",
    remediation: "Check that the importer is covered by the decision (for the US, an active Data Privacy Framework certification), or record an Art 46 safeguard.",
    evaluate: (input) =>
      gapsBy(input, (t) => t.regime === "GDPR" && t.reason === "ADEQUACY" && t.toCountry !== null && input.facts.euAdequacy(t.toCountry) === "PARTIAL").map((g) =>
        gapHit(
          g,
          `${destinationOf(input, g.first)} ${inOf(g)} receives personal data from ${activitiesOf(input, g)} under a partial adequacy decision (A45-3): check that it is covered (for the US, certified under the Data Privacy Framework).`,
        ),
      ),
  },
];
