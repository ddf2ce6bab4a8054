import type { TransferReason, TransferResult } from "../transfers";
import { activitiesOf, destinationOf, gapHit, gapsBy, inOf, recordedCodes, type Gap } from "./transfer-gaps";
import type { Rule, RuleInput } from "./rule";

// UK GDPR Chapter V (as amended by the Data (Use and Access) Act 2025, in force 5 February 2026): restricted
// transfers out of the UK, judged against the UK's own dated list of transfers approved by regulations (Art 45A,
// seeds/reference/uk-adequacy.yaml), the IDTA, the UK Addendum to the EU SCCs, UK BCRs and the Art 49 derogations.
// Each gap is one finding on its destination, naming the activities that reach it.

const ukGaps = (input: RuleInput, reason: TransferReason): Gap[] => gapsBy(input, (t) => t.regime === "UK_GDPR" && t.reason === reason);

const partial = (input: RuleInput, t: TransferResult) => t.toCountry !== null && input.facts.ukAdequacy(t.toCountry) === "PARTIAL";

const partialNote = (input: RuleInput, t: TransferResult) =>
  partial(input, t) ? ` (UK adequacy for "${t.toCountry}" covers only some importers: record the importer's coverage, e.g. its certification to the UK Extension of the Data Privacy Framework, as A45, or a safeguard)` : "";

export const ukTransferRules: Rule[] = [
  {
    id: "uk-transfer-not-covered",
    severity: "HIGH",
    regime: "UK_GDPR",
    reference: "UK GDPR Art 44A",
    checks: "Every restricted transfer to a party outside the UK rests on UK adequacy regulations or a recorded UK safeguard.",
    remediation: "Sign the ICO's International Data Transfer Agreement, or the UK Addendum to the EU standard contractual clauses, after a transfer risk assessment, and record it on the destination, or stop the transfer.",
    evaluate: (input) =>
      ukGaps(input, "NO_MECHANISM").map((g) =>
        gapHit(g, `${destinationOf(input, g.first)} ${inOf(g)}, outside the UK, receives personal data from ${activitiesOf(input, g)} with no UK GDPR transfer mechanism recorded${partialNote(input, g.first)}.`),
      ),
  },
  {
    id: "uk-adequacy-not-available",
    severity: "HIGH",
    regime: "UK_GDPR",
    reference: "UK GDPR Art 45A, Art 44A",
    checks: "A restricted transfer recorded as resting on UK adequacy regulations goes to a country the regulations cover.",
    remediation: "Replace the adequacy claim with the IDTA or the UK Addendum (or UK binding corporate rules), or stop the transfer.",
    evaluate: (input) =>
      ukGaps(input, "NO_ADEQUACY").map((g) =>
        gapHit(g, `${destinationOf(input, g.first)} ${inOf(g)} receives personal data from ${activitiesOf(input, g)} relying on UK adequacy regulations (A45) that do not cover "${g.first.toCountry}".`),
      ),
  },
  {
    id: "uk-derogation-systematic",
    severity: "HIGH",
    regime: "UK_GDPR",
    reference: "UK GDPR Art 49(1)",
    checks: "No restricted transfer that is part of an ongoing activity rests only on an Art 49 exception, which the ICO does not expect to cover regular and predictable transfers.",
    remediation: "Put the IDTA or the UK Addendum in place for the regular transfer and record it.",
    evaluate: (input) =>
      ukGaps(input, "DEROGATION_ONLY").map((g) =>
        gapHit(
          g,
          `${destinationOf(input, g.first)} ${inOf(g)}, outside the UK, receives personal data from ${activitiesOf(input, g)} resting only on an Art 49 exception (${recordedCodes(g.first)}), which cannot cover a regular transfer: it is not covered.`,
        ),
      ),
  },
  {
    id: "uk-transfer-partial-adequacy",
    severity: "INFO",
    regime: "UK_GDPR",
    reference: "UK GDPR Art 45A; Data Protection (Adequacy) (United States of America) Regulations 2023",
    checks: "A restricted transfer that relies on partial UK adequacy (e.g. the UK-US data bridge) is flagged so that the importer's coverage is checked.",
    remediation: "Check that the importer is covered (for the US, an active Data Privacy Framework certification that includes the UK Extension), or record the IDTA or the UK Addendum.",
    evaluate: (input) =>
      gapsBy(input, (t) => t.regime === "UK_GDPR" && t.reason === "ADEQUACY" && partial(input, t)).map((g) =>
        gapHit(
          g,
          `${destinationOf(input, g.first)} ${inOf(g)} receives personal data from ${activitiesOf(input, g)} under partial UK adequacy (A45): check that it is covered (for the US, certified to the UK Extension of the Data Privacy Framework, the UK-US data bridge).`,
        ),
      ),
  },
];
