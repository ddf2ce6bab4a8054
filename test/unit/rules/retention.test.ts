import { describe, expect, it } from "vitest";
import { activity, expectNone, expectOne, organization, record } from "./fixture";

describe("any-retention-open-ended", () => {
  it("fires on retention until account closure with no maximum", () => {
    const f = expectOne("any-retention-open-ended", record({ activities: [activity({ retention: { period: null, trigger: "ACCOUNT_CLOSURE", description: null, evidence: [] } })] }), "LOW", '"Payments"', "until the account is closed");
    // Only GDPR reaches this EEA controller, so only GDPR is cited.
    expect(f.regime).toBe("GDPR");
    expect(f.reference).toBe("GDPR Art 5(1)(e)");
  });
  it("cites PIPL alone for a controller only PIPL reaches", () => {
    const org = organization({ country: "CN", subjectJurisdictions: ["CN"] });
    const f = expectOne("any-retention-open-ended", record({ organization: org, activities: [activity({ retention: { period: null, trigger: "ACCOUNT_CLOSURE", description: null, evidence: [] } })] }), "LOW", '"Payments"');
    expect([f.regime, f.reference]).toEqual(["PIPL", "PIPL Art 19"]);
  });
  it("cites every regime reaching the activity, and stays quiet where none does", () => {
    const open = { period: null, trigger: "ACCOUNT_CLOSURE" as const, description: null, evidence: [] };
    const both = expectOne("any-retention-open-ended", record({ organization: organization({ subjectJurisdictions: ["EEA", "GB"] }), activities: [activity({ retention: open })] }), "LOW", '"Payments"');
    expect([both.regime, both.reference]).toEqual([null, "GDPR Art 5(1)(e); UK GDPR Art 5(1)(e)"]);
    expectNone("any-retention-open-ended", record({ organization: organization({ country: "JP", subjectJurisdictions: ["JP"] }), activities: [activity({ retention: open })] }));
  });
  it("quotes a free-text retention rule", () => {
    expectOne("any-retention-open-ended", record({ activities: [activity({ retention: { period: null, trigger: null, description: "as long as necessary", evidence: [] } })] }), "LOW", '"as long as necessary"');
  });
  it("does not fire once a period is recorded", () => {
    expectNone("any-retention-open-ended", record({ activities: [activity({ retention: { period: "P2Y", trigger: "ACCOUNT_CLOSURE", description: null, evidence: [] } })] }));
  });
  it("does not fire when retention is missing altogether (that is gdpr-art30-retention)", () => {
    expectNone("any-retention-open-ended", record({ activities: [activity({ retention: null })] }));
  });
});
