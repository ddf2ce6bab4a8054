import type { RecordActivity, RecordDisclosure, RecordRecipient } from "../record";
import { indexOf, roleOf } from "../record-index";
import { contracted, isProcessor, noRetention, placesWithout, someActivities } from "./duty-helpers";
import { activityHit, categoriesOf, claimsOf, label, nameOf, orgHit, orgLabel, quoted, reached, recipientHit, sensitiveUnder } from "./helpers";
import type { Rule, RuleHit, RuleInput } from "./rule";

// California CCPA as amended by the CPRA, for a business meeting a §1798.140(d) threshold: notice at collection,
// the opt-out of sale and sharing and its signals, sensitive personal information, contracts, and minors.

/** Only Californians are consumers; a right offered to people across the US reaches them too. */
const CALIFORNIA = ["US-CA"];

const sells = (d: RecordDisclosure) => d.sale === true || d.sharing === true;
const how = (ds: RecordDisclosure[]) => {
  const sold = ds.some((d) => d.sale === true);
  const shared = ds.some((d) => d.sharing === true);
  return sold && shared ? "sells and shares" : sold ? "sells" : "shares";
};

/** Recipients whose disclosure is by definition no sale or share: a contracted service provider, an authority, an acquirer (§1798.140(ad)(2), (ah)(2)). */
const neverSale = (r: RecordRecipient) => (isProcessor(r) && contracted(r)) || roleOf(r) === "PUBLIC_AUTHORITY" || roleOf(r) === "ACQUIRER";

/** Collected from the consumer (or the record does not say from where), so notice is due at collection. */
const fromConsumer = (a: RecordActivity) => !a.sources.length || a.sources.includes("PROVIDED_BY_SUBJECT") || a.sources.includes("AUTOMATIC");

/** The activity's disclosures that sell or share, with the recipients they go to. */
function sales(input: RuleInput, a: RecordActivity): { disclosures: RecordDisclosure[]; to: string[] } {
  const { recipients } = indexOf(input.record);
  const disclosures = a.disclosures.filter(sells);
  const to = [...new Set(disclosures.map((d) => (recipients.has(d.recipient) ? nameOf(input, recipients.get(d.recipient)!) : d.recipient)).filter(Boolean))];
  return { disclosures, to };
}

// §7027(m): uses that need no right to limit (the service expected, security, fraud, services on the business's behalf such
// as analytics, accounting and storage, legal duties); marketing, personalisation, sales, research and training go beyond.
const PERMITTED = ["essential", "functional", "analytics", "employment", "finance", "operations", "third_party_sharing.legal_obligation"];
const within = (p: string, roots: string[]) => roots.some((r) => p === r || p.startsWith(r + "."));

/** Bands of consumers under 16 and the opt-in each needs (§1798.120(c)): the parent's under 13, the consumer's own from 13 to 15. */
const MINOR_OPT_IN: Record<string, { code: string; who: string }> = {
  UNDER_13: { code: "PARENT_OPT_IN", who: "a parent or guardian" },
  AGE_13: { code: "MINOR_OPT_IN", who: "the consumer" },
  AGE_14_TO_15: { code: "MINOR_OPT_IN", who: "the consumer" },
};

export const ccpaRules: Rule[] = [
  {
    id: "ccpa-notice-at-collection",
    severity: "MEDIUM",
    regime: "CCPA",
    reference: "CCPA §1798.100(a)",
    checks: "For data collected from consumers the record gives what the notice at collection must say: the categories, the purposes, whether each is sold or shared, and how long it is kept.",
    remediation: "Record the activity's categories, purposes and retention period (or the criteria that set it), and whether each disclosure is a sale or a share.",
    evaluate: (input) => {
      const { recipients } = indexOf(input.record);
      return reached(input, "CCPA").flatMap((a): RuleHit[] => {
        if (!fromConsumer(a)) return [];
        const gaps = [!a.dataCategories.length ? "no categories of personal information" : "", !a.purposes.length ? "no purposes" : "", noRetention(a) ? "no retention period" : ""].filter(Boolean);
        const unknown = [
          ...new Set(
            a.disclosures
              .filter((d) => d.sale === null || d.sharing === null)
              .map((d) => recipients.get(d.recipient))
              .filter((r): r is RecordRecipient => !!r && !neverSale(r))
              .map((r) => nameOf(input, r)),
          ),
        ];
        const open = unknown.length ? [`the record does not say whether its disclosures to ${quoted(unknown)} are sales or sharing`] : [];
        if (!gaps.length && !open.length) return [];
        const hit = activityHit(input, a, `Processing activity ${label(input, a)} collects personal information from consumers, but for the notice at collection (CCPA §1798.100(a)) ${[...gaps.map((g) => `it records ${g}`), ...open].join("; ")}.`);
        return [gaps.length ? hit : { ...hit, severity: "LOW" }];
      });
    },
  },
  {
    id: "ccpa-sale-no-opt-out",
    severity: "HIGH",
    regime: "CCPA",
    reference: "CCPA §1798.120(a), §1798.135(a)",
    checks: "A business that sells or shares personal information offers California consumers the right to opt out of it.",
    remediation: "Offer the right to opt out of sale and sharing through a 'Do Not Sell or Share My Personal Information' link (or the alternative link) and record it.",
    evaluate: (input) => {
      const without = placesWithout(input, ["OPT_OUT_OF_SALE_OR_SHARING"], CALIFORNIA);
      if (!without.length) return [];
      return reached(input, "CCPA").flatMap((a) => {
        const { disclosures, to } = sales(input, a);
        if (!disclosures.length) return [];
        return [activityHit(input, a, `Processing activity ${label(input, a)} ${how(disclosures)} personal information with ${quoted(to)} and offers California consumers no right to opt out of sale or sharing (CCPA §1798.120).`)];
      });
    },
  },
  {
    id: "ccpa-gpc-not-honoured",
    severity: "HIGH",
    regime: "CCPA",
    reference: "CCPA Regs §7025(b)",
    checks: "A business that sells or shares personal information treats an opt-out preference signal such as Global Privacy Control as a request to opt out.",
    remediation: "Process Global Privacy Control and other opt-out preference signals as requests to opt out of sale and sharing, and record that they are honoured.",
    evaluate: (input) => {
      const gpc = input.record.organization.globalPrivacyControl;
      if (gpc === "HONOURED") return [];
      const selling = reached(input, "CCPA").filter((a) => a.disclosures.some(sells));
      if (!selling.length) return [];
      const what = `sells or shares personal information (its ${someActivities(input, selling)})`;
      if (gpc === "IGNORED") return [orgHit(input, `${orgLabel(input)} ${what} and ignores Global Privacy Control signals, which CCPA Regs §7025 requires it to treat as requests to opt out.`)];
      return [orgHit(input, `${orgLabel(input)} ${what} and the record does not say whether it honours Global Privacy Control signals as requests to opt out (CCPA Regs §7025).`, "MEDIUM")];
    },
  },
  {
    id: "ccpa-sensitive-no-limit",
    severity: "MEDIUM",
    regime: "CCPA",
    reference: "CCPA §1798.121(a); CCPA Regs §7027",
    checks: "A business that uses sensitive personal information beyond the purposes CCPA Regs §7027(m) permits offers consumers the right to limit that use.",
    remediation: "Offer the right to limit the use of sensitive personal information (a 'Limit the Use of My Sensitive Personal Information' link) and record it, or keep its use within the permitted purposes.",
    evaluate: (input) => {
      if (!placesWithout(input, ["LIMIT_SENSITIVE_USE"], CALIFORNIA).length) return [];
      return reached(input, "CCPA").flatMap((a) => {
        const s = sensitiveUnder(categoriesOf(a), input.facts, "CCPA", "SENSITIVE");
        if (!s.length) return [];
        const beyond = a.purposes.filter((p) => !within(p, PERMITTED));
        const sold = a.disclosures.some((d) => sells(d) && (d.dataCategories.length ? sensitiveUnder(d.dataCategories, input.facts, "CCPA", "SENSITIVE").length > 0 : true));
        if (!beyond.length && !sold) return [];
        const uses = [beyond.length ? `for ${quoted(beyond)}` : "", sold ? "in sales or sharing" : ""].filter(Boolean).join(" and ");
        return [activityHit(input, a, `Processing activity ${label(input, a)} uses sensitive personal information (${quoted(s)}) ${uses}, beyond the permitted purposes, and offers consumers no right to limit its use (CCPA §1798.121).`)];
      });
    },
  },
  {
    id: "ccpa-service-provider-no-contract",
    severity: "HIGH",
    regime: "CCPA",
    reference: "CCPA §1798.100(d), §1798.140(ag)",
    checks: "Every service provider or contractor that receives personal information is bound by the written contract that makes it one.",
    remediation: "Sign a contract with the service provider or contractor limiting its use of the personal information to the business purposes (CCPA Regs §7051), and record it.",
    evaluate: (input) => {
      // The business's own service providers; a sub-service provider's contract is its service provider's to make.
      const direct = new Set(reached(input, "CCPA").flatMap((a) => a.disclosures.map((d) => d.recipient)));
      return input.record.recipients
        .filter((r) => direct.has(r.key) && isProcessor(r) && !contracted(r))
        .map((r) =>
          r.dpa.status === "NONE"
            ? recipientHit(input, r, `Service provider ${label(input, r)} receives personal information with no contract, so it is a third party and the disclosure may be a sale or sharing (CCPA §1798.140(ag)).`)
            : recipientHit(input, r, `Service provider ${label(input, r)} receives personal information and the record does not say whether the contract that makes it a service provider (CCPA §1798.100(d)) is in place.`, "MEDIUM"),
        );
    },
  },
  {
    id: "ccpa-third-party-no-contract",
    severity: "MEDIUM",
    regime: "CCPA",
    reference: "CCPA §1798.100(d); CCPA Regs §7053",
    checks: "A third party to which personal information is sold or shared is bound by a contract limiting its use to the purposes disclosed.",
    remediation: "Sign a contract with the third party limiting its use to the purposes the consumer was told of and binding it to the CCPA, and record it.",
    evaluate: (input) => {
      const buyers = new Set<string>();
      for (const a of reached(input, "CCPA")) for (const d of a.disclosures) if (sells(d)) buyers.add(d.recipient);
      return input.record.recipients
        .filter((r) => buyers.has(r.key) && !isProcessor(r) && !contracted(r))
        .map((r) =>
          r.dpa.status === "NONE"
            ? recipientHit(input, r, `Third party ${label(input, r)} buys or is shared personal information with no contract limiting its use (CCPA §1798.100(d)).`)
            : recipientHit(input, r, `Third party ${label(input, r)} buys or is shared personal information and the record does not say whether a contract limits its use (CCPA §1798.100(d)).`, "LOW"),
        );
    },
  },
  {
    id: "ccpa-minor-sale-no-opt-in",
    severity: "HIGH",
    regime: "CCPA",
    reference: "CCPA §1798.120(c)",
    checks: "Personal information of consumers under 16 is sold or shared only on their opt-in, or a parent's or guardian's for those under 13.",
    remediation: "Stop selling or sharing the minors' personal information unless the consumer (13 to 15) or a parent or guardian (under 13) opts in, and record that opt-in.",
    evaluate: (input) =>
      reached(input, "CCPA").flatMap((a) => {
        const { disclosures, to } = sales(input, a);
        if (!disclosures.length) return [];
        const optedIn = new Set(claimsOf(a, "CCPA").filter((c) => c.consentMechanism !== "OPT_OUT" && c.consentMechanism !== "CONTINUED_USE").map((c) => c.code));
        const missing = a.ageBands.filter((b) => MINOR_OPT_IN[b] && !optedIn.has(MINOR_OPT_IN[b].code));
        if (!missing.length) return [];
        const who = [...new Set(missing.map((b) => MINOR_OPT_IN[b].who))].join(" or ");
        return [activityHit(input, a, `Processing activity ${label(input, a)} ${how(disclosures)} personal information of consumers under 16 (age bands ${quoted(missing)}) with ${quoted(to)} with no opt-in by ${who} recorded (CCPA §1798.120(c)).`)];
      }),
  },
];
