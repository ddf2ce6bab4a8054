import { describe, expect, it } from "vitest";
import { claim, expectNone, expectOne, findingsOf, location, mechanism, piplActivity, piplRecord, record, activity, recipient, disclosing, disclosure } from "./fixture";

const pipl = (over: Parameters<typeof piplActivity>[0], rest: Parameters<typeof piplRecord>[0] = {}) => piplRecord({ activities: [piplActivity(over)], ...rest });

describe("pipl-sensitive-no-separate-consent", () => {
  const sensitive = { dataCategories: ["user.contact.email", "user.financial.bank_account", "user.government_id"] };
  it("fires on sensitive personal information without separate consent, naming the categories", () => {
    expectOne("pipl-sensitive-no-separate-consent", pipl(sensitive), "HIGH", '"Payments"', '"user.financial.bank_account"', '"user.government_id"');
  });
  it("does not name ordinary categories", () => {
    const [f] = findingsOf("pipl-sensitive-no-separate-consent", pipl(sensitive));
    expect(f.message).not.toContain("user.contact.email");
  });
  it("does not fire with a PIPL 29 claim", () => {
    expectNone("pipl-sensitive-no-separate-consent", pipl({ ...sensitive, legalBases: [claim("PIPL", "13-1", { consentMechanism: "EXPLICIT" }), claim("PIPL", "29")] }));
  });
  it("does not fire on GDPR special category only, nor where PIPL does not reach", () => {
    expectNone("pipl-sensitive-no-separate-consent", pipl({ dataCategories: ["user.health_and_medical"] }));
    expectNone("pipl-sensitive-no-separate-consent", record({ activities: [activity(sensitive)] }));
  });
});

describe("pipl-sensitive-no-impact-assessment", () => {
  const sensitive = { dataCategories: ["user.location.precise"] };
  it("fires on sensitive personal information without an impact assessment", () => {
    expectOne("pipl-sensitive-no-impact-assessment", pipl(sensitive), "MEDIUM", '"Payments"', '"user.location.precise"', "impact assessment");
  });
  it("does not fire once a PIPL claim carries an assessment", () => {
    expectNone("pipl-sensitive-no-impact-assessment", pipl({ ...sensitive, legalBases: [claim("PIPL", "13-2"), claim("PIPL", "29", { assessment: "PIA-7" })] }));
  });
});

describe("pipl-cross-border-no-mechanism", () => {
  const hk = location({ key: "hk", name: "Hong Kong servers", country: "HK" });
  it("fires on storage in Hong Kong without a mechanism, with the destination as detail", () => {
    const f = expectOne("pipl-cross-border-no-mechanism", pipl({ storageLocations: ["hk"] }, { storageLocations: [hk] }), "HIGH", '"Payments"', '"Hong Kong servers"', '"HK"');
    expect(f.subjectId).toBe("act_payments");
  });
  it("gives distinct findings per destination", () => {
    const sg = location({ key: "sg", name: "Singapore", country: "SG" });
    const found = findingsOf("pipl-cross-border-no-mechanism", pipl({ storageLocations: ["hk", "sg"] }, { storageLocations: [hk, sg] }));
    expect(found).toHaveLength(2);
    expect(new Set(found.map((f) => f.id)).size).toBe(2);
  });
  it("does not fire once the CAC standard contract is recorded", () => {
    expectNone("pipl-cross-border-no-mechanism", pipl({ storageLocations: ["hk"] }, { storageLocations: [{ ...hk, transferMechanisms: [mechanism("PIPL", "38-3")] }] }));
  });
  it("does not fire for storage in mainland China", () => {
    expectNone("pipl-cross-border-no-mechanism", pipl({ storageLocations: ["sz"] }, { storageLocations: [location({ key: "sz", country: "CN" })] }));
  });
});

describe("pipl-cross-border-no-separate-consent", () => {
  const psp = recipient({ key: "paypal", name: "PayPal", country: "US", transferMechanisms: [mechanism("PIPL", "38-3")] });
  it("fires on any cross-border provision (even covered) without a 39 consent", () => {
    expectOne("pipl-cross-border-no-separate-consent", pipl({ noRecipients: false, disclosures: [disclosure(psp)] }, { recipients: [psp] }), "HIGH", '"Payments"', '"PayPal"', "Art 39");
  });
  it("does not fire with a 39 claim", () => {
    const a = { noRecipients: false, disclosures: [disclosure(psp)], legalBases: [claim("PIPL", "13-2"), claim("PIPL", "39")] };
    expectNone("pipl-cross-border-no-separate-consent", pipl(a, { recipients: [psp] }));
  });
  it("does not fire for a recipient in mainland China", () => {
    const cn = { ...psp, country: "CN" };
    expectNone("pipl-cross-border-no-separate-consent", pipl({ noRecipients: false, disclosures: [disclosure(cn)] }, { recipients: [cn] }));
  });
});

describe("pipl-cross-border-no-impact-assessment", () => {
  const hk = location({ key: "hk", name: "Hong Kong servers", country: "HK", transferMechanisms: [mechanism("PIPL", "38-3")] });
  it("fires on a cross-border provision without an impact assessment", () => {
    expectOne("pipl-cross-border-no-impact-assessment", pipl({ storageLocations: ["hk"] }, { storageLocations: [hk] }), "MEDIUM", '"Payments"', '"Hong Kong servers"');
  });
  it("does not fire once an assessment is recorded", () => {
    expectNone(
      "pipl-cross-border-no-impact-assessment",
      pipl({ storageLocations: ["hk"], legalBases: [claim("PIPL", "13-2"), claim("PIPL", "39", { assessment: "PIA-2025" })] }, { storageLocations: [hk] }),
    );
  });
});

describe("pipl-minors-no-parental-consent", () => {
  it("fires on the data subject child", () => {
    expectOne("pipl-minors-no-parental-consent", pipl({ dataSubjects: ["customer", "child"] }), "HIGH", '"Payments"', '"child"', "Art 31");
  });
  it("fires on a category within user.childrens", () => {
    expectOne("pipl-minors-no-parental-consent", pipl({ dataCategories: ["user.childrens.age"] }), "HIGH", '"user.childrens.age"');
  });
  it("does not fire with a 31 claim", () => {
    expectNone("pipl-minors-no-parental-consent", pipl({ dataSubjects: ["child"], legalBases: [claim("PIPL", "13-1", { consentMechanism: "EXPLICIT" }), claim("PIPL", "31")] }));
  });
  it("does not fire without children, nor where PIPL does not reach", () => {
    expectNone("pipl-minors-no-parental-consent", pipl({ dataSubjects: ["customer"], dataCategories: ["user.childrensize"] }));
    expectNone("pipl-minors-no-parental-consent", record({ activities: [activity({ dataSubjects: ["child"] })] }));
  });
});

describe("PIPL rules and disclosures", () => {
  it("leave an activity disclosing to a recipient in mainland China alone", () => {
    const r = recipient({ country: "CN" });
    const rec = piplRecord({ activities: [disclosing([r], { legalBases: [claim("PIPL", "13-2")] })], recipients: [r] });
    for (const id of ["pipl-cross-border-no-mechanism", "pipl-cross-border-no-separate-consent", "pipl-cross-border-no-impact-assessment"]) expectNone(id, rec);
  });
});
