import type { RecordActivity } from "../record";
import { indexOf } from "../record-index";
import { isWithin } from "../taxonomy";
import { statementsOn } from "./duty-helpers";
import { activityHit, categoriesOf, claimsOf, label, quoted, reached, sensitiveUnder } from "./helpers";
import type { Rule, RuleHit, RuleInput } from "./rule";

// PIPL: sensitive personal information (Art 28-30, 55(1)) and minors under 14 (Art 28, 31). Art 13 para 2: where a
// basis other than consent (13-2 … 13-7) covers the processing, the consent the law otherwise asks for is not demanded.

export const hasCode = (a: RecordActivity, code: string) => claimsOf(a, "PIPL").some((c) => c.code === code);
/** A PIPL basis other than consent (Art 13(2)-(7)) covers the processing. */
export const nonConsentBasis = (a: RecordActivity) => claimsOf(a, "PIPL").some((c) => /^13-[2-7]$/.test(c.code));
export const hasAssessment = (a: RecordActivity) => !!a.impactAssessment || claimsOf(a, "PIPL").some((c) => !!c.assessment);
/** The activity's age bands under 14, whose personal information is all sensitive (Art 28) and needs a guardian (Art 31). */
export const underFourteen = (a: RecordActivity) => a.ageBands.filter((b) => b === "UNDER_13" || b === "AGE_13");
export const sensitiveCategories = (a: RecordActivity, input: RuleInput) => sensitiveUnder(categoriesOf(a), input.facts, "PIPL", "SENSITIVE");

/** What makes an activity's data sensitive under Art 28, in words; null when nothing does. */
export function sensitivity(a: RecordActivity, input: RuleInput): string | null {
  const parts: string[] = [];
  const s = sensitiveCategories(a, input);
  if (s.length) parts.push(quoted(s));
  if (underFourteen(a).length) parts.push("all personal information of children under 14");
  return parts.length ? parts.join("; ") : null;
}

// A statement that only denies the practice ("we process no sensitive data") tells people nothing about it.
const DENIES_SENSITIVE = /\b(no|not|never|none)\b[^.;]{0,30}\bsensitive\b/i;
const DENIES_CHILDREN = /\b(no|not|never)\b[^.;]{0,40}\b(collect\w*|process\w*|market\w*|accept\w*|allow\w*|knowingly)\b/i;

interface Children {
  /** The record states ages under 14; otherwise it shows children whose ages it does not give. */
  stated: boolean;
  what: string;
}

/** The signs of children under 14 in an activity; null when there are none or the ages stated are all 14 or over. */
function childrenOf(a: RecordActivity): Children | null {
  const bands = underFourteen(a);
  const categories = categoriesOf(a).filter((c) => isWithin(c, "user.childrens"));
  const child = a.dataSubjects.includes("child");
  const what = [bands.length ? `age bands ${quoted(bands)}` : "", child ? `data subject "child"` : "", categories.length ? `categories ${quoted(categories)}` : ""].filter(Boolean).join("; ");
  if (bands.length) return { stated: true, what };
  // Ages stated and none under 14: Art 31 does not apply.
  if ((child || categories.length) && !a.ageBands.length) return { stated: false, what };
  return null;
}

const providedCache = new WeakMap<RuleInput["transfers"], Map<string, { categories: Set<string>; minors: boolean }>>();

/** What each recipient is given directly by activities PIPL reaches, and whether children under 14 are among the people; once per run. */
export function providedTo(input: RuleInput): Map<string, { categories: Set<string>; minors: boolean }> {
  let out = providedCache.get(input.transfers);
  if (out) return out;
  out = new Map();
  const { recipients } = indexOf(input.record);
  for (const a of reached(input, "PIPL"))
    for (const d of a.disclosures) {
      if (!recipients.has(d.recipient)) continue;
      let entry = out.get(d.recipient);
      if (!entry) out.set(d.recipient, (entry = { categories: new Set(), minors: false }));
      for (const c of d.dataCategories.length ? d.dataCategories : a.dataCategories) entry.categories.add(c);
      if (underFourteen(a).length) entry.minors = true;
    }
  providedCache.set(input.transfers, out);
  return out;
}

export const piplRules: Rule[] = [
  {
    id: "pipl-sensitive-no-separate-consent",
    severity: "HIGH",
    regime: "PIPL",
    reference: "PIPL Art 29",
    checks: "A processing activity with sensitive personal information that rests on consent records the person's separate consent.",
    remediation: "Obtain and record separate consent (PIPL 29) for the sensitive personal information, rely on a basis other than consent that fits (PIPL Art 13(2)-(7)), or stop processing it.",
    evaluate: (input) =>
      reached(input, "PIPL").flatMap((a) => {
        // Sensitive only as children's data: the guardian's consent of Art 31 is asked for by its own rule.
        const s = sensitiveCategories(a, input);
        if (!s.length || nonConsentBasis(a) || hasCode(a, "29")) return [];
        const guardian = underFourteen(a).length ? "; for children under 14 it must come from a parent or guardian" : "";
        return [
          activityHit(
            input,
            a,
            `Processing activity ${label(input, a)} processes sensitive personal information (${quoted(s)}) on no basis other than consent and records no separate consent (PIPL Art 29)${guardian}.`,
          ),
        ];
      }),
  },
  {
    id: "pipl-sensitive-no-impact-assessment",
    severity: "MEDIUM",
    regime: "PIPL",
    reference: "PIPL Art 55(1)",
    checks: "A processing activity with sensitive personal information records a personal-information protection impact assessment.",
    remediation: "Carry out the impact assessment required by PIPL Art 55 and record where it is kept.",
    evaluate: (input) =>
      reached(input, "PIPL").flatMap((a) => {
        const s = sensitivity(a, input);
        if (!s || hasAssessment(a)) return [];
        return [activityHit(input, a, `Processing activity ${label(input, a)} processes sensitive personal information (${s}) with no impact assessment (PIPL Art 55) recorded.`)];
      }),
  },
  {
    id: "pipl-sensitive-no-necessity-notice",
    severity: "LOW",
    regime: "PIPL",
    reference: "PIPL Art 30",
    checks: "Where sensitive personal information is processed, the record holds a statement telling people why it is necessary and how it affects them.",
    remediation: "Tell people, in the notice, why the sensitive personal information is necessary and what processing it means for their rights and interests, and record that statement.",
    evaluate: (input) => {
      const activities = reached(input, "PIPL");
      if (!activities.length) return [];
      const statements = statementsOn(input.record, "SENSITIVE_DATA");
      const denied = statements.length > 0 && statements.every((s) => DENIES_SENSITIVE.test(s.summary));
      if (statements.length && !denied) return [];
      return activities.flatMap((a): RuleHit[] => {
        const s = sensitivity(a, input);
        if (!s) return [];
        if (denied)
          return [
            {
              ...activityHit(input, a, `Processing activity ${label(input, a)} processes sensitive personal information (${s}), but the record's statement on sensitive data says there is none, so people are not told why it is necessary or how it affects them (PIPL Art 30).`),
              severity: "MEDIUM",
            },
          ];
        return [activityHit(input, a, `Processing activity ${label(input, a)} processes sensitive personal information (${s}) and the record holds no statement telling people why it is necessary and how it affects them (PIPL Art 30).`)];
      });
    },
  },
  {
    id: "pipl-minors-no-parental-consent",
    severity: "HIGH",
    regime: "PIPL",
    reference: "PIPL Art 31",
    checks: "A processing activity with personal information of children under 14 that rests on consent records the consent of a parent or guardian.",
    remediation: "Obtain and record the consent of a parent or guardian (PIPL 31), or rely on a basis other than consent that fits (PIPL Art 13(2)-(7)).",
    evaluate: (input) =>
      reached(input, "PIPL").flatMap((a): RuleHit[] => {
        const children = childrenOf(a);
        if (!children || nonConsentBasis(a) || hasCode(a, "31") || input.record.organization.parentalConsent === true) return [];
        if (children.stated)
          return [activityHit(input, a, `Processing activity ${label(input, a)} processes personal information of children under 14 (${children.what}) with no parental consent (PIPL Art 31) recorded.`)];
        return [
          {
            ...activityHit(input, a, `Processing activity ${label(input, a)} processes children's personal information (${children.what}) without recording their ages, and records no parental consent: PIPL Art 31 asks for it for children under 14.`),
            severity: "MEDIUM",
          },
        ];
      }),
  },
  {
    id: "pipl-minors-no-dedicated-rules",
    severity: "MEDIUM",
    regime: "PIPL",
    reference: "PIPL Art 31",
    checks: "A handler processing personal information of children under 14 records the dedicated rules it adopted for it.",
    remediation: "Adopt and publish dedicated processing rules for the personal information of children under 14, and record them as a statement on children.",
    evaluate: (input) => {
      const statements = statementsOn(input.record, "CHILDREN");
      const own = statements.filter((s) => !DENIES_CHILDREN.test(s.summary));
      if (own.length) return [];
      const why = statements.length ? "its statement on children says it does not take their data" : "the record holds no statement of rules for children's data";
      return reached(input, "PIPL").flatMap((a) => {
        const bands = underFourteen(a);
        if (!bands.length) return [];
        return [activityHit(input, a, `Processing activity ${label(input, a)} processes personal information of children under 14 (age bands ${quoted(bands)}), but ${why}: PIPL Art 31 asks for dedicated rules.`)];
      });
    },
  },
];
