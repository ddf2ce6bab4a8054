import { describe, expect, it } from "vitest";
import { claim, expectNone, expectOne, findingsOf, location, mechanism, piplActivity, piplOrganization, piplRecord, piplStatement, record, activity, recipient, disclosing, disclosure } from "./fixture";

const pipl = (over: Parameters<typeof piplActivity>[0], rest: Parameters<typeof piplRecord>[0] = {}) => piplRecord({ activities: [piplActivity(over)], ...rest });

describe("pipl-sensitive-no-separate-consent", () => {
  const sensitive = { dataCategories: ["user.contact.email", "user.financial.bank_account", "user.government_id"], legalBases: [claim("PIPL", "13-1", { consentMechanism: "EXPLICIT" })] };
  it("fires on sensitive personal information resting on consent without separate consent, naming the categories", () => {
    expectOne("pipl-sensitive-no-separate-consent", pipl(sensitive), "HIGH", '"Payments"', '"user.financial.bank_account"', '"user.government_id"', "Art 29");
  });
  it("does not name ordinary categories", () => {
    const [f] = findingsOf("pipl-sensitive-no-separate-consent", pipl(sensitive));
    expect(f.message).not.toContain("user.contact.email");
  });
  it("fires on an activity with no PIPL basis at all", () => {
    expectOne("pipl-sensitive-no-separate-consent", pipl({ ...sensitive, legalBases: [] }), "HIGH", '"Payments"');
  });
  it("does not fire with a PIPL 29 claim", () => {
    expectNone("pipl-sensitive-no-separate-consent", pipl({ ...sensitive, legalBases: [claim("PIPL", "13-1", { consentMechanism: "EXPLICIT" }), claim("PIPL", "29")] }));
  });
  it("does not fire where a basis other than consent covers the processing (PIPL Art 13 para 2)", () => {
    for (const code of ["13-2", "13-3", "13-7"]) expectNone("pipl-sensitive-no-separate-consent", pipl({ ...sensitive, legalBases: [claim("PIPL", code)] }));
  });
  it("adds that a guardian must consent for children under 14", () => {
    expectOne("pipl-sensitive-no-separate-consent", pipl({ ...sensitive, ageBands: ["UNDER_13"] }), "HIGH", "parent or guardian");
  });
  it("leaves data sensitive only as children's data to the Art 31 rule", () => {
    expectNone("pipl-sensitive-no-separate-consent", pipl({ legalBases: [claim("PIPL", "13-1")], ageBands: ["AGE_13"] }));
  });
  it("does not fire on GDPR special category only, nor where PIPL does not reach", () => {
    expectNone("pipl-sensitive-no-separate-consent", pipl({ dataCategories: ["user.health_and_medical"], legalBases: [claim("PIPL", "13-1")] }));
    expectNone("pipl-sensitive-no-separate-consent", record({ activities: [activity(sensitive)] }));
  });
});

describe("pipl-sensitive-no-impact-assessment", () => {
  const sensitive = { dataCategories: ["user.location.precise"] };
  it("fires on sensitive personal information without an impact assessment, whatever the basis", () => {
    expectOne("pipl-sensitive-no-impact-assessment", pipl(sensitive), "MEDIUM", '"Payments"', '"user.location.precise"', "impact assessment");
  });
  it("treats all personal information of children under 14 as sensitive", () => {
    expectOne("pipl-sensitive-no-impact-assessment", pipl({ ageBands: ["UNDER_13", "ADULT"] }), "MEDIUM", "children under 14");
  });
  it("does not fire once a PIPL claim carries an assessment", () => {
    expectNone("pipl-sensitive-no-impact-assessment", pipl({ ...sensitive, legalBases: [claim("PIPL", "13-2"), claim("PIPL", "29", { assessment: "PIA-7" })] }));
  });
  it("does not fire once the activity records its impact assessment", () => {
    expectNone("pipl-sensitive-no-impact-assessment", pipl({ ...sensitive, impactAssessment: "PIA register #4" }));
  });
  it("does not fire for children aged 14 or over", () => {
    expectNone("pipl-sensitive-no-impact-assessment", pipl({ ageBands: ["AGE_14_TO_15", "AGE_16_TO_17"] }));
  });
});

describe("pipl-sensitive-no-necessity-notice", () => {
  const sensitive = { dataCategories: ["user.biometric.fingerprint"] };
  it("prompts where the record holds no statement on sensitive data", () => {
    expectOne("pipl-sensitive-no-necessity-notice", pipl(sensitive), "LOW", '"Payments"', '"user.biometric.fingerprint"', "Art 30");
  });
  it("is graver where the record's statement denies processing sensitive data", () => {
    const rest = { statements: [piplStatement("SENSITIVE_DATA", "Says it processes no sensitive personal information.")] };
    expectOne("pipl-sensitive-no-necessity-notice", pipl(sensitive, rest), "MEDIUM", "says there is none");
  });
  it("does not fire once a statement tells the necessity and effect", () => {
    const rest = { statements: [piplStatement("SENSITIVE_DATA", "Fingerprints are needed to unlock the locker; refusing means a PIN is used instead.")] };
    expectNone("pipl-sensitive-no-necessity-notice", pipl(sensitive, rest));
  });
  it("does not fire without sensitive data", () => {
    expectNone("pipl-sensitive-no-necessity-notice", pipl({}));
  });
});

describe("pipl-minors-no-parental-consent", () => {
  const consent = [claim("PIPL", "13-1", { consentMechanism: "EXPLICIT" })];
  it("fires on children under 14 whose data rests on consent", () => {
    expectOne("pipl-minors-no-parental-consent", pipl({ ageBands: ["UNDER_13"], legalBases: consent }), "HIGH", '"Payments"', '"UNDER_13"', "Art 31");
  });
  it("counts 13-year-olds as under 14", () => {
    expectOne("pipl-minors-no-parental-consent", pipl({ ageBands: ["AGE_13", "ADULT"], legalBases: consent }), "HIGH", '"AGE_13"');
  });
  it("prompts at a lower severity on the data subject child whose ages are not recorded", () => {
    expectOne("pipl-minors-no-parental-consent", pipl({ dataSubjects: ["customer", "child"], legalBases: consent }), "MEDIUM", '"Payments"', '"child"', "without recording their ages");
  });
  it("prompts on a category within user.childrens whose ages are not recorded", () => {
    expectOne("pipl-minors-no-parental-consent", pipl({ dataCategories: ["user.childrens.age"], legalBases: [] }), "MEDIUM", '"user.childrens.age"');
  });
  it("does not fire with a 31 claim, nor when the organisation records parental consent", () => {
    expectNone("pipl-minors-no-parental-consent", pipl({ ageBands: ["UNDER_13"], legalBases: [...consent, claim("PIPL", "31")] }));
    expectNone("pipl-minors-no-parental-consent", piplRecord({ organization: piplOrganization({ parentalConsent: true }), activities: [piplActivity({ ageBands: ["UNDER_13"], legalBases: consent })] }));
  });
  it("does not fire where a basis other than consent covers the processing (PIPL Art 13 para 2)", () => {
    expectNone("pipl-minors-no-parental-consent", pipl({ ageBands: ["UNDER_13"], legalBases: [claim("PIPL", "13-3")] }));
  });
  it("does not fire when the ages recorded are all 14 or over", () => {
    expectNone("pipl-minors-no-parental-consent", pipl({ dataSubjects: ["child"], ageBands: ["AGE_14_TO_15"], legalBases: consent }));
  });
  it("does not fire without children, nor where PIPL does not reach", () => {
    expectNone("pipl-minors-no-parental-consent", pipl({ dataSubjects: ["customer"], dataCategories: ["user.childrensize"], legalBases: consent }));
    expectNone("pipl-minors-no-parental-consent", record({ activities: [activity({ dataSubjects: ["child"], ageBands: ["UNDER_13"] })] }));
  });
});

describe("pipl-minors-no-dedicated-rules", () => {
  it("fires on children under 14 with no statement on children", () => {
    expectOne("pipl-minors-no-dedicated-rules", pipl({ ageBands: ["UNDER_13"] }), "MEDIUM", '"Payments"', "dedicated rules");
  });
  it("fires when the only statement on children denies taking their data", () => {
    const rest = { statements: [piplStatement("CHILDREN", "Does not knowingly collect data from under-18s.")] };
    expectOne("pipl-minors-no-dedicated-rules", pipl({ ageBands: ["AGE_13"] }, rest), "MEDIUM", "does not take their data");
  });
  it("does not fire once dedicated rules are stated, nor for children of 14 and over", () => {
    const rest = { statements: [piplStatement("CHILDREN", "Children's accounts are set up by a guardian, who sees and can erase all their data.")] };
    expectNone("pipl-minors-no-dedicated-rules", pipl({ ageBands: ["UNDER_13"] }, rest));
    expectNone("pipl-minors-no-dedicated-rules", pipl({ ageBands: ["AGE_14_TO_15"] }));
  });
});

describe("pipl-consent-by-continued-use and pipl-consent-opt-out beside another basis", () => {
  it("are less grave where a basis other than consent also covers the activity", () => {
    const f = expectOne("pipl-consent-by-continued-use", pipl({ legalBases: [claim("PIPL", "13-2"), claim("PIPL", "13-1", { consentMechanism: "CONTINUED_USE" })] }), "MEDIUM", '"13-2"', "basis other than consent");
    expect(f.reference).toBe("PIPL Art 14(1)");
    expectOne("pipl-consent-opt-out", pipl({ legalBases: [claim("PIPL", "13-3"), claim("PIPL", "13-1", { consentMechanism: "OPT_OUT" })] }), "MEDIUM", '"13-3"');
  });
  it("stay HIGH when the invalid consent is all the activity stands on", () => {
    expectOne("pipl-consent-by-continued-use", pipl({ legalBases: [claim("PIPL", "13-1", { consentMechanism: "CONTINUED_USE" })] }), "HIGH", "no basis other than consent");
    expectOne("pipl-consent-opt-out", pipl({ legalBases: [claim("PIPL", "13-1", { consentMechanism: "OPT_OUT" })] }), "HIGH");
  });
});

describe("PIPL rules and disclosures", () => {
  it("leave an activity disclosing to a recipient in mainland China alone", () => {
    const r = recipient({ country: "CN" });
    const rec = piplRecord({ activities: [disclosing([r], { legalBases: [claim("PIPL", "13-2")] })], recipients: [r] });
    for (const id of ["pipl-cross-border-no-mechanism", "pipl-cross-border-no-separate-consent", "pipl-cross-border-no-impact-assessment"]) expectNone(id, rec);
  });
});
