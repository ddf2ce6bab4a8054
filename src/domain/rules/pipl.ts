import type { RecordActivity } from "../record";
import { isWithin } from "../taxonomy";
import { activityHit, activityOf, categoriesOf, claimsOf, destinationId, destinationLabel, inCountry, label, quoted, reached, sensitiveUnder, transfersOf, unique } from "./helpers";
import type { Rule, RuleHit, RuleInput } from "./rule";

// PIPL: sensitive personal information (Art 28-29, 55), minors (Art 31), cross-border provision (Art 38-39, 55).

const sensitive = (a: RecordActivity, input: RuleInput) => sensitiveUnder(categoriesOf(a), input.facts, "PIPL", "SENSITIVE");
const hasCode = (a: RecordActivity, code: string) => claimsOf(a, "PIPL").some((c) => c.code === code);
const hasAssessment = (a: RecordActivity) => claimsOf(a, "PIPL").some((c) => !!c.assessment);
const piplTransfersOf = (input: RuleInput, a: RecordActivity) => transfersOf(input, a).filter((t) => t.regime === "PIPL");

/** Names the destinations of an activity's PIPL transfers. */
function destinationsOf(input: RuleInput, a: RecordActivity): string {
  return [...new Set(piplTransfersOf(input, a).map((t) => destinationLabel(input, t)))].join(", ");
}

export const piplRules: Rule[] = [
  {
    id: "pipl-sensitive-no-separate-consent",
    severity: "HIGH",
    regime: "PIPL",
    reference: "PIPL Art 29",
    checks: "A processing activity with sensitive personal information records the person's separate consent.",
    remediation: "Obtain and record separate consent (PIPL 29) for the sensitive personal information, or stop processing it.",
    evaluate: (input) =>
      reached(input, "PIPL").flatMap((a) => {
        const s = sensitive(a, input);
        if (!s.length || hasCode(a, "29")) return [];
        return [activityHit(input, a, `Processing activity ${label(input, a)} processes sensitive personal information (${quoted(s)}) with no separate consent (PIPL Art 29) recorded.`)];
      }),
  },
  {
    id: "pipl-sensitive-no-impact-assessment",
    severity: "MEDIUM",
    regime: "PIPL",
    reference: "PIPL Art 55",
    checks: "A processing activity with sensitive personal information records a personal-information protection impact assessment.",
    remediation: "Carry out the impact assessment required by PIPL Art 55 and record where it is kept.",
    evaluate: (input) =>
      reached(input, "PIPL").flatMap((a) => {
        const s = sensitive(a, input);
        if (!s.length || hasAssessment(a)) return [];
        return [activityHit(input, a, `Processing activity ${label(input, a)} processes sensitive personal information (${quoted(s)}) with no impact assessment (PIPL Art 55) recorded.`)];
      }),
  },
  {
    id: "pipl-minors-no-parental-consent",
    severity: "HIGH",
    regime: "PIPL",
    reference: "PIPL Art 31",
    checks: "A processing activity with children's personal information records the consent of a parent or guardian.",
    remediation: "Obtain and record the consent of a parent or guardian (PIPL 31) and adopt dedicated rules for children's data.",
    evaluate: (input) =>
      reached(input, "PIPL").flatMap((a) => {
        const categories = categoriesOf(a).filter((c) => isWithin(c, "user.childrens"));
        const child = a.dataSubjects.includes("child");
        if ((!child && !categories.length) || hasCode(a, "31")) return [];
        const what = [child ? `data subject "child"` : "", categories.length ? `categories ${quoted(categories)}` : ""].filter(Boolean).join("; ");
        return [activityHit(input, a, `Processing activity ${label(input, a)} processes children's personal information (${what}) with no parental consent (PIPL Art 31) recorded.`)];
      }),
  },
];
