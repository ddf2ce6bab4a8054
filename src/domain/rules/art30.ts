import type { RecordActivity } from "../record";
import { indexOf } from "../record-index";
import { activityHit, label, reached } from "./helpers";
import type { Rule, RuleHit, RuleInput } from "./rule";

// GDPR Art 30(1): what every entry of a controller's record must hold, and who the controller is.

const activityRule = (
  id: string,
  field: string,
  reference: string,
  missing: (a: RecordActivity, input: RuleInput) => boolean,
  severity: Rule["severity"] = "MEDIUM",
  message: (name: string) => string = (name) => `Processing activity ${name} records no ${field}.`,
): Rule => ({
  id,
  severity,
  regime: "GDPR",
  reference,
  checks: `Every processing activity that GDPR reaches records its ${field}.`,
  remediation: `Record the activity's ${field}.`,
  evaluate: (input) =>
    reached(input, "GDPR")
      .filter((a) => missing(a, input))
      .map((a) => activityHit(input, a, message(label(input, a)))),
});

/** An organisation-level GDPR rule: evaluated only when GDPR reaches at least one activity. */
const organisationRule = (rule: Omit<Rule, "evaluate">, problem: (input: RuleInput) => string | null): Rule => ({
  ...rule,
  evaluate: (input): RuleHit[] => {
    if (reached(input, "GDPR").length === 0) return [];
    const message = problem(input);
    return message === null ? [] : [{ subjectType: "Organization", subjectId: input.identity.organization, message }];
  },
});

const orgLabel = (input: RuleInput) => {
  const o = input.record.organization;
  return `Organisation "${o.name || o.slug || input.identity.organization}"`;
};

export const art30Rules: Rule[] = [
  activityRule("gdpr-art30-purposes", "purposes", "GDPR Art 30(1)(b)", (a) => a.purposes.length === 0),
  activityRule("gdpr-art30-data-subjects", "categories of data subjects", "GDPR Art 30(1)(c)", (a) => a.dataSubjects.length === 0),
  activityRule("gdpr-art30-data-categories", "categories of personal data", "GDPR Art 30(1)(c)", (a) => a.dataCategories.length === 0),
  {
    ...activityRule(
      "gdpr-art30-recipients",
      "recipients",
      "GDPR Art 30(1)(d)",
      (a) => a.disclosures.length === 0 && !a.noRecipients,
      "LOW",
      (name) => `Processing activity ${name} records no recipients and does not say that it discloses data to no one.`,
    ),
    checks: "Every processing activity that GDPR reaches records its recipients, or states that it has none.",
    remediation: "Record who receives the activity's data, or mark the activity as disclosing to no one.",
  },
  activityRule("gdpr-art30-retention", "retention period or rule", "GDPR Art 30(1)(f)", (a) => a.retention === null),
  activityRule("gdpr-art30-security", "security measures", "GDPR Art 30(1)(g)", (a, input) => {
    // A key that names no measure of the record protects nothing.
    const { measures } = indexOf(input.record);
    return !a.securityMeasures.some((k) => measures.has(k));
  }),
  organisationRule(
    {
      id: "gdpr-art30-controller-contact",
      severity: "MEDIUM",
      regime: "GDPR",
      reference: "GDPR Art 30(1)(a)",
      checks: "The controller records a contact email or a postal address.",
      remediation: "Record the controller's contact email or postal address.",
    },
    (input) => {
      const o = input.record.organization;
      return o.contactEmail || o.postalAddress ? null : `${orgLabel(input)} records neither a contact email nor a postal address for the controller.`;
    },
  ),
  organisationRule(
    {
      id: "gdpr-art30-dpo",
      severity: "LOW",
      regime: "GDPR",
      reference: "GDPR Art 30(1)(a); Art 37",
      checks: "The controller records its data protection officer.",
      remediation: "Record the data protection officer, or confirm that Art 37 does not require one.",
    },
    (input) => (input.record.organization.dpo ? null : `${orgLabel(input)} records no data protection officer.`),
  ),
  organisationRule(
    {
      id: "gdpr-art27-representative",
      severity: "MEDIUM",
      regime: "GDPR",
      reference: "GDPR Art 27",
      checks: "A controller established outside the EEA that GDPR reaches records a representative established in the EEA.",
      remediation: "Designate in writing a representative in an EEA member state where the people are, or record why Art 27(2) exempts the organisation.",
    },
    (input) => {
      const o = input.record.organization;
      if (!o.country || input.facts.euAdequacy(o.country) === "EEA") return null;
      const where = `is established in "${o.country}", outside the EEA`;
      if (!o.representative) return `${orgLabel(input)} ${where}, and records no representative in the EEA.`;
      const rc = o.representative.country;
      if (rc && rc !== "EEA" && input.facts.euAdequacy(rc) !== "EEA")
        return `${orgLabel(input)} ${where}, and its representative "${o.representative.name}" is in "${rc}", not in the EEA.`;
      return null;
    },
  ),
];
