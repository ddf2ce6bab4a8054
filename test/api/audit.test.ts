import { auditServer } from "graphql-http";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";

// The GraphQL-over-HTTP specification's audit suite, run against the real server.
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ seed: false });
});
afterAll(() => s.close());

it("passes the graphql-http audit with zero errors", async () => {
  const results = await auditServer({ url: s.url });
  const errors = results.filter((r) => r.status === "error").map((r) => `${r.name}: ${"reason" in r ? r.reason : ""}`);
  expect(results.length).toBeGreaterThan(50);
  expect(errors).toEqual([]);
});
