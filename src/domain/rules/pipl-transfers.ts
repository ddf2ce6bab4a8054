import type { RecordActivity } from "../record";
import { isWithin } from "../taxonomy";
import { activityHit, activityOf, categoriesOf, claimsOf, destinationId, destinationLabel, inCountry, label, quoted, reached, sensitiveUnder, transfersOf, unique } from "./helpers";
import type { Rule, RuleHit, RuleInput } from "./rule";

// PIPL: provision of personal information outside mainland China (Art 38-39, 55(4)).

const sensitive = (a: RecordActivity, input: RuleInput) => sensitiveUnder(categoriesOf(a), input.facts, "PIPL", "SENSITIVE");
const hasCode = (a: RecordActivity, code: string) => claimsOf(a, "PIPL").some((c) => c.code === code);
const hasAssessment = (a: RecordActivity) => claimsOf(a, "PIPL").some((c) => !!c.assessment);
const piplTransfersOf = (input: RuleInput, a: RecordActivity) => transfersOf(input, a).filter((t) => t.regime === "PIPL");

/** Names the destinations of an activity's PIPL transfers. */
function destinationsOf(input: RuleInput, a: RecordActivity): string {
  return [...new Set(piplTransfersOf(input, a).map((t) => destinationLabel(input, t)))].join(", ");
}

export const piplTransferRules: Rule[] = [
  {
    id: "pipl-cross-border-no-mechanism",
    severity: "HIGH",
    regime: "PIPL",
    reference: "PIPL Art 38",
    checks: "Every provision of personal information outside mainland China rests on a PIPL Art 38 mechanism.",
    remediation: "Pass the CAC security assessment, obtain certification, or sign and file the CAC standard contract, and record it on the destination.",
    evaluate: (input) => {
      const hits: RuleHit[] = [];
      for (const t of input.transfers) {
        if (t.regime !== "PIPL" || t.status !== "NOT_COVERED") continue;
        const a = activityOf(input, t);
        if (!a) continue;
        const message = `Processing activity ${label(input, a)} provides personal information to ${destinationLabel(input, t)} ${inCountry(t.toCountry)}, outside mainland China, with no PIPL Art 38 mechanism recorded.`;
        hits.push(activityHit(input, a, message, destinationId(t)));
      }
      return unique(hits);
    },
  },
  {
    id: "pipl-cross-border-no-separate-consent",
    severity: "HIGH",
    regime: "PIPL",
    reference: "PIPL Art 39",
    checks: "A processing activity that provides personal information outside mainland China records the person's separate consent to it.",
    remediation: "Tell people who the overseas recipient is and obtain and record their separate consent (PIPL 39).",
    evaluate: (input) =>
      reached(input, "PIPL").flatMap((a) => {
        if (!piplTransfersOf(input, a).length || hasCode(a, "39")) return [];
        return [activityHit(input, a, `Processing activity ${label(input, a)} provides personal information outside mainland China (${destinationsOf(input, a)}) with no separate consent (PIPL Art 39) recorded.`)];
      }),
  },
  {
    id: "pipl-cross-border-no-impact-assessment",
    severity: "MEDIUM",
    regime: "PIPL",
    reference: "PIPL Art 55(4)",
    checks: "A processing activity that provides personal information outside mainland China records an impact assessment.",
    remediation: "Carry out the impact assessment required by PIPL Art 55 before the cross-border provision and record where it is kept.",
    evaluate: (input) =>
      reached(input, "PIPL").flatMap((a) => {
        if (!piplTransfersOf(input, a).length || hasAssessment(a)) return [];
        return [activityHit(input, a, `Processing activity ${label(input, a)} provides personal information outside mainland China (${destinationsOf(input, a)}) with no impact assessment (PIPL Art 55) recorded.`)];
      }),
  },
];
