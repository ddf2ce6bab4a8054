import type { RecordActivity, RecordMarketing, RecordTracker } from "../record";
import { indexOf, roleOf } from "../record-index";
import { GDPR, offersRight, trackerLabel, type GdprLaw } from "./gdpr-law";
import { activityHit, claimsOf, kindOf, label, quoted, reached } from "./helpers";
import type { Rule, RuleHit } from "./rule";

// Storing or reading information on the device (ePrivacy Directive Art 5(3); PECR reg 6 in the UK) and
// e-mail and SMS marketing (Art 13; PECR reg 22), for controllers GDPR or UK GDPR reaches. Both turn on
// consent in the GDPR sense whatever Art 6 basis is claimed (CJEU C-673/17 Planet49; EDPB Guidelines 2/2023).

const CONSENT_TEXT: Record<string, string> = {
  OPT_OUT: "by opt-out",
  BROWSER_SETTINGS: "by browser settings",
  CONTINUED_USE: "by continued use",
  NONE: "with no consent",
};
const PURPOSE_TEXT: Record<string, string> = { STRICTLY_NECESSARY: "strictly necessary", PREFERENCES: "preferences", ANALYTICS: "analytics", ADVERTISING: "advertising" };

type Verdict = "OK" | "NO_CONSENT" | "CONSENT_UNKNOWN" | "PURPOSE_UNKNOWN" | "UK_EXCEPTION";

/**
 * Whether a tracker has the consent it needs. Only strictly necessary storage is exempt under the Directive; PECR as
 * amended from 5 February 2026 (Sch A1) also exempts analytics and preferences where people can object simply and free.
 */
function verdict(law: GdprLaw, t: RecordTracker): Verdict {
  if (t.purpose === "STRICTLY_NECESSARY" || t.consent === "OPT_IN") return "OK";
  if (t.purpose === null) return "PURPOSE_UNKNOWN";
  if (law.regime === "UK_GDPR" && (t.purpose === "ANALYTICS" || t.purpose === "PREFERENCES") && t.consent === "OPT_OUT") return "UK_EXCEPTION";
  return t.consent === null ? "CONSENT_UNKNOWN" : "NO_CONSENT";
}

const described = (t: RecordTracker) => `${trackerLabel(t)} (${t.purpose ? PURPOSE_TEXT[t.purpose] : "purpose not recorded"}, ${t.consent ? CONSENT_TEXT[t.consent] ?? "by opt-in" : "consent not recorded"})`;

function trackerRule(law: GdprLaw): Rule {
  const uk = law.regime === "UK_GDPR";
  return {
    id: `${law.eprivacy.id}-tracker-no-consent`,
    severity: "HIGH",
    regime: law.regime,
    reference: law.eprivacy.cookies,
    checks: `Every cookie, pixel, SDK or similar that stores or reads information on the device has the person's prior opt-in consent unless it is strictly necessary${uk ? " (or, under PECR Sch A1, analytics or preferences people can object to)" : ""}.`,
    remediation: "Ask for opt-in consent before the tracker runs (browser settings, continued use and opt-out are not consent), or record why it is strictly necessary.",
    evaluate: (input) =>
      reached(input, law.regime).flatMap((a): RuleHit[] => {
        if (!a.trackers.length) return [];
        const by = (v: Verdict) => a.trackers.filter((t) => verdict(law, t) === v).map(described);
        const missing = by("NO_CONSENT");
        const open = [...by("CONSENT_UNKNOWN"), ...by("PURPOSE_UNKNOWN")];
        if (!missing.length && !open.length) return [];
        const who = `Processing activity ${label(input, a)}`;
        const unknown = open.length ? `the record does not say how people consent to, or why it uses, ${open.join(", ")}, so whether prior consent is needed and given is not known` : "";
        if (!missing.length) return [{ ...activityHit(input, a, `${who} stores or reads information on people's devices; ${unknown}.`), severity: "MEDIUM" }];
        const bases = claimsOf(a, law.regime).filter((c) => kindOf(input.facts, c) === "LAWFUL_BASIS" && c.code !== "A6-1-a");
        const basis = bases.length ? `; the ${law.name} basis claimed (${quoted([...new Set(bases.map((c) => c.code))])}) does not stand in for it` : "";
        const exempt = uk && a.trackers.some((t) => verdict(law, t) === "NO_CONSENT" && (t.purpose === "ANALYTICS" || t.purpose === "PREFERENCES"));
        const objection = exempt ? " (nor, for analytics and preferences, the simple way to object that the PECR exception needs)" : "";
        return [activityHit(input, a, `${who} stores or reads information on people's devices without their prior consent${objection}: ${missing.join(", ")}${basis}${unknown ? `; also, ${unknown}` : ""}.`)];
      }),
  };
}

/** PECR Sch A1: analytics and preferences on an opt-out hold only within the exception's conditions, which the record cannot show. */
function ukExceptionRule(law: GdprLaw): Rule {
  return {
    id: `${law.eprivacy.id}-tracker-exception`,
    severity: "LOW",
    regime: law.regime,
    reference: `${law.eprivacy.cookies}, Sch A1`,
    checks: "Analytics or preference trackers used without consent stay within the PECR exception: statistics to improve the service or adapting its appearance, with clear information and a simple, free way to object.",
    remediation: "Confirm and record that the tracker serves only the exception's purpose and that people are told clearly and can object simply and free, or ask for opt-in consent.",
    evaluate: (input) =>
      reached(input, law.regime).flatMap((a): RuleHit[] => {
        const relying = a.trackers.filter((t) => verdict(law, t) === "UK_EXCEPTION");
        if (!relying.length) return [];
        const { recipients } = indexOf(input.record);
        // A third party using the data for itself is outside an exception meant for the service's own statistics or looks.
        const shared = relying.flatMap((t) => {
          const r = t.recipient ? recipients.get(t.recipient) : undefined;
          const role = r ? roleOf(r) : null;
          return r && (role === "INDEPENDENT_CONTROLLER" || role === "JOINT_CONTROLLER") ? [label(input, r)] : [];
        });
        const who = `Processing activity ${label(input, a)} uses ${relying.map(described).join(", ")} without consent, relying on the PECR exception for analytics and preferences`;
        if (shared.length)
          return [{ ...activityHit(input, a, `${who}, but shares what they collect with ${[...new Set(shared)].join(", ")}, a controller in its own right, which the exception does not cover.`), severity: "MEDIUM" }];
        return [activityHit(input, a, `${who}; it holds only if they serve solely statistics to improve the service or its appearance and people are told clearly and can object simply and free.`)];
      }),
  };
}

const ELECTRONIC = ["EMAIL", "SMS"];
const consented = (m: RecordMarketing) => m.consentMechanism === "OPT_IN" || m.consentMechanism === "EXPLICIT";
const channels = (ms: RecordMarketing[]) => [...new Set(ms.map((m) => (m.channel === "EMAIL" ? "e-mail" : "SMS")))].join(" and ");
const how = (m: RecordMarketing) => (m.consentMechanism ? (CONSENT_TEXT[m.consentMechanism] ?? "by opt-out") : "with no consent mechanism recorded");

/** E-mail and SMS marketing sent without opt-in consent. */
const unconsented = (a: RecordActivity) => a.marketing.filter((m) => ELECTRONIC.includes(m.channel) && !consented(m));

function marketingRules(law: GdprLaw): Rule[] {
  return [
    {
      id: `${law.eprivacy.id}-marketing-no-consent`,
      severity: "HIGH",
      regime: law.regime,
      reference: law.eprivacy.marketing,
      checks: "E-mail and SMS marketing to people who are not existing customers is sent only with their prior opt-in consent.",
      remediation: "Send e-mail and SMS marketing to prospects only with their prior opt-in consent, and record how it is obtained.",
      evaluate: (input) =>
        reached(input, law.regime).flatMap((a): RuleHit[] => {
          const sent = unconsented(a);
          const prospects = sent.filter((m) => m.audiences.includes("PROSPECTS"));
          const invalid = prospects.filter((m) => m.consentMechanism !== null);
          const open = [...prospects.filter((m) => m.consentMechanism === null), ...sent.filter((m) => m.audiences.length === 0)];
          const who = `Processing activity ${label(input, a)}`;
          if (invalid.length)
            return [activityHit(input, a, `${who} sends ${channels(invalid)} marketing to prospects ${[...new Set(invalid.map(how))].join(", ")}, which is not the prior consent ${law.eprivacy.name} requires for people who are not customers.`)];
          if (open.length)
            return [
              {
                ...activityHit(input, a, `${who} sends ${channels(open)} marketing and the record does not say ${open.some((m) => m.audiences.length === 0) ? "whether it goes to customers or prospects" : "how prospects consent to it"}, so whether it has the prior consent prospects must give is not known.`),
                severity: "MEDIUM",
              },
            ];
          return [];
        }),
    },
    {
      id: `${law.eprivacy.id}-marketing-soft-opt-in`,
      severity: "HIGH",
      regime: law.regime,
      reference: law.eprivacy.softOptIn,
      checks: "E-mail and SMS marketing to existing customers without consent (the soft opt-in) offers a simple, free way to opt out at collection and in every message.",
      remediation: "Offer customers a free, simple opt-out when their details are collected and in every message, record it as a marketing opt-out right, and market only similar products of the organisation's own.",
      evaluate: (input) =>
        reached(input, law.regime).flatMap((a): RuleHit[] => {
          const customers = unconsented(a).filter((m) => m.audiences.includes("CUSTOMERS"));
          if (!customers.length || offersRight(law, input.record, input.facts, "MARKETING_OPT_OUT")) return [];
          const who = `Processing activity ${label(input, a)} sends ${channels(customers)} marketing to customers without opt-in consent (the soft opt-in)`;
          if (!input.record.rights.length) return [{ ...activityHit(input, a, `${who}, and the record lists no rights at all, so whether customers can opt out is not known.`), severity: "MEDIUM" }];
          return [activityHit(input, a, `${who}, but records no marketing opt-out for people in ${law.territory}, without which the soft opt-in does not apply.`)];
        }),
    },
  ];
}

export function eprivacyRulesFor(law: GdprLaw): Rule[] {
  return [trackerRule(law), ...(law.regime === "UK_GDPR" ? [ukExceptionRule(law)] : []), ...marketingRules(law)];
}

export const eprivacyRules: Rule[] = eprivacyRulesFor(GDPR);
