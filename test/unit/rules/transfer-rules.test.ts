import { describe, expect, it } from "vitest";
import { claim, disclosing, expectNone, expectOne, findingsOf, location, mechanism, organization, piplOrganization, record, recipient } from "./fixture";

const to = (r: ReturnType<typeof recipient>) => record({ activities: [disclosing([r])], recipients: [r] });
const stored = (l: ReturnType<typeof location>) => record({ activities: [{ ...disclosing([]), noRecipients: true, storageLocations: [l.key] }], storageLocations: [l] });

describe("gdpr-transfer-not-covered", () => {
  const us = recipient({ key: "us", name: "Acme Analytics Inc", country: "US" });
  it("fires on a transfer to a non-adequate country without a mechanism", () => {
    const f = expectOne("gdpr-transfer-not-covered", to(us), "HIGH", '"Payments"', '"Acme Analytics Inc"', '"US"');
    expect(f.subjectId).toBe("act_payments");
  });
  it("does not fire with standard contractual clauses recorded", () => {
    expectNone("gdpr-transfer-not-covered", to({ ...us, transferMechanisms: [mechanism("GDPR", "A46-2-c")] }));
  });
  it("does not fire to an adequate country", () => {
    expectNone("gdpr-transfer-not-covered", to({ ...us, country: "JP" }));
  });
  it("gives one finding per destination, with distinct ids", () => {
    const cn = recipient({ key: "cn", name: "Shenzhen Ops", country: "CN" });
    const found = findingsOf("gdpr-transfer-not-covered", record({ activities: [disclosing([us, cn])], recipients: [us, cn] }));
    expect(found.map((f) => f.message).sort()).toEqual([expect.stringContaining('"Acme Analytics Inc"'), expect.stringContaining('"Shenzhen Ops"')]);
    expect(new Set(found.map((f) => f.id)).size).toBe(2);
  });
});

describe("gdpr-adequacy-not-available", () => {
  const hk = recipient({ key: "hk", name: "HK Hosting", country: "HK", transferMechanisms: [mechanism("GDPR", "A45-3")] });
  it("fires when adequacy is claimed for a country that has none", () => {
    expectOne("gdpr-adequacy-not-available", to(hk), "HIGH", '"Payments"', '"HK Hosting"', '"HK"');
  });
  it("does not fire once a real safeguard is recorded alongside", () => {
    expectNone("gdpr-adequacy-not-available", to({ ...hk, transferMechanisms: [mechanism("GDPR", "A46-2-c")] }));
  });
});

describe("any-transfer-undetermined", () => {
  const paypal = recipient({ key: "paypal", name: "PayPal", country: null });
  it("fires on a recipient in an unknown country", () => {
    const f = expectOne("any-transfer-undetermined", to(paypal), "MEDIUM", '"Payments"', '"PayPal"', "unknown country", "GDPR");
    expect(f.regime).toBeNull();
    expect(f.reference).toBe("GDPR Art 30(1)(e); PIPL Art 38");
  });
  it("gives one finding per regime with distinct ids", () => {
    const both = record({ organization: piplOrganization({ subjectJurisdictions: ["CN", "EEA"] }), activities: [disclosing([paypal], { legalBases: [claim("GDPR", "A6-1-b"), claim("PIPL", "13-2")] })], recipients: [paypal] });
    const found = findingsOf("any-transfer-undetermined", both);
    expect(found).toHaveLength(2);
    expect(new Set(found.map((f) => f.id)).size).toBe(2);
    expect(found.map((f) => f.message).join("\n")).toContain("under PIPL");
  });
  it("does not fire once the country is recorded", () => {
    expectNone("any-transfer-undetermined", to({ ...paypal, country: "US" }));
  });
});

describe("gdpr-derogation-systematic", () => {
  const cloud = location({ key: "us", name: "US cloud", country: "US", transferMechanisms: [mechanism("GDPR", "A49-1-a")] });
  it("fires on storage covered only by an Art 49 derogation", () => {
    expectOne("gdpr-derogation-systematic", stored(cloud), "MEDIUM", '"Payments"', '"US cloud"', '"A49-1-a"');
  });
  it("fires on a processor covered only by a derogation", () => {
    expectOne("gdpr-derogation-systematic", to(recipient({ country: "IN", transferMechanisms: [mechanism("GDPR", "A49-1-b")] })), "MEDIUM", '"PayCo"');
  });
  it("does not fire when an Art 46 tool is recorded too", () => {
    expectNone("gdpr-derogation-systematic", stored({ ...cloud, transferMechanisms: [mechanism("GDPR", "A49-1-a"), mechanism("GDPR", "A46-2-c")] }));
  });
  it("does not fire for an independent controller (an occasional transfer may rest on a derogation)", () => {
    expectNone("gdpr-derogation-systematic", to(recipient({ kind: "INDEPENDENT_CONTROLLER", country: "IN", transferMechanisms: [mechanism("GDPR", "A49-1-b")] })));
  });
  it("does not fire to an adequate country", () => {
    expectNone("gdpr-derogation-systematic", stored({ ...cloud, country: "JP" }));
  });
});

describe("gdpr-transfer-partial-adequacy", () => {
  const dpf = recipient({ key: "us", name: "Acme Analytics Inc", country: "US", transferMechanisms: [mechanism("GDPR", "A45-3")] });
  it("fires on the recipient relying on partial adequacy", () => {
    const f = expectOne("gdpr-transfer-partial-adequacy", to(dpf), "INFO", 'Recipient "Acme Analytics Inc"', "Data Privacy Framework");
    expect(f.subjectType).toBe("Recipient");
    expect(f.subjectId).toBe("rcp_us");
  });
  it("does not fire when an Art 46 tool is recorded", () => {
    expectNone("gdpr-transfer-partial-adequacy", to({ ...dpf, transferMechanisms: [mechanism("GDPR", "A45-3"), mechanism("GDPR", "A46-2-c")] }));
    expectNone("gdpr-transfer-partial-adequacy", to({ ...dpf, transferMechanisms: [mechanism("GDPR", "A46-2-c"), mechanism("GDPR", "A45-3")] }));
  });
  it("fires on a storage location, with the location as subject", () => {
    const f = expectOne("gdpr-transfer-partial-adequacy", stored(location({ key: "us", name: "US cloud", country: "US", transferMechanisms: [mechanism("GDPR", "A45-3")] })), "INFO", 'Storage location "US cloud"');
    expect(f.subjectType).toBe("Location");
  });
  it("does not fire on a fully adequate country", () => {
    expectNone("gdpr-transfer-partial-adequacy", to({ ...dpf, country: "CA" }));
  });
  it("does not fire where GDPR does not reach", () => {
    expectNone("gdpr-transfer-partial-adequacy", record({ organization: organization({ country: "CN", subjectJurisdictions: ["CN"] }), activities: [disclosing([dpf])], recipients: [dpf] }));
  });
});
