import type { RecordActivity } from "../record";
import { organisationRule } from "./art30";
import { offersRight, reliesOnConsent, type GdprLaw } from "./gdpr-law";
import { claimsOf, nameOf, orgLabel, quoted, reached } from "./helpers";
import type { Rule, RuleInput } from "./rule";

// Art 13 and 14: what people must be told, judged over the record's facts (contact details, DPO, the rights
// recorded, statements). Art 13 where the data is collected from the person, Art 14 where it comes from elsewhere.

const ELSEWHERE = ["THIRD_PARTY", "PUBLIC"];
const fromElsewhere = (a: RecordActivity) => a.sources.some((s) => ELSEWHERE.includes(s));
// An activity that records no source is taken to collect from the person (the usual case), so Art 13 is cited.
const fromPerson = (a: RecordActivity) => a.sources.length === 0 || a.sources.some((s) => !ELSEWHERE.includes(s));

/** "GDPR Art 13(2)(d)", "GDPR Art 14(2)(e)" or both, as the sources of the reached activities call for. */
function articles(law: GdprLaw, input: RuleInput, art13: string, art14: string): string {
  const activities = reached(input, law.regime);
  const cited = [activities.some(fromPerson) ? `Art 13${art13}` : null, activities.some(fromElsewhere) ? `Art 14${art14}` : null].filter((x) => x !== null);
  return `${law.name} ${cited.join(" and ")}`;
}

const RIGHT_TEXT: Record<string, string> = {
  ACCESS: "access",
  RECTIFICATION: "rectification",
  ERASURE: "erasure",
  RESTRICTION: "restriction of processing",
  OBJECTION: "objection",
  PORTABILITY: "data portability",
};

/** The Art 13(2)(b) rights that apply: objection where Art 6(1)(e) or (f) or direct marketing is relied on, portability where consent or contract is. */
function rightsDue(law: GdprLaw, input: RuleInput): string[] {
  const due = ["ACCESS", "RECTIFICATION", "ERASURE", "RESTRICTION"];
  const codes = new Set(reached(input, law.regime).flatMap((a) => claimsOf(a, law.regime).map((c) => c.code)));
  const marketing = reached(input, law.regime).some((a) => a.purposes.some((p) => p === "marketing" || p.startsWith("marketing.")));
  if (codes.has("A6-1-e") || codes.has("A6-1-f") || marketing) due.push("OBJECTION");
  if (codes.has("A6-1-a") || codes.has("A6-1-b") || codes.has("A9-2-a")) due.push("PORTABILITY");
  return due;
}

export function noticeRulesFor(law: GdprLaw): Rule[] {
  const art = (a: string) => `${law.name} Art ${a}`;
  const where = `people in ${law.territory}`;
  return [
    organisationRule(
      law,
      {
        id: `${law.id}-art13-contact`,
        severity: "MEDIUM",
        reference: `${art("13(1)(a)-(b)")}; Art 14(1)(a)-(b)`,
        checks: "People are given the controller's contact details, and those of its representative and data protection officer where it has them.",
        remediation: "Record (and publish in the notice) a contact email or postal address for the controller and an email for its representative and data protection officer.",
      },
      (input) => {
        const o = input.record.organization;
        const missing = [
          !o.contactEmail && !o.postalAddress ? "the controller's contact details" : null,
          o.representative && !o.representative.email ? "the representative's contact details" : null,
          o.dpo && !o.dpo.email ? "the data protection officer's contact details" : null,
        ].filter((x) => x !== null);
        if (!missing.length) return null;
        return { message: `${orgLabel(input)} does not record ${missing.length > 1 ? `${missing.slice(0, -1).join(", ")} and ${missing[missing.length - 1]}` : missing[0]}, which ${where} must be given (${articles(law, input, "(1)(a)-(b)", "(1)(a)-(b)")}).` };
      },
    ),
    organisationRule(
      law,
      {
        id: `${law.id}-art13-rights-unknown`,
        severity: "LOW",
        reference: `${art("13(2)(b)-(d)")}; Art 14(2)(c)-(e)`,
        checks: "The record lists the rights people are told they have, so that the notice can be judged.",
        remediation: "Record the rights the privacy notice tells people about, with the places each is offered in.",
      },
      (input) =>
        input.record.rights.length
          ? null
          : {
              message: `${orgLabel(input)} records no rights that people are told of, so whether the notice gives ${where} the information of ${articles(law, input, "(2)(b)-(d)", "(2)(c)-(e)")} (their rights, withdrawal of consent, complaint to ${law.authority}) is not known.`,
            },
    ),
    organisationRule(
      law,
      {
        id: `${law.id}-art13-rights`,
        severity: "MEDIUM",
        reference: `${art("13(2)(b)")}; Art 14(2)(c)`,
        checks: "People are told of their rights of access, rectification, erasure and restriction, and of objection and portability where they apply.",
        remediation: "Tell people of each right that applies to the processing and record it among the rights offered.",
      },
      (input) => {
        // An empty list is unknown, not a notice without rights: art13-rights-unknown asks for it.
        if (!input.record.rights.length) return null;
        const missing = rightsDue(law, input).filter((r) => !offersRight(law, input.record, input.facts, r));
        if (!missing.length) return null;
        return { message: `${orgLabel(input)} does not record the right${missing.length > 1 ? "s" : ""} of ${missing.map((r) => RIGHT_TEXT[r]).join(", ")} among those it tells ${where} of (${articles(law, input, "(2)(b)", "(2)(c)")}).` };
      },
    ),
    organisationRule(
      law,
      {
        id: `${law.id}-art13-withdraw-consent`,
        severity: "MEDIUM",
        reference: `${art("13(2)(c)")}; Art 14(2)(d)`,
        checks: "Where processing relies on consent, people are told they may withdraw it at any time.",
        remediation: "Tell people they can withdraw consent at any time, as easily as they gave it, and record the right.",
      },
      (input) => {
        if (!input.record.rights.length || offersRight(law, input.record, input.facts, "WITHDRAW_CONSENT")) return null;
        const relying = reached(input, law.regime).filter((a) => reliesOnConsent(law, a));
        if (!relying.length) return null;
        return {
          message: `${orgLabel(input)} relies on consent (${quoted(relying.slice(0, 3).map((a) => nameOf(input, a)))}${relying.length > 3 ? ` and ${relying.length - 3} more` : ""}) but the rights it records for ${where} do not include withdrawing consent (${articles(law, input, "(2)(c)", "(2)(d)")}).`,
        };
      },
    ),
    organisationRule(
      law,
      {
        id: `${law.id}-art13-complaint`,
        severity: "MEDIUM",
        reference: `${art("13(2)(d)")}; Art 14(2)(e)`,
        checks: `People are told of their right to lodge a complaint with ${law.authority}.`,
        remediation: `Tell people they may complain to ${law.authority} and record the right.`,
      },
      (input) => {
        if (!input.record.rights.length || offersRight(law, input.record, input.facts, "COMPLAINT")) return null;
        return { message: `${orgLabel(input)} does not record the right to lodge a complaint with ${law.authority} among those it tells ${where} of (${articles(law, input, "(2)(d)", "(2)(e)")}).` };
      },
    ),
    organisationRule(
      law,
      {
        id: `${law.id}-art14-source`,
        severity: "LOW",
        reference: art("14(2)(f)"),
        checks: "Where data comes from third parties or public sources, the record holds what people are told about those sources.",
        remediation: "Tell people which sources the data comes from (and whether they are public) and record it as a statement on third-party sources.",
      },
      (input) => {
        const statements = input.record.statements;
        // No statements at all: the notice is not mapped yet, which is no proof of silence.
        if (!statements.length || statements.some((s) => s.topic === "THIRD_PARTY_SOURCES")) return null;
        const elsewhere = reached(input, law.regime).filter(fromElsewhere);
        if (!elsewhere.length) return null;
        return {
          message: `${orgLabel(input)} obtains data from third parties or public sources (${quoted(elsewhere.slice(0, 3).map((a) => nameOf(input, a)))}${elsewhere.length > 3 ? ` and ${elsewhere.length - 3} more` : ""}) but its statements say nothing about those sources.`,
        };
      },
    ),
  ];
}

