import { countryOf, establishmentsOf, PIPL_TERRITORY } from "../jurisdictions";
import type { RecordActivity, RecordRecipient } from "../record";
import { indexOf, locationsOf, roleOf } from "../record-index";
import { contracted, hasContact, isOtherController, isProcessor, noRetention, peopleOf, peopleUnder, placesWithout, processorsUnder, recipientsUnder, someActivities, statementsOn } from "./duty-helpers";
import { activityHit, label, nameOf, orgHit, orgLabel, quoted, reached, recipientHit } from "./helpers";
import { hasAssessment, hasCode, nonConsentBasis, providedTo, sensitivity } from "./pipl";
import type { Rule, RuleHit, RuleInput, Severity } from "./rule";

// PIPL duties of the handler: consent to changes (Art 14(2)), no refusal of service (Art 16), notice (Art 17),
// entrusted processing (Art 21), mergers (Art 22), provision to other handlers (Art 23), automated decisions (Art 24),
// foreign judicial and law-enforcement requests (Art 41), impact assessments (Art 55(2)-(3)).

// A notice change that takes effect on the person's continued use, or deems them to accept it.
const CONTINUED_USE = /\bcontinu\w*\s+(to\s+)?us\w*|\bkeep\w*\s+using\b|\bdeemed\s+(to\s+)?(accept|agree|consent)/i;
// "If you do not agree …, you cannot use the service": service refused for refusing (or withdrawing) consent.
const REFUSAL =
  /\b(do(es)?\s+not|don't|refus\w*|declin\w*|withdraw\w*|without)\W+(\w+\W+){0,4}(consent\w*|agree\w*|permission|accept\w*)\b.{0,100}?\b(not|cannot|can't|unable|no\s+longer|stop|cease|terminat\w*|suspend\w*|deny|denied)\b\W+(\w+\W+){0,4}(use|using|provide\w*|access\w*|serv\w*|offer\w*)\b/i;

const CN = (p: string) => countryOf(p) === PIPL_TERRITORY;
const names = (input: RuleInput, list: RecordRecipient[]) => quoted(list.map((r) => nameOf(input, r)));

/** Activities PIPL reaches that stand on consent alone (or on nothing), so the consent rules apply to them. */
const onConsent = (input: RuleInput) => reached(input, "PIPL").filter((a) => !nonConsentBasis(a));

/** The recipients an activity discloses to directly, as the record holds them. */
function disclosedTo(input: RuleInput, a: RecordActivity): RecordRecipient[] {
  const { recipients } = indexOf(input.record);
  const out: RecordRecipient[] = [];
  for (const d of a.disclosures) {
    const r = recipients.get(d.recipient);
    if (r && !out.includes(r)) out.push(r);
  }
  return out;
}

/** Another handler, not an acquirer or authority (Art 22 and the law behind the authority's request govern those). */
const otherHandlers = (input: RuleInput, a: RecordActivity) => disclosedTo(input, a).filter(isOtherController);

/** The Art 23 naming rule for unnamed handlers; `sensitive` picks those given sensitive data (any-category-recipient-sensitive) or the others. */
export function unnamedHandlers(input: RuleInput, sensitive: boolean): RuleHit[] {
  const provided = providedTo(input);
  return input.record.recipients.flatMap((r) => {
    const given = provided.get(r.key);
    if (!given || r.named || !isOtherController(r)) return [];
    const s = [...given.categories].filter((c) => input.facts.sensitivity(c).some((x) => x.regime === "PIPL" && x.kind === "SENSITIVE")).sort();
    if ((s.length > 0 || given.minors) !== sensitive) return [];
    const what = [s.length ? quoted(s) : "", given.minors ? "personal information of children under 14" : ""].filter(Boolean).join("; ");
    const role = roleOf(r) === null ? " (role not recorded; not being a processor, taken as another handler)" : "";
    const data = sensitive ? `sensitive personal information (${what})` : "personal information";
    return [recipientHit(input, r, `Recipient ${label(input, r)} is described only by category but is given ${data} as another handler${role}: PIPL Art 23 requires telling people its name and contact.`)];
  });
}

export const piplDutyRules: Rule[] = [
  {
    id: "pipl-notice-change-continued-use",
    severity: "HIGH",
    regime: "PIPL",
    reference: "PIPL Art 14(2)",
    checks: "A change of purpose, method or categories of processing that rests on consent is not accepted by the person merely continuing to use the service.",
    remediation: "Ask for consent again when the purpose, method or categories of consent-based processing change, instead of treating continued use as acceptance.",
    evaluate: (input) => {
      const changes = statementsOn(input.record, "NOTICE_CHANGES").filter((s) => CONTINUED_USE.test(s.summary));
      const consent = onConsent(input);
      if (!changes.length || !consent.length) return [];
      return [
        orgHit(
          input,
          `${orgLabel(input)} treats continued use after a change of its notice as acceptance ("${changes[0].summary}"), but no basis other than consent covers its ${someActivities(input, consent)}, and PIPL Art 14(2) requires consent to be given again when the purpose, method or categories change.`,
        ),
      ];
    },
  },
  {
    id: "pipl-refusal-of-service",
    severity: "HIGH",
    regime: "PIPL",
    reference: "PIPL Art 16",
    checks: "The handler does not refuse its products or services to people who refuse or withdraw consent to processing the service does not need.",
    remediation: "Keep providing the service to people who refuse or withdraw consent, except for processing the service really needs, and correct the statement.",
    evaluate: (input) => {
      const refusals = input.record.statements.filter((s) => REFUSAL.test(s.summary));
      const consent = reached(input, "PIPL").filter((a) => hasCode(a, "13-1"));
      if (!refusals.length || !consent.length) return [];
      return [
        orgHit(
          input,
          `${orgLabel(input)} states that people who refuse or withdraw consent do not get the service ("${refusals[0].summary}"), while consent is a basis of its ${someActivities(input, consent)}: PIPL Art 16 forbids refusing the service except where the processing is needed to provide it.`,
        ),
      ];
    },
  },
  {
    id: "pipl-notice-incomplete",
    severity: "MEDIUM",
    regime: "PIPL",
    reference: "PIPL Art 17(1)",
    checks: "The record gives what the notice must tell people: the handler's name and contact, each activity's purposes, categories and retention, and how people in each place can exercise their rights.",
    remediation: "Record the handler's contact details and each activity's purposes, categories and retention period, and offer people everywhere the handler serves a way to exercise their rights.",
    evaluate: (input) => {
      const activities = reached(input, "PIPL");
      if (!activities.length) return [];
      const gaps: string[] = [];
      if (!hasContact(input.record)) gaps.push("no contact details of the handler");
      const missing = (what: string, test: (a: RecordActivity) => boolean) => {
        const list = activities.filter(test);
        if (list.length) gaps.push(`no ${what} for its ${someActivities(input, list)}`);
      };
      missing("purposes", (a) => !a.purposes.length);
      missing("categories of personal information", (a) => !a.dataCategories.length);
      missing("retention period", noRetention);
      // No rights listed at all leaves the contact as the way to exercise them; rights limited to other places leave these people out.
      if (input.record.rights.length) {
        const without = placesWithout(input, input.record.rights.map((r) => r.right), peopleUnder(input, "PIPL", PIPL_TERRITORY));
        if (without.length) gaps.push(`its rights are offered only elsewhere, not to people in ${quoted(without)}`);
      }
      if (!gaps.length) return [];
      return [orgHit(input, `${orgLabel(input)} cannot tell people all that PIPL Art 17(1) requires: ${gaps.join("; ")}.`)];
    },
  },
  {
    id: "pipl-entrusted-no-agreement",
    severity: "HIGH",
    regime: "PIPL",
    reference: "PIPL Art 21",
    checks: "Every entrusted party (processor) that receives personal information under PIPL is bound by an agreement on the purpose, period, method, categories, protection measures and duties.",
    remediation: "Conclude an entrustment agreement with the processor (purpose, period, method, categories, protection measures, rights and duties) and record it.",
    evaluate: (input) =>
      processorsUnder(input, "PIPL")
        .filter((r) => !contracted(r))
        .map((r) =>
          r.dpa.status === "NONE"
            ? recipientHit(input, r, `Entrusted party ${label(input, r)} processes personal information on the handler's behalf with no entrustment agreement (PIPL Art 21).`)
            : recipientHit(input, r, `Entrusted party ${label(input, r)} processes personal information on the handler's behalf and the record does not say whether an entrustment agreement (PIPL Art 21) is in place.`, "MEDIUM"),
        ),
  },
  {
    id: "pipl-acquirer-unnamed",
    severity: "LOW",
    regime: "PIPL",
    reference: "PIPL Art 22",
    checks: "An acquirer (merger, division, dissolution or bankruptcy) that receives personal information is named, so that people can be told its name and contact.",
    remediation: "When the transfer happens, tell people the acquirer's name and contact; it must keep to the original purposes and methods or obtain consent again.",
    evaluate: (input) =>
      recipientsUnder(input, "PIPL")
        .filter((r) => roleOf(r) === "ACQUIRER" && !r.named)
        .map((r) =>
          recipientHit(
            input,
            r,
            `Acquirer ${label(input, r)} is described only by category: PIPL Art 22 requires telling people its name and contact when personal information passes to it, and fresh consent if it changes the purpose or method.`,
          ),
        ),
  },
  {
    id: "pipl-provision-no-separate-consent",
    severity: "HIGH",
    regime: "PIPL",
    reference: "PIPL Art 23",
    checks: "A processing activity resting on consent that provides personal information to another handler records the person's separate consent to it.",
    remediation: "Tell people the recipient's name, contact, purpose, method and categories and obtain and record their separate consent (PIPL 23), or rely on a basis other than consent that fits.",
    evaluate: (input) =>
      onConsent(input).flatMap((a): RuleHit[] => {
        const others = otherHandlers(input, a);
        if (!others.length || hasCode(a, "23")) return [];
        const stated = others.filter((r) => roleOf(r) !== null);
        const unknown = others.filter((r) => roleOf(r) === null);
        const to = [
          stated.length ? `other handlers ${names(input, stated)}` : "",
          unknown.length ? `${names(input, unknown)} (role not recorded; not being a processor, taken as another handler)` : "",
        ]
          .filter(Boolean)
          .join(" and ");
        const hit = activityHit(input, a, `Processing activity ${label(input, a)} rests on no basis other than consent and provides personal information to ${to} with no separate consent (PIPL Art 23) recorded.`);
        return [stated.length ? hit : { ...hit, severity: "MEDIUM" }];
      }),
  },
  {
    id: "pipl-provision-recipient-unnamed",
    severity: "MEDIUM",
    regime: "PIPL",
    reference: "PIPL Art 23",
    checks: "Another handler given personal information that is not sensitive is named, not described only by its category.",
    remediation: "Record the recipient by name and tell people its name and contact, as PIPL Art 23 requires.",
    evaluate: (input) => unnamedHandlers(input, false),
  },
  {
    id: "pipl-automated-decision-no-opt-out",
    severity: "MEDIUM",
    regime: "PIPL",
    reference: "PIPL Art 24(2)",
    checks: "Personalised push or marketing by automated decision-making comes with an option not based on personal characteristics or an easy way to refuse.",
    remediation: "Offer, alongside the personalised content or marketing, an option not based on the person's characteristics or an easy way to refuse it, and record that right.",
    evaluate: (input) =>
      reached(input, "PIPL").flatMap((a) => {
        if (a.automatedDecisions !== "PERSONALISATION") return [];
        const refusals = ["OBJECTION", "AUTOMATED_DECISION", ...(a.purposes.length && a.purposes.every((p) => p === "marketing" || p.startsWith("marketing.")) ? ["MARKETING_OPT_OUT"] : [])];
        const without = placesWithout(input, refusals, peopleOf(input, a, PIPL_TERRITORY));
        if (!without.length) return [];
        return [activityHit(input, a, `Processing activity ${label(input, a)} personalises content or marketing by automated decision-making and offers people in ${quoted(without)} no non-personalised option or easy way to refuse (PIPL Art 24(2)).`)];
      }),
  },
  {
    id: "pipl-automated-decision-no-explanation",
    severity: "HIGH",
    regime: "PIPL",
    reference: "PIPL Art 24(3)",
    checks: "People subject to automated decisions with a significant effect on them can ask for an explanation and refuse a decision made solely by automated means.",
    remediation: "Offer people a way to obtain an explanation of the automated decision and to refuse a decision made only by automated means, and record that right.",
    evaluate: (input) =>
      reached(input, "PIPL").flatMap((a) => {
        if (a.automatedDecisions !== "SIGNIFICANT_EFFECT") return [];
        const without = placesWithout(input, ["AUTOMATED_DECISION"], peopleOf(input, a, PIPL_TERRITORY));
        if (!without.length) return [];
        return [activityHit(input, a, `Processing activity ${label(input, a)} makes automated decisions with a significant effect on people, and people in ${quoted(without)} are offered no right to an explanation or to refuse them (PIPL Art 24(3)).`)];
      }),
  },
  {
    id: "pipl-foreign-authority-no-approval",
    severity: "HIGH",
    regime: "PIPL",
    reference: "PIPL Art 41",
    checks: "Personal information stored in mainland China is provided to a foreign judicial or law-enforcement body only with the approval of the competent Chinese authorities.",
    remediation: "Refuse the foreign request until the competent Chinese authorities approve it, and record the approval (PIPL 41) on the recipient.",
    evaluate: (input) => {
      const index = indexOf(input.record);
      const inChina = establishmentsOf(input.record.organization).some(CN);
      const hits = new Map<RecordRecipient, { activities: string[]; severity: Severity }>();
      for (const a of reached(input, "PIPL")) {
        const stored = locationsOf(index, a);
        const here = stored.some((l) => CN(l.country));
        // Where the data is stored is not recorded: a handler established in mainland China presumably keeps it there.
        const presumed = !stored.length && inChina;
        if (!here && !presumed) continue;
        for (const r of disclosedTo(input, a)) {
          if (roleOf(r) !== "PUBLIC_AUTHORITY" || !r.country || CN(r.country)) continue;
          if (r.transferMechanisms.some((m) => m.regime === "PIPL" && m.code === "41")) continue;
          const entry = hits.get(r) ?? { activities: [], severity: "MEDIUM" as Severity };
          entry.activities.push(nameOf(input, a));
          if (here) entry.severity = "HIGH";
          hits.set(r, entry);
        }
      }
      return [...hits].map(([r, { activities, severity }]) => {
        const where = severity === "HIGH" ? "stored in mainland China" : "of a handler in mainland China (where it is stored is not recorded)";
        const message = `Public authority ${label(input, r)} in "${r.country}", outside mainland China, is given personal information ${where} from ${quoted(activities)} with no approval of the competent Chinese authorities (PIPL Art 41) recorded.`;
        return recipientHit(input, r, message, severity === "HIGH" ? undefined : severity);
      });
    },
  },
  {
    id: "pipl-impact-assessment-missing",
    severity: "MEDIUM",
    regime: "PIPL",
    reference: "PIPL Art 55(2), (3)",
    checks: "A processing activity that makes automated decisions, entrusts processing or provides personal information to others records an impact assessment.",
    remediation: "Carry out the personal-information protection impact assessment required by PIPL Art 55 before the processing, and record where it is kept.",
    evaluate: (input) =>
      reached(input, "PIPL").flatMap((a) => {
        // Sensitive data asks for the same assessment under Art 55(1) in its own rule: one finding per missing assessment.
        if (hasAssessment(a) || sensitivity(a, input)) return [];
        const to = disclosedTo(input, a);
        const processors = to.filter(isProcessor);
        const others = to.filter((r) => !isProcessor(r));
        const why = [
          a.automatedDecisions === "PERSONALISATION" || a.automatedDecisions === "SIGNIFICANT_EFFECT" ? "makes automated decisions (Art 55(2))" : "",
          processors.length ? `entrusts processing to ${names(input, processors)} (Art 55(3))` : "",
          others.length ? `provides personal information to ${names(input, others)} (Art 55(3))` : "",
        ].filter(Boolean);
        if (!why.length) return [];
        return [activityHit(input, a, `Processing activity ${label(input, a)} ${why.join("; ")}, with no impact assessment (PIPL Art 55) recorded.`)];
      }),
  },
];
