import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { count, removeDir, runCli, tempDir, withDb } from "./run";

// `datamap seed --synthetic`: a record of the asked size, the same for the same seed.
let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => removeDir(dir));

const links = (file: string) =>
  withDb(file, (db) => db.prepare("select a.key, c.key as category from activity_data_categories l join processing_activities a on a.id = l.activity_id join data_categories c on c.id = l.category_id order by 1, 2").all());

it("makes the asked numbers of activities and recipients, deterministically", async () => {
  const run = (name: string, seed: string) => runCli(["seed", "--synthetic", "--org", "acme", "--activities", "60", "--recipients", "15", "--seed", seed, "--db", path.join(dir, name)]);
  for (const [name, seed] of [["a.db", "7"], ["b.db", "7"], ["c.db", "8"]]) {
    const r = await run(name, seed);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("made synthetic organisation acme with 60 processing activities");
  }
  const a = path.join(dir, "a.db");
  expect(count(a, "processing_activities")).toBe(60);
  expect(count(a, "recipients")).toBe(15);
  expect(count(a, "versions")).toBeGreaterThanOrEqual(75);
  expect(links(path.join(dir, "b.db"))).toEqual(links(a));
  expect(links(path.join(dir, "c.db"))).not.toEqual(links(a));
  const again = await run("a.db", "7");
  expect(again.code).toBe(1);
  expect(again.stderr).toContain('"acme" already exists');
  const bad = await runCli(["seed", "--synthetic", "--activities", "many", "--db", path.join(dir, "d.db")]);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('--activities "many"');
});
