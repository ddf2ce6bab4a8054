import { describe, expect, it } from "vitest";
import { activity, expectNone, expectOne, record } from "./fixture";

describe("any-retention-open-ended", () => {
  it("fires on retention until account closure with no maximum", () => {
    const f = expectOne("any-retention-open-ended", record({ activities: [activity({ retention: { period: null, trigger: "ACCOUNT_CLOSURE", description: null, evidence: [] } })] }), "LOW", '"Payments"', "until the account is closed");
    expect(f.regime).toBeNull();
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
