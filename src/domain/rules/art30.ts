import { countryOf, establishmentsOf } from "../jurisdictions";
import type { RecordActivity } from "../record";
import { indexOf } from "../record-index";
import { GDPR, LARGE_SCALE, VOLUME_TEXT, monitoringTrackers, peopleInside, profilingPurposes, type GdprLaw } from "./gdpr-law";
import { activityHit, categoriesOf, label, orgHit, orgLabel, quoted, reached, sensitiveUnder } from "./helpers";
import type { Rule, RuleHit, RuleInput, Severity } from "./rule";

// Art 30(1): what every entry of a controller's record must hold, and who the controller is (with its DPO
// under Art 37 and its representative under Art 27), for GDPR and UK GDPR alike.

type Problem = { message: string; severity?: Severity } | null;

const activityRule = (
  law: GdprLaw,
  id: string,
  field: string,
  article: string,
  missing: (a: RecordActivity, input: RuleInput) => boolean,
  severity: Severity = "MEDIUM",
  message: (name: string) => string = (name) => `Processing activity ${name} records no ${field}.`,
): Rule => ({
  id: `${law.id}-${id}`,
  severity,
  regime: law.regime,
  reference: `${law.name} Art ${article}`,
  checks: `Every processing activity that ${law.name} reaches records its ${field}.`,
  remediation: `Record the activity's ${field}.`,
  evaluate: (input) =>
    reached(input, law.regime)
      .filter((a) => missing(a, input))
      .map((a) => activityHit(input, a, message(label(input, a)))),
});

/** An organisation-level rule: evaluated only when the law reaches at least one activity. */
export const organisationRule = (law: GdprLaw, rule: Omit<Rule, "evaluate" | "regime">, problem: (input: RuleInput) => Problem): Rule => ({
  ...rule,
  regime: law.regime,
  evaluate: (input): RuleHit[] => {
    if (reached(input, law.regime).length === 0) return [];
    const found = problem(input);
    return found === null ? [] : [orgHit(input, found.message, found.severity)];
  },
});

/** Facts that show Art 37(1)(b) or (c) may require a DPO: large-scale monitoring, or large-scale special-category or criminal data. */
function art37Grounds(law: GdprLaw, input: RuleInput): string[] {
  const grounds: string[] = [];
  for (const a of reached(input, law.regime)) {
    const sensitive = sensitiveUnder(categoriesOf(a), input.facts, law.regime);
    const sensitiveVolume = a.sensitiveIndividualsPerYear ?? a.individualsPerYear;
    if (sensitive.length && sensitiveVolume && LARGE_SCALE.includes(sensitiveVolume))
      grounds.push(`${label(input, a)} processes special-category or criminal-offence data of ${VOLUME_TEXT[sensitiveVolume]} people a year (Art 37(1)(c))`);
    const monitors = monitoringTrackers(a).length > 0 || profilingPurposes(a).length > 0;
    if (monitors && a.individualsPerYear && LARGE_SCALE.includes(a.individualsPerYear))
      grounds.push(`${label(input, a)} tracks or profiles ${VOLUME_TEXT[a.individualsPerYear]} people a year (Art 37(1)(b))`);
  }
  return grounds;
}

const listed = (items: string[], max = 3) => (items.length <= max ? items.join("; ") : `${items.slice(0, max).join("; ")}; and ${items.length - max} more`);

/** The representative under Art 27: needed by a controller the law reaches only by Art 3(2), and in the territory. */
function representativeProblem(law: GdprLaw, input: RuleInput): Problem {
  const o = input.record.organization;
  const established = establishmentsOf(o);
  // Where the record gives no establishment, Art 3(1) against 3(2) is open: any-jurisdiction-unknown asks for it.
  if (!established.length || established.some((j) => law.inside(j, input.facts))) return null;
  const who = `${orgLabel(input)} is established outside ${law.territory} (${quoted(established)}) and serves people there`;
  const rep = o.representative;
  if (!rep) return { message: `${who}, but records no representative in ${law.territory}.` };
  const named = rep.name ? `its representative "${rep.name}"` : "its representative";
  if (!rep.country) return { message: `${who}; ${named} is recorded without a country, so whether it is in ${law.territory} is not known.`, severity: "LOW" };
  if (!law.inside(rep.country, input.facts)) return { message: `${who}, but ${named} is in "${rep.country}", not in ${law.territory}.` };
  if (law.regime === "GDPR") {
    // Art 27(3): in one of the member states where the people are; "EEA" as a place means any of them.
    const people = peopleInside(law, input, reached(input, law.regime));
    const states = [...people].map(countryOf);
    if (states.length && !states.includes("EEA") && !states.includes(rep.country))
      return { message: `${who}; ${named} is in "${rep.country}", but the people it serves are in ${quoted(states)}, and Art 27(3) wants the representative in one of those member states.` };
  }
  return null;
}

export function art30RulesFor(law: GdprLaw): Rule[] {
  const art = (a: string) => `${law.name} Art ${a}`;
  return [
    activityRule(law, "art30-purposes", "purposes", "30(1)(b)", (a) => a.purposes.length === 0),
    activityRule(law, "art30-data-subjects", "categories of data subjects", "30(1)(c)", (a) => a.dataSubjects.length === 0),
    activityRule(law, "art30-data-categories", "categories of personal data", "30(1)(c)", (a) => a.dataCategories.length === 0),
    {
      ...activityRule(
        law,
        "art30-recipients",
        "recipients",
        "30(1)(d)",
        (a) => a.disclosures.length === 0 && !a.noRecipients,
        "LOW",
        (name) => `Processing activity ${name} records no recipients and does not say that it discloses data to no one.`,
      ),
      checks: `Every processing activity that ${law.name} reaches records its recipients, or states that it has none.`,
      remediation: "Record who receives the activity's data, or mark the activity as disclosing to no one.",
    },
    activityRule(law, "art30-retention", "retention period or rule", "30(1)(f)", (a) => a.retention === null),
    activityRule(law, "art30-security", "security measures", "30(1)(g)", (a, input) => {
      // A key that names no measure of the record protects nothing.
      const { measures } = indexOf(input.record);
      return !a.securityMeasures.some((k) => measures.has(k));
    }),
    organisationRule(
      law,
      {
        id: `${law.id}-art30-controller-contact`,
        severity: "MEDIUM",
        reference: art("30(1)(a)"),
        checks: "The controller records a contact email or a postal address.",
        remediation: "Record the controller's contact email or postal address.",
      },
      (input) => {
        const o = input.record.organization;
        return o.contactEmail || o.postalAddress ? null : { message: `${orgLabel(input)} records neither a contact email nor a postal address for the controller.` };
      },
    ),
    organisationRule(
      law,
      {
        id: `${law.id}-art30-dpo`,
        severity: "MEDIUM",
        reference: `${art("37(1)")}, Art 30(1)(a)`,
        checks: "The controller records its data protection officer where the record shows Art 37(1) requires one, and is asked to confirm otherwise.",
        remediation: "Designate and record a data protection officer, or record why Art 37(1) does not require one (not a public body, and no core activity of large-scale monitoring or special-category data).",
      },
      (input) => {
        if (input.record.organization.dpo) return null;
        const grounds = art37Grounds(law, input);
        if (grounds.length)
          return { message: `${orgLabel(input)} records no data protection officer, although ${listed(grounds)}; Art 37(1) requires one where that is a core activity.` };
        // No DPO is a breach only for public bodies and the core activities of Art 37(1)(b)-(c); the record shows neither.
        return {
          message: `${orgLabel(input)} records no data protection officer; the record does not show whether Art 37(1) requires one (a public authority, or core activities of large-scale monitoring or of large-scale special-category or criminal-offence data).`,
          severity: "LOW",
        };
      },
    ),
    organisationRule(
      law,
      {
        id: `${law.id}-art27-representative`,
        severity: "MEDIUM",
        reference: art("27"),
        checks: `A controller established outside ${law.territory} that ${law.name} reaches records a representative established in ${law.territory}.`,
        remediation: `Designate in writing a representative in ${law.regime === "GDPR" ? "an EEA member state where the people are" : "the United Kingdom"}, or record why Art 27(2) exempts the organisation.`,
      },
      (input) => representativeProblem(law, input),
    ),
  ];
}

export const art30Rules: Rule[] = art30RulesFor(GDPR);
