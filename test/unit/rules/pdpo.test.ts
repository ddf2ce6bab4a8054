import { describe, expect, it } from "vitest";
import type { RecordActivity, RecordDocument, RecordRecipient } from "../../../src/domain/record";
import { activity, disclosure, expectNone, expectOne, hkOrganization, hkRecord, location, organization, piplRight, record, recipient, run } from "./fixture";

// The PDPO rules of pdpo.ts: one test that fires and one that stays quiet per rule, and the edges.

const hk = (over: Partial<RecordActivity> = {}, rest: Partial<RecordDocument> = {}) => hkRecord({ activities: [activity(over)], ...rest });
const giving = (rs: RecordRecipient[], over: Partial<RecordActivity> = {}) => hk({ noRecipients: false, disclosures: rs.map((r) => disclosure(r)), ...over }, { recipients: rs });

describe("the clean Hong Kong record", () => {
  it("has no findings", () => {
    expect(run(hkRecord())).toEqual([]);
  });
});

describe("pdpo-collection-notice", () => {
  it("fires when there is no contact for access and correction requests", () => {
    const rec = hkRecord({ organization: hkOrganization({ contactEmail: null, postalAddress: null, dpo: null }) });
    const f = expectOne("pdpo-collection-notice", rec, "MEDIUM", 'Organisation "Harbour Ltd"', "access and correction requests", "DPP1(3)");
    expect(f.subjectType).toBe("Organization");
  });
  it("fires on an activity with no purpose", () => {
    expectOne("pdpo-collection-notice", hk({ purposes: [] }), "MEDIUM", 'no purpose of collection for its activity "Payments"');
  });
  it("only prompts when the transferees are not recorded", () => {
    expectOne("pdpo-collection-notice", hk({ noRecipients: false }), "LOW", "no classes of transferees");
  });
  it("does not fire for data not collected from the person, nor outside Hong Kong", () => {
    expectNone("pdpo-collection-notice", hk({ purposes: [], sources: ["THIRD_PARTY"] }));
    expectNone("pdpo-collection-notice", record({ organization: organization({ contactEmail: null, postalAddress: null, dpo: null }) }));
  });
});

describe("pdpo-processor-no-contract", () => {
  it("fires on a data processor with no contract, wherever it is", () => {
    const f = expectOne("pdpo-processor-no-contract", giving([recipient({ role: "PROCESSOR", country: "SG", dpa: { status: "NONE" } })]), "HIGH", 'Data processor "PayCo"', "DPP2(3)", "DPP4(2)");
    expect(f.reference).toBe("PDPO DPP2(3), DPP4(2)");
  });
  it("prompts when the contract is unknown", () => {
    expectOne("pdpo-processor-no-contract", giving([recipient({ dpa: { status: "UNKNOWN" } })]), "MEDIUM", "does not say");
  });
  it("reaches a sub-processor through its parent", () => {
    const parent = recipient();
    const sub = recipient({ key: "sub", name: "CloudCo", kind: "SUB_PROCESSOR", parent: "psp", dpa: { status: "NONE" } });
    expectOne("pdpo-processor-no-contract", hk({ noRecipients: false, disclosures: [disclosure(parent)] }, { recipients: [parent, sub] }), "HIGH", '"CloudCo"');
  });
  it("does not fire on a contracted processor or on a controller", () => {
    expectNone("pdpo-processor-no-contract", giving([recipient({ dpa: { status: "SIGNED" } })]));
    expectNone("pdpo-processor-no-contract", giving([recipient({ kind: "INDEPENDENT_CONTROLLER", dpa: { status: "NONE" } })]));
  });
});

describe("pdpo-retention-not-recorded", () => {
  it("fires on an activity with no retention", () => {
    expectOne("pdpo-retention-not-recorded", hk({ retention: null }), "MEDIUM", '"Payments"', "DPP2(2)");
  });
  it("treats an empty retention entry as none", () => {
    expectOne("pdpo-retention-not-recorded", hk({ retention: { period: null, trigger: null, description: null, evidence: [] } }), "MEDIUM");
  });
  it("does not fire with a retention rule", () => {
    expectNone("pdpo-retention-not-recorded", hk({ retention: { period: null, trigger: "ACCOUNT_CLOSURE", description: null, evidence: [] } }));
  });
});

describe("pdpo-access-correction", () => {
  it("fires when neither access nor correction is offered", () => {
    expectOne("pdpo-access-correction", hkRecord({ rights: [] }), "MEDIUM", "access", "correction", "DPP6");
  });
  it("fires when the rights are offered only elsewhere", () => {
    const f = expectOne("pdpo-access-correction", hkRecord({ rights: [piplRight("ACCESS", ["EEA"]), piplRight("RECTIFICATION")] }), "MEDIUM", 'access (not offered to people in "HK")');
    expect(f.message).not.toContain("correction");
  });
  it("does not fire when both are offered in Hong Kong", () => {
    expectNone("pdpo-access-correction", hkRecord({ rights: [piplRight("ACCESS", ["HK"]), piplRight("RECTIFICATION", ["HK", "EEA"])] }));
  });
});

describe("pdpo-direct-marketing-no-consent", () => {
  it("fires on direct marketing on opt-out", () => {
    expectOne("pdpo-direct-marketing-no-consent", hk({ marketing: [{ channel: "EMAIL", audiences: ["CUSTOMERS"], consentMechanism: "OPT_OUT" }] }), "HIGH", '"EMAIL"', "s.35C");
  });
  it("prompts when how people consented is not recorded", () => {
    expectOne("pdpo-direct-marketing-no-consent", hk({ marketing: [{ channel: "SMS", audiences: ["PROSPECTS"], consentMechanism: null }] }), "MEDIUM", "does not say");
  });
  it("does not fire on opt-in consent, nor on online advertising", () => {
    expectNone("pdpo-direct-marketing-no-consent", hk({ marketing: [{ channel: "EMAIL", audiences: ["CUSTOMERS"], consentMechanism: "OPT_IN" }] }));
    expectNone("pdpo-direct-marketing-no-consent", hk({ marketing: [{ channel: "ONLINE_ADVERTISING", audiences: ["PROSPECTS"], consentMechanism: "CONTINUED_USE" }] }));
  });
});

describe("PDPO and transfers", () => {
  it("no rule judges a transfer out of Hong Kong (s.33 is not in force)", () => {
    const us = recipient({ country: "US", dpa: { status: "SIGNED" } });
    const rec = hk({ noRecipients: false, disclosures: [disclosure(us)], storageLocations: ["us"] }, { recipients: [us], storageLocations: [location({ key: "us", name: "US cloud", country: "US" })] });
    expect(run(rec).filter((f) => f.regime === "PDPO" || f.reference.includes("PDPO"))).toEqual([]);
  });
});
