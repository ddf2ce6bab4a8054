import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";
import { loadSynthetic } from "../helpers/synthetic";

// A request of many heavy fields is abandoned once past its time budget: the fields not yet started are refused by name.
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ prepare: (conn) => loadSynthetic(conn, "big", 300), security: { timeBudgetMs: 1 } });
});
afterAll(() => s.close());

describe("the time budget", () => {
  it("refuses the heavy fields that would start past the budget, naming each alias, and answers what ran", async () => {
    const query = `{ ${Array.from({ length: 6 }, (_, i) => `a${i}: ropa(organization: "big") { activities { name } }`).join(" ")} }`;
    const r = await s.gql(query);
    expect(r.status).toBe(200);
    const refused = r.body.errors ?? [];
    // Each heavy field checks the clock as its work begins, after the one before it has run: at most the first starts.
    expect(refused.length).toBeGreaterThanOrEqual(5);
    for (const e of refused) {
      expect(e.extensions!.code).toBe("TIME_BUDGET_EXCEEDED");
      expect(e.message).toMatch(/^this request has run for \d+\.\d s, past its 0\.001 s budget, so ropa \(alias a\d\) was not computed: ask for it in a request of its own$/);
    }
    const answered = Object.values(r.body.data ?? {}).filter((v) => v !== null);
    expect(answered.length + refused.length).toBe(6);
    expect(answered.length).toBeLessThan(6);
  });
});
