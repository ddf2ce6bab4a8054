import { describe, expect, it } from "vitest";
import { activity, expectNone, expectOne, organization, record } from "./fixture";

describe("any-retention-open-ended", () => {
  it("fires on retention until account closure with no maximum", () => {
    const f = expectOne("any-retention-open-ended", record({ activities: [activity({ purposes: ["analytics.reporting"], retention: { period: null, trigger: "ACCOUNT_CLOSURE", description: null, evidence: [] } })] }), "LOW", '"Payments"', "until the account is closed");
    // Only GDPR reaches this EEA controller, so only GDPR is cited.
    expect(f.regime).toBe("GDPR");
    expect(f.reference).toBe("GDPR Art 5(1)(e)");
  });
  it("cites PIPL alone for a controller only PIPL reaches", () => {
    const org = organization({ country: "CN", subjectJurisdictions: ["CN"] });
    const f = expectOne("any-retention-open-ended", record({ organization: org, activities: [activity({ purposes: ["analytics.reporting"], retention: { period: null, trigger: "ACCOUNT_CLOSURE", description: null, evidence: [] } })] }), "LOW", '"Payments"');
    expect([f.regime, f.reference]).toEqual(["PIPL", "PIPL Art 19"]);
  });
  it("cites every regime reaching the activity, and stays quiet where none does", () => {
    const open = { period: null, trigger: "ACCOUNT_CLOSURE" as const, description: null, evidence: [] };
    const both = expectOne("any-retention-open-ended", record({ organization: organization({ subjectJurisdictions: ["EEA", "GB"] }), activities: [activity({ purposes: ["analytics.reporting"], retention: open })] }), "LOW", '"Payments"');
    expect([both.regime, both.reference]).toEqual([null, "GDPR Art 5(1)(e); UK GDPR Art 5(1)(e)"]);
    expectNone("any-retention-open-ended", record({ organization: organization({ country: "JP", subjectJurisdictions: ["JP"] }), activities: [activity({ purposes: ["analytics.reporting"], retention: open })] }));
  });
  it("quotes a free-text retention rule", () => {
    expectOne("any-retention-open-ended", record({ activities: [activity({ retention: { period: null, trigger: null, description: "as long as necessary", evidence: [] } })] }), "LOW", '"as long as necessary"');
  });
  it("does not fire where the condition bounds the retention: a legal hold, or account data kept for the life of the account", () => {
    const keep = (trigger: "LEGAL_HOLD_END" | "ACCOUNT_CLOSURE", purposes: string[]) => activity({ purposes, retention: { period: null, trigger, description: null, evidence: [] } });
    expectNone("any-retention-open-ended", record({ activities: [keep("LEGAL_HOLD_END", ["essential.legal_obligation"])] }));
    expectNone("any-retention-open-ended", record({ activities: [keep("ACCOUNT_CLOSURE", ["essential.service.authentication"])] }));
    // Marketing data kept for as long as the account lives is not needed that long for marketing.
    expectOne("any-retention-open-ended", record({ activities: [keep("ACCOUNT_CLOSURE", ["marketing.communications.email"])] }), "LOW", "until the account is closed");
  });
  it("does not fire once a period is recorded", () => {
    expectNone("any-retention-open-ended", record({ activities: [activity({ retention: { period: "P2Y", trigger: "ACCOUNT_CLOSURE", description: null, evidence: [] } })] }));
  });
  it("does not fire when retention is missing altogether (that is gdpr-art30-retention)", () => {
    expectNone("any-retention-open-ended", record({ activities: [activity({ retention: null })] }));
  });
});
