import { describe, expect, it } from "vitest";
import type { RecordActivity, RecordDocument, RecordRecipient } from "../../../src/domain/record";
import { claim, disclosure, expectNone, expectOne, findingsOf, location, mechanism, organization, piplActivity, piplOrganization, piplRecord, piplRight, piplStatement, recipient, record } from "./fixture";

// The PIPL duties of pipl-duties.ts: one test that fires and one that stays quiet per rule, and the edges.

const consent = [claim("PIPL", "13-1", { consentMechanism: "EXPLICIT" })];
const pipl = (over: Partial<RecordActivity> = {}, rest: Partial<RecordDocument> = {}) => piplRecord({ activities: [piplActivity(over)], ...rest });
/** An activity PIPL reaches that discloses to the given recipients (in mainland China unless they say otherwise). */
const giving = (rs: RecordRecipient[], over: Partial<RecordActivity> = {}, rest: Partial<RecordDocument> = {}) =>
  pipl({ noRecipients: false, disclosures: rs.map((r) => disclosure(r)), ...over }, { recipients: rs, ...rest });
const cn = (over: Parameters<typeof recipient>[0]) => recipient({ country: "CN", ...over });

describe("pipl-notice-change-continued-use", () => {
  const change = piplStatement("NOTICE_CHANGES", "May revise the notice; continued use then counts as accepting the new version.");
  it("fires when continued use accepts a change and an activity rests on consent", () => {
    const f = expectOne("pipl-notice-change-continued-use", pipl({ legalBases: consent }, { statements: [change] }), "HIGH", 'Organisation "Leanplans"', '"Payments"', "Art 14(2)");
    expect(f.subjectType).toBe("Organization");
  });
  it("does not fire when every activity rests on a basis other than consent", () => {
    expectNone("pipl-notice-change-continued-use", pipl({}, { statements: [change] }));
  });
  it("does not fire when changes are not accepted by continued use", () => {
    expectNone("pipl-notice-change-continued-use", pipl({ legalBases: consent }, { statements: [piplStatement("NOTICE_CHANGES", "Asks for consent again before any change of purpose.")] }));
  });
});

describe("pipl-refusal-of-service", () => {
  const refusal = piplStatement("CONSENT", "If you do not agree to this policy, you cannot use our services.");
  it("fires on a stated refusal of service while consent is a basis", () => {
    expectOne("pipl-refusal-of-service", pipl({ legalBases: consent }, { statements: [refusal] }), "HIGH", '"Leanplans"', "Art 16");
  });
  it("does not fire without such a statement, nor without consent-based processing", () => {
    expectNone("pipl-refusal-of-service", pipl({ legalBases: consent }, { statements: [piplStatement("CONSENT", "Permission can be withdrawn at any time.")] }));
    expectNone("pipl-refusal-of-service", pipl({}, { statements: [refusal] }));
  });
});

describe("pipl-notice-incomplete", () => {
  it("fires when the handler gives no contact details", () => {
    const rec = piplRecord({ organization: piplOrganization({ contactEmail: null, postalAddress: null, dpo: null }) });
    expectOne("pipl-notice-incomplete", rec, "MEDIUM", '"Leanplans"', "no contact details", "Art 17(1)");
  });
  it("names activities with no purposes, categories or retention", () => {
    const f = expectOne("pipl-notice-incomplete", pipl({ purposes: [], retention: null }), "MEDIUM", "no purposes", "no retention period");
    expect(f.message).not.toContain("contact");
  });
  it("fires when rights are offered only to people elsewhere", () => {
    expectOne("pipl-notice-incomplete", pipl({}, { rights: [piplRight("ACCESS", ["EEA", "GB"])] }), "MEDIUM", 'not to people in "CN"');
  });
  it("does not fire on a complete record, nor on rights offered everywhere", () => {
    expectNone("pipl-notice-incomplete", piplRecord());
    expectNone("pipl-notice-incomplete", pipl({}, { rights: [piplRight("ACCESS")] }));
  });
  it("does not fire where PIPL does not reach", () => {
    expectNone("pipl-notice-incomplete", record({ organization: organization({ contactEmail: null, postalAddress: null, dpo: null }) }));
  });
});

describe("pipl-entrusted-no-agreement", () => {
  it("fires on a processor with no agreement", () => {
    const f = expectOne("pipl-entrusted-no-agreement", giving([cn({ role: "PROCESSOR", dpa: { status: "NONE" } })]), "HIGH", 'Entrusted party "PayCo"', "no entrustment agreement");
    expect(f.subjectId).toBe("rcp_psp");
  });
  it("prompts at a lower severity when the agreement is unknown", () => {
    expectOne("pipl-entrusted-no-agreement", giving([cn({ dpa: { status: "UNKNOWN" } })]), "MEDIUM", "does not say");
  });
  it("does not fire on a signed or claimed agreement, nor on an independent controller", () => {
    expectNone("pipl-entrusted-no-agreement", giving([cn({ dpa: { status: "SIGNED" } })]));
    expectNone("pipl-entrusted-no-agreement", giving([cn({ dpa: { status: "CLAIMED" } })]));
    expectNone("pipl-entrusted-no-agreement", giving([cn({ role: "INDEPENDENT_CONTROLLER", dpa: { status: "NONE" } })]));
  });
  it("follows sub-processors of the handler's processors, not the processors of another handler", () => {
    const sub = (parent: string) => cn({ key: "sub", name: "Sub Co", kind: "SUB_PROCESSOR", parent, dpa: { status: "NONE" } });
    const ours = cn({});
    expectOne("pipl-entrusted-no-agreement", pipl({ noRecipients: false, disclosures: [disclosure(ours)] }, { recipients: [ours, sub("psp")] }), "HIGH", '"Sub Co"');
    const theirs = cn({ key: "partner", name: "Partner", kind: "INDEPENDENT_CONTROLLER" });
    expectNone("pipl-entrusted-no-agreement", pipl({ noRecipients: false, disclosures: [disclosure(theirs)] }, { recipients: [theirs, sub("partner")] }));
  });
});

describe("pipl-acquirer-unnamed", () => {
  const acquirer = cn({ key: "buyer", name: "Acquirers", kind: "ACQUIRER", named: false });
  it("fires on an acquirer described only by category", () => {
    expectOne("pipl-acquirer-unnamed", giving([acquirer]), "LOW", 'Acquirer "Acquirers"', "Art 22");
  });
  it("does not fire on a named acquirer", () => {
    expectNone("pipl-acquirer-unnamed", giving([{ ...acquirer, named: true }]));
  });
});

describe("pipl-provision-no-separate-consent", () => {
  const partner = cn({ key: "partner", name: "Partner Co", kind: "THIRD_PARTY", role: "INDEPENDENT_CONTROLLER" });
  it("fires on provision to another handler resting on consent", () => {
    expectOne("pipl-provision-no-separate-consent", giving([partner], { legalBases: consent }), "HIGH", '"Payments"', '"Partner Co"', "Art 23");
  });
  it("prompts at a lower severity when the recipient's role is unknown", () => {
    expectOne("pipl-provision-no-separate-consent", giving([{ ...partner, role: null, kind: "AFFILIATE" }], { legalBases: consent }), "MEDIUM", "role not recorded");
  });
  it("does not fire with a 23 claim, under a basis other than consent, or for a processor", () => {
    expectNone("pipl-provision-no-separate-consent", giving([partner], { legalBases: [...consent, claim("PIPL", "23")] }));
    expectNone("pipl-provision-no-separate-consent", giving([partner]));
    expectNone("pipl-provision-no-separate-consent", giving([cn({})], { legalBases: consent }));
  });
});

describe("pipl-provision-recipient-unnamed", () => {
  const ads = cn({ key: "ads", name: "Advertising partners", kind: "THIRD_PARTY", named: false });
  it("fires on an unnamed other handler given ordinary personal information", () => {
    const f = expectOne("pipl-provision-recipient-unnamed", giving([ads]), "MEDIUM", 'Recipient "Advertising partners"', "role not recorded", "Art 23");
    expect(f.subjectType).toBe("Recipient");
  });
  it("does not fire on a named recipient, nor on an unnamed processor", () => {
    expectNone("pipl-provision-recipient-unnamed", giving([{ ...ads, named: true }]));
    expectNone("pipl-provision-recipient-unnamed", giving([{ ...ads, role: "PROCESSOR" }]));
  });
});

describe("pipl-automated-decision-no-opt-out", () => {
  const personalised = { automatedDecisions: "PERSONALISATION" as const, impactAssessment: "PIA-1" };
  it("fires on personalisation with no way to refuse", () => {
    expectOne("pipl-automated-decision-no-opt-out", pipl(personalised), "MEDIUM", '"Payments"', '"CN"', "Art 24(2)");
  });
  it("does not fire once an objection right is offered, or a marketing opt-out for marketing alone", () => {
    expectNone("pipl-automated-decision-no-opt-out", pipl(personalised, { rights: [piplRight("OBJECTION")] }));
    expectNone("pipl-automated-decision-no-opt-out", pipl({ ...personalised, purposes: ["marketing.advertising.first_party.targeted"] }, { rights: [piplRight("MARKETING_OPT_OUT", ["CN"])] }));
  });
  it("still fires when the marketing opt-out is offered for content that is not marketing", () => {
    expectOne("pipl-automated-decision-no-opt-out", pipl({ ...personalised, purposes: ["personalize.content"] }, { rights: [piplRight("MARKETING_OPT_OUT")] }), "MEDIUM");
  });
});

describe("pipl-automated-decision-no-explanation", () => {
  const significant = { automatedDecisions: "SIGNIFICANT_EFFECT" as const, impactAssessment: "PIA-1" };
  it("fires on significant automated decisions with no right to an explanation", () => {
    expectOne("pipl-automated-decision-no-explanation", pipl(significant, { rights: [piplRight("AUTOMATED_DECISION", ["EEA"])] }), "HIGH", '"Payments"', "Art 24(3)");
  });
  it("does not fire once the right is offered to the people, nor on personalisation", () => {
    expectNone("pipl-automated-decision-no-explanation", pipl(significant, { rights: [piplRight("AUTOMATED_DECISION", ["CN"])] }));
    expectNone("pipl-automated-decision-no-explanation", pipl({ automatedDecisions: "PERSONALISATION" }));
  });
});

describe("pipl-foreign-authority-no-approval", () => {
  const police = recipient({ key: "police", name: "Foreign police", kind: "PUBLIC_AUTHORITY", country: "US", dpa: { status: "NONE" } });
  const sz = location({ key: "sz", name: "Shenzhen DC", country: "CN" });
  it("fires on data stored in mainland China given to a foreign authority", () => {
    const f = expectOne("pipl-foreign-authority-no-approval", giving([police], { storageLocations: ["sz"] }, { storageLocations: [sz] }), "HIGH", 'Public authority "Foreign police"', '"US"', "Art 41");
    expect(f.subjectId).toBe("rcp_police");
  });
  it("is less grave when where the data is stored is not recorded", () => {
    expectOne("pipl-foreign-authority-no-approval", giving([police]), "MEDIUM", "not recorded");
  });
  it("does not fire once the approval is recorded, for a Chinese authority, or for data stored abroad", () => {
    expectNone("pipl-foreign-authority-no-approval", giving([{ ...police, transferMechanisms: [mechanism("PIPL", "41")] }], { storageLocations: ["sz"] }, { storageLocations: [sz] }));
    expectNone("pipl-foreign-authority-no-approval", giving([{ ...police, country: "CN" }], { storageLocations: ["sz"] }, { storageLocations: [sz] }));
    const sg = location({ key: "sg", name: "Singapore", country: "SG" });
    expectNone("pipl-foreign-authority-no-approval", giving([police], { storageLocations: ["sg"] }, { storageLocations: [sg] }));
  });
});

describe("pipl-impact-assessment-missing", () => {
  it("fires on entrusted processing without an assessment", () => {
    expectOne("pipl-impact-assessment-missing", giving([cn({})]), "MEDIUM", '"Payments"', 'entrusts processing to "PayCo"', "Art 55");
  });
  it("fires on automated decision-making and on provision to others", () => {
    expectOne("pipl-impact-assessment-missing", pipl({ automatedDecisions: "PERSONALISATION" }), "MEDIUM", "automated decisions");
    expectOne("pipl-impact-assessment-missing", giving([cn({ kind: "INDEPENDENT_CONTROLLER" })]), "MEDIUM", "provides personal information");
  });
  it("does not fire with an assessment, without a trigger, or where the sensitive-data rule asks for it", () => {
    expectNone("pipl-impact-assessment-missing", giving([cn({})], { impactAssessment: "PIA-9" }));
    expectNone("pipl-impact-assessment-missing", pipl({ automatedDecisions: "NONE" }));
    const rec = giving([cn({})], { dataCategories: ["user.government_id"] });
    expectNone("pipl-impact-assessment-missing", rec);
    expect(findingsOf("pipl-sensitive-no-impact-assessment", rec)).toHaveLength(1);
  });
});
