import type { RecordActivity, RecordClaim, ReferenceFacts } from "../record";
import type { Regime } from "../regimes";
import { isWithin } from "../taxonomy";
import { GDPR, INVALID_CONSENT, isConsent, type GdprLaw } from "./gdpr-law";
import { activityHit, categoriesOf, claimsOf, kindOf, label, quoted, reached, sensitiveUnder } from "./helpers";
import type { Rule, RuleHit, RuleInput } from "./rule";

// Lawful bases and conditions: GDPR and UK GDPR Art 6, 9 and 10, valid consent, legitimate interests; PIPL Art 13 and 14.

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

/** A claim that could carry what an invalid consent claim was meant to: an Art 6 basis for A6-1-a, an Art 9(2) condition for A9-2-a. */
const replaces = (bad: RecordClaim, other: RecordClaim, facts: ReferenceFacts): boolean => {
  if (other === bad || (isConsent(other.code) && (other.consentMechanism === null || INVALID_CONSENT.includes(other.consentMechanism)))) return false;
  return bad.code === "A6-1-a" ? kindOf(facts, other) === "LAWFUL_BASIS" : kindOf(facts, other) === "SPECIAL_CONDITION" && other.code.startsWith("A9-2-");
};

/** Consent obtained by `mechanism` is no consent; graver when nothing else on the activity carries the processing. */
const gdprConsentRule = (law: GdprLaw, id: string, mechanism: string, how: string, rule: Pick<Rule, "reference" | "checks" | "remediation">): Rule => ({
  id: `${law.id}-${id}`,
  severity: "HIGH",
  regime: law.regime,
  ...rule,
  evaluate: (input) =>
    reached(input, law.regime).flatMap((a): RuleHit[] => {
      const claims = claimsOf(a, law.regime);
      const bad = claims.filter((c) => isConsent(c.code) && c.consentMechanism === mechanism);
      if (!bad.length) return [];
      const said = `Processing activity ${label(input, a)} claims ${law.name} consent (${quoted([...new Set(bad.map((c) => c.code))])}) ${how}, which is not valid consent`;
      const others = bad.map((b) => claims.filter((c) => replaces(b, c, input.facts)));
      if (others.some((o) => o.length === 0)) return [activityHit(input, a, `${said}.`)];
      const codes = quoted([...new Set(others.flat().map((c) => c.code))]);
      // The other basis keeps the processing lawful, yet the consent claim misleads people and cannot be swapped for it afterwards.
      return [
        {
          ...activityHit(input, a, `${said}; the activity also claims ${codes}, so another basis exists, but people are told their consent is the basis and the controller cannot fall back on the other one when consent fails.`),
          severity: "MEDIUM",
        },
      ];
    }),
});

/** The GDPR for UK GDPR and the other way round: the same articles, claimed separately in the record. */
const twinOf = (law: GdprLaw): Regime => (law.regime === "GDPR" ? "UK_GDPR" : "GDPR");
const twinName = (law: GdprLaw) => (law.regime === "GDPR" ? "UK GDPR" : "GDPR");
const twinClaims = (law: GdprLaw, a: RecordActivity, facts: ReferenceFacts, kind: string): string[] =>
  [...new Set(claimsOf(a, twinOf(law)).filter((c) => kindOf(facts, c) === kind).map((c) => c.code))];

/** GDPR and UK GDPR: Art 6(1), Art 9(2), Art 10, valid consent (Art 4(11), Art 7) and legitimate interests, built once per law. */
export function gdprBasisRulesFor(law: GdprLaw): Rule[] {
  const art = (a: string) => `${law.name} Art ${a}`;
  const uk = law.regime === "UK_GDPR";
  return [
    {
      id: `${law.id}-art6-no-basis`,
      severity: "HIGH",
      regime: law.regime,
      reference: art("6(1)"),
      checks: `Every processing activity that ${law.name} reaches claims an Art 6(1) lawful basis (under ${law.name}, or under ${twinName(law)} whose Art 6(1) is the same text).`,
      remediation: "Record the Art 6(1) lawful basis the activity relies on.",
      evaluate: (input) =>
        reached(input, law.regime).flatMap((a): RuleHit[] => {
          if (claimsOf(a, law.regime).some((c) => kindOf(input.facts, c) === "LAWFUL_BASIS")) return [];
          // The other law's Art 6(1) is the same text on the same facts: a basis recorded under it answers this one too.
          if (twinClaims(law, a, input.facts, "LAWFUL_BASIS").length) return [];
          return [activityHit(input, a, `Processing activity ${label(input, a)} has no ${law.name} Art 6(1) lawful basis recorded.`)];
        }),
    },
    {
      id: `${law.id}-art9-no-condition`,
      severity: "HIGH",
      regime: law.regime,
      reference: law.art9,
      checks: "A processing activity with special-category data claims an Art 9(2) condition.",
      remediation: uk
        ? "Record the Art 9(2) condition, with its DPA 2018 Schedule 1 condition where Art 9(2)(b), (g), (h), (i) or (j) is relied on, or stop collecting that data."
        : "Record the Art 9(2) condition that allows the special-category processing, or stop collecting that data.",
      evaluate: (input) =>
        reached(input, law.regime).flatMap((a): RuleHit[] => {
          const special = sensitiveUnder(categoriesOf(a), input.facts, law.regime, "SPECIAL_CATEGORY");
          if (!special.length || claimsOf(a, law.regime).some((c) => kindOf(input.facts, c) === "SPECIAL_CONDITION" && c.code.startsWith("A9-2-"))) return [];
          const message = `Processing activity ${label(input, a)} processes special-category data (${quoted(special)}) with no ${law.name} Art 9(2) condition recorded`;
          const twin = twinClaims(law, a, input.facts, "SPECIAL_CONDITION").filter((c) => c.startsWith("A9-2-"));
          if (twin.length) return [{ ...activityHit(input, a, `${message}, though it claims ${quoted(twin)} under ${twinName(law)}; record the ${law.name} condition too.`), severity: "MEDIUM" }];
          return [activityHit(input, a, `${message}.`)];
        }),
    },
    {
      id: `${law.id}-art10-no-basis`,
      severity: "HIGH",
      regime: law.regime,
      reference: law.art10,
      checks: "A processing activity with criminal-offence data records the Art 10 authority or law that allows it.",
      remediation: uk
        ? "Record the official authority or the DPA 2018 Schedule 1 condition that authorises the criminal-offence processing (A10), or stop it."
        : "Record the official authority or the EU or member-state law that authorises the criminal-offence processing (A10), or stop it.",
      evaluate: perActivity(law.regime, (a, input) => {
        const criminal = sensitiveUnder(categoriesOf(a), input.facts, law.regime, "CRIMINAL_OFFENCE");
        if (!criminal.length || claimsOf(a, law.regime).some((c) => c.code === "A10")) return null;
        return `Processing activity ${label(input, a)} processes criminal-offence data (${quoted(criminal)}) with no ${law.name} Art 10 authorisation recorded.`;
      }),
    },
    gdprConsentRule(law, "consent-by-continued-use", "CONTINUED_USE", "obtained by continued use of the service", {
      reference: `${art("4(11)")}, Art 7`,
      checks: `No ${law.name} consent is obtained by the person merely continuing to use the service.`,
      remediation: "Obtain consent by a clear affirmative act, or rely on another lawful basis that fits.",
    }),
    gdprConsentRule(law, "consent-opt-out", "OPT_OUT", "obtained by opt-out", {
      reference: `${art("4(11)")}, Art 7; Recital 32`,
      checks: `No ${law.name} consent is obtained by opt-out (silence, pre-ticked boxes or inactivity).`,
      remediation: "Obtain consent by a clear affirmative opt-in, or rely on another lawful basis that fits.",
    }),
    {
      id: `${law.id}-consent-mechanism-unknown`,
      severity: "LOW",
      regime: law.regime,
      reference: art("7(1)"),
      checks: "A consent claim records how the consent is obtained, so that it can be shown to be a clear affirmative act.",
      remediation: "Record how consent is obtained (opt-in, or express statement for explicit consent) and where the consent records are kept.",
      evaluate: perActivity(law.regime, (a, input) => {
        const open = claimsOf(a, law.regime).filter((c) => isConsent(c.code) && c.consentMechanism === null);
        if (!open.length) return null;
        return `Processing activity ${label(input, a)} claims ${law.name} consent (${quoted([...new Set(open.map((c) => c.code))])}) but the record does not say how it is obtained, so whether it is valid consent the controller can demonstrate is not known.`;
      }),
    },
    {
      id: `${law.id}-legitimate-interests-marketing`,
      severity: "MEDIUM",
      regime: law.regime,
      reference: `${art("6(1)(f)")}, Recital 47`,
      checks: "Marketing that relies on legitimate interests records a legitimate-interests assessment.",
      remediation: "Record the legitimate-interests (balancing) assessment for the marketing, or obtain consent instead.",
      evaluate: perActivity(law.regime, (a, input) => {
        const li = claimsOf(a, law.regime).filter((c) => c.code === "A6-1-f");
        const marketing = a.purposes.filter((p) => isWithin(p, "marketing"));
        if (!li.length || !marketing.length || li.some((c) => c.assessment)) return null;
        return `Processing activity ${label(input, a)} relies on legitimate interests for marketing (${quoted(marketing)}) with no legitimate-interests assessment recorded.`;
      }),
    },
  ];
}

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
  ...gdprBasisRulesFor(GDPR),
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
