import { describe, expect, it } from "vitest";
import { activity, expectNone, expectOne, findingsOf, organization, piplRecord, record, recipient, disclosing } from "./fixture";

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
  it("fires when no DPO is recorded", () => {
    expectOne("gdpr-art30-dpo", record({ organization: organization({ dpo: null }) }), "LOW", 'Organisation "Acme"', "no data protection officer");
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
  it("fires for a controller outside the EEA that GDPR reaches and that has no representative", () => {
    expectOne("gdpr-art27-representative", record({ organization: outside }), "MEDIUM", 'Organisation "Acme"', '"CN"', "no representative");
  });
  it("does not fire once a representative in the EEA is recorded", () => {
    expectNone("gdpr-art27-representative", record({ organization: { ...outside, representative: { name: "EU Rep GmbH", email: null, country: "IE" } } }));
    expectNone("gdpr-art27-representative", record({ organization: { ...outside, representative: { name: "EU Rep GmbH", email: null, country: null } } }));
  });
  it("fires when the representative is itself outside the EEA", () => {
    expectOne("gdpr-art27-representative", record({ organization: { ...outside, representative: { name: "Rep Ltd", email: null, country: "HK" } } }), "MEDIUM", '"Rep Ltd"', '"HK"');
  });
  it("does not fire for a controller in the EEA or of unknown country", () => {
    expectNone("gdpr-art27-representative", record());
    expectNone("gdpr-art27-representative", record({ organization: organization({ country: null }) }));
  });
  it("does not fire when GDPR does not reach the controller", () => {
    expectNone("gdpr-art27-representative", record({ organization: organization({ country: "CN", subjectJurisdictions: ["CN"] }) }));
  });
});
