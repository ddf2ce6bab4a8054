import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT, removeDir, runCli, tempDir } from "./run";

// `datamap notice analyze` and `datamap notice compare`, run as the real binary on notices written for the tests.

const FIXTURES = path.join(ROOT, "test", "fixtures", "notices");
const LANDUPS = path.join(FIXTURES, "landups.html");
const LEANPLANS = path.join(FIXTURES, "leanplans.txt");
let dir: string;
let seeded: string;

beforeAll(async () => {
  dir = tempDir("datamap-notice-");
  seeded = path.join(dir, "seeded.db");
  expect((await runCli(["seed", "--db", seeded])).code).toBe(0);
});
afterAll(() => removeDir(dir));

describe("datamap notice analyze", () => {
  it("writes the analysis: the document, all 21 items with exact quotes, and a draft record", async () => {
    const out = path.join(dir, "landups.json");
    const r = await runCli(["notice", "analyze", LANDUPS, "--out", out]);
    expect(r.code).toBe(0);
    const a = JSON.parse(fs.readFileSync(out, "utf8"));
    expect(a).toMatchObject({ format: "datamap-notice-analysis", version: 1, record: { format: "datamap-record", organization: { name: "Landups network" } } });
    expect(a.items).toHaveLength(21);
    const text = new Map(a.document.sections.map((s: { id: string; text: string }) => [s.id, s.text]));
    for (const i of a.items) for (const e of i.evidence) expect(text.get(e.section)).toContain(e.quote);
    const yaml = await runCli(["notice", "analyze", LANDUPS, "--format", "yaml"]);
    expect(parse(yaml.stdout)).toEqual(a);
  });

  it("drafts a record that imports as it is, and check then reports the consent by continued use and the Hong Kong storage", async () => {
    const out = path.join(dir, "draft.json");
    const db = path.join(dir, "draft.db");
    expect((await runCli(["notice", "analyze", LANDUPS, "--out", out])).code).toBe(0);
    const imported = await runCli(["import", "ropa", out, "--db", db]);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    const check = await runCli(["check", "--db", db, "--format", "json"]);
    const findings = JSON.parse(check.stdout).findings as { rule: string; subject: { key: string } }[];
    expect(findings.some((f) => f.rule === "pipl-consent-by-continued-use")).toBe(true);
    const draft = JSON.parse(fs.readFileSync(out, "utf8")).record;
    const hk = draft.storageLocations.find((l: { country: string }) => l.country === "HK").key;
    expect(findings.some((f) => f.rule.startsWith("pipl-cross-border") && f.subject.key === hk)).toBe(true);
  });

  const bad: [string, string | Buffer, RegExp][] = [
    ["empty.txt", "", /empty/],
    ["binary.txt", Buffer.from([0, 1, 2, 3, 0, 255, 0, 7, 8, 0]), /binary|text/],
    ["french.txt", "Politique de confidentialité\n\nNous collectons votre nom et votre adresse électronique pour gérer votre compte. Vous pouvez demander la suppression de vos données à tout moment auprès de notre service client.", /English/],
    ["scripts.html", "<html><head><script>document.write('hello there friend')</script></head><body><script>alert(1)</script></body></html>", /no text/],
  ];
  it.each(bad)("refuses %s with a clear message, exit 2, and writes nothing", async (name, content, message) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    const out = path.join(dir, `${name}.out.json`);
    const r = await runCli(["notice", "analyze", file, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("refuses a missing file, a bad --format and an --out it cannot write, with exit 2", async () => {
    expect((await runCli(["notice", "analyze", path.join(dir, "none.txt")])).stderr).toMatch(/cannot be read \(ENOENT\)/);
    const format = await runCli(["notice", "analyze", LEANPLANS, "--format", "xml"]);
    expect([format.code, format.stderr]).toEqual([2, expect.stringContaining('--format "xml" is not valid; expected one of json, yaml')]);
    const blocker = path.join(dir, "a-file");
    fs.writeFileSync(blocker, "x");
    const out = await runCli(["notice", "analyze", LEANPLANS, "--out", path.join(blocker, "x.json")]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/--out .* cannot be written/);
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("datamap notice compare", () => {
  it("prints the gaps as text, JSON and SARIF located in the notice file", async () => {
    const text = await runCli(["notice", "compare", LANDUPS, "--org", "landups", "--db", seeded]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/gaps between the notice and the record of landups/);
    expect(text.stdout).toMatch(/\[PIPL Art 45\]/);
    const json = JSON.parse((await runCli(["notice", "compare", LANDUPS, "--org", "landups", "--db", seeded, "--format", "json"])).stdout);
    expect(json.items).toHaveLength(21);
    expect(json.gaps.every((g: { regimes: string[] }) => g.regimes.includes("PIPL"))).toBe(true);
    const sarif = JSON.parse((await runCli(["notice", "compare", LANDUPS, "--org", "landups", "--db", seeded, "--format", "sarif"], { cwd: ROOT })).stdout);
    const result = sarif.runs[0].results[0];
    expect(result.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: "test/fixtures/notices/landups.html" }, region: { startLine: expect.any(Number) } });
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain(result.ruleId);
  });

  it("exits 1 with --fail-on at or below a gap's severity, 0 above it", async () => {
    expect((await runCli(["notice", "compare", LANDUPS, "--org", "landups", "--db", seeded, "--fail-on", "medium"])).code).toBe(1);
    expect((await runCli(["notice", "compare", LANDUPS, "--org", "landups", "--db", seeded, "--fail-on", "critical"])).code).toBe(0);
  });

  it("refuses an unknown organisation and a database that does not exist, creating none", async () => {
    const org = await runCli(["notice", "compare", LANDUPS, "--org", "nope", "--db", seeded]);
    expect([org.code, org.stderr]).toEqual([2, expect.stringContaining('--org "nope" is not valid; expected one of')]);
    const missing = path.join(dir, "missing.db");
    const db = await runCli(["notice", "compare", LANDUPS, "--org", "landups", "--db", missing]);
    expect(db.code).toBe(2);
    expect(fs.existsSync(missing)).toBe(false);
  });
});
