import type { RecordActivity, RecordClaim, ReferenceFacts } from "../record";
import type { Regime } from "../regimes";
import { isWithin } from "../taxonomy";
import { activityHit, categoriesOf, claimsOf, kindOf, label, quoted, reached, sensitiveUnder } from "./helpers";
import type { Rule, RuleHit, RuleInput } from "./rule";

// Lawful bases and conditions: GDPR Art 6, 9 and 10, valid consent, legitimate interests; PIPL Art 13 and 14.

/** Activities a regime reaches, with a message when something is wrong with them. */
const perActivity = (regime: Regime, problem: (a: RecordActivity, input: RuleInput) => string | null) => (input: RuleInput) =>
  reached(input, regime).flatMap((a) => {
    const message = problem(a, input);
    return message === null ? [] : [activityHit(input, a, message)];
  });

/** A rule that fires when a consent claim of `regime` relies on one of `mechanisms`. */
const consentRule = (
  rule: Omit<Rule, "evaluate" | "regime"> & { regime: Regime },
  isConsent: (c: RecordClaim, facts: ReferenceFacts) => boolean,
  mechanism: string,
  how: string,
): Rule => ({
  ...rule,
  evaluate: perActivity(rule.regime, (a, input) => {
    const codes = claimsOf(a, rule.regime)
      .filter((c) => isConsent(c, input.facts) && c.consentMechanism === mechanism)
      .map((c) => c.code);
    return codes.length ? `Processing activity ${label(input, a)} claims ${rule.regime} consent (${quoted([...new Set(codes)])}) ${how}, which is not valid consent.` : null;
  }),
});

const gdprConsent = (c: RecordClaim) => c.code === "A6-1-a" || c.code === "A9-2-a";
const piplConsent = (c: RecordClaim, facts: ReferenceFacts) => c.code === "13-1" || kindOf(facts, c) === "SEPARATE_CONSENT";
const piplOtherBasis = (c: RecordClaim) => /^13-[2-7]$/.test(c.code);

/** A PIPL consent obtained by `mechanism` is invalid (Art 14(1)); less grave where a basis other than consent also covers the activity (Art 13 para 2). */
const piplConsentRule = (rule: Omit<Rule, "evaluate" | "regime">, mechanism: string, how: string): Rule => ({
  ...rule,
  regime: "PIPL",
  evaluate: (input) =>
    reached(input, "PIPL").flatMap((a): RuleHit[] => {
      const claims = claimsOf(a, "PIPL");
      const codes = [...new Set(claims.filter((c) => piplConsent(c, input.facts) && c.consentMechanism === mechanism).map((c) => c.code))];
      if (!codes.length) return [];
      const claimed = `Processing activity ${label(input, a)} claims PIPL consent (${quoted(codes)}) ${how}, which is not valid consent`;
      const other = [...new Set(claims.filter(piplOtherBasis).map((c) => c.code))];
      if (!other.length) return [activityHit(input, a, `${claimed}, and no basis other than consent covers the processing.`)];
      return [{ ...activityHit(input, a, `${claimed}; the activity also rests on ${quoted(other)}, a basis other than consent, so it does not stand on that consent alone.`), severity: "MEDIUM" }];
    }),
});

export const lawfulBasisRules: Rule[] = [
  {
    id: "gdpr-art6-no-basis",
    severity: "HIGH",
    regime: "GDPR",
    reference: "GDPR Art 6(1)",
    checks: "Every processing activity that GDPR reaches claims an Art 6(1) lawful basis.",
    remediation: "Record the Art 6(1) lawful basis the activity relies on.",
    evaluate: perActivity("GDPR", (a, input) =>
      claimsOf(a, "GDPR").some((c) => kindOf(input.facts, c) === "LAWFUL_BASIS") ? null : `Processing activity ${label(input, a)} has no GDPR Art 6(1) lawful basis recorded.`,
    ),
  },
  {
    id: "gdpr-art9-no-condition",
    severity: "HIGH",
    regime: "GDPR",
    reference: "GDPR Art 9(2)",
    checks: "A processing activity with special-category data claims an Art 9(2) condition.",
    remediation: "Record the Art 9(2) condition that allows the special-category processing, or stop collecting that data.",
    evaluate: perActivity("GDPR", (a, input) => {
      const special = sensitiveUnder(categoriesOf(a), input.facts, "GDPR", "SPECIAL_CATEGORY");
      if (!special.length || claimsOf(a, "GDPR").some((c) => kindOf(input.facts, c) === "SPECIAL_CONDITION" && c.code.startsWith("A9-2-"))) return null;
      return `Processing activity ${label(input, a)} processes special-category data (${quoted(special)}) with no Art 9(2) condition recorded.`;
    }),
  },
  {
    id: "gdpr-art10-no-basis",
    severity: "HIGH",
    regime: "GDPR",
    reference: "GDPR Art 10",
    checks: "A processing activity with criminal-offence data records the Art 10 authority or law that allows it.",
    remediation: "Record the official authority or the EU or member-state law that authorises the criminal-offence processing (A10), or stop it.",
    evaluate: perActivity("GDPR", (a, input) => {
      const criminal = sensitiveUnder(categoriesOf(a), input.facts, "GDPR", "CRIMINAL_OFFENCE");
      if (!criminal.length || claimsOf(a, "GDPR").some((c) => c.code === "A10")) return null;
      return `Processing activity ${label(input, a)} processes criminal-offence data (${quoted(criminal)}) with no Art 10 authorisation recorded.`;
    }),
  },
  consentRule(
    {
      id: "gdpr-consent-by-continued-use",
      severity: "HIGH",
      regime: "GDPR",
      reference: "GDPR Art 4(11), Art 7",
      checks: "No GDPR consent is obtained by the person merely continuing to use the service.",
      remediation: "Obtain consent by a clear affirmative act, or rely on another lawful basis that fits.",
    },
    gdprConsent,
    "CONTINUED_USE",
    "obtained by continued use of the service",
  ),
  consentRule(
    {
      id: "gdpr-consent-opt-out",
      severity: "HIGH",
      regime: "GDPR",
      reference: "GDPR Art 4(11), Art 7; Recital 32",
      checks: "No GDPR consent is obtained by opt-out (silence, pre-ticked boxes or inactivity).",
      remediation: "Obtain consent by a clear affirmative opt-in, or rely on another lawful basis that fits.",
    },
    gdprConsent,
    "OPT_OUT",
    "obtained by opt-out",
  ),
  piplConsentRule(
    {
      id: "pipl-consent-by-continued-use",
      severity: "HIGH",
      reference: "PIPL Art 14(1)",
      checks: "No PIPL consent is obtained by the person merely continuing to use the service.",
      remediation: "Obtain voluntary and explicit consent by an affirmative act, or rely on another PIPL Art 13 basis that fits.",
    },
    "CONTINUED_USE",
    "obtained by continued use of the service",
  ),
  piplConsentRule(
    {
      id: "pipl-consent-opt-out",
      severity: "HIGH",
      reference: "PIPL Art 14(1)",
      checks: "No PIPL consent is obtained by opt-out.",
      remediation: "Obtain voluntary and explicit consent by an affirmative act, or rely on another PIPL Art 13 basis that fits.",
    },
    "OPT_OUT",
    "obtained by opt-out",
  ),
  {
    id: "gdpr-legitimate-interests-marketing",
    severity: "MEDIUM",
    regime: "GDPR",
    reference: "GDPR Art 6(1)(f), Recital 47",
    checks: "Marketing that relies on legitimate interests records a legitimate-interests assessment.",
    remediation: "Record the legitimate-interests (balancing) assessment for the marketing, or obtain consent instead.",
    evaluate: perActivity("GDPR", (a, input) => {
      const li = claimsOf(a, "GDPR").filter((c) => c.code === "A6-1-f");
      const marketing = a.purposes.filter((p) => isWithin(p, "marketing"));
      if (!li.length || !marketing.length || li.some((c) => c.assessment)) return null;
      return `Processing activity ${label(input, a)} relies on legitimate interests for marketing (${quoted(marketing)}) with no legitimate-interests assessment recorded.`;
    }),
  },
  {
    id: "pipl-no-basis",
    severity: "HIGH",
    regime: "PIPL",
    reference: "PIPL Art 13",
    checks: "Every processing activity that PIPL reaches claims a PIPL Art 13 basis.",
    remediation: "Record the PIPL Art 13 basis the activity relies on (PIPL has no legitimate-interests basis).",
    evaluate: perActivity("PIPL", (a, input) =>
      claimsOf(a, "PIPL").some((c) => kindOf(input.facts, c) === "LAWFUL_BASIS") ? null : `Processing activity ${label(input, a)} has no PIPL Art 13 basis recorded.`,
    ),
  },
];
