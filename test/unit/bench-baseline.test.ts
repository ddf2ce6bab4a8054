import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { W1_QUERY, w1Baseline } from "../../bench/workloads/dashboard-page";
import { inProcessStack } from "../../bench/workloads/stack";
import { openDatabase, type Connection } from "../../src/db/connection";
import { seedSynthetic } from "../../src/io/seed/seed";
import { tempDir } from "../helpers/server";

// The benchmark's hand-written baseline must give exactly the API's answer, or its ratio means nothing.
let conn: Connection;
beforeAll(() => {
  conn = openDatabase(path.join(tempDir(), "bench-baseline.db"));
  seedSynthetic(conn, { slug: "small", activities: 100, recipients: 30, seed: 3 });
});
afterAll(() => conn.close());

it("W1: the stack and the SQL baseline answer the dashboard page identically", async () => {
  const stack = await inProcessStack(conn);
  try {
    const viaStack = await stack.run(W1_QUERY, { org: "small", first: 100 });
    const baseline = JSON.stringify(w1Baseline(conn.sqlite, "small", 100));
    expect(JSON.parse(viaStack.json).data.processingActivities.edges).toHaveLength(100);
    expect(viaStack.json).toBe(baseline);
  } finally {
    await stack.stop();
  }
});
