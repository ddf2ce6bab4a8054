import { describe, it } from "vitest";
import type { RecordTracker } from "../../src/domain/record";
import { claim, disclosing, euBreachStatement, euRights, recipient, ukActivity, ukOrganization, ukRecord, ukRun } from "../unit/rules/fixture";
import { finding, noneUnder, silent } from "./expect";

// Regulator-style questions under UK GDPR, the DPA 2018 and PECR (as amended by the Data (Use and Access) Act 2025
// from 5 February 2026), one minimal record each: a controller established in Great Britain serving people there,
// complete but for the one fact the question turns on. Reference facts mark special categories under UK GDPR too.

const uk = (code: string, over: Parameters<typeof claim>[2] = {}) => claim("UK_GDPR", code, over);
const without = (...drop: string[]) => euRights().filter((r) => !drop.includes(r.right));
const cookie = (over: Partial<RecordTracker> = {}): RecordTracker => ({ kind: "COOKIE", name: "_ga", purpose: "ANALYTICS", consent: "OPT_IN", recipient: null, ...over });
const one = (over: Parameters<typeof ukActivity>[0], rest: Parameters<typeof ukRecord>[0] = {}) => ukRun(ukRecord({ activities: [ukActivity(over)], ...rest }));

describe("UK GDPR: lawful basis and conditions", () => {
  it("a UK-only controller (established in GB, people in GB) whose activity has no lawful basis gets the UK GDPR Art 6(1) finding and no GDPR finding", () => {
    const found = one({ legalBases: [] });
    finding(found, "uk-art6-no-basis", { severity: "HIGH", reference: "UK GDPR Art 6(1)" });
    silent(found, "gdpr-art6-no-basis");
    noneUnder(found, "GDPR");
  });

  it("does a basis recorded under the GDPR answer UK GDPR Art 6(1), whose text is the same?", () => {
    silent(one({ legalBases: [claim("GDPR", "A6-1-b")] }), "uk-art6-no-basis", "gdpr-art6-no-basis");
  });

  it("does health data with no Art 9(2) condition breach UK GDPR, citing the DPA 2018 Schedule 1?", () => {
    finding(one({ dataCategories: ["user.health_and_medical"] }), "uk-art9-no-condition", { severity: "HIGH", reference: "UK GDPR Art 9(2); DPA 2018 s.10, Sch 1" });
  });

  it("does relying on Art 9(2)(h) in the UK also need a DPA 2018 Schedule 1 condition?", () => {
    const found = one({ dataCategories: ["user.health_and_medical"], legalBases: [uk("A6-1-b"), uk("A9-2-h")] });
    finding(found, "uk-dpa-sch1-condition", { severity: "LOW" });
    silent(found, "uk-art9-no-condition");
  });

  it("is consent taken by continued use of a UK service valid consent?", () => {
    finding(one({ legalBases: [uk("A6-1-a", { consentMechanism: "CONTINUED_USE" })] }), "uk-consent-by-continued-use", { severity: "HIGH", reference: "UK GDPR Art 4(11), Art 7" });
  });
});

describe("UK GDPR: controller duties", () => {
  it("does a US controller serving people in the UK need a representative in the UK, and does one in Ireland do?", () => {
    const found = ukRun(ukRecord({ organization: ukOrganization({ country: "US", representative: { name: "EU Rep Ltd", email: "rep@example.ie", country: "IE" } }) }));
    finding(found, "uk-art27-representative", { severity: "MEDIUM", reference: "UK GDPR Art 27", message: ["not in the United Kingdom"] });
  });

  it("does a UK online service need a parent's consent for a 12-year-old (UK GDPR Art 8, DPA 2018 s.9)?", () => {
    const found = ukRun(ukRecord({ organization: ukOrganization({ parentalConsent: false }), activities: [ukActivity({ ageBands: ["UNDER_13"], legalBases: [uk("A6-1-a", { consentMechanism: "OPT_IN" })] })] }));
    finding(found, "uk-art8-parental-consent", { severity: "HIGH", reference: "UK GDPR Art 8(1); DPA 2018 s.9" });
  });

  it("may a UK online service rely on a 14-year-old's own consent?", () => {
    const found = ukRun(ukRecord({ organization: ukOrganization({ parentalConsent: false }), activities: [ukActivity({ ageBands: ["AGE_14_TO_15"], legalBases: [uk("A6-1-a", { consentMechanism: "OPT_IN" })] })] }));
    silent(found, "uk-art8-parental-consent", "gdpr-art8-parental-consent");
  });

  it("is a processor with no contract a UK GDPR Art 28(3) breach, and not a GDPR one?", () => {
    const psp = recipient({ role: "PROCESSOR", dpa: { status: "NONE" } });
    const found = ukRun(ukRecord({ activities: [disclosing([psp], { legalBases: [uk("A6-1-b")] })], recipients: [psp] }));
    finding(found, "uk-processor-no-dpa", { severity: "HIGH", reference: "UK GDPR Art 28(3)" });
    silent(found, "gdpr-processor-no-dpa");
  });

  it("must a UK notice tell people they can complain to the Information Commissioner?", () => {
    finding(ukRun(ukRecord({ rights: without("COMPLAINT") })), "uk-art13-complaint", { severity: "MEDIUM", message: ["the Information Commissioner", "UK GDPR Art 13(2)(d)"] });
  });

  it("is a breach plan that reports only to the French regulator enough under UK GDPR Art 33?", () => {
    finding(ukRun(ukRecord({ statements: [euBreachStatement("Breaches are reported to the CNIL.")] })), "uk-art33-breach-procedure", { severity: "MEDIUM", message: ["the Information Commissioner"] });
  });

  it("do significant automated decisions in the UK need the Art 22C safeguards, and may they rest on legitimate interests?", () => {
    const found = one({ automatedDecisions: "SIGNIFICANT_EFFECT", legalBases: [uk("A6-1-f")], impactAssessment: "DPIA-2" }, { rights: without("AUTOMATED_DECISION") });
    finding(found, "uk-art22-safeguards", { severity: "HIGH", reference: "UK GDPR Art 22C" });
    // Since 5 February 2026 the UK allows such decisions on legitimate interests, with safeguards; the GDPR's Art 22(2) limit has no UK rule.
    silent(found, "gdpr-art22-no-exception");
  });

  it("does tracking people's behaviour online need a DPIA in the UK on that criterion alone (the ICO's list)?", () => {
    const found = one({ trackers: [cookie({ kind: "PIXEL", name: "px", purpose: "ADVERTISING" })], individualsPerYear: "UNDER_10K" });
    finding(found, "uk-art35-dpia", { severity: "MEDIUM", message: ["ICO's list"] });
  });
});

describe("PECR", () => {
  it("does an advertising cookie set on an opt-out breach PECR reg 6, with no ePrivacy Directive finding?", () => {
    const found = one({ legalBases: [uk("A6-1-f")], trackers: [cookie({ name: "ads", purpose: "ADVERTISING", consent: "OPT_OUT" })] });
    finding(found, "uk-pecr-tracker-no-consent", { severity: "HIGH", reference: "PECR reg 6" });
    silent(found, "eprivacy-tracker-no-consent");
  });

  it("do first-party analytics cookies with an opt-out need consent under PECR since the 2026 exception?", () => {
    const found = one({ trackers: [cookie({ consent: "OPT_OUT" })] });
    silent(found, "uk-pecr-tracker-no-consent");
    finding(found, "uk-pecr-tracker-exception", { severity: "LOW", reference: "PECR reg 6, Sch A1" });
  });

  it("may a UK business text prospects who never opted in (PECR reg 22)?", () => {
    finding(one({ marketing: [{ channel: "SMS", audiences: ["PROSPECTS"], consentMechanism: "OPT_OUT" }] }), "uk-pecr-marketing-no-consent", { severity: "HIGH", reference: "PECR reg 22(2)" });
  });

  it("may a UK business e-mail its customers on the soft opt-in when it offers no opt-out (PECR reg 22(3))?", () => {
    const found = one({ marketing: [{ channel: "EMAIL", audiences: ["CUSTOMERS"], consentMechanism: null }] }, { rights: without("MARKETING_OPT_OUT") });
    finding(found, "uk-pecr-marketing-soft-opt-in", { severity: "HIGH", reference: "PECR reg 22(3)" });
  });
});

describe("both laws", () => {
  it("does a UK controller that also serves people in the EEA get each law's finding under its own citation?", () => {
    const found = ukRun(ukRecord({ organization: ukOrganization({ subjectJurisdictions: ["GB", "EEA"] }), activities: [ukActivity({ legalBases: [] })] }));
    finding(found, "uk-art6-no-basis", { reference: "UK GDPR Art 6(1)" });
    finding(found, "gdpr-art6-no-basis", { reference: "GDPR Art 6(1)" });
  });
});
