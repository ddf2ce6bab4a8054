import type { Regime } from "../regimes";
import type { Severity } from "../rules/rule";
import type { TransparencyItem } from "./document";

// The duties a comparison of a notice with the record judges: what a notice must tell people (GDPR and UK GDPR
// Arts 13-14, PIPL Arts 17, 23 and 39, PDPO DPP1(3), CCPA §§1798.100, 1798.130) and what the record must hold
// (GDPR Art 30(1)). Each rule holds under several regimes; a gap cites the articles of the regimes that reach the
// organisation, and is not reported when none of them has the duty.

export interface NoticeRule {
  /** Stable id: accepted findings and SARIF fingerprints refer to it. */
  id: string;
  severity: Severity;
  /** The article of each regime that has the duty. */
  references: Partial<Record<Regime, string>>;
  checks: string;
  remediation: string;
}

const rule = (r: NoticeRule) => r;

export const NOTICE_RULES = {
  recipientUndisclosed: rule({
    id: "notice-recipient-undisclosed",
    severity: "MEDIUM",
    references: { GDPR: "GDPR Art 13(1)(e), Art 14(1)(e)", UK_GDPR: "UK GDPR Art 13(1)(e), Art 14(1)(e)", PIPL: "PIPL Art 17(1), Art 23", PDPO: "PDPO Sch 1 DPP1(3)(b)(i)(B)", CCPA: "CCPA §1798.130(a)(5)(B)" },
    checks: "Every recipient the record holds is disclosed in the notice, by name or by category (under PIPL, another handler by name).",
    remediation: "Name the recipient, or its category, in the notice; or correct the record if it no longer receives data.",
  }),
  transferUndisclosed: rule({
    id: "notice-transfer-undisclosed",
    severity: "MEDIUM",
    references: { GDPR: "GDPR Art 13(1)(f), Art 14(1)(f)", UK_GDPR: "UK GDPR Art 13(1)(f), Art 14(1)(f)", PIPL: "PIPL Art 39" },
    checks: "Every country outside the organisation's own where the record keeps or sends data is disclosed in the notice.",
    remediation: "Tell people in the notice which country the data goes to, who receives it there and on what safeguard.",
  }),
  purposeUndisclosed: rule({
    id: "notice-purpose-undisclosed",
    severity: "MEDIUM",
    references: { GDPR: "GDPR Art 13(1)(c), Art 14(1)(c)", UK_GDPR: "UK GDPR Art 13(1)(c), Art 14(1)(c)", PIPL: "PIPL Art 17(1)(2)", PDPO: "PDPO Sch 1 DPP1(3)(b)(i)(A)", CCPA: "CCPA §1798.100(a)(1)" },
    checks: "Every purpose the record holds is disclosed in the notice.",
    remediation: "State the purpose in the notice, or stop processing for it.",
  }),
  categoryUndisclosed: rule({
    id: "notice-category-undisclosed",
    severity: "LOW",
    references: { GDPR: "GDPR Art 14(1)(d)", UK_GDPR: "UK GDPR Art 14(1)(d)", PIPL: "PIPL Art 17(1)(2)", CCPA: "CCPA §1798.100(a)(1)" },
    checks: "Every data category the record holds is disclosed in the notice (under GDPR for data not obtained from the person).",
    remediation: "List the category of personal data in the notice.",
  }),
  notRecorded: rule({
    id: "notice-fact-not-recorded",
    severity: "MEDIUM",
    references: { GDPR: "GDPR Art 30(1)", UK_GDPR: "UK GDPR Art 30(1)", PIPL: "PIPL Art 17(1)", PDPO: "PDPO Sch 1 DPP1(3)", CCPA: "CCPA §1798.100(a)" },
    checks: "What the notice says the organisation does (data categories, purposes, recipients, countries) is in the record of processing.",
    remediation: "Record the fact in the activity it belongs to, or correct the notice if it overstates the processing.",
  }),
  itemOmitted: rule({
    id: "notice-item-omitted",
    severity: "MEDIUM",
    references: { GDPR: "GDPR Arts 13-14", UK_GDPR: "UK GDPR Arts 13-14", PIPL: "PIPL Art 17(1)", PDPO: "PDPO Sch 1 DPP1(3)", CCPA: "CCPA §1798.130(a)(5)" },
    checks: "The notice gives every item of information the law requires of it.",
    remediation: "Add the missing information to the notice.",
  }),
} as const;

/** Which regimes require each Art 13/14 item in the notice, and where. */
export const ITEM_ARTICLES: Record<TransparencyItem, Partial<Record<Regime, string>>> = {
  CONTROLLER_NAME: { GDPR: "GDPR Art 13(1)(a)", UK_GDPR: "UK GDPR Art 13(1)(a)", PIPL: "PIPL Art 17(1)(1)" },
  CONTROLLER_CONTACT: { GDPR: "GDPR Art 13(1)(a)", UK_GDPR: "UK GDPR Art 13(1)(a)", PIPL: "PIPL Art 17(1)(1)", PDPO: "PDPO Sch 1 DPP1(3)(b)(ii)" },
  DPO_CONTACT: { GDPR: "GDPR Art 13(1)(b)", UK_GDPR: "UK GDPR Art 13(1)(b)" },
  PURPOSES: { GDPR: "GDPR Art 13(1)(c)", UK_GDPR: "UK GDPR Art 13(1)(c)", PIPL: "PIPL Art 17(1)(2)", PDPO: "PDPO Sch 1 DPP1(3)(b)(i)(A)", CCPA: "CCPA §1798.100(a)(1)" },
  LEGAL_BASIS: { GDPR: "GDPR Art 13(1)(c)", UK_GDPR: "UK GDPR Art 13(1)(c)" },
  LEGITIMATE_INTERESTS: { GDPR: "GDPR Art 13(1)(d)", UK_GDPR: "UK GDPR Art 13(1)(d)" },
  DATA_CATEGORIES: { GDPR: "GDPR Art 14(1)(d)", UK_GDPR: "UK GDPR Art 14(1)(d)", PIPL: "PIPL Art 17(1)(2)", CCPA: "CCPA §1798.100(a)(1)" },
  RECIPIENTS: { GDPR: "GDPR Art 13(1)(e)", UK_GDPR: "UK GDPR Art 13(1)(e)", PDPO: "PDPO Sch 1 DPP1(3)(b)(i)(B)", CCPA: "CCPA §1798.130(a)(5)(B)" },
  THIRD_COUNTRY_TRANSFERS: { GDPR: "GDPR Art 13(1)(f)", UK_GDPR: "UK GDPR Art 13(1)(f)", PIPL: "PIPL Art 39" },
  RETENTION: { GDPR: "GDPR Art 13(2)(a)", UK_GDPR: "UK GDPR Art 13(2)(a)", PIPL: "PIPL Art 17(1)(2)", CCPA: "CCPA §1798.100(a)(3)" },
  SOURCE_OF_DATA: { GDPR: "GDPR Art 14(2)(f)", UK_GDPR: "UK GDPR Art 14(2)(f)", CCPA: "CCPA §1798.110(c)(2)" },
  MANDATORY_DISCLOSURE: { GDPR: "GDPR Art 13(2)(e)", UK_GDPR: "UK GDPR Art 13(2)(e)", PDPO: "PDPO Sch 1 DPP1(3)(a)" },
  AUTOMATED_DECISIONS: { GDPR: "GDPR Art 13(2)(f)", UK_GDPR: "UK GDPR Art 13(2)(f)", PIPL: "PIPL Art 24" },
  RIGHT_ACCESS: { GDPR: "GDPR Art 13(2)(b)", UK_GDPR: "UK GDPR Art 13(2)(b)", PIPL: "PIPL Art 17(1)(3), Art 45", PDPO: "PDPO Sch 1 DPP1(3)(b)(ii)", CCPA: "CCPA §1798.130(a)(5)(A)" },
  RIGHT_RECTIFICATION: { GDPR: "GDPR Art 13(2)(b)", UK_GDPR: "UK GDPR Art 13(2)(b)", PIPL: "PIPL Art 17(1)(3), Art 46", PDPO: "PDPO Sch 1 DPP1(3)(b)(ii)", CCPA: "CCPA §1798.130(a)(5)(A)" },
  RIGHT_ERASURE: { GDPR: "GDPR Art 13(2)(b)", UK_GDPR: "UK GDPR Art 13(2)(b)", PIPL: "PIPL Art 17(1)(3), Art 47", CCPA: "CCPA §1798.130(a)(5)(A)" },
  RIGHT_RESTRICT: { GDPR: "GDPR Art 13(2)(b)", UK_GDPR: "UK GDPR Art 13(2)(b)" },
  RIGHT_OBJECT: { GDPR: "GDPR Art 13(2)(b)", UK_GDPR: "UK GDPR Art 13(2)(b)" },
  RIGHT_PORTABILITY: { GDPR: "GDPR Art 13(2)(b)", UK_GDPR: "UK GDPR Art 13(2)(b)", PIPL: "PIPL Art 45" },
  RIGHT_WITHDRAW_CONSENT: { GDPR: "GDPR Art 13(2)(c)", UK_GDPR: "UK GDPR Art 13(2)(c)", PIPL: "PIPL Art 15" },
  RIGHT_COMPLAINT: { GDPR: "GDPR Art 13(2)(d)", UK_GDPR: "UK GDPR Art 13(2)(d)" },
};

/** How an item reads in a message. */
export const ITEM_LABELS: Record<TransparencyItem, string> = {
  CONTROLLER_NAME: "the controller's identity",
  CONTROLLER_CONTACT: "the controller's contact details",
  DPO_CONTACT: "the data protection officer's contact details",
  PURPOSES: "the purposes of processing",
  LEGAL_BASIS: "the legal basis of processing",
  LEGITIMATE_INTERESTS: "the legitimate interests relied on",
  DATA_CATEGORIES: "the categories of personal data",
  RECIPIENTS: "the recipients or categories of recipients",
  THIRD_COUNTRY_TRANSFERS: "transfers to other countries and their safeguards",
  RETENTION: "how long data is kept, or the criteria",
  SOURCE_OF_DATA: "where the data comes from",
  MANDATORY_DISCLOSURE: "whether providing the data is required, and what follows if not",
  AUTOMATED_DECISIONS: "automated decision-making and its logic and effects",
  RIGHT_ACCESS: "the right of access",
  RIGHT_RECTIFICATION: "the right to rectification",
  RIGHT_ERASURE: "the right to erasure",
  RIGHT_RESTRICT: "the right to restriction",
  RIGHT_OBJECT: "the right to object",
  RIGHT_PORTABILITY: "the right to data portability",
  RIGHT_WITHDRAW_CONSENT: "the right to withdraw consent",
  RIGHT_COMPLAINT: "the right to complain to a supervisory authority",
};
