import { describe, expect, it } from "vitest";
import type { RecordDocument, RecordRecipient } from "../../src/domain/record";
import { analyseTransfers } from "../../src/domain/transfers";
import { activity, claim, disclosing, expectNone, expectOne, facts, findingsOf, identity, location, mechanism, organization, record, recipient, run, storing, ukOrganization } from "../unit/rules/fixture";

// Regulator-style questions on GDPR Chapter V (EDPB Guidelines 05/2021 and 2/2018) and UK GDPR restricted
// transfers (UK GDPR Art 44A-49, the ICO's guidance): one minimal record each, the finding expected and the silence.

/** Every rule that judges a transfer. */
const TRANSFER_RULE = /transfer|adequacy|derogation|subprocessor-no-mechanism|cross-border|localisation/;
const transferFindings = (rec: RecordDocument) => run(rec).filter((f) => TRANSFER_RULE.test(f.rule));
const transfersOf = (rec: RecordDocument) => analyseTransfers(rec, facts(), identity(rec));

const usController = organization({ slug: "yankee", name: "Yankee Inc", country: "US", postalAddress: "1 Main St, Boston", subjectJurisdictions: ["EEA"], representative: { name: "EU Rep", email: null, country: "IE" } });
const indiCloud = recipient({ key: "indicloud", name: "IndiCloud Pvt Ltd", country: "IN", category: "Cloud hosting" });
const mumbai = location({ key: "mumbai", name: "Mumbai region", country: "IN", hosting: "PROVIDER", hostedBy: "indicloud" });

describe("GDPR: is there a transfer, and is it covered?", () => {
  it("a US controller reached by Art 3(2) collecting directly from people in the EU makes no transfer", () => {
    const rec = storing([location({ key: "va", name: "Virginia DC", country: "US", hosting: "OWN" })], { organization: usController });
    expect(transfersOf(rec).filter((t) => t.regime === "GDPR")).toEqual([]);
    expect(transferFindings(rec)).toEqual([]);
  });

  it("an EU controller keeping data on its own servers in India makes no transfer", () => {
    const rec = storing([location({ key: "pune", name: "Pune DC", country: "IN", hosting: "OWN" })]);
    expect(transfersOf(rec)).toEqual([]);
    expect(transferFindings(rec)).toEqual([]);
  });

  it("an EU controller using an Indian cloud provider without SCCs gets one finding on the provider, listing the activities", () => {
    const rec = record({
      activities: [activity({ storageLocations: ["mumbai"] }), activity({ key: "crm", name: "CRM", storageLocations: ["mumbai"] })],
      recipients: [indiCloud],
      storageLocations: [mumbai],
    });
    const f = expectOne("gdpr-transfer-not-covered", rec, "HIGH", 'Recipient "IndiCloud Pvt Ltd"', '"Mumbai region"', '"IN"', '"Payments" and "CRM"');
    expect(f).toMatchObject({ subjectType: "Recipient", subjectId: "rcp_indicloud", regime: "GDPR", reference: "GDPR Art 44" });
  });

  it("the same gap reached by three activities, directly and through a sub-processor chain, is reported once per importer", () => {
    const us = recipient({ key: "crm", name: "CRM Inc", country: "US" });
    const sub = recipient({ key: "support", name: "Support Co", kind: "SUB_PROCESSOR", country: "IN", parent: "crm" });
    const rec = record({
      activities: [disclosing([us]), disclosing([us], { key: "newsletter", name: "Newsletter" }), disclosing([us], { key: "support-desk", name: "Support desk" })],
      recipients: [us, sub],
    });
    const notCovered = findingsOf("gdpr-transfer-not-covered", rec);
    expect(notCovered.map((f) => f.subjectId)).toEqual(["rcp_crm"]);
    expect(notCovered[0].message).toContain('"Payments", "Newsletter" and "Support desk"');
    expect(findingsOf("gdpr-subprocessor-no-mechanism", rec).map((f) => f.subjectId)).toEqual(["rcp_support"]);
    // The transfers list itself stays per activity and destination.
    expect(transfersOf(rec)).toHaveLength(6);
  });

  it("a systematic transfer resting only on explicit consent (Art 49(1)(a)) is not covered", () => {
    const partner = recipient({ key: "partner", name: "Partner Ltd", kind: "INDEPENDENT_CONTROLLER", country: "IN", transferMechanisms: [mechanism("GDPR", "A49-1-a")] });
    const rec = record({ activities: [disclosing([partner])], recipients: [partner] });
    expect(transfersOf(rec)).toMatchObject([{ status: "NOT_COVERED", reason: "DEROGATION_ONLY" }]);
    expectOne("gdpr-derogation-systematic", rec, "HIGH", '"Partner Ltd"', '"A49-1-a"');
    expectNone("gdpr-transfer-not-covered", rec);
  });

  it("a recipient whose country is unknown is undetermined, never said to be outside the EEA", () => {
    const paypal = recipient({ key: "paypal", name: "PayPal", country: null });
    const rec = record({ activities: [disclosing([paypal])], recipients: [paypal] });
    const f = expectOne("any-transfer-undetermined", rec, "MEDIUM", '"PayPal"', "not recorded");
    expect(f.message).not.toMatch(/outside|third country/);
    expect(f.regime).toBe("GDPR");
    expectNone("gdpr-transfer-not-covered", rec);
  });

  it("storage in India whose hosting is not recorded is asked about, not called a breach", () => {
    const rec = storing([location({ key: "pune", name: "Pune DC", country: "IN" })]);
    expectOne("any-transfer-undetermined", rec, "LOW", '"Pune DC"', "own infrastructure or a provider's");
    expect(transferFindings(rec).filter((f) => f.severity === "HIGH")).toEqual([]);
  });

  it("a US controller reached by Art 3(2) disclosing to a processor in the US makes a transfer", () => {
    const crm = recipient({ key: "crm", name: "CRM Inc", country: "US" });
    expectOne("gdpr-transfer-not-covered", record({ organization: usController, activities: [disclosing([crm])], recipients: [crm] }), "HIGH", '"CRM Inc"', '"US"');
  });

  it("a transfer to Japan rests on the EU adequacy decision without anything recorded", () => {
    const jp = recipient({ key: "jp", name: "Tokyo KK", country: "JP" });
    const rec = record({ activities: [disclosing([jp])], recipients: [jp] });
    expect(transfersOf(rec)).toMatchObject([{ status: "COVERED", mechanism: "A45-3" }]);
    expect(transferFindings(rec)).toEqual([]);
  });

  it("a US importer relying on the Data Privacy Framework is flagged only to check its certification", () => {
    const us = recipient({ key: "us", name: "Analytics Inc", country: "US", transferMechanisms: [mechanism("GDPR", "A45-3")] });
    const rec = record({ activities: [disclosing([us])], recipients: [us] });
    expect(transferFindings(rec).map((f) => [f.rule, f.severity])).toEqual([["gdpr-transfer-partial-adequacy", "INFO"]]);
  });

  it("adequacy claimed for Hong Kong is reported as such, once", () => {
    const hk = recipient({ key: "hk", name: "HK Hosting", country: "HK", transferMechanisms: [mechanism("GDPR", "A45-3")] });
    const rec = record({ activities: [disclosing([hk])], recipients: [hk] });
    expect(transferFindings(rec).map((f) => f.rule)).toEqual(["gdpr-adequacy-not-available"]);
  });
});

describe("UK GDPR: is there a restricted transfer, and is it covered?", () => {
  const uk = (r: RecordRecipient, org = ukOrganization()) => record({ organization: org, activities: [disclosing([r], { legalBases: [claim("UK_GDPR", "A6-1-b")] })], recipients: [r] });
  const ukRules = (rec: RecordDocument) => transferFindings(rec).filter((f) => f.rule.startsWith("uk-"));

  it("a UK controller sending data to a US importer certified under the data bridge gets an INFO to check the certification", () => {
    const us = recipient({ key: "us", name: "Yankee Cloud", country: "US", transferMechanisms: [mechanism("UK_GDPR", "A45")] });
    const f = expectOne("uk-transfer-partial-adequacy", uk(us), "INFO", '"Yankee Cloud"', "UK Extension");
    expect(f.regime).toBe("UK_GDPR");
    expect(ukRules(uk(us)).map((x) => x.rule)).toEqual(["uk-transfer-partial-adequacy"]);
  });

  it("a UK controller sending data to India under the IDTA is covered", () => {
    const india = recipient({ key: "in", name: "Bangalore Support", country: "IN", transferMechanisms: [mechanism("UK_GDPR", "IDTA")] });
    expect(transfersOf(uk(india))).toMatchObject([{ regime: "UK_GDPR", status: "COVERED", mechanism: "IDTA" }]);
    expect(ukRules(uk(india))).toEqual([]);
  });

  it("a UK controller sending data to India with nothing recorded makes an uncovered restricted transfer", () => {
    const india = recipient({ key: "in", name: "Bangalore Support", country: "IN" });
    const f = expectOne("uk-transfer-not-covered", uk(india), "HIGH", '"Bangalore Support"', "outside the UK");
    expect(f.reference).toBe("UK GDPR Art 44A");
  });

  it("a UK controller sending data to France relies on UK adequacy regulations", () => {
    const fr = recipient({ key: "fr", name: "Paris SAS", country: "FR" });
    expect(transfersOf(uk(fr))).toMatchObject([{ regime: "UK_GDPR", status: "COVERED", reason: "ADEQUACY", mechanism: "A45" }]);
    expect(ukRules(uk(fr))).toEqual([]);
  });

  it("an EU adequacy decision is not a UK one: Brazil needs a UK safeguard", () => {
    const br = recipient({ key: "br", name: "Sao Paulo Ltda", country: "BR" });
    expectOne("uk-transfer-not-covered", uk(br), "HIGH", '"BR"');
  });

  it("the EU SCCs alone do not cover a restricted transfer; with the UK Addendum they do", () => {
    const india = recipient({ key: "in", name: "Bangalore Support", country: "IN", transferMechanisms: [mechanism("GDPR", "A46-2-c")] });
    expectOne("uk-transfer-not-covered", uk(india), "HIGH", '"Bangalore Support"');
    expectNone("uk-transfer-not-covered", uk({ ...india, transferMechanisms: [mechanism("GDPR", "A46-2-c"), mechanism("UK_GDPR", "UK-ADDENDUM")] }));
  });

  it("UK adequacy claimed for India is reported as such, once", () => {
    const india = recipient({ key: "in", name: "Bangalore Support", country: "IN", transferMechanisms: [mechanism("UK_GDPR", "A45")] });
    expect(ukRules(uk(india)).map((f) => f.rule)).toEqual(["uk-adequacy-not-available"]);
  });

  it("a processor's regular transfer resting only on an Art 49 exception is not covered", () => {
    const india = recipient({ key: "in", name: "Bangalore Support", country: "IN", transferMechanisms: [mechanism("UK_GDPR", "A49-1-b")] });
    expect(ukRules(uk(india)).map((f) => [f.rule, f.severity])).toEqual([["uk-derogation-systematic", "HIGH"]]);
  });

  it("a UK controller keeping data on its own servers in the US makes no restricted transfer", () => {
    const rec = storing([location({ key: "va", name: "Virginia DC", country: "US", hosting: "OWN" })], { organization: ukOrganization() });
    expect(transfersOf(rec)).toEqual([]);
    expect(transferFindings(rec)).toEqual([]);
  });

  it("a UK controller sending data to Switzerland is covered by UK adequacy", () => {
    const ch = recipient({ key: "ch", name: "Zurich AG", country: "CH" });
    expect(transfersOf(uk(ch))).toMatchObject([{ status: "COVERED", reason: "ADEQUACY" }]);
    expect(ukRules(uk(ch))).toEqual([]);
  });

  it("an EU controller sending data to the UK makes a GDPR transfer covered by adequacy and no UK restricted transfer", () => {
    const gb = recipient({ key: "gb", name: "London Ltd", country: "GB" });
    const rec = record({ activities: [disclosing([gb])], recipients: [gb] });
    expect(transfersOf(rec)).toMatchObject([{ regime: "GDPR", status: "COVERED", mechanism: "A45-3" }]);
    expect(transferFindings(rec)).toEqual([]);
  });

  it("a controller reached by GDPR and UK GDPR with EU SCCs only is covered for the EU and not for the UK", () => {
    const india = recipient({ key: "in", name: "Bangalore Support", country: "IN", transferMechanisms: [mechanism("GDPR", "A46-2-c")] });
    const rec = uk(india, ukOrganization({ subjectJurisdictions: ["GB", "EEA"] }));
    expect(transferFindings(rec).map((f) => f.rule)).toEqual(["uk-transfer-not-covered"]);
  });
});
