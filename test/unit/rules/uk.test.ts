import { describe, expect, it } from "vitest";
import type { RecordActivity, RecordDocument, RecordMarketing, RecordTracker } from "../../../src/domain/record";
import { RULES } from "../../../src/domain/rules/catalogue";
import type { Severity } from "../../../src/domain/rules/rule";
import { ukTransferRules } from "../../../src/domain/rules/uk-transfers";
import { claim, disclosing, euBreachStatement, euRights, measure, recipient, ukActivity, ukExpectNone, ukExpectOne, ukOrganization, ukRecord, ukRun } from "./fixture";

// UK GDPR and PECR: every uk- rule fires on a UK record that breaks it and stays quiet on a near miss.

const act = (over: Partial<RecordActivity>) => ukRecord({ activities: [ukActivity(over)] });
const org = (over: Parameters<typeof ukOrganization>[0]) => ukRecord({ organization: ukOrganization(over) });
const without = (...drop: string[]) => euRights().filter((r) => !drop.includes(r.right));
const uk = (code: string, over: Parameters<typeof claim>[2] = {}) => claim("UK_GDPR", code, over);
const tracker = (over: Partial<RecordTracker> = {}): RecordTracker => ({ kind: "COOKIE", name: "_ga", purpose: "ANALYTICS", consent: "OPT_IN", recipient: null, ...over });
const mail = (over: Partial<RecordMarketing> = {}): RecordMarketing => ({ channel: "EMAIL", audiences: ["PROSPECTS"], consentMechanism: "OPT_IN", ...over });
const health = { dataCategories: ["user.health_and_medical"] };
const toRecipient = (over: Parameters<typeof recipient>[0], activity: Partial<RecordActivity> = {}) => {
  const r = recipient(over);
  return ukRecord({ activities: [disclosing([r], { legalBases: [uk("A6-1-b")], ...activity })], recipients: [r] });
};
const adtech = (role: "JOINT_CONTROLLER" | null) => {
  const r = recipient({ key: "adnet", name: "AdNet", kind: "THIRD_PARTY", role, dpa: { status: "SIGNED" } });
  return ukRecord({ activities: [ukActivity({ trackers: [tracker({ kind: "PIXEL", name: "Ads", purpose: "ADVERTISING", recipient: "adnet" })] })], recipients: [r] });
};

type Case = [id: string, fire: RecordDocument, severity: Severity, fragments: string[], quiet: RecordDocument];
const CASES: Case[] = [
  ["uk-art30-purposes", act({ purposes: [] }), "MEDIUM", ["no purposes"], act({})],
  ["uk-art30-data-subjects", act({ dataSubjects: [] }), "MEDIUM", ["data subjects"], act({})],
  ["uk-art30-data-categories", act({ dataCategories: [] }), "MEDIUM", ["categories of personal data"], act({})],
  ["uk-art30-recipients", act({ noRecipients: false }), "LOW", ["no recipients"], act({ noRecipients: true })],
  ["uk-art30-retention", act({ retention: null }), "MEDIUM", ["retention"], act({})],
  ["uk-art30-security", act({ securityMeasures: ["ghost"] }), "MEDIUM", ["security measures"], act({})],
  ["uk-art30-controller-contact", org({ contactEmail: null, postalAddress: null }), "MEDIUM", ['"Brit Ltd"'], org({ contactEmail: null })],
  ["uk-art30-dpo", org({ dpo: null }), "LOW", ["Art 37(1)"], org({})],
  ["uk-art27-representative", org({ country: "US", representative: { name: "EU Rep", email: "rep@eu.example", country: "IE" } }), "MEDIUM", ['"IE"', "not in the United Kingdom"], org({ country: "US", representative: { name: "UK Rep", email: "rep@uk.example", country: "GB" } })],
  ["uk-art6-no-basis", act({ legalBases: [claim("PIPL", "13-2")] }), "HIGH", ["no UK GDPR Art 6(1) lawful basis"], act({})],
  ["uk-art9-no-condition", act(health), "HIGH", ['"user.health_and_medical"', "UK GDPR Art 9(2)"], act({ ...health, legalBases: [uk("A6-1-b"), uk("A9-2-a", { consentMechanism: "EXPLICIT" })] })],
  ["uk-art10-no-basis", act({ dataCategories: ["user.criminal_history"] }), "HIGH", ["Art 10"], act({ dataCategories: ["user.criminal_history"], legalBases: [uk("A6-1-c"), uk("A10", { note: "DPA 2018 Sch 1 para 10" })] })],
  ["uk-consent-by-continued-use", act({ legalBases: [uk("A6-1-a", { consentMechanism: "CONTINUED_USE" })] }), "HIGH", ["UK GDPR consent", "continued use"], act({ legalBases: [uk("A6-1-a", { consentMechanism: "OPT_IN" })] })],
  ["uk-consent-opt-out", act({ legalBases: [uk("A6-1-a", { consentMechanism: "OPT_OUT" })] }), "HIGH", ["opt-out"], act({ legalBases: [uk("A6-1-a", { consentMechanism: "OPT_IN" })] })],
  ["uk-consent-mechanism-unknown", act({ legalBases: [uk("A6-1-a")] }), "LOW", ["does not say how"], act({ legalBases: [uk("A6-1-a", { consentMechanism: "OPT_IN" })] })],
  ["uk-legitimate-interests-marketing", act({ purposes: ["marketing.communications.email"], legalBases: [uk("A6-1-f")] }), "MEDIUM", ["legitimate-interests assessment"], act({ purposes: ["marketing.communications.email"], legalBases: [uk("A6-1-f", { assessment: "LIA-1" })] })],
  ["uk-dpa-sch1-condition", act({ ...health, legalBases: [uk("A6-1-b"), uk("A9-2-h")] }), "LOW", ['"A9-2-h"', "Schedule 1"], act({ ...health, legalBases: [uk("A6-1-b"), uk("A9-2-h", { note: "DPA 2018 Sch 1 Part 1 para 2 (health or social care)" })] })],
  [
    "uk-art8-parental-consent",
    ukRecord({ organization: ukOrganization({ parentalConsent: false }), activities: [ukActivity({ ageBands: ["UNDER_13"], legalBases: [uk("A6-1-a", { consentMechanism: "OPT_IN" })] })] }),
    "HIGH",
    ["under 13", "(13)"],
    // 13 is the UK age: 14 and 15 year olds consent for themselves.
    ukRecord({ organization: ukOrganization({ parentalConsent: false }), activities: [ukActivity({ ageBands: ["AGE_13", "AGE_14_TO_15"], legalBases: [uk("A6-1-a", { consentMechanism: "OPT_IN" })] })] }),
  ],
  ["uk-art22-safeguards", ukRecord({ rights: without("AUTOMATED_DECISION"), activities: [ukActivity({ automatedDecisions: "SIGNIFICANT_EFFECT" })] }), "HIGH", ["human intervention"], act({ automatedDecisions: "SIGNIFICANT_EFFECT" })],
  [
    "uk-art22-special-category",
    act({ ...health, automatedDecisions: "SIGNIFICANT_EFFECT", legalBases: [uk("A6-1-b"), uk("A9-2-h", { note: "Sch 1 para 2" })] }),
    "HIGH",
    ["special-category"],
    act({ ...health, automatedDecisions: "SIGNIFICANT_EFFECT", legalBases: [uk("A6-1-b"), uk("A9-2-a", { consentMechanism: "EXPLICIT" })] }),
  ],
  ["uk-art26-no-arrangement", toRecipient({ role: "JOINT_CONTROLLER", dpa: { status: "NONE" } }), "HIGH", ["Joint controller"], toRecipient({ role: "JOINT_CONTROLLER", dpa: { status: "SIGNED" } })],
  ["uk-art26-adtech-role-unknown", adtech(null), "MEDIUM", ["Fashion ID"], adtech("JOINT_CONTROLLER")],
  ["uk-art13-contact", org({ dpo: { name: "D", email: null, country: null } }), "MEDIUM", ["data protection officer's contact details", "UK GDPR Art 13(1)(a)-(b)"], org({})],
  ["uk-art13-rights-unknown", ukRecord({ rights: [] }), "LOW", ["not known"], ukRecord()],
  ["uk-art13-rights", ukRecord({ rights: without("RECTIFICATION") }), "MEDIUM", ["rectification"], ukRecord()],
  ["uk-art13-withdraw-consent", ukRecord({ rights: without("WITHDRAW_CONSENT"), activities: [ukActivity({ legalBases: [uk("A6-1-a", { consentMechanism: "OPT_IN" })] })] }), "MEDIUM", ["withdrawing consent"], ukRecord({ rights: without("WITHDRAW_CONSENT") })],
  ["uk-art13-complaint", ukRecord({ rights: without("COMPLAINT") }), "MEDIUM", ["the Information Commissioner", "UK GDPR Art 13(2)(d)"], ukRecord()],
  ["uk-art14-source", act({ sources: ["THIRD_PARTY"] }), "LOW", ["third parties"], act({ sources: ["PROVIDED_BY_SUBJECT"] })],
  ["uk-art33-breach-procedure", ukRecord({ statements: [euBreachStatement("Breaches are reported to the CNIL.")] }), "MEDIUM", ['"CNIL"', "the Information Commissioner"], ukRecord({ statements: [euBreachStatement("Breaches are reported to the ICO within 72 hours.")] })],
  // One criterion on the ICO's list is enough in the UK: tracking people's online behaviour.
  ["uk-art35-dpia", act({ trackers: [tracker({ purpose: "ADVERTISING" })], individualsPerYear: "UNDER_10K" }), "MEDIUM", ["ICO's list", "tracking"], act({ trackers: [tracker({ purpose: "ADVERTISING" })], impactAssessment: "DPIA-3" })],
  ["uk-processor-no-dpa", toRecipient({ dpa: { status: "NONE" } }), "HIGH", ['Processor "PayCo"'], toRecipient({ role: "INDEPENDENT_CONTROLLER", dpa: { status: "NONE" } })],
  ["uk-processor-dpa-unverified", toRecipient({ dpa: { status: "CLAIMED" } }), "LOW", ["not been verified"], toRecipient({ dpa: { status: "SIGNED" } })],
  ["uk-pecr-tracker-no-consent", act({ trackers: [tracker({ purpose: "ADVERTISING", consent: "OPT_OUT" })] }), "HIGH", ["advertising, by opt-out"], act({ trackers: [tracker({ purpose: "ANALYTICS", consent: "OPT_OUT" })] })],
  ["uk-pecr-tracker-exception", act({ trackers: [tracker({ consent: "OPT_OUT" })] }), "LOW", ["PECR exception", "object"], act({ trackers: [tracker({ consent: "OPT_IN" })] })],
  ["uk-pecr-marketing-no-consent", act({ marketing: [mail({ consentMechanism: "CONTINUED_USE" })] }), "HIGH", ["prospects", "PECR"], act({ marketing: [mail()] })],
  ["uk-pecr-marketing-soft-opt-in", ukRecord({ rights: without("MARKETING_OPT_OUT"), activities: [ukActivity({ marketing: [mail({ audiences: ["CUSTOMERS"], consentMechanism: null })] })] }), "HIGH", ["soft opt-in"], act({ marketing: [mail({ audiences: ["CUSTOMERS"], consentMechanism: null })] })],
];

describe("uk- rules", () => {
  it("a complete UK record has no findings", () => {
    expect(ukRun(ukRecord())).toEqual([]);
  });
  it("every uk- rule of the catalogue has a case here (transfer rules have theirs in transfer-rules.test.ts)", () => {
    const transfers = new Set(ukTransferRules.map((r) => r.id));
    const ids = RULES.filter((r) => r.id.startsWith("uk-") && r.regime === "UK_GDPR" && !transfers.has(r.id)).map((r) => r.id);
    expect(ids.filter((id) => !CASES.some(([c]) => c === id))).toEqual([]);
  });
  describe.each(CASES)("%s", (id, fire, severity, fragments, quiet) => {
    it("fires under UK GDPR with a UK citation", () => {
      const f = ukExpectOne(id, fire, severity, ...fragments);
      expect(f.regime).toBe("UK_GDPR");
      expect(f.reference).toMatch(/^(UK GDPR Art|PECR reg)/);
    });
    it("stays quiet on the near miss", () => {
      ukExpectNone(id, quiet);
    });
  });
});

describe("UK differences", () => {
  it("a UK-only controller gets no GDPR finding for what breaks both laws", () => {
    const found = ukRun(act({ legalBases: [], retention: null }));
    expect(found.map((f) => f.rule)).toEqual(expect.arrayContaining(["uk-art6-no-basis", "uk-art30-retention"]));
    expect(found.filter((f) => f.regime === "GDPR")).toEqual([]);
  });
  it("a basis recorded only under the GDPR answers UK GDPR Art 6(1) too; an Art 9 condition recorded only there leaves a gap (MEDIUM)", () => {
    ukExpectNone("uk-art6-no-basis", act({ legalBases: [claim("GDPR", "A6-1-b")] }));
    ukExpectOne("uk-art9-no-condition", act({ ...health, legalBases: [uk("A6-1-b"), claim("GDPR", "A9-2-h")] }), "MEDIUM", '"A9-2-h" under GDPR');
  });
  it("a representative in the EEA does not serve under UK GDPR, nor a UK one under GDPR", () => {
    const both = ukOrganization({ country: "US", subjectJurisdictions: ["GB", "EEA"], representative: { name: "Rep", email: "r@x.example", country: "GB" } });
    ukExpectNone("uk-art27-representative", ukRecord({ organization: both }));
    const found = ukRun(ukRecord({ organization: both, activities: [ukActivity({ legalBases: [uk("A6-1-b"), claim("GDPR", "A6-1-b")] })] }));
    expect(found.filter((f) => f.rule === "gdpr-art27-representative").map((f) => f.message)).toEqual([expect.stringContaining("not in the EEA")]);
  });
  it("analytics set by opt-out is not a PECR breach after the 2026 exception but asks to confirm its conditions", () => {
    const shared = recipient({ key: "ga", name: "Analytics Co", kind: "THIRD_PARTY", role: "INDEPENDENT_CONTROLLER" });
    const rec = ukRecord({ recipients: [shared], activities: [ukActivity({ trackers: [tracker({ consent: "OPT_OUT", recipient: "ga" })] })] });
    ukExpectNone("uk-pecr-tracker-no-consent", rec);
    ukExpectOne("uk-pecr-tracker-exception", rec, "MEDIUM", '"Analytics Co"', "does not cover");
  });
  it("analytics with no way to object at all still needs consent under PECR", () => {
    ukExpectOne("uk-pecr-tracker-no-consent", act({ trackers: [tracker({ consent: "NONE" })] }), "HIGH", "simple way to object");
  });
  it("the breach prompt names the Information Commissioner", () => {
    ukExpectOne("uk-art33-breach-procedure", ukRecord({ statements: [], securityMeasures: [measure()] }), "LOW", "the Information Commissioner");
  });
});
