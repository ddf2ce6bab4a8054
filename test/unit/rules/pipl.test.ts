import { describe, expect, it } from "vitest";
import { activity, claim, expectNone, expectOne, findingsOf, piplActivity, piplRecord, record } from "./fixture";

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
