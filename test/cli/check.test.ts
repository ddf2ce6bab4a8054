import fs from "node:fs";
import path from "node:path";
import Ajv from "ajv-draft-04";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, removeDir, runCli, tempDir } from "./run";

// `datamap check` in a pipeline: formats, exit statuses, and SARIF that validates against the 2.1.0 schema.
let dir: string;
let db: string;
beforeAll(async () => {
  dir = tempDir();
  db = path.join(dir, "check.db");
  expect((await runCli(["seed", "--db", db])).code).toBe(0);
});
afterAll(() => removeDir(dir));

describe("datamap check", () => {
  it("prints a summary and a table, and exits 1 for Landups with --fail-on high", async () => {
    const r = await runCli(["check", "--org", "landups", "--fail-on", "high", "--db", db]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/^\d+ findings: CRITICAL \d+ {2}HIGH [1-9]\d* {2}MEDIUM \d+ {2}LOW \d+ {2}INFO \d+$/m);
    expect(r.stdout).toMatch(/^HIGH +pipl-consent-by-continued-use +landups\/\S+ +Processing activity "/m);
    expect(r.stdout).not.toContain("leanplans/");
  });

  it("exits 0 when nothing reaches the --fail-on severity, and without --fail-on", async () => {
    const json = JSON.parse((await runCli(["check", "--org", "leanplans", "--format", "json", "--db", db])).stdout);
    const top = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO"].find((s) => json.findings.some((f: any) => f.severity === s));
    const above = ["INFO", "LOW", "MEDIUM", "HIGH", "CRITICAL"];
    const higher = above[above.indexOf(top!) + 1];
    if (higher) expect((await runCli(["check", "--org", "leanplans", "--fail-on", higher, "--db", db])).code).toBe(0);
    expect((await runCli(["check", "--org", "leanplans", "--fail-on", top!, "--db", db])).code).toBe(1);
    expect((await runCli(["check", "--db", db])).code).toBe(0);
  });

  it("--as-of judges the record as it stood: the same findings as now since the seed, none before it existed", async () => {
    const now = JSON.parse((await runCli(["check", "--org", "landups", "--format", "json", "--db", db])).stdout).findings;
    const later = await runCli(["check", "--org", "landups", "--format", "json", "--as-of", new Date(Date.now() + 1000).toISOString(), "--db", db]);
    expect(later.code, later.stderr).toBe(0);
    expect(JSON.parse(later.stdout).findings).toEqual(now);
    const before = await runCli(["check", "--org", "landups", "--as-of", "2001-01-01", "--fail-on", "info", "--db", db]);
    expect(before.code, before.stderr).toBe(0);
    expect(before.stdout.trim()).toBe("no findings");
    const bad = await runCli(["check", "--as-of", "last tuesday", "--db", db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--as-of "last tuesday" is not a date');
  });

  it("prints JSON findings with their subjects", async () => {
    const r = await runCli(["check", "--format", "json", "--db", db]);
    const { findings } = JSON.parse(r.stdout);
    expect(findings.length).toBeGreaterThan(10);
    for (const f of findings) {
      expect(f).toMatchObject({ id: expect.stringMatching(/^f_/), rule: expect.any(String), reference: expect.any(String), message: expect.any(String) });
      expect(["landups", "leanplans"]).toContain(f.subject.slug);
    }
  });

  it("prints SARIF 2.1.0 that validates against the official schema", async () => {
    const r = await runCli(["check", "--format", "sarif", "--db", db]);
    expect(r.code).toBe(0);
    const log = JSON.parse(r.stdout);
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
    // The published schema has a pattern that is invalid as a Unicode regular expression.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    const valid = ajv.validate(schema, log);
    expect(ajv.errors ?? [], JSON.stringify(ajv.errors?.slice(0, 3))).toEqual([]);
    expect(valid).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe("datamap");
    expect(run.results.length).toBeGreaterThan(0);
    for (const res of run.results) {
      expect(run.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
      expect(res.locations[0].logicalLocations[0].fullyQualifiedName).toMatch(/^(landups|leanplans)(\/|$)/);
    }
  });

  it("exits 2 listing the valid values for an unknown --org, --format or --fail-on", async () => {
    const org = await runCli(["check", "--org", "nobody", "--db", db]);
    expect(org.code).toBe(2);
    expect(org.stderr).toContain("expected one of landups, leanplans");
    const format = await runCli(["check", "--format", "xml", "--db", db]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("expected one of text, json, sarif");
    const failOn = await runCli(["check", "--fail-on", "severe", "--db", db]);
    expect(failOn.code).toBe(2);
    expect(failOn.stderr).toContain("expected one of INFO, LOW, MEDIUM, HIGH, CRITICAL");
  });
});
