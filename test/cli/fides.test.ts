import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, removeDir, ROOT, runCli, SEEDS, tempDir, withDb } from "./run";

// `datamap export fides`, `datamap import fides` and `datamap import fideslang` through the real binary.

const FIXTURES = path.join(ROOT, "test", "fixtures", "fides");
const TABLES = ["recipients", "processing_activities", "disclosures", "activity_data_categories", "data_categories", "versions", "audit_log"];

let dir: string;
let db: string;
let manifest: string;
const counts = () => Object.fromEntries(TABLES.map((t) => [t, count(db, t)]));

/** Category, purpose and subject keys of each activity of an organisation, by activity key. */
function record(slug: string) {
  return withDb(db, (d) =>
    d
      .prepare(
        `select a.key,
           (select group_concat(k, ' ') from (select p.key as k from activity_purposes x join purposes p on p.id = x.purpose_id where x.activity_id = a.id order by p.key)) as purposes,
           (select group_concat(k, ' ') from (select c.key as k from activity_data_categories x join data_categories c on c.id = x.category_id where x.activity_id = a.id order by c.key)) as categories,
           (select group_concat(k, ' ') from (select s.key as k from activity_data_subjects x join data_subject_categories s on s.id = x.subject_id where x.activity_id = a.id order by s.key)) as subjects
         from processing_activities a join organizations o on o.id = a.organization_id where o.slug = ? and a.archived_at is null order by a.key`,
      )
      .all(slug),
  );
}

beforeAll(async () => {
  dir = tempDir();
  db = path.join(dir, "fides.db");
  const seeds = path.join(dir, "seeds");
  fs.cpSync(path.join(SEEDS, "reference"), path.join(seeds, "reference"), { recursive: true });
  fs.copyFileSync(path.join(SEEDS, "landups.yaml"), path.join(seeds, "landups.yaml"));
  fs.copyFileSync(path.join(FIXTURES, "fresh-org.yaml"), path.join(seeds, "fresh.yaml"));
  const r = await runCli(["seed", "--db", db, "--seeds", seeds]);
  expect(r.code, r.stderr).toBe(0);
  manifest = path.join(dir, "landups.fides.yml");
});
afterAll(() => removeDir(dir));

describe("datamap export fides", () => {
  it("writes the manifest to a file and says what it wrote", async () => {
    const r = await runCli(["export", "fides", "--org", "landups", "--out", manifest, "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^datamap: exported landups as \d+ Fides systems with \d+ privacy declarations to .*landups\.fides\.yml \(\d+\.\d s\)\n$/);
    const doc = YAML.parse(fs.readFileSync(manifest, "utf8"));
    const own = doc.system[0];
    expect(own.fides_key).toBe("landups");
    expect(own.privacy_declarations.length).toBe(record("landups").length);
    for (const d of own.privacy_declarations) {
      expect(d.data_use).toMatch(/^[a-z_.]+$/);
      expect(Array.isArray(d.data_categories)).toBe(true);
    }
    expect(doc.system.slice(1).every((s: any) => s.privacy_declarations.length === 0)).toBe(true);
  });

  it("prints YAML alone on standard output, the summary on standard error", async () => {
    const r = await runCli(["export", "fides", "--org", "landups", "--db", db]);
    expect(r.code).toBe(0);
    expect(YAML.parse(r.stdout).system[0].fides_key).toBe("landups");
    expect(r.stderr).toMatch(/^datamap: exported landups as/);
  });

  it("exits 2 for an unknown organisation", async () => {
    const r = await runCli(["export", "fides", "--org", "nope", "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--org "nope" is not valid; expected one of fresh, landups');
  });
});

describe("datamap import fides", () => {
  it("reports a dry run and writes nothing", async () => {
    const before = counts();
    const r = await runCli(["import", "fides", manifest, "--org", "fresh", "--dry-run", "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^datamap: dry run, nothing was written: \d+ systems from landups\.fides\.yml into fresh \(its own system: landups\) would give recipients \d+ added/);
    expect(counts()).toEqual(before);
  });

  it("refuses malformed YAML with its line, and writes nothing", async () => {
    const bad = path.join(dir, "bad.yml");
    fs.writeFileSync(bad, "system:\n  - fides_key: x\n    name: [unclosed\n");
    const before = counts();
    const r = await runCli(["import", "fides", bad, "--org", "fresh", "--db", db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/rejected, nothing was written:\n.*bad\.yml: line \d+: /);
    expect(counts()).toEqual(before);
  });

  it("reads the export into the fresh organisation with the same categories, uses and subjects", async () => {
    const r = await runCli(["import", "fides", manifest, "--org", "fresh", "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/into fresh \(its own system: landups\): recipients \d+ added, 0 changed, 0 unchanged; activities \d+ added, 0 changed, 0 unchanged/);
    expect(record("fresh")).toEqual(record("landups"));
    const again = await runCli(["import", "fides", manifest, "--org", "fresh", "--db", db]);
    expect(again.stdout).toMatch(/recipients 0 added, 0 changed, \d+ unchanged; activities 0 added, 0 changed, \d+ unchanged/);
  });

  it("exits 2 for an unknown organisation", async () => {
    const r = await runCli(["import", "fides", manifest, "--org", "nope", "--db", db]);
    expect(r.code).toBe(2);
  });
});

describe("datamap import fideslang", () => {
  it("adds and updates taxonomy entries, and a dry run writes nothing", async () => {
    const file = path.join(FIXTURES, "data_categories.yml");
    const before = counts();
    const dry = await runCli(["import", "fideslang", file, "--dry-run", "--db", db]);
    expect(dry.stdout).toMatch(/^datamap: dry run, nothing was written: 3 entries of data categories from data_categories\.yml would give 1 added, 2 changed, 0 unchanged \(1 marked deprecated\)/);
    expect(counts()).toEqual(before);
    const r = await runCli(["import", "fideslang", file, "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^datamap: imported 3 entries of data categories from data_categories\.yml: 1 added, 2 changed, 0 unchanged \(1 marked deprecated\)/);
    expect(withDb(db, (d) => d.prepare("select name, origin from data_categories where key = 'user.contact.pager'").get())).toEqual({ name: "Pager number", origin: "fideslang" });
  });

  it("refuses an unknown parent key, and writes nothing", async () => {
    const bad = path.join(dir, "orphan.yml");
    fs.writeFileSync(bad, "data_category:\n  - fides_key: user.hobby.chess\n    name: Chess\n    parent_key: user.hobby\n");
    const before = counts();
    const r = await runCli(["import", "fideslang", bad, "--db", db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('data_category[0].parent_key: "user.hobby" is an unknown taxonomy key');
    expect(counts()).toEqual(before);
  });
});
