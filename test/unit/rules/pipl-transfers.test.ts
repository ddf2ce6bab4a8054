import { describe, expect, it } from "vitest";
import type { RecordActivity, RecordDocument, RecordLocation, RecordOrganization } from "../../../src/domain/record";
import { claim, disclosing, disclosure, expectNone, expectOne, findingsOf, location, mechanism, piplActivity, piplOrganization, piplRecord, recipient } from "./fixture";

// PIPL provision of personal information outside mainland China: Art 38-40, 55(4) and the 2024 CAC Provisions.

const consent = [claim("PIPL", "13-1", { consentMechanism: "EXPLICIT" })];
const hk = location({ key: "hk", name: "Hong Kong servers", country: "HK" });

/** A mainland handler whose one activity, on consent unless told otherwise, stores in the given places. */
const handler = (org: Partial<RecordOrganization>, a: Partial<RecordActivity>, places: RecordLocation[] = [hk]): RecordDocument =>
  piplRecord({ organization: piplOrganization(org), activities: [piplActivity({ legalBases: consent, storageLocations: places.map((l) => l.key), ...a })], storageLocations: places });

const contractVolume = { criticalInfrastructure: false };
const midSized: Partial<RecordActivity> = { individualsPerYear: "FROM_100K_TO_1M" };

describe("pipl-cross-border-no-mechanism", () => {
  it("fires on the destination, naming the route the volumes require and, for Hong Kong, the GBA contract", () => {
    const f = expectOne("pipl-cross-border-no-mechanism", handler(contractVolume, midSized), "HIGH", 'Storage location "Hong Kong servers"', '"HK"', '"Payments"', "standard contract", "Art 8", "GBA-SC");
    expect(f).toMatchObject({ subjectType: "Location", subjectId: "loc_hk", reference: "PIPL Art 38(1)" });
    expect(f.remediation).toContain("Greater Bay Area");
  });
  it("does not mention the GBA contract outside Hong Kong", () => {
    const sg = location({ key: "sg", name: "Singapore", country: "SG" });
    const f = expectOne("pipl-cross-border-no-mechanism", handler(contractVolume, midSized, [sg]), "HIGH", '"SG"');
    expect(f.message).not.toContain("GBA");
  });
  it("gives one finding per destination, listing the activities", () => {
    const rec = piplRecord({
      organization: piplOrganization(contractVolume),
      activities: [piplActivity({ legalBases: consent, storageLocations: ["hk"], ...midSized }), piplActivity({ key: "crm", name: "CRM", legalBases: consent, storageLocations: ["hk"], ...midSized })],
      storageLocations: [hk],
    });
    expectOne("pipl-cross-border-no-mechanism", rec, "HIGH", '"Payments" and "CRM"');
  });
  it("does not fire with the CAC standard contract, in the mainland, or under an exemption", () => {
    expectNone("pipl-cross-border-no-mechanism", handler(contractVolume, midSized, [{ ...hk, transferMechanisms: [mechanism("PIPL", "38-3")] }]));
    expectNone("pipl-cross-border-no-mechanism", handler(contractVolume, midSized, [{ ...hk, country: "CN" }]));
    expectNone("pipl-cross-border-no-mechanism", handler(contractVolume, { ...midSized, legalBases: [claim("PIPL", "13-2")] }));
  });
  it("does not fire while the route may be an exemption (unknown volumes)", () => {
    expectNone("pipl-cross-border-no-mechanism", handler({}, {}));
  });
});

describe("pipl-cross-border-assessment-required", () => {
  const contract = [{ ...hk, transferMechanisms: [mechanism("PIPL", "38-3")] }];
  it("fires on a CIIO relying on the standard contract", () => {
    const f = expectOne("pipl-cross-border-assessment-required", handler({ criticalInfrastructure: true }, {}, contract), "HIGH", '"Hong Kong servers"', '"38-3"', "security assessment", "critical information infrastructure operator");
    expect(f.subjectType).toBe("Location");
  });
  it("fires on sensitive data of 10,000 or more people under the standard contract", () => {
    const a: Partial<RecordActivity> = { individualsPerYear: "FROM_10K_TO_100K", sensitiveIndividualsPerYear: "FROM_10K_TO_100K", dataCategories: ["user.government_id"] };
    expectOne("pipl-cross-border-assessment-required", handler(contractVolume, a, contract), "HIGH", "10,000 or more");
  });
  it("does not fire once the assessment is passed (38-1)", () => {
    expectNone("pipl-cross-border-assessment-required", handler({ criticalInfrastructure: true }, {}, [{ ...hk, transferMechanisms: [mechanism("PIPL", "38-1")] }]));
  });
});

describe("pipl-cross-border-route-undetermined", () => {
  it("asks, on the organisation, for the facts that decide the route", () => {
    const f = expectOne("pipl-cross-border-route-undetermined", handler({}, {}), "MEDIUM", 'Organisation "Leanplans"', "critical information infrastructure operator", "individualsPerYear", '"Hong Kong servers"');
    expect(f).toMatchObject({ subjectType: "Organization", subjectId: "org_1" });
  });
  it("asks at LOW when a standard contract is recorded and only an assessment is in question", () => {
    expectOne("pipl-cross-border-route-undetermined", handler({}, midSized, [{ ...hk, transferMechanisms: [mechanism("PIPL", "38-3")] }]), "LOW", "whether a CAC security assessment is required instead");
  });
  it("does not ask once the facts are recorded", () => {
    expectNone("pipl-cross-border-route-undetermined", handler(contractVolume, midSized));
    expectNone("pipl-cross-border-route-undetermined", handler(contractVolume, { individualsPerYear: "UNDER_10K" }));
  });
});

describe("pipl-localisation-required", () => {
  it("fires on a CIIO keeping mainland personal information only abroad", () => {
    expectOne("pipl-localisation-required", handler({ criticalInfrastructure: true }, {}), "HIGH", '"Payments"', '"Hong Kong servers"', "critical information infrastructure operator", "Art 40");
  });
  it("fires on a handler processing the personal information of 1,000,000 people or more", () => {
    expectOne("pipl-localisation-required", handler({ criticalInfrastructure: false }, { individualsPerYear: "OVER_1M" }), "HIGH", "1,000,000");
  });
  it("does not fire with a copy kept in mainland China, for a small handler, or for data collected abroad", () => {
    expectNone("pipl-localisation-required", handler({ criticalInfrastructure: true }, {}, [hk, location({ key: "sz", name: "Shenzhen DC", country: "CN" })]));
    expectNone("pipl-localisation-required", handler(contractVolume, midSized));
    expectNone("pipl-localisation-required", handler({ criticalInfrastructure: true }, { subjectJurisdictions: ["EEA"] }));
  });
});

describe("pipl-cross-border-no-separate-consent", () => {
  const psp = recipient({ key: "paypal", name: "PayPal", country: "US", transferMechanisms: [mechanism("PIPL", "38-3")] });
  const sending = (over: Partial<RecordActivity>, r = psp) => piplRecord({ activities: [piplActivity({ noRecipients: false, disclosures: [disclosure(r)], legalBases: consent, ...over })], recipients: [r] });
  it("fires on a consent-based activity providing personal information abroad, even under a mechanism", () => {
    expectOne("pipl-cross-border-no-separate-consent", sending({}), "HIGH", '"Payments"', '"PayPal"', "Art 39");
  });
  it("does not fire with a 39 claim", () => {
    expectNone("pipl-cross-border-no-separate-consent", sending({ legalBases: [...consent, claim("PIPL", "39")] }));
  });
  it("does not fire where a non-consent basis covers the activity (Art 13 last paragraph)", () => {
    expectNone("pipl-cross-border-no-separate-consent", sending({ legalBases: [claim("PIPL", "13-2")] }));
    expectNone("pipl-cross-border-no-separate-consent", sending({ legalBases: [...consent, claim("PIPL", "13-3")] }));
  });
  it("does not fire for a recipient in mainland China, nor one whose country is unknown", () => {
    expectNone("pipl-cross-border-no-separate-consent", sending({}, { ...psp, country: "CN" }));
    expectNone("pipl-cross-border-no-separate-consent", sending({}, { ...psp, country: null }));
  });
});

describe("pipl-cross-border-no-impact-assessment", () => {
  it("fires on a provision abroad without an impact assessment, even an exempt one", () => {
    expectOne("pipl-cross-border-no-impact-assessment", handler({}, { legalBases: [claim("PIPL", "13-2")] }), "MEDIUM", '"Payments"', '"Hong Kong servers"');
  });
  it("does not fire once an assessment is recorded on the activity or a claim", () => {
    expectNone("pipl-cross-border-no-impact-assessment", handler({}, { impactAssessment: "PIA-2025" }));
    expectNone("pipl-cross-border-no-impact-assessment", handler({}, { legalBases: [...consent, claim("PIPL", "39", { assessment: "PIA-2025" })] }));
  });
});

describe("PIPL transfer rules and the mainland", () => {
  it("leave an activity disclosing to a recipient in mainland China alone", () => {
    const r = recipient({ country: "CN" });
    const rec = piplRecord({ organization: piplOrganization({ criticalInfrastructure: true }), activities: [disclosing([r], { legalBases: consent })], recipients: [r] });
    const ids = ["pipl-cross-border-no-mechanism", "pipl-cross-border-assessment-required", "pipl-cross-border-route-undetermined", "pipl-cross-border-no-separate-consent", "pipl-cross-border-no-impact-assessment", "pipl-localisation-required"];
    for (const id of ids) expectNone(id, rec);
    expect(findingsOf("any-transfer-undetermined", rec)).toEqual([]);
  });
});
