import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/connection";
import { complianceService } from "../../src/modules/compliance/compliance.service";
import { githubProblems, schemaProblems } from "../helpers/github-sarif";
import { ROOT, removeDir, runCli, tempDir } from "./run";

// `datamap check --format sarif` as a GitHub Actions job runs it: a log code scanning accepts, results at lines of the
// seed files or of the record file given with --source, and --source refused with exit 2 when it cannot be used.
const YAML_FILE = path.join(ROOT, "test/fixtures/sarif/sarifco.yaml");
const JSON_FILE = path.join(ROOT, "test/fixtures/sarif/sarifco.json");
let dir: string;
let db: string;
beforeAll(async () => {
  dir = tempDir();
  db = path.join(dir, "check-sarif.db");
  expect((await runCli(["seed", "--db", db])).code).toBe(0);
  const imported = await runCli(["import", "ropa", YAML_FILE, "--db", db]);
  expect(imported.code, imported.stderr).toBe(0);
});
afterAll(() => removeDir(dir));

const regions = (log: any) => log.runs[0].results.map((r: any) => ({ uri: r.locations[0].physicalLocation.artifactLocation.uri, line: r.locations[0].physicalLocation.region.startLine }));

describe("datamap check --format sarif", () => {
  it("writes a log GitHub code scanning accepts, results in seeds/*.yaml and datamap/<slug>.ropa.json", async () => {
    const r = await runCli(["check", "--format", "sarif", "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    const log = JSON.parse(r.stdout);
    expect(schemaProblems(log)).toEqual([]);
    expect(githubProblems(r.stdout)).toEqual([]);
    const uris = new Set(regions(log).map((x: any) => x.uri));
    expect(uris).toEqual(new Set(["seeds/landups.yaml", "seeds/leanplans.yaml", "datamap/sarifco.ropa.json"]));
    const seedLines = fs.readFileSync(path.join(ROOT, "seeds/leanplans.yaml"), "utf8").split("\n");
    for (const { uri, line } of regions(log).filter((x: any) => x.uri === "seeds/leanplans.yaml")) expect(seedLines[line - 1], `${uri}:${line}`).toMatch(/^(organization:|  - key: \S+)$/);
  });

  for (const [file, uri] of [
    [YAML_FILE, "test/fixtures/sarif/sarifco.yaml"],
    [JSON_FILE, "test/fixtures/sarif/sarifco.json"],
  ]) {
    it(`--source ${path.basename(file)} points results at lines of that file, the same on every run`, async () => {
      const run = () => runCli(["check", "--org", "sarifco", "--format", "sarif", "--source", file, "--db", db]);
      const [one, two] = [await run(), await run()];
      expect(one.code, one.stderr).toBe(0);
      expect(githubProblems(one.stdout)).toEqual([]);
      const log = JSON.parse(one.stdout);
      expect(log.runs[0].automationDetails.id).toBe("datamap/check/sarifco/");
      const lines = fs.readFileSync(file, "utf8").split("\n");
      const support = log.runs[0].results.find((r: any) => r.ruleId === "gdpr-art30-purposes");
      const at = support.locations[0].physicalLocation;
      expect(at.artifactLocation.uri).toBe(uri);
      // The activity without purposes is "support": its entry's first line.
      const keyLine = lines.findIndex((l) => /^\s*(- key: support|"key": "support",)$/.test(l));
      expect(at.region.startLine).toBe(file.endsWith(".yaml") ? keyLine + 1 : keyLine);
      expect(new Set(regions(log).map((x: any) => x.uri))).toEqual(new Set([uri]));
      expect(JSON.parse(two.stdout)).toEqual(log);
    });
  }

  it("exits 2 for a --source that is no record file, another organisation's, unknown to the database, or without --format sarif", async () => {
    const notRecord = path.join(dir, "notes.yaml");
    fs.writeFileSync(notRecord, "hello: world\n");
    const bad = await runCli(["check", "--format", "sarif", "--source", notRecord, "--db", db]);
    expect([bad.code, bad.stdout]).toEqual([2, ""]);
    expect(bad.stderr).toMatch(new RegExp(`^datamap: --source "${notRecord}": organization: .*; expected a record file \\(YAML or JSON\\) as \`datamap import ropa\` reads\n$`));
    const other = await runCli(["check", "--org", "landups", "--format", "sarif", "--source", YAML_FILE, "--db", db]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain(`--source "${YAML_FILE}" is the record of "sarifco", not of --org "landups"`);
    const unknown = path.join(dir, "elsewhere.yaml");
    fs.writeFileSync(unknown, fs.readFileSync(YAML_FILE, "utf8").replace("slug: sarifco", "slug: elsewhere"));
    const missing = await runCli(["check", "--format", "sarif", "--source", unknown, "--db", db]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`is the record of "elsewhere", which the database does not hold; expected one of landups, leanplans, sarifco`);
    const twice = await runCli(["check", "--format", "sarif", "--source", YAML_FILE, "--source", JSON_FILE, "--db", db]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain(`another --source is already the record of "sarifco"`);
    const text = await runCli(["check", "--source", YAML_FILE, "--db", db]);
    expect(text.code).toBe(2);
    expect(text.stderr).toContain("--source is for --format sarif; got --format text");
    for (const r of [bad, other, missing, twice, text]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("carries an accepted finding as a suppression, and --fail-on leaves it out", async () => {
    const before = JSON.parse((await runCli(["check", "--org", "sarifco", "--format", "json", "--db", db])).stdout).findings;
    const high = before.filter((f: any) => f.severity === "HIGH");
    expect(high.length).toBeGreaterThan(0);
    // Accept every HIGH finding with the service the acceptFinding mutation calls, in the database the CLI reads.
    const conn = openDatabase(db);
    const dpo = { name: "dpo@sarifco.example", role: "ADMIN" as const, organizationIds: null };
    const at = new Date("2026-01-02T03:04:05.000Z");
    for (const f of high) conn.db.transaction((tx) => complianceService.accept(tx, dpo, { id: f.id, justification: "Reviewed with counsel", until: new Date("2999-01-01T00:00:00Z") }, () => {}, at));
    conn.close();
    const r = await runCli(["check", "--org", "sarifco", "--format", "sarif", "--fail-on", "high", "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    const results = JSON.parse(r.stdout).runs[0].results;
    const suppressed = results.filter((x: any) => x.suppressions);
    expect(suppressed.map((x: any) => x.properties.findingId).sort()).toEqual(high.map((f: any) => f.id).sort());
    expect(suppressed[0].suppressions[0]).toEqual({
      kind: "external",
      status: "accepted",
      justification: "Reviewed with counsel",
      properties: { acceptedBy: "dpo@sarifco.example", acceptedAt: "2026-01-02T03:04:05.000Z", until: "2999-01-01T00:00:00.000Z" },
    });
    expect(results.length).toBe(before.length);
  });
});
