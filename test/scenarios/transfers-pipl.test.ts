import { describe, expect, it } from "vitest";
import type { RecordActivity, RecordDocument, RecordLocation, RecordOrganization } from "../../src/domain/record";
import { analyseTransfers } from "../../src/domain/transfers";
import { claim, disclosing, expectNone, expectOne, facts, identity, location, mechanism, organization, piplActivity, piplOrganization, piplRecord, recipient, run } from "../unit/rules/fixture";

// Regulator-style questions on PIPL cross-border provision: Art 38-40, 55(4), and the CAC's Provisions on Promoting
// and Regulating Cross-Border Data Flows of 22 March 2024. One minimal record each; the finding expected and the silence.

const TRANSFER_RULE = /transfer|adequacy|derogation|subprocessor-no-mechanism|cross-border|localisation/;
const transferFindings = (rec: RecordDocument) => run(rec).filter((f) => TRANSFER_RULE.test(f.rule));
const art38 = (rec: RecordDocument) => run(rec).filter((f) => ["pipl-cross-border-no-mechanism", "pipl-cross-border-assessment-required", "pipl-cross-border-route-undetermined"].includes(f.rule));
const piplTransfers = (rec: RecordDocument) => analyseTransfers(rec, facts(), identity(rec)).filter((t) => t.regime === "PIPL");

/** A Shenzhen handler that is not a CIIO, serving mainland people. */
const shenzhen = (over: Partial<RecordOrganization> = {}) => piplOrganization({ postalAddress: "1 Keyuan Road, Nanshan, Shenzhen", criticalInfrastructure: false, ...over });
const consent = [claim("PIPL", "13-1", { consentMechanism: "EXPLICIT" }), claim("PIPL", "39")];
const hkServers = location({ key: "hk", name: "Hong Kong servers", country: "HK", hosting: "OWN" });

const storing = (org: RecordOrganization, a: Partial<RecordActivity>, places: RecordLocation[] = [hkServers]) =>
  piplRecord({ organization: org, activities: [piplActivity({ legalBases: consent, impactAssessment: "PIA-1", storageLocations: places.map((l) => l.key), ...a })], storageLocations: places });

describe("PIPL: does a provision abroad need an Art 38 procedure, and which?", () => {
  it("a Shenzhen handler storing data on Hong Kong servers with no mechanism gets an Art 38 finding naming the GBA standard contract", () => {
    const f = expectOne("pipl-cross-border-no-mechanism", storing(shenzhen(), { individualsPerYear: "FROM_100K_TO_1M" }), "HIGH", '"Hong Kong servers"', '"HK"', "Greater Bay Area", "GBA-SC");
    expect(f).toMatchObject({ regime: "PIPL", reference: "PIPL Art 38(1)", subjectType: "Location" });
    expect(f.remediation).toMatch(/Greater Bay Area/);
  });

  it("a transfer needed for a contract with the individual, of fewer than 100,000 people, is exempt from Art 38 procedures", () => {
    const rec = storing(shenzhen(), { legalBases: [claim("PIPL", "13-2")], individualsPerYear: "FROM_10K_TO_100K" });
    expect(piplTransfers(rec)).toMatchObject([{ status: "COVERED", reason: "EXEMPTION", exemption: "Art 5(1)" }]);
    expect(art38(rec)).toEqual([]);
  });

  it("sensitive personal information of 10,000 or more people needs a CAC security assessment, which a standard contract does not replace", () => {
    const a: Partial<RecordActivity> = { individualsPerYear: "FROM_10K_TO_100K", sensitiveIndividualsPerYear: "FROM_10K_TO_100K", dataCategories: ["user.government_id"] };
    expectOne("pipl-cross-border-no-mechanism", storing(shenzhen(), a), "HIGH", "security assessment", "10,000 or more");
    expectOne("pipl-cross-border-assessment-required", storing(shenzhen(), a, [{ ...hkServers, transferMechanisms: [mechanism("PIPL", "38-3")] }]), "HIGH", '"38-3"', "security assessment");
    expect(art38(storing(shenzhen(), a, [{ ...hkServers, transferMechanisms: [mechanism("PIPL", "38-1")] }]))).toEqual([]);
  });

  it("a Hong Kong data user sending data to Singapore gets no transfer finding at all (PDPO s.33 is not in force)", () => {
    const hkUser = organization({ slug: "kowloon", name: "Kowloon Ltd", country: "HK", subjectJurisdictions: ["HK"] });
    const sg = location({ key: "sg", name: "Singapore DC", country: "SG", hosting: "PROVIDER" });
    const rec = piplRecord({ organization: hkUser, activities: [piplActivity({ legalBases: [], storageLocations: ["sg"] })], storageLocations: [sg] });
    expect(analyseTransfers(rec, facts(), identity(rec))).toEqual([]);
    expect(transferFindings(rec)).toEqual([]);
  });

  it("a handler's own servers abroad are still a provision abroad", () => {
    const sg = location({ key: "sg", name: "Own Singapore DC", country: "SG", hosting: "OWN" });
    expect(piplTransfers(storing(shenzhen(), { individualsPerYear: "FROM_100K_TO_1M" }, [sg]))).toMatchObject([{ status: "NOT_COVERED", required: "CONTRACT" }]);
  });

  it("a non-CIIO providing the non-sensitive data of fewer than 100,000 people abroad needs no Art 38 procedure, but still the Art 39 consent and the Art 55 assessment", () => {
    const rec = storing(shenzhen(), { legalBases: [claim("PIPL", "13-1", { consentMechanism: "EXPLICIT" })], impactAssessment: null, individualsPerYear: "UNDER_10K" });
    expect(piplTransfers(rec)).toMatchObject([{ status: "COVERED", exemption: "Art 5(4)" }]);
    expect(art38(rec)).toEqual([]);
    expectOne("pipl-cross-border-no-separate-consent", rec, "HIGH", "Art 39");
    expectOne("pipl-cross-border-no-impact-assessment", rec, "MEDIUM", "Art 55");
  });

  it("no separate consent is demanded where a contract basis (13-2) covers the activity", () => {
    expectNone("pipl-cross-border-no-separate-consent", storing(shenzhen(), { legalBases: [claim("PIPL", "13-2")] }));
  });

  it("a critical information infrastructure operator keeping mainland data only in Hong Kong must store it in the mainland and pass a security assessment", () => {
    const rec = storing(shenzhen({ criticalInfrastructure: true }), {});
    expectOne("pipl-localisation-required", rec, "HIGH", '"Hong Kong servers"', "Art 40");
    expectOne("pipl-cross-border-no-mechanism", rec, "HIGH", "security assessment", "critical information infrastructure operator");
  });

  it("when the CIIO status and the volumes are unknown, the route is asked for, not reported as a breach", () => {
    const rec = storing(piplOrganization(), {});
    const f = expectOne("pipl-cross-border-route-undetermined", rec, "MEDIUM", "critical information infrastructure operator", "individualsPerYear");
    expect(f.subjectType).toBe("Organization");
    expectNone("pipl-cross-border-no-mechanism", rec);
  });

  it("data collected abroad, processed in Shenzhen and sent to Frankfurt is exempt (Art 4)", () => {
    const frankfurt = location({ key: "fra", name: "Frankfurt DC", country: "DE", hosting: "PROVIDER" });
    const rec = storing(shenzhen(), { subjectJurisdictions: ["EEA"], individualsPerYear: "OVER_1M" }, [frankfurt]);
    expect(piplTransfers(rec)).toMatchObject([{ status: "COVERED", exemption: "Art 4" }]);
    expect(art38(rec)).toEqual([]);
    expectNone("pipl-localisation-required", rec);
  });

  it("the GBA standard contract covers mainland to Hong Kong whatever the volume", () => {
    const rec = storing(shenzhen(), { individualsPerYear: "OVER_1M" }, [{ ...hkServers, transferMechanisms: [mechanism("PIPL", "GBA-SC")] }]);
    expect(piplTransfers(rec)).toMatchObject([{ status: "COVERED", mechanism: "GBA-SC" }]);
    expect(art38(rec)).toEqual([]);
  });

  it("the GBA standard contract does not reach Singapore", () => {
    const sg = location({ key: "sg", name: "Singapore DC", country: "SG", hosting: "PROVIDER", transferMechanisms: [mechanism("PIPL", "GBA-SC")] });
    expectOne("pipl-cross-border-no-mechanism", storing(shenzhen(), { individualsPerYear: "FROM_100K_TO_1M" }, [sg]), "HIGH", "covers only Hong Kong");
  });

  it("a recipient in mainland China receives no provision abroad", () => {
    const cn = recipient({ key: "gz", name: "Guangzhou Co", country: "CN" });
    const rec = piplRecord({ organization: shenzhen({ criticalInfrastructure: true }), activities: [disclosing([cn], { legalBases: consent })], recipients: [cn] });
    expect(transferFindings(rec)).toEqual([]);
  });

  it("a recipient whose country is unknown is undetermined under PIPL, never said to be outside mainland China", () => {
    const paypal = recipient({ key: "paypal", name: "PayPal", country: null });
    const rec = piplRecord({ organization: shenzhen(), activities: [disclosing([paypal], { legalBases: consent })], recipients: [paypal] });
    const f = expectOne("any-transfer-undetermined", rec, "MEDIUM", '"PayPal"', "under PIPL");
    expect(f).toMatchObject({ regime: "PIPL", reference: "PIPL Art 38" });
    expect(f.message).not.toMatch(/outside/);
    expect(art38(rec)).toEqual([]);
    expectNone("pipl-cross-border-no-separate-consent", rec);
  });
});
