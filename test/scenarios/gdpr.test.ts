import { describe, it } from "vitest";
import type { RecordTracker } from "../../src/domain/record";
import { activity, claim, disclosing, euBreachStatement, euRecord, euRights, measure, organization, recipient, run } from "../unit/rules/fixture";
import { finding, noneUnder, silent } from "./expect";

// Regulator-style questions under the GDPR and the ePrivacy Directive, one minimal record each. Each record is an
// EU controller (established in Germany, people in the EEA) complete but for the one fact the question turns on.

const gdpr = (code: string, over: Parameters<typeof claim>[2] = {}) => claim("GDPR", code, over);
const without = (...drop: string[]) => euRights().filter((r) => !drop.includes(r.right));
const cookie = (over: Partial<RecordTracker> = {}): RecordTracker => ({ kind: "COOKIE", name: "_ga", purpose: "ANALYTICS", consent: "OPT_IN", recipient: null, ...over });

describe("GDPR: lawful basis and consent", () => {
  it("does an EU controller whose activity claims no lawful basis breach Art 6(1)?", () => {
    const found = run(euRecord({ activities: [activity({ legalBases: [] })] }));
    finding(found, "gdpr-art6-no-basis", { severity: "HIGH", reference: "GDPR Art 6(1)" });
    silent(found, "uk-art6-no-basis");
  });

  it("is 'by using the service you agree' valid consent?", () => {
    const found = run(euRecord({ activities: [activity({ legalBases: [gdpr("A6-1-a", { consentMechanism: "CONTINUED_USE" })] })] }));
    finding(found, "gdpr-consent-by-continued-use", { severity: "HIGH", reference: "GDPR Art 4(11), Art 7" });
    // There is a claimed basis, so Art 6 as such is not missing.
    silent(found, "gdpr-art6-no-basis");
  });

  it("is invalid consent by continued use less grave when the same activity also rests on a contract?", () => {
    const found = run(euRecord({ activities: [activity({ legalBases: [gdpr("A6-1-a", { consentMechanism: "CONTINUED_USE" }), gdpr("A6-1-b")] })] }));
    finding(found, "gdpr-consent-by-continued-use", { severity: "MEDIUM", message: ['"A6-1-b"', "another basis exists"] });
  });

  it("does health data with only an Art 6 basis lack an Art 9(2) condition?", () => {
    const found = run(euRecord({ activities: [activity({ dataCategories: ["user.health_and_medical"], individualsPerYear: "UNDER_10K" })] }));
    finding(found, "gdpr-art9-no-condition", { severity: "HIGH", reference: "GDPR Art 9(2)" });
  });
});

describe("GDPR: controller duties", () => {
  it("does a controller outside the EEA serving people in the EEA need a representative there (Art 27)?", () => {
    const found = run(euRecord({ organization: organization({ country: "US", subjectJurisdictions: ["EEA"] }) }));
    finding(found, "gdpr-art27-representative", { severity: "MEDIUM", reference: "GDPR Art 27", message: ["no representative in the EEA"] });
  });

  it("does a controller with a branch in the EEA still need an Art 27 representative?", () => {
    const found = run(euRecord({ organization: organization({ country: "US", establishments: ["IE"], subjectJurisdictions: ["EEA"] }) }));
    silent(found, "gdpr-art27-representative");
  });

  it("is a controller that records no DPO in breach when nothing shows Art 37(1) applies?", () => {
    finding(run(euRecord({ organization: organization({ dpo: null }) })), "gdpr-art30-dpo", { severity: "LOW", message: ["does not show whether Art 37(1) requires one"] });
  });

  it("does a controller processing the health data of over a million people a year need a DPO (Art 37(1)(c))?", () => {
    const health = activity({ dataCategories: ["user.health_and_medical"], legalBases: [gdpr("A6-1-b"), gdpr("A9-2-h")], sensitiveIndividualsPerYear: "OVER_1M", impactAssessment: "DPIA-1" });
    finding(run(euRecord({ organization: organization({ dpo: null }), activities: [health] })), "gdpr-art30-dpo", { severity: "MEDIUM", message: ["Art 37(1)(c)"] });
  });

  it("does an online service relying on the consent of 12-year-olds need a parent's consent (Art 8)?", () => {
    const kids = activity({ ageBands: ["UNDER_13"], legalBases: [gdpr("A6-1-a", { consentMechanism: "OPT_IN" })] });
    finding(run(euRecord({ organization: organization({ parentalConsent: false }), activities: [kids] })), "gdpr-art8-parental-consent", { severity: "HIGH", reference: "GDPR Art 8(1)" });
  });

  it("is relying on a 15-year-old's own consent a breach in every member state?", () => {
    const teens = activity({ ageBands: ["AGE_14_TO_15"], legalBases: [gdpr("A6-1-a", { consentMechanism: "OPT_IN" })] });
    finding(run(euRecord({ organization: organization({ parentalConsent: false }), activities: [teens] })), "gdpr-art8-parental-consent", { severity: "MEDIUM", message: ["member state"] });
  });

  it("must a processor with no contract be bound by an Art 28(3) agreement?", () => {
    const psp = recipient({ role: "PROCESSOR", dpa: { status: "NONE" } });
    finding(run(euRecord({ activities: [disclosing([psp])], recipients: [psp] })), "gdpr-processor-no-dpa", { severity: "HIGH", reference: "GDPR Art 28(3)" });
  });

  it("is a processor whose agreement status is unknown a breach, or a question?", () => {
    const psp = recipient({ role: "PROCESSOR", dpa: { status: "UNKNOWN" } });
    finding(run(euRecord({ activities: [disclosing([psp])], recipients: [psp] })), "gdpr-processor-no-dpa", { severity: "MEDIUM", message: ["does not say"] });
  });

  it("does a recipient that is an independent controller need an Art 28 agreement?", () => {
    const bank = recipient({ key: "bank", name: "Bank", kind: "PROCESSOR", role: "INDEPENDENT_CONTROLLER", dpa: { status: "NONE" } });
    silent(run(euRecord({ activities: [disclosing([bank])], recipients: [bank] })), "gdpr-processor-no-dpa", "gdpr-processor-dpa-unverified", "gdpr-art26-no-arrangement");
  });

  it("does a joint controller without an arrangement breach Art 26(1)?", () => {
    const partner = recipient({ key: "co", name: "Co-brand", kind: "THIRD_PARTY", role: "JOINT_CONTROLLER", dpa: { status: "NONE" } });
    finding(run(euRecord({ activities: [disclosing([partner])], recipients: [partner] })), "gdpr-art26-no-arrangement", { severity: "HIGH", reference: "GDPR Art 26(1)" });
  });

  it("is the provider of an advertising pixel of unrecorded role a joint controller for the collection (Fashion ID)?", () => {
    const adnet = recipient({ key: "adnet", name: "AdNet", kind: "THIRD_PARTY", role: null, dpa: { status: "UNKNOWN" } });
    const shop = activity({ trackers: [cookie({ kind: "PIXEL", name: "px", purpose: "ADVERTISING", recipient: "adnet" })] });
    finding(run(euRecord({ activities: [shop], recipients: [adnet] })), "gdpr-art26-adtech-role-unknown", { severity: "MEDIUM", message: ["C-40/17"] });
  });
});

describe("GDPR: what people are told", () => {
  it("must the notice tell people of their right to complain to a supervisory authority (Art 13(2)(d))?", () => {
    const f = finding(run(euRecord({ rights: without("COMPLAINT") })), "gdpr-art13-complaint", { severity: "MEDIUM", message: ["GDPR Art 13(2)(d)"] });
    if (f.message.includes("Art 14")) throw new Error("data collected from the person is Art 13 only");
  });

  it("where the data comes from third parties, is the complaint information owed under Art 14(2)(e)?", () => {
    finding(run(euRecord({ rights: without("COMPLAINT"), activities: [activity({ sources: ["THIRD_PARTY"] })] })), "gdpr-art13-complaint", { message: ["GDPR Art 14(2)(e)"] });
  });

  it("where consent is relied on, must people be told they can withdraw it (Art 13(2)(c))?", () => {
    const found = run(euRecord({ rights: without("WITHDRAW_CONSENT"), activities: [activity({ legalBases: [gdpr("A6-1-a", { consentMechanism: "OPT_IN" })] })] }));
    finding(found, "gdpr-art13-withdraw-consent", { severity: "MEDIUM" });
  });
});

describe("GDPR: breaches, risk and automated decisions", () => {
  it("is a breach plan that reports only to the Chinese authorities enough under Art 33?", () => {
    const found = run(euRecord({ statements: [euBreachStatement("Incidents are reported under China's National Cybersecurity Incident Emergency Response Plan.")] }));
    finding(found, "gdpr-art33-breach-procedure", { severity: "MEDIUM", message: ["supervisory authority within 72 hours"] });
  });

  it("is a record without any breach procedure a breach, or a prompt?", () => {
    finding(run(euRecord({ statements: [], securityMeasures: [measure()] })), "gdpr-art33-breach-procedure", { severity: "LOW", message: ["records no personal-data breach procedure"] });
  });

  it("does processing health data of over a million people a year need a DPIA (Art 35(3)(b))?", () => {
    const health = activity({ dataCategories: ["user.health_and_medical"], legalBases: [gdpr("A6-1-b"), gdpr("A9-2-h")], sensitiveIndividualsPerYear: "OVER_1M" });
    finding(run(euRecord({ activities: [health] })), "gdpr-art35-dpia", { severity: "HIGH", message: ["Art 35(3)(b)"] });
  });

  it("does a credit decision made solely by a machine, with no human review offered, breach Art 22?", () => {
    const found = run(euRecord({ rights: without("AUTOMATED_DECISION"), activities: [activity({ automatedDecisions: "SIGNIFICANT_EFFECT", impactAssessment: "DPIA-9" })] }));
    finding(found, "gdpr-art22-safeguards", { severity: "HIGH" });
    // A contract is one of the Art 22(2) exceptions.
    silent(found, "gdpr-art22-no-exception");
  });
});

describe("ePrivacy Directive", () => {
  it("does an analytics cookie on an opt-out need prior consent even where legitimate interests are claimed (Art 5(3))?", () => {
    const found = run(euRecord({ activities: [activity({ legalBases: [gdpr("A6-1-f")], trackers: [cookie({ consent: "OPT_OUT" })] })] }));
    finding(found, "eprivacy-tracker-no-consent", { severity: "HIGH", reference: "ePrivacy Directive Art 5(3)", message: ['"A6-1-f"'] });
    silent(found, "gdpr-art6-no-basis");
  });

  it("is a cookie that is strictly necessary exempt from consent?", () => {
    silent(run(euRecord({ activities: [activity({ trackers: [cookie({ purpose: "STRICTLY_NECESSARY", consent: "NONE" })] })] })), "eprivacy-tracker-no-consent");
  });

  it("may a controller e-mail prospects who were only offered an opt-out (Art 13(1))?", () => {
    const found = run(euRecord({ activities: [activity({ marketing: [{ channel: "EMAIL", audiences: ["PROSPECTS"], consentMechanism: "OPT_OUT" }] })] }));
    finding(found, "eprivacy-marketing-no-consent", { severity: "HIGH", reference: "ePrivacy Directive Art 13(1)" });
  });

  it("may a controller e-mail its own customers without consent when it offers an opt-out (the soft opt-in, Art 13(2))?", () => {
    const found = run(euRecord({ activities: [activity({ marketing: [{ channel: "EMAIL", audiences: ["CUSTOMERS"], consentMechanism: "OPT_OUT" }] })] }));
    silent(found, "eprivacy-marketing-no-consent", "eprivacy-marketing-soft-opt-in");
  });

  it("is an EU controller's conduct judged under PECR too?", () => {
    const found = run(euRecord({ activities: [activity({ legalBases: [], trackers: [cookie({ consent: "NONE" })] })] }));
    noneUnder(found, "UK_GDPR");
  });
});
