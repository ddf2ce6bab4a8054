import type { TransferResult } from "../transfers";
import { activityHit, activityOf, destinationId, destinationLabel, inCountry, label, quoted, recipientById, recordedMechanisms, PROCESSOR_KINDS, unique } from "./helpers";
import type { Rule, RuleHit, RuleInput } from "./rule";

// Cross-border transfers, as derived by analyseTransfers: GDPR Chapter V (Art 44-49) and the undetermined ones.

/** One hit per transfer matching `when`, on its activity, with the destination as detail. */
const perTransfer = (input: RuleInput, when: (t: TransferResult) => boolean, message: (activity: string, t: TransferResult) => string, detail = destinationId): RuleHit[] => {
  const hits: RuleHit[] = [];
  // A plain loop: this runs over every transfer of the record, often 100,000 of them.
  for (const t of input.transfers) {
    if (!when(t)) continue;
    const a = activityOf(input, t);
    if (a) hits.push(activityHit(input, a, message(`Processing activity ${label(input, a)}`, t), detail(t)));
  }
  return unique(hits);
};

const gdprCodes = (input: RuleInput, t: TransferResult) => recordedMechanisms(input, t).map((m) => m.code);

export const transferRules: Rule[] = [
  {
    id: "gdpr-transfer-not-covered",
    severity: "HIGH",
    regime: "GDPR",
    reference: "GDPR Art 44",
    checks: "Every transfer of personal data out of the EEA to a country without adequacy rests on a recorded Chapter V mechanism.",
    remediation: "Put an Art 46 safeguard in place (e.g. the 2021 standard contractual clauses) and record it on the destination, or stop the transfer.",
    evaluate: (input) =>
      perTransfer(
        input,
        (t) => t.regime === "GDPR" && t.status === "NOT_COVERED",
        (who, t) => `${who} sends data to ${destinationLabel(input, t)} ${inCountry(t.toCountry)}, a third country, with no GDPR transfer mechanism recorded.`,
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
      perTransfer(
        input,
        (t) => {
          if (t.regime !== "GDPR" || !t.toCountry || input.facts.euAdequacy(t.toCountry) !== "NOT_ADEQUATE") return false;
          const codes = gdprCodes(input, t);
          return codes.includes("A45-3") && codes.every((c) => c === "A45-3");
        },
        (who, t) => `${who} sends data to ${destinationLabel(input, t)} ${inCountry(t.toCountry)} relying on an adequacy decision (A45-3) that "${t.toCountry}" does not have.`,
      ),
  },
  {
    id: "any-transfer-undetermined",
    severity: "MEDIUM",
    regime: null,
    reference: "GDPR Art 30(1)(e); PIPL Art 38",
    checks: "Every recipient that receives data across a regime's borders has a known country, so that the transfer can be judged.",
    remediation: "Record the recipient's country (where it processes the data), then record the mechanism that covers the transfer.",
    evaluate: (input) =>
      perTransfer(
        input,
        (t) => t.status === "UNDETERMINED",
        (who, t) => `${who} sends data to ${destinationLabel(input, t)} in an unknown country: the transfer cannot be judged under ${t.regime}.`,
        (t) => `${destinationId(t)}|${t.regime}`,
      ),
  },
  {
    id: "gdpr-derogation-systematic",
    severity: "MEDIUM",
    regime: "GDPR",
    reference: "GDPR Art 49(1); EDPB Guidelines 2/2018",
    checks: "Ongoing transfers to storage or to processors do not rest only on an Art 49 derogation, which is for occasional transfers.",
    remediation: "Put an Art 46 safeguard (e.g. the 2021 standard contractual clauses) in place for the systematic transfer and record it.",
    evaluate: (input) =>
      perTransfer(
        input,
        (t) => {
          if (t.regime !== "GDPR" || t.status !== "COVERED" || t.toCountry === null) return false;
          if (["EEA", "ADEQUATE"].includes(input.facts.euAdequacy(t.toCountry))) return false;
          const codes = gdprCodes(input, t);
          if (!codes.length || !codes.every((c) => c.startsWith("A49"))) return false;
          return t.locationId !== null || PROCESSOR_KINDS.includes(recipientById(input, t.recipientId)?.kind ?? "");
        },
        (who, t) =>
          `${who} relies only on an Art 49 derogation (${quoted(gdprCodes(input, t))}) for ongoing transfers to ${destinationLabel(input, t)} ${inCountry(t.toCountry)}.`,
      ),
  },
  {
    id: "gdpr-transfer-partial-adequacy",
    severity: "INFO",
    regime: "GDPR",
    reference: "GDPR Art 45(3); Decision (EU) 2023/1795",
    checks: "A transfer that relies on a partial adequacy decision (e.g. the EU-US Data Privacy Framework) is flagged so that the importer's coverage is checked.",
    remediation: "Check that the importer is covered by the decision (for the US, an active Data Privacy Framework certification), or record an Art 46 safeguard.",
    evaluate: (input): RuleHit[] => {
      const hits: RuleHit[] = [];
      for (const t of input.transfers) {
        if (t.regime !== "GDPR" || t.toCountry === null || input.facts.euAdequacy(t.toCountry) !== "PARTIAL") continue;
        const codes = gdprCodes(input, t);
        if (!codes.includes("A45-3") || codes.some((c) => c.startsWith("A46"))) continue;
        const subjectType = t.locationId !== null ? "Location" : "Recipient";
        const who = t.locationId !== null ? destinationLabel(input, t) : `recipient ${destinationLabel(input, t)}`;
        const message = `${who} ${inCountry(t.toCountry)} receives data under a partial adequacy decision (A45-3): check that it is covered (for the US, certified under the Data Privacy Framework).`;
        hits.push({ subjectType, subjectId: destinationId(t), message: message[0].toUpperCase() + message.slice(1) });
      }
      return unique(hits);
    },
  },
];
