import { describe, expect, it } from "vitest";
import { analyseTransfers } from "../../../src/domain/transfers";
import type { RecordActivity, RecordDocument, RecordLocation, RecordOrganization } from "../../../src/domain/record";
import { activity, claim, disclosing, facts, identity, location, mechanism, organization, piplActivity, piplOrganization, record, recipient, storing, ukOrganization } from "./fixture";

// analyseTransfers itself: which transfers exist and how each is judged.

const transfersOf = (rec: RecordDocument) => analyseTransfers(rec, facts(), identity(rec));
const under = (regime: string, rec: RecordDocument) => transfersOf(rec).filter((t) => t.regime === regime);

const cnWithEeaSubjects = piplOrganization({ subjectJurisdictions: ["EEA"] });
const gdprTo = (r: ReturnType<typeof recipient>, extra: ReturnType<typeof recipient>[] = []) =>
  under("GDPR", record({ organization: cnWithEeaSubjects, activities: [disclosing([r])], recipients: [r, ...extra] }));

describe("analyseTransfers, GDPR", () => {
  it("is UNDETERMINED to a recipient in an unknown country", () => {
    const [t, ...rest] = gdprTo(recipient({ country: null }));
    expect(rest).toEqual([]);
    expect(t).toMatchObject({ activityId: "act_payments", recipientId: "rcp_psp", fromCountry: "CN", toCountry: null, status: "UNDETERMINED", reason: "COUNTRY_UNKNOWN", mechanism: null });
  });
  it("is NOT_COVERED to the US without a mechanism", () => {
    expect(gdprTo(recipient({ country: "US" }))).toMatchObject([{ toCountry: "US", status: "NOT_COVERED", reason: "NO_MECHANISM", mechanism: null }]);
  });
  it("is COVERED to the US with standard contractual clauses recorded", () => {
    expect(gdprTo(recipient({ country: "US", transferMechanisms: [mechanism("GDPR", "A46-2-c")] }))).toMatchObject([{ status: "COVERED", reason: "MECHANISM", mechanism: "A46-2-c", mechanismKind: "TRANSFER_MECHANISM" }]);
  });
  it("is COVERED to the US by partial adequacy only when the importer's coverage (A45-3) is recorded", () => {
    expect(gdprTo(recipient({ country: "US", transferMechanisms: [mechanism("GDPR", "A45-3")] }))).toMatchObject([{ status: "COVERED", reason: "ADEQUACY", mechanism: "A45-3" }]);
  });
  it("is COVERED by adequacy (A45-3) to Japan", () => {
    expect(gdprTo(recipient({ country: "JP" }))).toMatchObject([{ toCountry: "JP", status: "COVERED", reason: "ADEQUACY", mechanism: "A45-3" }]);
  });
  it("is no transfer at all to Germany", () => {
    expect(gdprTo(recipient({ country: "DE" }))).toEqual([]);
  });
  it("ignores mechanisms of another regime", () => {
    expect(gdprTo(recipient({ country: "US", transferMechanisms: [mechanism("PIPL", "38-3")] }))).toMatchObject([{ status: "NOT_COVERED", recorded: [] }]);
  });
  it("is NOT_COVERED when adequacy is claimed for a country without it", () => {
    expect(gdprTo(recipient({ country: "HK", transferMechanisms: [mechanism("GDPR", "A45-3")] }))).toMatchObject([{ status: "NOT_COVERED", reason: "NO_ADEQUACY", recorded: ["A45-3"] }]);
  });
  it("is NOT_COVERED when only an Art 49 derogation is recorded, whatever the recipient kind", () => {
    for (const kind of ["PROCESSOR", "INDEPENDENT_CONTROLLER", "PUBLIC_AUTHORITY"] as const)
      expect(gdprTo(recipient({ kind, country: "IN", transferMechanisms: [mechanism("GDPR", "A49-1-a")] }))).toMatchObject([{ status: "NOT_COVERED", reason: "DEROGATION_ONLY", mechanism: null }]);
  });
  it("uses the disclosure's categories, or the activity's when the disclosure names none", () => {
    const r = recipient({ country: "US" });
    const rec = record({ activities: [disclosing([r], { dataCategories: ["user.name", "user.contact.email"] })], recipients: [r] });
    expect(transfersOf(rec)[0].dataCategories).toEqual(["user.contact.email", "user.name"]);
    rec.activities[0].disclosures[0].dataCategories = ["user.device"];
    expect(transfersOf(rec)[0].dataCategories).toEqual(["user.device"]);
  });
});

describe("analyseTransfers, GDPR storage (EDPB Guidelines 05/2021)", () => {
  const india = (over: Partial<RecordLocation> = {}) => location({ key: "mumbai", name: "Mumbai DC", country: "IN", ...over });
  const gdprStoring = (l: RecordLocation, over: Partial<RecordDocument> = {}) => under("GDPR", storing([l], over));

  it("is no transfer to the controller's own servers abroad", () => {
    expect(gdprStoring(india({ hosting: "OWN" }))).toEqual([]);
  });
  it("takes a provider named as the organisation itself for its own servers", () => {
    expect(gdprStoring(india({ provider: "Acme" }))).toEqual([]);
  });
  it("is a transfer to the provider for a provider's storage", () => {
    expect(gdprStoring(india({ hosting: "PROVIDER" }))).toMatchObject([{ locationId: "loc_mumbai", recipientId: null, status: "NOT_COVERED", reason: "NO_MECHANISM" }]);
  });
  it("counts a provider named other than the organisation as a provider's storage", () => {
    expect(gdprStoring(india({ provider: "Bharat Cloud Pvt Ltd" }))).toMatchObject([{ status: "NOT_COVERED", reason: "NO_MECHANISM" }]);
  });
  it("names the hosting recipient and takes its mechanisms", () => {
    const cloud = recipient({ key: "cloud", name: "Bharat Cloud", country: "IN", transferMechanisms: [mechanism("GDPR", "A46-2-c")] });
    const [t] = gdprStoring(india({ hosting: "PROVIDER", hostedBy: "cloud" }), { recipients: [cloud] });
    expect(t).toMatchObject({ locationId: "loc_mumbai", recipientId: "rcp_cloud", status: "COVERED", mechanism: "A46-2-c" });
  });
  it("is UNDETERMINED when hosting is unknown and only a transfer would need a mechanism", () => {
    expect(gdprStoring(india())).toMatchObject([{ status: "UNDETERMINED", reason: "HOSTING_UNKNOWN" }]);
  });
  it("is COVERED when hosting is unknown but adequacy covers it either way", () => {
    expect(gdprStoring(india({ country: "JP" }))).toMatchObject([{ status: "COVERED", reason: "ADEQUACY" }]);
  });
  it("is no transfer for storage in the EEA, whoever hosts it", () => {
    expect(gdprStoring(india({ country: "IE", hosting: "PROVIDER" }))).toEqual([]);
  });
});

describe("analyseTransfers, a controller outside the EEA reached by GDPR Art 3(2)", () => {
  const us = organization({ slug: "yankee", name: "Yankee Inc", country: "US", subjectJurisdictions: ["EEA"] });
  it("makes no transfer by collecting from people in the EEA and keeping the data on its own servers", () => {
    expect(under("GDPR", storing([location({ key: "va", name: "Virginia DC", country: "US", hosting: "OWN" })], { organization: us }))).toEqual([]);
  });
  it("makes a transfer when it discloses to an importer in its own country", () => {
    const r = recipient({ key: "crm", name: "CRM Inc", country: "US" });
    expect(under("GDPR", record({ organization: us, activities: [disclosing([r])], recipients: [r] }))).toMatchObject([{ recipientId: "rcp_crm", fromCountry: "US", status: "NOT_COVERED" }]);
  });
  it("makes none when it discloses to an importer in the EEA", () => {
    const r = recipient({ key: "crm", name: "CRM GmbH", country: "DE" });
    expect(under("GDPR", record({ organization: us, activities: [disclosing([r])], recipients: [r] }))).toEqual([]);
  });
});

describe("analyseTransfers, UK GDPR", () => {
  const ukTo = (r: ReturnType<typeof recipient>) => under("UK_GDPR", record({ organization: ukOrganization(), activities: [disclosing([r])], recipients: [r] }));
  it("is COVERED to India with the IDTA", () => {
    expect(ukTo(recipient({ country: "IN", transferMechanisms: [mechanism("UK_GDPR", "IDTA")] }))).toMatchObject([{ regime: "UK_GDPR", status: "COVERED", reason: "MECHANISM", mechanism: "IDTA" }]);
  });
  it("is COVERED with the UK Addendum, and not by the EU SCCs alone", () => {
    expect(ukTo(recipient({ country: "IN", transferMechanisms: [mechanism("UK_GDPR", "UK-ADDENDUM")] }))).toMatchObject([{ status: "COVERED", mechanism: "UK-ADDENDUM" }]);
    expect(ukTo(recipient({ country: "IN", transferMechanisms: [mechanism("GDPR", "A46-2-c")] }))).toMatchObject([{ status: "NOT_COVERED", reason: "NO_MECHANISM" }]);
  });
  it("is COVERED by UK adequacy (A45) to the EEA, and no transfer inside the UK", () => {
    expect(ukTo(recipient({ country: "DE" }))).toMatchObject([{ status: "COVERED", reason: "ADEQUACY", mechanism: "A45" }]);
    expect(ukTo(recipient({ country: "GB" }))).toEqual([]);
  });
  it("is COVERED to the US only with the data bridge recorded (A45)", () => {
    expect(ukTo(recipient({ country: "US", transferMechanisms: [mechanism("UK_GDPR", "A45")] }))).toMatchObject([{ status: "COVERED", reason: "ADEQUACY" }]);
    expect(ukTo(recipient({ country: "US" }))).toMatchObject([{ status: "NOT_COVERED", reason: "NO_MECHANISM" }]);
  });
  it("is NOT_COVERED on an adequacy claim the UK has not made, or on a derogation alone", () => {
    expect(ukTo(recipient({ country: "IN", transferMechanisms: [mechanism("UK_GDPR", "A45")] }))).toMatchObject([{ reason: "NO_ADEQUACY" }]);
    expect(ukTo(recipient({ country: "IN", transferMechanisms: [mechanism("UK_GDPR", "A49-1-b")] }))).toMatchObject([{ reason: "DEROGATION_ONLY" }]);
  });
  it("is judged under GDPR and UK GDPR apart for a controller reaching both", () => {
    const r = recipient({ country: "IN", transferMechanisms: [mechanism("GDPR", "A46-2-c")] });
    const ts = transfersOf(record({ organization: ukOrganization({ subjectJurisdictions: ["GB", "EEA"] }), activities: [disclosing([r])], recipients: [r] }));
    expect(ts.map((t) => [t.regime, t.status])).toEqual([
      ["GDPR", "COVERED"],
      ["UK_GDPR", "NOT_COVERED"],
    ]);
  });
});

describe("analyseTransfers, PIPL", () => {
  const hk = location({ key: "hk", name: "Hong Kong servers", country: "HK" });
  /** A mainland handler's activity on consent, so that no contract exemption applies. */
  const consent = (over: Partial<RecordActivity> = {}) => piplActivity({ legalBases: [claim("PIPL", "13-1", { consentMechanism: "EXPLICIT" })], ...over });
  const piplStoring = (l: RecordLocation, org: Partial<RecordOrganization> = {}, over: Partial<RecordActivity> = {}) =>
    under("PIPL", record({ organization: piplOrganization(org), activities: [consent({ storageLocations: [l.key], ...over })], storageLocations: [l] }));

  it("counts storage on the handler's own servers abroad as a provision abroad", () => {
    expect(piplStoring({ ...hk, hosting: "OWN" }, { criticalInfrastructure: false }, { individualsPerYear: "FROM_100K_TO_1M" })).toMatchObject([
      { regime: "PIPL", locationId: "loc_hk", toCountry: "HK", status: "NOT_COVERED", reason: "NO_MECHANISM", required: "CONTRACT" },
    ]);
  });
  it("is COVERED with the CAC standard contract (38-3) where the volumes call for a contract", () => {
    expect(piplStoring({ ...hk, transferMechanisms: [mechanism("PIPL", "38-3")] }, { criticalInfrastructure: false }, { individualsPerYear: "FROM_100K_TO_1M" })).toMatchObject([{ status: "COVERED", mechanism: "38-3" }]);
  });
  it("is no transfer for storage in mainland China", () => {
    expect(piplStoring({ ...hk, country: "CN" })).toEqual([]);
  });
  it("is UNDETERMINED to a destination whose country is unknown", () => {
    const r = recipient({ country: null });
    const rec = record({ organization: piplOrganization(), activities: [consent({ noRecipients: false, disclosures: [{ recipient: "psp", dataCategories: [], purpose: null, sale: null, sharing: null, evidence: [] }] })], recipients: [r] });
    expect(under("PIPL", rec)).toMatchObject([{ status: "UNDETERMINED", reason: "COUNTRY_UNKNOWN" }]);
  });

  describe("exemptions of the 2024 Provisions", () => {
    it("exempts what a contract with the person needs (13-2: Art 5(1))", () => {
      const ts = under("PIPL", record({ organization: piplOrganization(), activities: [piplActivity({ storageLocations: ["hk"] })], storageLocations: [hk] }));
      expect(ts).toMatchObject([{ status: "COVERED", reason: "EXEMPTION", exemption: "Art 5(1)", mechanism: "38-4", mechanismKind: "TRANSFER_MECHANISM" }]);
    });
    it("exempts cross-border HR management of employees (13-2: Art 5(2)), and emergencies (13-4: Art 5(3))", () => {
      expect(piplStoring(hk, {}, { legalBases: [claim("PIPL", "13-2")], dataSubjects: ["employee"] })).toMatchObject([{ exemption: "Art 5(2)" }]);
      expect(piplStoring(hk, {}, { legalBases: [claim("PIPL", "13-4")] })).toMatchObject([{ exemption: "Art 5(3)" }]);
    });
    it("exempts data collected abroad and processed in mainland China (Art 4)", () => {
      expect(piplStoring(hk, {}, { subjectJurisdictions: ["EEA"] })).toMatchObject([{ status: "COVERED", exemption: "Art 4" }]);
    });
    it("exempts a non-CIIO providing non-sensitive data of fewer than 100,000 people (Art 5(4))", () => {
      expect(piplStoring(hk, { criticalInfrastructure: false }, { individualsPerYear: "FROM_10K_TO_100K" })).toMatchObject([{ status: "COVERED", reason: "EXEMPTION", exemption: "Art 5(4)", required: "NONE" }]);
    });
    it("does not give Art 5(4) to sensitive data", () => {
      const ts = piplStoring(hk, { criticalInfrastructure: false }, { individualsPerYear: "UNDER_10K", sensitiveIndividualsPerYear: "UNDER_10K", dataCategories: ["user.financial.bank_account"] });
      expect(ts).toMatchObject([{ status: "NOT_COVERED", required: "CONTRACT" }]);
    });
    it("leaves exempt exports out of the yearly count", () => {
      const big = piplActivity({ key: "orders", name: "Orders", storageLocations: ["hk"], individualsPerYear: "OVER_1M" });
      const small = consent({ key: "survey", name: "Survey", storageLocations: ["hk"], individualsPerYear: "UNDER_10K" });
      const ts = under("PIPL", record({ organization: piplOrganization({ criticalInfrastructure: false }), activities: [big, small], storageLocations: [hk] }));
      expect(ts.map((t) => [t.activityId, t.exemption])).toEqual([
        ["act_orders", "Art 5(1)"],
        ["act_survey", "Art 5(4)"],
      ]);
    });
  });

  describe("routes of the 2024 Provisions", () => {
    it("requires a security assessment of a CIIO, so a standard contract does not cover it", () => {
      expect(piplStoring(hk, { criticalInfrastructure: true })).toMatchObject([{ status: "NOT_COVERED", reason: "NO_MECHANISM", required: "ASSESSMENT" }]);
      expect(piplStoring({ ...hk, transferMechanisms: [mechanism("PIPL", "38-3")] }, { criticalInfrastructure: true })).toMatchObject([{ status: "NOT_COVERED", reason: "ASSESSMENT_REQUIRED" }]);
      expect(piplStoring({ ...hk, transferMechanisms: [mechanism("PIPL", "38-1")] }, { criticalInfrastructure: true })).toMatchObject([{ status: "COVERED", mechanism: "38-1" }]);
    });
    it("requires a security assessment for sensitive data of 10,000 or more people", () => {
      const ts = piplStoring(hk, { criticalInfrastructure: false }, { individualsPerYear: "FROM_10K_TO_100K", sensitiveIndividualsPerYear: "FROM_10K_TO_100K", dataCategories: ["user.government_id"] });
      expect(ts).toMatchObject([{ required: "ASSESSMENT" }]);
    });
    it("requires a security assessment for 1,000,000 people or more", () => {
      expect(piplStoring(hk, { criticalInfrastructure: false }, { individualsPerYear: "OVER_1M" })).toMatchObject([{ required: "ASSESSMENT" }]);
    });
    it("leaves the route open, naming the facts, when the CIIO status and the volumes are unknown", () => {
      const [t] = piplStoring(hk);
      expect(t).toMatchObject({ status: "UNDETERMINED", reason: "ROUTE_UNKNOWN", required: null });
      expect(t.missing.join(" ")).toMatch(/critical information infrastructure operator/);
      expect(t.missing.join(" ")).toMatch(/individualsPerYear/);
    });
    it("is NOT_COVERED without a mechanism when something is required whichever way an unknown fact goes", () => {
      const [t] = piplStoring(hk, {}, { individualsPerYear: "UNDER_10K", sensitiveIndividualsPerYear: "UNDER_10K", dataCategories: ["user.government_id"] });
      expect(t).toMatchObject({ status: "NOT_COVERED", reason: "NO_MECHANISM", required: null });
      expect(t.missing).toEqual([expect.stringContaining("critical information infrastructure operator")]);
    });
    it("counts people across activities as possibly distinct", () => {
      const two = (n: RecordActivity["individualsPerYear"], count: number) =>
        under("PIPL", record({ organization: piplOrganization({ criticalInfrastructure: false }), activities: Array.from({ length: count }, (_, i) => consent({ key: `a${i}`, storageLocations: ["hk"], individualsPerYear: n })), storageLocations: [hk] }));
      expect(two("FROM_10K_TO_100K", 2)[0]).toMatchObject({ status: "UNDETERMINED", reason: "ROUTE_UNKNOWN" });
      expect(two("UNDER_10K", 3)[0]).toMatchObject({ status: "COVERED", exemption: "Art 5(4)" });
    });
  });

  describe("the Greater Bay Area standard contract", () => {
    const gba = { ...hk, transferMechanisms: [mechanism("PIPL", "GBA-SC")] };
    it("covers mainland to Hong Kong whatever the volume", () => {
      expect(piplStoring(gba, { criticalInfrastructure: false }, { individualsPerYear: "OVER_1M" })).toMatchObject([{ status: "COVERED", mechanism: "GBA-SC" }]);
    });
    it("does not cover a destination outside Hong Kong", () => {
      expect(piplStoring({ ...gba, key: "sg", country: "SG" }, { criticalInfrastructure: false }, { individualsPerYear: "FROM_100K_TO_1M" })).toMatchObject([{ status: "NOT_COVERED", reason: "NO_MECHANISM" }]);
    });
    it("does not replace a CIIO's security assessment", () => {
      expect(piplStoring(gba, { criticalInfrastructure: true })).toMatchObject([{ status: "NOT_COVERED", reason: "ASSESSMENT_REQUIRED" }]);
    });
  });
});

describe("analyseTransfers, PDPO", () => {
  it("derives no transfer for a Hong Kong data user (PDPO s.33 is not in force)", () => {
    const hkOrg = organization({ slug: "kowloon", name: "Kowloon Ltd", country: "HK", subjectJurisdictions: ["HK"] });
    expect(transfersOf(storing([location({ key: "sg", name: "Singapore DC", country: "SG", hosting: "PROVIDER" })], { organization: hkOrg }))).toEqual([]);
  });
});

describe("analyseTransfers, sub-processors", () => {
  it("follows the sub-processor chain and sets viaRecipientId", () => {
    const proc = recipient({ key: "proc", country: "US", transferMechanisms: [mechanism("GDPR", "A46-2-c")] });
    const sub = recipient({ key: "sub", kind: "SUB_PROCESSOR", country: "IN", parent: "proc" });
    const subsub = recipient({ key: "subsub", kind: "SUB_PROCESSOR", country: "JP", parent: "sub" });
    const ts = transfersOf(record({ activities: [disclosing([proc])], recipients: [proc, sub, subsub] }));
    expect(ts.map((t) => [t.recipientId, t.viaRecipientId, t.status])).toEqual([
      ["rcp_proc", null, "COVERED"],
      ["rcp_sub", "rcp_proc", "NOT_COVERED"],
      ["rcp_subsub", "rcp_sub", "COVERED"],
    ]);
  });
  it("does not loop on a parent cycle in bad data", () => {
    const a = recipient({ key: "a", country: "US", parent: "b" });
    const b = recipient({ key: "b", country: "US", parent: "a" });
    const self = recipient({ key: "self", country: "US", parent: "self" });
    const ts = transfersOf(record({ activities: [disclosing([a, self])], recipients: [a, b, self] }));
    expect(ts.map((t) => [t.recipientId, t.viaRecipientId])).toEqual([
      ["rcp_a", null],
      ["rcp_b", "rcp_a"],
      ["rcp_self", null],
    ]);
  });
  it("skips references to recipients and locations that are not in the record", () => {
    const rec = record({ activities: [disclosing([recipient({ key: "ghost" })], { storageLocations: ["nowhere"] })] });
    expect(transfersOf(rec)).toEqual([]);
  });
  it("judges an activity of no transfer regime not at all", () => {
    expect(transfersOf(record({ organization: organization({ country: "SG", subjectJurisdictions: ["SG"] }), activities: [activity({ storageLocations: ["x"] })], storageLocations: [location({ key: "x", country: "US" })] }))).toEqual([]);
  });
});
