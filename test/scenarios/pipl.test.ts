import { describe, expect, it } from "vitest";
import type { RecordActivity, RecordDocument, RecordRecipient } from "../../src/domain/record";
import {
  activity,
  claim,
  disclosure,
  expectNone,
  expectOne,
  location,
  organization,
  piplActivity,
  piplOrganization,
  piplRecord,
  piplRight,
  piplStatement,
  record,
  recipient,
  run,
} from "../unit/rules/fixture";

// PIPL scenarios: each a minimal record of a handler in mainland China asking one legal question, with the
// finding the law calls for and the findings it must not produce.

const consentOnly = [claim("PIPL", "13-1", { consentMechanism: "EXPLICIT" })];
const handler = (over: Partial<RecordActivity> = {}, rest: Partial<RecordDocument> = {}) => piplRecord({ activities: [piplActivity(over)], ...rest });
const giving = (rs: RecordRecipient[], over: Partial<RecordActivity> = {}, rest: Partial<RecordDocument> = {}) =>
  handler({ noRecipients: false, disclosures: rs.map((r) => disclosure(r)), impactAssessment: "PIA-2025-01", ...over }, { recipients: rs, ...rest });
const inChina = (over: Parameters<typeof recipient>[0]) => recipient({ country: "CN", ...over });

describe("PIPL scenarios", () => {
  it("does processing bank account numbers on consent alone need a separate consent (Art 29)?", () => {
    const rec = handler({ dataCategories: ["user.financial.bank_account"], legalBases: consentOnly, impactAssessment: "PIA-1" });
    const f = expectOne("pipl-sensitive-no-separate-consent", rec, "HIGH", '"user.financial.bank_account"');
    expect(f.reference).toBe("PIPL Art 29");
    expectNone("pipl-sensitive-no-impact-assessment", rec);
  });

  it("is a separate consent demanded for identity documents processed to perform a contract (Art 13 para 2)?", () => {
    const rec = handler({ dataCategories: ["user.government_id.passport_number"], legalBases: [claim("PIPL", "13-2")] });
    expectNone("pipl-sensitive-no-separate-consent", rec);
    // The impact assessment of Art 55(1) is no consent requirement: it is still due.
    expectOne("pipl-sensitive-no-impact-assessment", rec, "MEDIUM");
  });

  it("does an app for children under 14 resting on consent need a guardian's consent, treating all their data as sensitive (Art 28, 31)?", () => {
    const rec = handler({ dataCategories: ["user.contact.email"], ageBands: ["UNDER_13"], legalBases: consentOnly });
    const f = expectOne("pipl-minors-no-parental-consent", rec, "HIGH", '"UNDER_13"');
    expect(f.reference).toBe("PIPL Art 31");
    expectOne("pipl-sensitive-no-impact-assessment", rec, "MEDIUM", "children under 14");
    expectNone("pipl-sensitive-no-separate-consent", rec);
  });

  it("does a school processing pupils under 14 under a statutory duty need parental consent, or only dedicated rules?", () => {
    const rec = handler({ dataSubjects: ["child"], ageBands: ["AGE_13"], legalBases: [claim("PIPL", "13-3")], impactAssessment: "PIA-school" });
    expectNone("pipl-minors-no-parental-consent", rec);
    expectOne("pipl-minors-no-dedicated-rules", rec, "MEDIUM", "dedicated rules");
  });

  it("is consent obtained by continued use valid when nothing else supports the processing (Art 14(1))?", () => {
    const rec = handler({ legalBases: [claim("PIPL", "13-1", { consentMechanism: "CONTINUED_USE" })] });
    expectOne("pipl-consent-by-continued-use", rec, "HIGH", "no basis other than consent");
  });

  it("is consent by continued use as grave when a contract basis also covers the processing?", () => {
    const rec = handler({ legalBases: [claim("PIPL", "13-2"), claim("PIPL", "13-1", { consentMechanism: "CONTINUED_USE" })] });
    expectOne("pipl-consent-by-continued-use", rec, "MEDIUM", '"13-2"');
  });

  it("may a change of a consent-based processing take effect on the user's continued use (Art 14(2))?", () => {
    const rec = handler({ legalBases: consentOnly }, { statements: [piplStatement("NOTICE_CHANGES", "After a change is posted, continued use of the app means the user accepts it.")] });
    const f = expectOne("pipl-notice-change-continued-use", rec, "HIGH");
    expect(f.reference).toBe("PIPL Art 14(2)");
  });

  it("may a handler refuse its service to users who do not consent to marketing (Art 16)?", () => {
    const rec = handler(
      { purposes: ["marketing.communications.email"], legalBases: consentOnly },
      { statements: [piplStatement("CONSENT", "Users who refuse consent to marketing e-mails cannot use the app.")] },
    );
    expectOne("pipl-refusal-of-service", rec, "HIGH", "Art 16");
  });

  it("does a handler that gives no contact details meet the notice duty (Art 17)?", () => {
    const rec = piplRecord({ organization: piplOrganization({ contactEmail: null, postalAddress: null, dpo: null }) });
    const f = expectOne("pipl-notice-incomplete", rec, "MEDIUM", "no contact details");
    expect(f.reference).toBe("PIPL Art 17(1)");
  });

  it("are rights offered only to EEA residents a way for people in mainland China to exercise theirs (Art 17)?", () => {
    expectOne("pipl-notice-incomplete", handler({}, { rights: [piplRight("ACCESS", ["EEA"]), piplRight("ERASURE", ["EEA"])] }), "MEDIUM", '"CN"');
  });

  it("does entrusting processing to a processor without an agreement breach Art 21, and is it a provision under Art 23?", () => {
    const rec = giving([inChina({ role: "PROCESSOR", dpa: { status: "NONE" } })], { legalBases: consentOnly });
    const f = expectOne("pipl-entrusted-no-agreement", rec, "HIGH");
    expect(f.reference).toBe("PIPL Art 21");
    expectNone("pipl-provision-no-separate-consent", rec);
    expectNone("pipl-provision-recipient-unnamed", rec);
  });

  it("is a processor's agreement of unknown status a breach, or a question?", () => {
    expectOne("pipl-entrusted-no-agreement", giving([inChina({ role: "PROCESSOR", dpa: { status: "UNKNOWN" } })]), "MEDIUM", "does not say");
  });

  it("does providing data to an independent controller on consent alone need a separate consent (Art 23)?", () => {
    const partner = inChina({ key: "partner", name: "Partner Co", kind: "THIRD_PARTY", role: "INDEPENDENT_CONTROLLER", dpa: { status: "NONE" } });
    const rec = giving([partner], { legalBases: consentOnly });
    const f = expectOne("pipl-provision-no-separate-consent", rec, "HIGH", '"Partner Co"');
    expect(f.reference).toBe("PIPL Art 23");
    expectNone("pipl-entrusted-no-agreement", rec);
  });

  it("must a joint controller described only as 'advertising partners' be named to the people (Art 23)?", () => {
    const ads = inChina({ key: "ads", name: "Advertising partners", kind: "THIRD_PARTY", role: "JOINT_CONTROLLER", named: false });
    expectOne("pipl-provision-recipient-unnamed", giving([ads]), "MEDIUM", '"Advertising partners"');
  });

  it("is naming recipients only by category a finding for an EU controller that PIPL does not reach?", () => {
    const ads = recipient({ key: "ads", name: "Ad networks", kind: "THIRD_PARTY", role: "JOINT_CONTROLLER", named: false });
    const rec = record({ activities: [activity({ noRecipients: false, disclosures: [disclosure(ads, ["user.financial.bank_account"])] })], recipients: [ads] });
    expectNone("any-category-recipient-sensitive", rec);
    expectNone("pipl-provision-recipient-unnamed", rec);
  });

  it("must an acquirer in a merger be named to the people (Art 22)?", () => {
    expectOne("pipl-acquirer-unnamed", giving([inChina({ key: "buyer", name: "A future acquirer", kind: "ACQUIRER", named: false })]), "LOW", "Art 22");
  });

  it("must personalised push come with a non-personalised option or an easy refusal (Art 24(2))?", () => {
    const rec = handler({ purposes: ["personalize.content"], automatedDecisions: "PERSONALISATION", impactAssessment: "PIA-2" });
    expectOne("pipl-automated-decision-no-opt-out", rec, "MEDIUM");
    expectNone("pipl-automated-decision-no-explanation", rec);
  });

  it("does an automated credit decision need a right to an explanation and to refuse it (Art 24(3))?", () => {
    const rec = handler({ automatedDecisions: "SIGNIFICANT_EFFECT", impactAssessment: "PIA-3" });
    expectOne("pipl-automated-decision-no-explanation", rec, "HIGH");
    expectNone("pipl-automated-decision-no-explanation", handler({ automatedDecisions: "SIGNIFICANT_EFFECT", impactAssessment: "PIA-3" }, { rights: [piplRight("AUTOMATED_DECISION")] }));
  });

  it("does automated decision-making with no impact assessment breach Art 55(2)?", () => {
    const rec = handler({ automatedDecisions: "SIGNIFICANT_EFFECT" }, { rights: [piplRight("AUTOMATED_DECISION")] });
    const f = expectOne("pipl-impact-assessment-missing", rec, "MEDIUM", "automated decisions");
    expect(f.reference).toBe("PIPL Art 55(2), (3)");
  });

  it("may data stored in mainland China be handed to a foreign court without the authorities' approval (Art 41)?", () => {
    const court = recipient({ key: "court", name: "Foreign court", kind: "PUBLIC_AUTHORITY", country: "US" });
    const sz = location({ key: "sz", name: "Shenzhen DC", country: "CN" });
    const rec = giving([court], { storageLocations: ["sz"], legalBases: [claim("PIPL", "13-3")] }, { storageLocations: [sz] });
    const f = expectOne("pipl-foreign-authority-no-approval", rec, "HIGH", '"Foreign court"');
    expect(f.reference).toBe("PIPL Art 41");
    expectNone("pipl-provision-no-separate-consent", rec);
  });

  it("must people be told why their fingerprints are needed and what processing them means (Art 30)?", () => {
    const rec = handler({ dataCategories: ["user.biometric.fingerprint"], impactAssessment: "PIA-4" });
    expectOne("pipl-sensitive-no-necessity-notice", rec, "LOW");
    expectNone("pipl-sensitive-no-separate-consent", rec);
  });

  it("does a complete record of a contract-based activity get any PIPL duty finding?", () => {
    const rec = piplRecord({ organization: piplOrganization(), rights: [piplRight("ACCESS")] });
    expect(run(rec).filter((f) => f.regime === "PIPL")).toEqual([]);
  });

  it("does an organisation outside PIPL's reach get PIPL duty findings?", () => {
    const rec = record({ organization: organization({ contactEmail: null, postalAddress: null }), activities: [activity({ ageBands: ["UNDER_13"], automatedDecisions: "SIGNIFICANT_EFFECT" })] });
    expect(run(rec).filter((f) => f.regime === "PIPL")).toEqual([]);
  });
});
