import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/connection";
import { databaseChecksum } from "../helpers/checksum";
import { asVersion2 } from "../helpers/version2";
import { count, removeDir, ROOT, runCli, tempDir, withDb } from "./run";

// `datamap import ropa`: the JSON export read back into a database, the round trip, and files it must refuse.
const FIXTURES = path.join(ROOT, "test", "fixtures", "ropa");
let dir: string;
let seeded: string;
beforeAll(async () => {
  dir = tempDir();
  seeded = path.join(dir, "seeded.db");
  expect((await runCli(["seed", "--db", seeded])).code).toBe(0);
});
afterAll(() => removeDir(dir));

const checksum = (file: string) => {
  const conn = openDatabase(file);
  try {
    return databaseChecksum(conn);
  } finally {
    conn.close();
  }
};

describe("round trip", () => {
  for (const slug of ["landups", "leanplans"]) {
    it(`${slug}: export JSON, import into an empty database, export again: the same JSON`, async () => {
      const first = await runCli(["export", "ropa", "--org", slug, "--format", "json", "--db", seeded]);
      expect(first.code, first.stderr).toBe(0);
      const file = path.join(dir, `${slug}.json`);
      fs.writeFileSync(file, first.stdout);
      const target = path.join(dir, `${slug}-copy.db`);
      const imported = await runCli(["import", "ropa", file, "--db", target]);
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stdout).toMatch(new RegExp(`^datamap: imported organisation ${slug} with \\d+ activities, .*, after loading the reference data from the seeds into `));
      const second = await runCli(["export", "ropa", "--org", slug, "--format", "json", "--db", target]);
      expect(second.stdout).toBe(first.stdout);
      // Citations came along, and every object starts its history with the import as author.
      expect(JSON.parse(second.stdout).activities[0].evidence.length).toBeGreaterThan(0);
      const actors = withDb(target, (db) => db.prepare("select distinct actor from audit_log where organization_id is not null").all() as { actor: string }[]);
      expect(actors.map((a) => a.actor)).toEqual(["import"]);
    });
  }

  it("imports a hand-written file with keys left out, next to the seeds", async () => {
    const rec = JSON.parse(fs.readFileSync(path.join(FIXTURES, "unknown-key.json"), "utf8"));
    rec.activities[0].dataCategories = ["user.contact.email"];
    const file = path.join(dir, "acme.json");
    fs.writeFileSync(file, JSON.stringify(rec));
    const target = path.join(dir, "with-acme.db");
    fs.copyFileSync(seeded, target);
    const r = await runCli(["import", "ropa", file, "--db", target]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("imported organisation acme with 1 activity, 1 recipient, 0 storage locations");
    const md = await runCli(["export", "ropa", "--org", "acme", "--format", "md", "--db", target]);
    expect(md.stdout).toContain("| Link to contract with processor | Mailer Inc: agreement signed (2025-01-31) |");
    expect(md.stdout).toContain("| Article 6 lawful basis | UK GDPR Art 6(1)(a) Consent (opt-in) |");
  });
});

describe("version 1 files", () => {
  it("a version 1 export imports into a database with reference data only and exports again as version 2 with the same facts", async () => {
    const v1 = fs.readFileSync(path.join(FIXTURES, "v1-landups.json"), "utf8");
    expect(JSON.parse(v1)).toMatchObject({ format: "datamap-ropa", version: 1 });
    const target = path.join(dir, "v1-landups.db");
    const imported = await runCli(["import", "ropa", path.join(FIXTURES, "v1-landups.json"), "--db", target]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain("imported organisation landups with 14 activities, 7 recipients");
    expect(imported.stdout).toContain("after loading the reference data from the seeds");
    const again = await runCli(["export", "ropa", "--org", "landups", "--format", "json", "--db", target]);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual(asVersion2(JSON.parse(v1)));
    expect(again.stdout).toBe(JSON.stringify(asVersion2(JSON.parse(v1)), null, 2) + "\n");
    // The report of the imported copy is the report of the same facts written as version 2 and imported, generation time aside.
    // (The file holds Landups as it was recorded before the seed was corrected, so the seed itself now differs from it.)
    const v2File = path.join(dir, "v1-landups-as-v2.json");
    fs.writeFileSync(v2File, JSON.stringify(asVersion2(JSON.parse(v1)), null, 2));
    const v2Target = path.join(dir, "v1-landups-as-v2.db");
    const v2Imported = await runCli(["import", "ropa", v2File, "--db", v2Target]);
    expect(v2Imported.code, v2Imported.stderr).toBe(0);
    expect(v2Imported.stdout).toContain("imported organisation landups with 14 activities, 7 recipients");
    const report = async (db: string) => {
      const r = await runCli(["export", "ropa", "--org", "landups", "--format", "md", "--db", db]);
      expect(r.code, r.stderr).toBe(0);
      return r.stdout.replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, "<now>");
    };
    const v1Report = await report(target);
    expect(v1Report).toContain("Landups network");
    expect(v1Report).toBe(await report(v2Target));
  });
});

describe("dry run", () => {
  it("reports what would be created and writes nothing", async () => {
    const file = path.join(dir, "landups.json");
    fs.writeFileSync(file, (await runCli(["export", "ropa", "--org", "landups", "--format", "json", "--db", seeded])).stdout);
    const target = path.join(dir, "dry.db");
    expect((await runCli(["migrate", "--db", target])).code).toBe(0);
    const before = checksum(target);
    const r = await runCli(["import", "ropa", file, "--db", target, "--dry-run"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("datamap: dry run, nothing was written: would import organisation landups with 13 activities, 7 recipients");
    expect(checksum(target)).toBe(before);
    const absent = path.join(dir, "absent.db");
    expect((await runCli(["import", "ropa", file, "--db", absent, "--dry-run"])).code).toBe(0);
    expect(fs.existsSync(absent)).toBe(false);
  });
});

describe("files it refuses, writing nothing", () => {
  const refused = async (fixture: string, target = seeded) => {
    const before = checksum(target);
    const r = await runCli(["import", "ropa", path.join(FIXTURES, fixture), "--db", target]);
    expect(checksum(target)).toBe(before);
    return r;
  };

  // Files written by the test itself: hostile shapes no fixture should hold.
  const refusedText = async (name: string, content: string | Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    const before = checksum(seeded);
    const r = await runCli(["import", "ropa", file, "--db", seeded]);
    expect(checksum(seeded)).toBe(before);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    return r.stderr;
  };

  it("a Latin-1 file: refused at the first byte that is not UTF-8, naming line and column", async () => {
    const err = await refusedText("latin1.yaml", Buffer.from("version: 2\norganization:\n  name: Caf\xe9 Ltd\n", "latin1"));
    expect(err).toContain("latin1.yaml: line 3, column 12 (byte 36): 0xe9 0x20 is not UTF-8; expected the file saved as UTF-8");
  });

  it("a YAML alias bomb: refused before it expands", async () => {
    let text = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n";
    for (let i = 1; i < 10; i++) text += `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(", ")}]\n`;
    expect(await refusedText("bomb.yaml", text)).toContain("too many YAML aliases to read safely; expected at most 100");
  });

  it("JSON nested a million levels deep: refused naming where", async () => {
    expect(await refusedText("deep.json", "[".repeat(1_000_000) + "]".repeat(1_000_000))).toContain("deep.json: line 1, column 65: nested more than 64 levels deep");
  });

  it("malformed JSON", async () => {
    const r = await refused("malformed.json");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("datamap: import rejected, nothing was written:");
    expect(r.stderr).toMatch(/malformed\.json: line 1, column \d+: malformed JSON: found the end of the file; expected /);
  });

  it("a wrong shape, naming the JSON path", async () => {
    const r = await refused("wrong-shape.json");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("wrong-shape.json: activities[0].name: ");
    expect(r.stderr).toContain("(got 42)");
  });

  it("an unknown taxonomy key, naming the path, the key and what was expected", async () => {
    const orgs = count(seeded, "organizations");
    const r = await refused("unknown-key.json");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown-key.json: activities[0].dataCategories[1]: "user.favourite_colour" is not valid; expected a data-category key from the taxonomy');
    expect(count(seeded, "organizations")).toBe(orgs);
  });

  it("references to keys the file does not define", async () => {
    const r = await refused("unknown-recipient.json");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('activities[0].disclosures[0].recipient: unknown recipient key "mailer"');
    expect(r.stderr).toContain('activities[0].storageLocations[0]: unknown storage location key "eu-west"');
  });

  it("an organisation that is already there", async () => {
    const file = path.join(dir, "leanplans-again.json");
    fs.writeFileSync(file, (await runCli(["export", "ropa", "--org", "leanplans", "--format", "json", "--db", seeded])).stdout);
    const before = checksum(seeded);
    const r = await runCli(["import", "ropa", file, "--db", seeded]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('organization.slug: the slug "leanplans" is already taken');
    expect(checksum(seeded)).toBe(before);
  });
});
