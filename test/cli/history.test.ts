import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/connection";
import { seedDatabase } from "../../src/io/seed/seed";
import { activityWriteService } from "../../src/modules/activity/activity.write.service";
import { toGlobalId } from "../../src/modules/common/global-id";
import { removeDir, runCli, tempDir } from "./run";

// `datamap history` and `datamap diff` print what the GraphQL history and recordDiff answer.
let dir: string;
let db: string;
let activityId: string;
let seededAt: string;

beforeAll(() => {
  dir = tempDir();
  db = path.join(dir, "h.db");
  const conn = openDatabase(db);
  seedDatabase(conn);
  const row = conn.sqlite.prepare("select id, version, updated_at from processing_activities where key = 'account-registration'").get() as { id: number; version: number; updated_at: string };
  seededAt = row.updated_at;
  conn.db.transaction((tx) => activityWriteService.update(tx, row.id, row.version, { name: "Sign-up and identity checks" }, "reviewer"));
  conn.close();
  activityId = toGlobalId("ProcessingActivity", row.id);
});
afterAll(() => removeDir(dir));

describe("datamap history", () => {
  it("prints each version with actor, operation and changed fields, newest first", async () => {
    const r = await runCli(["history", activityId, "--db", db]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^v2 {2}\S+ {2}reviewer {2}UPDATE$/);
    expect(lines[1]).toMatch(/name: ".+" → "Sign-up and identity checks"/);
    expect(r.stdout).toMatch(/\nv1 {2}\S+ {2}seed {2}CREATE\n/);
  });

  it("prints JSON with --json and says so when an id has no history", async () => {
    const json = JSON.parse((await runCli(["history", activityId, "--db", db, "--json"])).stdout);
    expect(json.map((e: any) => e.version)).toEqual([2, 1]);
    const none = await runCli(["history", "bm9wZQ", "--db", db]);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain("no history for bm9wZQ");
  });
});

describe("datamap diff", () => {
  it("lists the changed activity with its field changes since the seed", async () => {
    const r = await runCli(["diff", "--org", "landups", "--from", seededAt, "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("processing activities:");
    expect(r.stdout).toMatch(/CHANGED Sign-up and identity checks \(account-registration\)/);
    expect(r.stdout).toMatch(/name: ".+" → "Sign-up and identity checks"/);
    expect(r.stdout).not.toContain("recipients:");
  });

  it("agrees with itself in JSON and reports no changes for an empty period", async () => {
    const json = JSON.parse((await runCli(["diff", "--org", "landups", "--from", seededAt, "--db", db, "--json"])).stdout);
    expect(json.processingActivities.map((c: any) => c.key)).toEqual(["account-registration"]);
    const quiet = await runCli(["diff", "--org", "landups", "--from", seededAt, "--to", seededAt, "--db", db]);
    expect(quiet.stdout).toContain("no changes");
  });

  it("exits 2 naming a bad slug or date", async () => {
    const slug = await runCli(["diff", "--org", "nobody", "--from", "2026-01-01", "--db", db]);
    expect(slug.code).toBe(2);
    expect(slug.stderr).toContain('"nobody"');
    const date = await runCli(["diff", "--org", "landups", "--from", "last week", "--db", db]);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('"last week"');
  });
});
