import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, removeDir, ROOT, runCli, tempDir, withDb } from "./run";

// `datamap import gvl` through the real binary: summaries, dry runs, re-imports and every kind of bad input.

const V1 = path.join(ROOT, "test", "fixtures", "gvl", "vendor-list-v1.json");
const V2 = path.join(ROOT, "test", "fixtures", "gvl", "vendor-list-v2.json");
const TABLES = ["recipients", "processing_activities", "disclosures", "disclosure_categories", "versions", "audit_log"];

let dir: string;
let db: string;
const counts = () => Object.fromEntries(TABLES.map((t) => [t, count(db, t)]));
const gvl = (file: string, ...more: string[]) => runCli(["import", "gvl", file, "--org", "landups", "--db", db, ...more]);

/** Writes a broken copy of the v1 fixture, or the given text. */
function broken(name: string, edit: ((list: any) => void) | string): string {
  const list = JSON.parse(fs.readFileSync(V1, "utf8"));
  const file = path.join(dir, name);
  if (typeof edit !== "string") edit(list);
  fs.writeFileSync(file, typeof edit === "string" ? edit : JSON.stringify(list, null, 2));
  return file;
}

beforeAll(async () => {
  dir = tempDir();
  db = path.join(dir, "gvl.db");
  expect((await runCli(["seed", "--db", db])).code).toBe(0);
});
afterAll(() => removeDir(dir));

describe("datamap import gvl", () => {
  it("exits 2 for an unknown --org, listing the organisations there are", async () => {
    const r = await runCli(["import", "gvl", V1, "--org", "nobody", "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--org "nobody" is not valid; expected one of landups, leanplans');
  });

  it("reports in a dry run what it would do, and writes nothing", async () => {
    const before = counts();
    const r = await gvl(V1, "--dry-run");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^datamap: dry run, nothing was written: vendor list v1 \(5 vendors\) into landups would give 5 added, 0 changed, 0 removed, 0 unchanged; TCF activity created \(\d+\.\d s\)\n$/);
    expect(counts()).toEqual(before);
  });

  for (const [what, file, expected] of [
    ["malformed JSON, naming line and column", () => broken("bad.json", '{ "gvlSpecificationVersion": 3,\n  "vendors": { "3": { "id": 3 ] }\n}'), /bad\.json: line 2, column 31: malformed JSON: found "\]"/],
    ["a wrong gvlSpecificationVersion", () => broken("v2-format.json", (l) => void (l.gvlSpecificationVersion = 2)), /gvlSpecificationVersion: 2 is not supported; expected 3/],
    ["a vendor without a name, by its JSON path", () => broken("no-name.json", (l) => void delete l.vendors["42"].name), /no-name\.json: vendors\["42"\]\.name: expected the vendor's name/],
    ["an unreadable file", () => path.join(dir, "missing.json"), /missing\.json: \(top level\): cannot read file/],
  ] as const) {
    it(`refuses ${what}, and writes nothing`, async () => {
      const before = counts();
      const r = await gvl(file());
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("datamap: rejected, nothing was written:");
      expect(r.stderr).toMatch(expected);
      expect(counts()).toEqual(before);
    });
  }

  it("imports five vendors as recipients with their GVL ids and URLs, without a progress bar off a terminal", async () => {
    const r = await gvl(V1);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^datamap: imported vendor list v1 \(5 vendors\) into landups: 5 added, 0 changed, 0 removed, 0 unchanged; TCF activity created/);
    const rows = withDb(db, (d) => d.prepare("select gvl_id, name, privacy_url from recipients where gvl_id is not null order by gvl_id").all());
    expect(rows).toEqual([
      { gvl_id: 3, name: "Northwind Ads Ltd", privacy_url: "https://northwind.example/privacy" },
      { gvl_id: 8, name: "Contoso Measurement GmbH", privacy_url: "https://contoso.example/en/privacy" },
      { gvl_id: 21, name: "Fabrikam Data SAS", privacy_url: "https://fabrikam.example/confidentialite" },
      { gvl_id: 42, name: "Tailspin Video Inc.", privacy_url: "https://tailspin.example/privacy" },
      { gvl_id: 77, name: "Adatum Exchange", privacy_url: "https://adatum.example/privacy" },
    ]);
  });

  it("refuses a bad URL once vendors are there, leaving them untouched", async () => {
    const before = counts();
    const r = await gvl(broken("bad-url.json", (l) => void (l.vendors["3"].urls[0].legIntClaim = "not a url")));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('vendors["3"].urls[0].legIntClaim: expected an http(s) URL');
    expect(counts()).toEqual(before);
  });

  it("applies a newer list: one added, one changed, one removed, the rest unchanged", async () => {
    const r = await gvl(V2);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("into landups: 1 added, 1 changed, 1 removed, 3 unchanged; TCF activity updated");
    const versions = withDb(db, (d) => d.prepare("select gvl_id, version, archived_at is not null as archived from recipients where gvl_id is not null order by gvl_id").all());
    expect(versions).toEqual([
      { gvl_id: 3, version: 1, archived: 0 },
      { gvl_id: 8, version: 2, archived: 0 },
      { gvl_id: 21, version: 2, archived: 1 },
      { gvl_id: 42, version: 1, archived: 0 },
      { gvl_id: 77, version: 1, archived: 0 },
      { gvl_id: 99, version: 1, archived: 0 },
    ]);
    const actors = withDb(db, (d) => d.prepare("select distinct actor from audit_log where entity_type = 'Recipient' and entity_id in (select id from recipients where gvl_id is not null)").all());
    expect(actors).toEqual([{ actor: "import" }]);
  });

  it("changes nothing when the same list comes again", async () => {
    const before = counts();
    const r = await gvl(V2);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("0 added, 0 changed, 0 removed, 5 unchanged; 1 deleted vendor not imported; TCF activity unchanged");
    expect(counts()).toEqual(before);
  });

  it("refuses an older list than the one imported, naming both versions, unless --allow-older", async () => {
    const before = counts();
    const r = await gvl(V1);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("vendorListVersion: 1 is older than version 2, already imported into this organisation");
    expect(r.stderr).toContain("--allow-older");
    expect(counts()).toEqual(before);
    const dry = await gvl(V1, "--allow-older", "--dry-run");
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/^datamap: dry run, nothing was written: vendor list v1/);
    expect(counts()).toEqual(before);
    const forced = await gvl(V1, "--allow-older");
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/^datamap: imported vendor list v1/);
    expect(count(db, "recipients")).toBeGreaterThan(before.recipients);
  });
});
