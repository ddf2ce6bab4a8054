import { describe, expect, it } from "vitest";
import type { RecordDocument, RecordRecipient } from "../../../src/domain/record";
import { activity, claim, disclosing, expectNone, expectOne, findingsOf, location, mechanism, organization, piplOrganization, record, recipient, storing, ukOrganization } from "./fixture";

// The GDPR and UK GDPR transfer rules, and any-transfer-undetermined: one finding per destination.

const to = (r: RecordRecipient, ...more: RecordRecipient[]) => record({ activities: [disclosing([r])], recipients: [r, ...more] });
const ukTo = (r: RecordRecipient) => record({ organization: ukOrganization(), activities: [disclosing([r])], recipients: [r] });
const provider = (over: Parameters<typeof location>[0] = {}) => location({ key: "us", name: "US cloud", country: "US", hosting: "PROVIDER", ...over });

describe("gdpr-transfer-not-covered", () => {
  const us = recipient({ key: "us", name: "Acme Analytics Inc", country: "US" });
  it("fires on the recipient outside the EEA without a mechanism, naming the activity", () => {
    const f = expectOne("gdpr-transfer-not-covered", to(us), "HIGH", 'Recipient "Acme Analytics Inc"', '"US"', 'processing activity "Payments"', "Data Privacy Framework");
    expect(f).toMatchObject({ subjectType: "Recipient", subjectId: "rcp_us", reference: "GDPR Art 44" });
  });
  it("does not fire with standard contractual clauses recorded, nor to an adequate country", () => {
    expectNone("gdpr-transfer-not-covered", to({ ...us, transferMechanisms: [mechanism("GDPR", "A46-2-c")] }));
    expectNone("gdpr-transfer-not-covered", to({ ...us, country: "JP" }));
  });
  it("gives one finding per destination, listing every activity that reaches it", () => {
    const rec = record({
      activities: [disclosing([us]), disclosing([us], { key: "newsletter", name: "Newsletter" }), disclosing([us], { key: "support", name: "Support" })],
      recipients: [us],
    });
    expectOne("gdpr-transfer-not-covered", rec, "HIGH", 'processing activities "Payments", "Newsletter" and "Support"');
  });
  it("names at most five activities and counts the rest", () => {
    const many = Array.from({ length: 8 }, (_, i) => disclosing([us], { key: `a${i}`, name: `A${i}` }));
    expectOne("gdpr-transfer-not-covered", record({ activities: many, recipients: [us] }), "HIGH", '"A0", "A1", "A2", "A3", "A4" and 3 more');
  });
  it("gives distinct findings to distinct destinations", () => {
    const cn = recipient({ key: "cn", name: "Shenzhen Ops", country: "CN" });
    const found = findingsOf("gdpr-transfer-not-covered", record({ activities: [disclosing([us, cn])], recipients: [us, cn] }));
    expect(found.map((f) => f.subjectId).sort()).toEqual(["rcp_cn", "rcp_us"]);
  });
  it("leaves a sub-processor to gdpr-subprocessor-no-mechanism", () => {
    const parent = recipient({ key: "parent", country: "DE" });
    const sub = recipient({ key: "sub", name: "Offshore", kind: "SUB_PROCESSOR", country: "IN", parent: "parent" });
    const rec = to(parent, sub);
    expectNone("gdpr-transfer-not-covered", rec);
    expectOne("gdpr-subprocessor-no-mechanism", rec, "HIGH", '"Offshore"');
  });
  it("does not fire on the controller's own servers abroad", () => {
    expectNone("gdpr-transfer-not-covered", storing([location({ key: "in", country: "IN", hosting: "OWN" })]));
  });
  it("gives one finding to a provider reached both as a recipient and through the storage it runs", () => {
    const cloud = recipient({ key: "cloud", name: "IndiCloud", country: "IN" });
    const rec = record({ activities: [disclosing([cloud], { storageLocations: ["mumbai"] })], recipients: [cloud], storageLocations: [location({ key: "mumbai", name: "Mumbai region", country: "IN", hosting: "PROVIDER", hostedBy: "cloud" })] });
    const f = expectOne("gdpr-transfer-not-covered", rec, "HIGH", 'Recipient "IndiCloud"');
    expect(f).toMatchObject({ subjectType: "Recipient", subjectId: "rcp_cloud" });
  });
  it("fires on a provider's storage, with the location as subject", () => {
    const f = expectOne("gdpr-transfer-not-covered", storing([provider({ country: "IN" })]), "HIGH", 'Storage location "US cloud"', '"IN"');
    expect(f).toMatchObject({ subjectType: "Location", subjectId: "loc_us" });
  });
});

describe("gdpr-adequacy-not-available", () => {
  const hk = recipient({ key: "hk", name: "HK Hosting", country: "HK", transferMechanisms: [mechanism("GDPR", "A45-3")] });
  it("fires when adequacy is claimed for a country that has none, and alone", () => {
    expectOne("gdpr-adequacy-not-available", to(hk), "HIGH", '"Payments"', '"HK Hosting"', '"HK"');
    expectNone("gdpr-transfer-not-covered", to(hk));
  });
  it("does not fire once a real safeguard is recorded", () => {
    expectNone("gdpr-adequacy-not-available", to({ ...hk, transferMechanisms: [mechanism("GDPR", "A45-3"), mechanism("GDPR", "A46-2-c")] }));
  });
});

describe("any-transfer-undetermined", () => {
  const paypal = recipient({ key: "paypal", name: "PayPal", country: null });
  it("fires on a recipient in an unknown country, without calling it outside or a third country", () => {
    const f = expectOne("any-transfer-undetermined", to(paypal), "MEDIUM", 'Recipient "PayPal"', '"Payments"', "country is not recorded", "under GDPR");
    expect(f).toMatchObject({ subjectType: "Recipient", subjectId: "rcp_paypal", regime: "GDPR", reference: "GDPR Art 44, Art 30(1)(e)" });
    expect(f.message).not.toMatch(/outside|third country/);
  });
  it("gives one finding for both regimes, citing both", () => {
    const both = record({
      organization: piplOrganization({ subjectJurisdictions: ["CN", "EEA"] }),
      activities: [disclosing([paypal], { legalBases: [claim("GDPR", "A6-1-b"), claim("PIPL", "13-2")] })],
      recipients: [paypal],
    });
    const f = expectOne("any-transfer-undetermined", both, "MEDIUM", "under GDPR and PIPL");
    expect(f).toMatchObject({ regime: null, reference: "GDPR Art 44, Art 30(1)(e); PIPL Art 38" });
  });
  it("cites only the regime under which the transfer is undetermined", () => {
    // The organisation's own storage is no GDPR transfer wherever it is; for PIPL its unknown country leaves it open.
    const own = location({ key: "dc", name: "Own DC", country: "", hosting: "OWN" });
    const rec = record({ organization: piplOrganization({ subjectJurisdictions: ["CN", "EEA"] }), activities: [activity({ legalBases: [claim("GDPR", "A6-1-b"), claim("PIPL", "13-2")], storageLocations: ["dc"] })], storageLocations: [own] });
    const f = expectOne("any-transfer-undetermined", rec, "MEDIUM", "under PIPL");
    expect(f).toMatchObject({ regime: "PIPL", reference: "PIPL Art 38", subjectType: "Location" });
  });
  it("prompts, at LOW, for the hosting of storage outside the EEA", () => {
    const f = expectOne("any-transfer-undetermined", storing([location({ key: "in", name: "Pune DC", country: "IN" })]), "LOW", 'Storage location "Pune DC"', "own infrastructure or a provider's");
    expect(f.regime).toBe("GDPR");
    expectNone("gdpr-transfer-not-covered", storing([location({ key: "in", name: "Pune DC", country: "IN" })]));
  });
  it("does not fire once the country, or the hosting, is recorded", () => {
    expectNone("any-transfer-undetermined", to({ ...paypal, country: "US" }));
    expectNone("any-transfer-undetermined", storing([location({ key: "in", country: "IN", hosting: "OWN" })]));
  });
});

describe("gdpr-derogation-systematic", () => {
  const cloud = provider({ transferMechanisms: [mechanism("GDPR", "A49-1-a")] });
  it("fires on storage covered only by an Art 49 derogation, as not covered", () => {
    expectOne("gdpr-derogation-systematic", storing([cloud]), "HIGH", '"Payments"', '"US cloud"', '"A49-1-a"', "not covered");
    expectNone("gdpr-transfer-not-covered", storing([cloud]));
  });
  it("fires whatever the recipient kind", () => {
    expectOne("gdpr-derogation-systematic", to(recipient({ country: "IN", transferMechanisms: [mechanism("GDPR", "A49-1-b")] })), "HIGH", '"PayCo"');
    expectOne("gdpr-derogation-systematic", to(recipient({ kind: "INDEPENDENT_CONTROLLER", country: "IN", transferMechanisms: [mechanism("GDPR", "A49-1-b")] })), "HIGH", '"PayCo"');
  });
  it("does not fire when an Art 46 tool is recorded too, nor to an adequate country", () => {
    expectNone("gdpr-derogation-systematic", storing([{ ...cloud, transferMechanisms: [mechanism("GDPR", "A49-1-a"), mechanism("GDPR", "A46-2-c")] }]));
    expectNone("gdpr-derogation-systematic", storing([{ ...cloud, country: "JP" }]));
  });
});

describe("gdpr-transfer-partial-adequacy", () => {
  const dpf = recipient({ key: "us", name: "Acme Analytics Inc", country: "US", transferMechanisms: [mechanism("GDPR", "A45-3")] });
  it("fires on the recipient relying on partial adequacy", () => {
    const f = expectOne("gdpr-transfer-partial-adequacy", to(dpf), "INFO", 'Recipient "Acme Analytics Inc"', "Data Privacy Framework");
    expect(f).toMatchObject({ subjectType: "Recipient", subjectId: "rcp_us" });
  });
  it("does not fire when an Art 46 tool is recorded", () => {
    expectNone("gdpr-transfer-partial-adequacy", to({ ...dpf, transferMechanisms: [mechanism("GDPR", "A45-3"), mechanism("GDPR", "A46-2-c")] }));
    expectNone("gdpr-transfer-partial-adequacy", to({ ...dpf, transferMechanisms: [mechanism("GDPR", "A46-2-c"), mechanism("GDPR", "A45-3")] }));
  });
  it("fires on a storage location, with the location as subject", () => {
    const f = expectOne("gdpr-transfer-partial-adequacy", storing([provider({ transferMechanisms: [mechanism("GDPR", "A45-3")] })]), "INFO", 'Storage location "US cloud"');
    expect(f.subjectType).toBe("Location");
  });
  it("does not fire on a fully adequate country, nor where GDPR does not reach", () => {
    expectNone("gdpr-transfer-partial-adequacy", to({ ...dpf, country: "CH" }));
    expectNone("gdpr-transfer-partial-adequacy", record({ organization: organization({ country: "CN", subjectJurisdictions: ["CN"] }), activities: [disclosing([dpf])], recipients: [dpf] }));
  });
});

describe("uk-transfer-not-covered", () => {
  const india = recipient({ key: "in", name: "Bangalore Support", country: "IN" });
  it("fires on a restricted transfer without a UK mechanism", () => {
    const f = expectOne("uk-transfer-not-covered", ukTo(india), "HIGH", 'Recipient "Bangalore Support"', '"IN"', "outside the UK");
    expect(f).toMatchObject({ regime: "UK_GDPR", reference: "UK GDPR Art 44A", subjectId: "rcp_in" });
  });
  it("does not fire with the IDTA or the Addendum, nor to the EEA", () => {
    expectNone("uk-transfer-not-covered", ukTo({ ...india, transferMechanisms: [mechanism("UK_GDPR", "IDTA")] }));
    expectNone("uk-transfer-not-covered", ukTo({ ...india, transferMechanisms: [mechanism("UK_GDPR", "UK-ADDENDUM")] }));
    expectNone("uk-transfer-not-covered", ukTo({ ...india, country: "FR" }));
  });
});

describe("uk-adequacy-not-available", () => {
  const india = recipient({ key: "in", name: "Bangalore Support", country: "IN", transferMechanisms: [mechanism("UK_GDPR", "A45")] });
  it("fires on a UK adequacy claim for a country the regulations do not cover", () => {
    expectOne("uk-adequacy-not-available", ukTo(india), "HIGH", '"Bangalore Support"', '"IN"', "A45");
    expectNone("uk-transfer-not-covered", ukTo(india));
  });
  it("does not fire for a covered country", () => {
    expectNone("uk-adequacy-not-available", ukTo({ ...india, country: "JP" }));
  });
});

describe("uk-derogation-systematic", () => {
  const india = recipient({ key: "in", name: "Bangalore Support", country: "IN", transferMechanisms: [mechanism("UK_GDPR", "A49-1-a")] });
  it("fires on a restricted transfer resting only on an exception", () => {
    expectOne("uk-derogation-systematic", ukTo(india), "HIGH", '"A49-1-a"', "not covered");
  });
  it("does not fire with the IDTA alongside", () => {
    expectNone("uk-derogation-systematic", ukTo({ ...india, transferMechanisms: [mechanism("UK_GDPR", "A49-1-a"), mechanism("UK_GDPR", "IDTA")] }));
  });
});

describe("uk-transfer-partial-adequacy", () => {
  const us = recipient({ key: "us", name: "Yankee Cloud", country: "US", transferMechanisms: [mechanism("UK_GDPR", "A45")] });
  it("fires on the data bridge, to check the importer's certification", () => {
    const f = expectOne("uk-transfer-partial-adequacy", ukTo(us), "INFO", '"Yankee Cloud"', "UK Extension");
    expect(f.subjectType).toBe("Recipient");
  });
  it("does not fire with the IDTA, nor for full adequacy", () => {
    expectNone("uk-transfer-partial-adequacy", ukTo({ ...us, transferMechanisms: [mechanism("UK_GDPR", "A45"), mechanism("UK_GDPR", "IDTA")] }));
    expectNone("uk-transfer-partial-adequacy", ukTo({ ...us, country: "CH" }));
  });
});

describe("transfer rules and records of no transfer regime", () => {
  it("are silent for a Hong Kong data user (PDPO s.33 is not in force)", () => {
    const rec: RecordDocument = storing([location({ key: "sg", country: "SG", hosting: "PROVIDER" })], { organization: organization({ country: "HK", subjectJurisdictions: ["HK"] }) });
    for (const id of ["gdpr-transfer-not-covered", "uk-transfer-not-covered", "any-transfer-undetermined", "pipl-cross-border-no-mechanism"]) expectNone(id, rec);
  });
});
