import { describe, expect, it } from "vitest";
import { claim, disclosing, expectNone, expectOne, findingsOf, mechanism, organization, piplOrganization, record, recipient, disclosure } from "./fixture";

const to = (rs: ReturnType<typeof recipient>[], disclosed = rs) => record({ activities: [disclosing(disclosed)], recipients: rs });

describe("gdpr-processor-no-dpa", () => {
  it("fires on a processor with no DPA", () => {
    const f = expectOne("gdpr-processor-no-dpa", to([recipient({ dpa: { status: "NONE" } })]), "HIGH", 'Processor "PayCo"', "no data processing agreement");
    expect(f.subjectType).toBe("Recipient");
    expect(f.subjectId).toBe("rcp_psp");
  });
  it("asks at MEDIUM, with its own message, when the DPA status is unknown", () => {
    expectOne("gdpr-processor-no-dpa", to([recipient({ dpa: { status: "UNKNOWN" } })]), "MEDIUM", '"PayCo"', "does not say", "unknown");
  });
  it("goes by the recorded role: a processor by role is judged whatever its kind", () => {
    expectOne("gdpr-processor-no-dpa", to([recipient({ kind: "THIRD_PARTY", role: "PROCESSOR", dpa: { status: "NONE" } })]), "HIGH", '"PayCo"');
  });
  it("needs no DPA from a recipient whose role is independent controller, whatever its kind", () => {
    expectNone("gdpr-processor-no-dpa", to([recipient({ kind: "PROCESSOR", role: "INDEPENDENT_CONTROLLER", dpa: { status: "NONE" } })]));
    expectNone("gdpr-processor-no-dpa", to([recipient({ kind: "PROCESSOR", role: "JOINT_CONTROLLER", dpa: { status: "NONE" } })]));
  });
  it("fires on a sub-processor reached through its parent", () => {
    const parent = recipient();
    const sub = recipient({ key: "sub", name: "CloudCo", kind: "SUB_PROCESSOR", parent: parent.key, dpa: { status: "NONE" } });
    expectOne("gdpr-processor-no-dpa", to([parent, sub], [parent]), "HIGH", 'Sub-processor "CloudCo"');
  });
  it("does not fire once the DPA is signed", () => {
    expectNone("gdpr-processor-no-dpa", to([recipient({ dpa: { status: "SIGNED" } })]));
  });
  it("does not fire for an independent controller, nor for a processor no activity discloses to", () => {
    expectNone("gdpr-processor-no-dpa", to([recipient({ kind: "INDEPENDENT_CONTROLLER", dpa: { status: "NONE" } })]));
    expectNone("gdpr-processor-no-dpa", to([recipient({ dpa: { status: "NONE" } })], []));
  });
  it("does not fire when GDPR reaches none of the disclosing activities", () => {
    const r = recipient({ dpa: { status: "NONE" } });
    expectNone("gdpr-processor-no-dpa", record({ organization: organization({ country: "CN", subjectJurisdictions: ["CN"] }), activities: [disclosing([r])], recipients: [r] }));
  });
});

describe("gdpr-processor-dpa-unverified", () => {
  it("fires on a DPA that is only claimed", () => {
    expectOne("gdpr-processor-dpa-unverified", to([recipient({ dpa: { status: "CLAIMED" } })]), "LOW", '"PayCo"', "not been verified");
  });
  it("does not fire on a signed DPA", () => {
    expectNone("gdpr-processor-dpa-unverified", to([recipient({ dpa: { status: "SIGNED" } })]));
  });
});

describe("gdpr-subprocessor-no-mechanism", () => {
  const parent = recipient({ key: "proc", name: "PayCo", country: "US", transferMechanisms: [mechanism("GDPR", "A46-2-c")] });
  const sub = recipient({ key: "sub", name: "Offshore Support", kind: "SUB_PROCESSOR", country: "IN", parent: "proc" });
  it("fires on a sub-processor in a third country without a mechanism, naming it and its parent", () => {
    const f = expectOne("gdpr-subprocessor-no-mechanism", to([parent, sub], [parent]), "HIGH", 'Sub-processor "Offshore Support"', '"PayCo"', '"IN"', '"Payments"');
    expect(f.subjectId).toBe("rcp_sub");
  });
  it("leaves a sub-processor in an unknown country to any-transfer-undetermined (an unknown is no breach)", () => {
    const rec = to([parent, { ...sub, country: null }], [parent]);
    expectNone("gdpr-subprocessor-no-mechanism", rec);
    expectOne("any-transfer-undetermined", rec, "MEDIUM", '"Offshore Support"', "country is not recorded");
  });
  it("does not fire once the sub-processor is covered", () => {
    expectNone("gdpr-subprocessor-no-mechanism", to([parent, { ...sub, transferMechanisms: [mechanism("GDPR", "A46-2-c")] }], [parent]));
  });
  it("does not fire for a directly disclosed recipient (that is gdpr-transfer-not-covered)", () => {
    expectNone("gdpr-subprocessor-no-mechanism", to([{ ...sub, parent: null }]));
  });
  it("gives one finding per sub-processor even when reached twice", () => {
    expect(findingsOf("gdpr-subprocessor-no-mechanism", to([parent, sub], [parent, sub]))).toHaveLength(1);
  });
});

describe("any-category-recipient-sensitive", () => {
  const ads = recipient({ key: "ads", name: "Ad networks", kind: "THIRD_PARTY", role: "JOINT_CONTROLLER", named: false, category: "advertising", country: "CN" });
  const withCategories = (r: ReturnType<typeof recipient>, categories: string[], org = piplOrganization()) =>
    record({ organization: org, activities: [disclosing([r], { legalBases: [claim("PIPL", "13-2")], dataCategories: ["user.contact.email"], disclosures: [disclosure(r, categories)] })], recipients: [r] });
  it("fires under PIPL on an unnamed other handler given sensitive data, citing only PIPL Art 23", () => {
    const f = expectOne("any-category-recipient-sensitive", withCategories(ads, ["user.financial.bank_account"]), "MEDIUM", 'Recipient "Ad networks"', '"user.financial.bank_account"', "Art 23");
    expect(f.regime).toBe("PIPL");
    expect(f.reference).toBe("PIPL Art 23");
    expect(f.subjectType).toBe("Recipient");
  });
  it("is no GDPR finding: GDPR Art 13(1)(e) allows categories of recipients", () => {
    expectNone("any-category-recipient-sensitive", withCategories(ads, ["user.financial.bank_account"], organization()));
  });
  it("does not fire once the recipient is named, nor for an unnamed processor", () => {
    expectNone("any-category-recipient-sensitive", withCategories({ ...ads, named: true }, ["user.financial.bank_account"]));
    expectNone("any-category-recipient-sensitive", withCategories({ ...ads, role: "PROCESSOR" }, ["user.financial.bank_account"]));
  });
  it("does not fire when only ordinary data is given (that is pipl-provision-recipient-unnamed)", () => {
    expectNone("any-category-recipient-sensitive", withCategories(ads, ["user.contact.email"]));
    expectOne("pipl-provision-recipient-unnamed", withCategories(ads, ["user.contact.email"]), "MEDIUM", '"Ad networks"');
  });
});
