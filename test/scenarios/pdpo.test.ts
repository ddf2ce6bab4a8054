import { describe, expect, it } from "vitest";
import type { RecordActivity, RecordDocument, RecordRecipient } from "../../src/domain/record";
import type { Finding } from "../../src/domain/rules/engine";
import { activity, disclosure, expectNone, expectOne, hkOrganization, hkRecord, location, organization, piplRight, record, recipient, run } from "../unit/rules/fixture";

// PDPO scenarios: each a minimal record of a data user established in Hong Kong asking one legal question, with
// the finding the Ordinance calls for and the findings it must not produce.

const dataUser = (over: Partial<RecordActivity> = {}, rest: Partial<RecordDocument> = {}) => hkRecord({ activities: [activity(over)], ...rest });
const engaging = (rs: RecordRecipient[], over: Partial<RecordActivity> = {}) => dataUser({ noRecipients: false, disclosures: rs.map((r) => disclosure(r)), ...over }, { recipients: rs });
const transferFindings = (found: Finding[]) => found.filter((f) => /transfer|cross-border|mechanism/.test(f.rule) || /s\.33/.test(f.reference));

describe("PDPO scenarios", () => {
  it("a Hong Kong data user whose processor has no contract gets the DPP finding (DPP2(3)/DPP4(2)) and no transfer finding", () => {
    const rec = engaging([recipient({ name: "Cloud Ops", role: "PROCESSOR", country: "SG", dpa: { status: "NONE" } })]);
    const f = expectOne("pdpo-processor-no-contract", rec, "HIGH", '"Cloud Ops"');
    expect(f.reference).toBe("PDPO DPP2(3), DPP4(2)");
    expect(f.regime).toBe("PDPO");
    expect(transferFindings(run(rec))).toEqual([]);
  });

  it("is a processor whose contract the record does not mention a breach, or a question to ask?", () => {
    expectOne("pdpo-processor-no-contract", engaging([recipient({ country: "HK", dpa: { status: "UNKNOWN" } })]), "MEDIUM", "does not say");
  });

  it("does a processor bound by a signed contract satisfy DPP2(3) and DPP4(2)?", () => {
    expectNone("pdpo-processor-no-contract", engaging([recipient({ country: "HK", dpa: { status: "SIGNED" } })]));
  });

  it("is an independent controller receiving data a data processor under DPP2(3)?", () => {
    expectNone("pdpo-processor-no-contract", engaging([recipient({ kind: "THIRD_PARTY", role: "INDEPENDENT_CONTROLLER", dpa: { status: "NONE" } })]));
  });

  it("is storing data on servers in the United States a PDPO finding while s.33 is not in force?", () => {
    const rec = dataUser({ storageLocations: ["us"] }, { storageLocations: [location({ key: "us", name: "US cloud", country: "US", hosting: "OWN" })] });
    expect(run(rec).filter((f) => f.regime === "PDPO")).toEqual([]);
    expect(transferFindings(run(rec))).toEqual([]);
  });

  it("does a data user that names no one to handle access and correction requests meet DPP1(3)?", () => {
    const rec = hkRecord({ organization: hkOrganization({ contactEmail: null, postalAddress: null, dpo: null }) });
    const f = expectOne("pdpo-collection-notice", rec, "MEDIUM", "access and correction requests");
    expect(f.reference).toBe("PDPO DPP1(3)");
  });

  it("must the purpose of collection be stated on collection (DPP1(3))?", () => {
    expectOne("pdpo-collection-notice", dataUser({ purposes: [] }), "MEDIUM", "no purpose of collection");
  });

  it("is a collection notice due for data obtained only from third parties (DPP1(3))?", () => {
    expectNone("pdpo-collection-notice", dataUser({ purposes: [], sources: ["THIRD_PARTY"] }));
  });

  it("may a data user keep data with no retention limit recorded (DPP2(2))?", () => {
    const f = expectOne("pdpo-retention-not-recorded", dataUser({ retention: null }), "MEDIUM");
    expect(f.reference).toBe("PDPO DPP2(2)");
  });

  it("must a data user offer the rights of access and correction (DPP6)?", () => {
    const f = expectOne("pdpo-access-correction", hkRecord({ rights: [piplRight("ERASURE")] }), "MEDIUM", "access", "correction");
    expect(f.reference).toBe("PDPO DPP6");
  });

  it("do access and correction rights offered only to EEA residents satisfy DPP6 for people in Hong Kong?", () => {
    expectOne("pdpo-access-correction", hkRecord({ rights: [piplRight("ACCESS", ["EEA"]), piplRight("RECTIFICATION", ["EEA"])] }), "MEDIUM", '"HK"');
  });

  it("may personal data be used in e-mail marketing on an opt-out (s.35C)?", () => {
    const rec = dataUser({ purposes: ["marketing.communications.email"], marketing: [{ channel: "EMAIL", audiences: ["CUSTOMERS"], consentMechanism: "OPT_OUT" }] });
    const f = expectOne("pdpo-direct-marketing-no-consent", rec, "HIGH");
    expect(f.reference).toBe("PDPO s.35C, s.35E");
  });

  it("does an organisation established outside Hong Kong, storing data with a Hong Kong provider, get PDPO duty findings?", () => {
    const rec = record({
      organization: organization({ country: "SG", subjectJurisdictions: ["SG"], contactEmail: null, postalAddress: null }),
      activities: [activity({ retention: null, storageLocations: ["hk"] })],
      storageLocations: [location({ key: "hk", name: "HK cloud", country: "HK", hosting: "PROVIDER" })],
    });
    expect(run(rec).filter((f) => f.regime === "PDPO")).toEqual([]);
  });

  it("does a complete Hong Kong record get any PDPO finding?", () => {
    expect(run(hkRecord()).filter((f) => f.regime === "PDPO")).toEqual([]);
  });
});
