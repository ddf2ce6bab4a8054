import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDir, startServe, tempDir, withDb } from "./run";

// kill -9 of a server in the middle of a burst of writes: every write it acknowledged is in the database afterwards.

let dir: string;
beforeAll(() => {
  dir = tempDir("datamap-durable-");
});
afterAll(() => removeDir(dir));

describe("a server killed mid-burst", () => {
  it("keeps every acknowledged write", async () => {
    const db = path.join(dir, "burst.db");
    const s = await startServe(["--db", db]);
    const acknowledged: string[] = [];
    let killed = false;
    const write = async (name: string) => {
      try {
        const r = await fetch(s.url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${s.token}` },
          body: JSON.stringify({ query: `mutation($n: String!) { createProcessingActivity(input: { organization: "landups", name: $n }) { processingActivity { name } } }`, variables: { n: name } }),
        });
        const body = (await r.json()) as { data?: { createProcessingActivity?: { processingActivity: { name: string } } } };
        if (body.data?.createProcessingActivity?.processingActivity.name === name) acknowledged.push(name);
      } catch {
        // The connection died with the server: that write was never acknowledged.
      }
    };
    // Eight writers in parallel; the server is killed once 40 writes are acknowledged, with others in flight.
    const writers = Array.from({ length: 8 }, async (_, w) => {
      for (let i = 0; !killed; i++) {
        await write(`burst ${w}-${i}`);
        if (acknowledged.length >= 40 && !killed) {
          killed = true;
          s.child.kill("SIGKILL");
        }
      }
    });
    await Promise.all(writers);
    expect((await s.exited).signal).toBe("SIGKILL");
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);
    const stored = new Set(withDb(db, (d) => (d.prepare("select name from processing_activities where name like 'burst %'").all() as { name: string }[]).map((r) => r.name)));
    expect(acknowledged.filter((name) => !stored.has(name))).toEqual([]);
  }, 120_000);
});
