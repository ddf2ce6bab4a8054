import { describe, expect, it } from "vitest";
import { activity, claim, expectNone, expectOne, organization, piplRecord, record, recipient, disclosing } from "./fixture";

describe("Art 30(1) activity completeness", () => {
  const cases: [string, Parameters<typeof activity>[0], string][] = [
    ["gdpr-art30-purposes", { purposes: [] }, "no purposes"],
    ["gdpr-art30-data-subjects", { dataSubjects: [] }, "no categories of data subjects"],
    ["gdpr-art30-data-categories", { dataCategories: [] }, "no categories of personal data"],
    ["gdpr-art30-retention", { retention: null }, "no retention period or rule"],
    ["gdpr-art30-security", { securityMeasures: [] }, "no security measures"],
  ];
  for (const [rule, broken, text] of cases) {
    describe(rule, () => {
      it("fires on an activity that lacks it, naming the activity", () => {
        const f = expectOne(rule, record({ activities: [activity(broken)] }), "MEDIUM", '"Payments"', text);
        expect(f.regime).toBe("GDPR");
        expect(f.subjectType).toBe("ProcessingActivity");
        expect(f.subjectId).toBe("act_payments");
      });
      it("does not fire on the complete activity", () => {
        expectNone(rule, record());
      });
      it("does not fire where GDPR does not reach", () => {
        expectNone(rule, piplRecord({ activities: [activity(broken)] }));
      });
    });
  }

  it("gdpr-art30-purposes falls back to the key when the name is blank", () => {
    expectOne("gdpr-art30-purposes", record({ activities: [activity({ name: "", purposes: [] })] }), "MEDIUM", '"payments"');
  });

  it("follows the activity's own subject jurisdictions over the organisation's", () => {
    const cn = organization({ country: "CN", subjectJurisdictions: ["CN"] });
    expectOne("gdpr-art30-purposes", record({ organization: cn, activities: [activity({ purposes: [], subjectJurisdictions: ["FR"] })] }), "MEDIUM");
    expectNone("gdpr-art30-purposes", record({ organization: cn, activities: [activity({ purposes: [] })] }));
  });
});

describe("gdpr-art30-recipients", () => {
  it("fires when nothing is disclosed and the record does not say so", () => {
    expectOne("gdpr-art30-recipients", record({ activities: [activity({ noRecipients: false })] }), "LOW", '"Payments"', "no recipients");
  });
  it("does not fire when the activity says it discloses to no one", () => {
    expectNone("gdpr-art30-recipients", record({ activities: [activity({ noRecipients: true })] }));
  });
  it("does not fire when a recipient is recorded", () => {
    const r = recipient();
    expectNone("gdpr-art30-recipients", record({ activities: [disclosing([r])], recipients: [r] }));
  });
});

describe("gdpr-art30-controller-contact", () => {
  it("fires on the organisation when neither email nor address is recorded", () => {
    const f = expectOne(
      "gdpr-art30-controller-contact",
      record({ organization: organization({ contactEmail: null, postalAddress: null }) }),
      "MEDIUM",
      'Organisation "Acme"',
      "neither a contact email nor a postal address",
    );
    expect(f.subjectType).toBe("Organization");
    expect(f.subjectId).toBe("org_1");
  });
  it("does not fire when either is recorded", () => {
    expectNone("gdpr-art30-controller-contact", record({ organization: organization({ contactEmail: null }) }));
    expectNone("gdpr-art30-controller-contact", record({ organization: organization({ postalAddress: null }) }));
  });
  it("does not fire when GDPR reaches no activity", () => {
    expectNone("gdpr-art30-controller-contact", piplRecord({ organization: organization({ country: "CN", subjectJurisdictions: ["CN"], contactEmail: null, postalAddress: null }) }));
  });
});

describe("gdpr-art30-dpo", () => {
  it("asks, at LOW, to confirm whether Art 37 requires a DPO when none is recorded and the facts do not show it", () => {
    const f = expectOne("gdpr-art30-dpo", record({ organization: organization({ dpo: null }) }), "LOW", 'Organisation "Acme"', "no data protection officer", "does not show whether Art 37(1) requires one");
    expect(f.reference).toBe("GDPR Art 37(1), Art 30(1)(a)");
  });
  it("fires at MEDIUM when special-category data of 100,000 people or more a year shows Art 37(1)(c)", () => {
    const health = activity({ dataCategories: ["user.health_and_medical"], legalBases: [claim("GDPR", "A6-1-b"), claim("GDPR", "A9-2-h")], sensitiveIndividualsPerYear: "FROM_100K_TO_1M" });
    expectOne("gdpr-art30-dpo", record({ organization: organization({ dpo: null }), activities: [health] }), "MEDIUM", '"Payments"', "100,000 to 1 million", "Art 37(1)(c)");
  });
  it("fires at MEDIUM when advertising trackers follow over a million people a year (Art 37(1)(b))", () => {
    const ads = activity({ trackers: [{ kind: "PIXEL", name: "Ads pixel", purpose: "ADVERTISING", consent: "OPT_IN", recipient: null }], individualsPerYear: "OVER_1M" });
    expectOne("gdpr-art30-dpo", record({ organization: organization({ dpo: null }), activities: [ads] }), "MEDIUM", "Art 37(1)(b)");
  });
  it("does not count small-scale special-category data as grounds", () => {
    const health = activity({ dataCategories: ["user.health_and_medical"], sensitiveIndividualsPerYear: "UNDER_10K" });
    expectOne("gdpr-art30-dpo", record({ organization: organization({ dpo: null }), activities: [health] }), "LOW");
  });
  it("does not fire when a DPO is recorded", () => {
    expectNone("gdpr-art30-dpo", record());
  });
  it("does not fire when GDPR reaches nothing", () => {
    expectNone("gdpr-art30-dpo", piplRecord({ organization: organization({ country: "CN", subjectJurisdictions: ["CN"], dpo: null }) }));
  });
});

describe("gdpr-art27-representative", () => {
  const outside = organization({ country: "CN", subjectJurisdictions: ["EEA", "CN"] });
  const rep = (country: string | null) => ({ name: "EU Rep GmbH", email: null, country });
  it("fires for a controller outside the EEA that GDPR reaches and that has no representative", () => {
    expectOne("gdpr-art27-representative", record({ organization: outside }), "MEDIUM", 'Organisation "Acme"', '"CN"', "no representative");
  });
  it("does not fire once a representative in the EEA is recorded", () => {
    expectNone("gdpr-art27-representative", record({ organization: { ...outside, representative: rep("IE") } }));
  });
  it("asks at LOW where a representative is recorded without a country", () => {
    expectOne("gdpr-art27-representative", record({ organization: { ...outside, representative: rep(null) } }), "LOW", '"EU Rep GmbH"', "without a country", "not known");
  });
  it("fires when the representative is itself outside the EEA", () => {
    expectOne("gdpr-art27-representative", record({ organization: { ...outside, representative: { name: "Rep Ltd", email: null, country: "HK" } } }), "MEDIUM", '"Rep Ltd"', '"HK"');
  });
  it("fires when the representative is in a member state where none of the people are (Art 27(3))", () => {
    const org = organization({ country: "US", subjectJurisdictions: ["FR", "DE"], representative: rep("IE") });
    expectOne("gdpr-art27-representative", record({ organization: org }), "MEDIUM", '"IE"', '"FR" and "DE"', "Art 27(3)");
    expectNone("gdpr-art27-representative", record({ organization: { ...org, representative: rep("DE") } }));
  });
  it("does not fire for a controller with an establishment in the EEA besides its home country (Art 3(1))", () => {
    expectNone("gdpr-art27-representative", record({ organization: { ...outside, establishments: ["NL"] } }));
  });
  it("does not fire for a controller in the EEA or of unknown country", () => {
    expectNone("gdpr-art27-representative", record());
    expectNone("gdpr-art27-representative", record({ organization: organization({ country: null }) }));
  });
  it("does not fire when GDPR does not reach the controller", () => {
    expectNone("gdpr-art27-representative", record({ organization: organization({ country: "CN", subjectJurisdictions: ["CN"] }) }));
  });
});
