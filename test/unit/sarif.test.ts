import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Connection } from "../../src/db/connection";
import { RULES } from "../../src/domain/rules/catalogue";
import { readRecordFile } from "../../src/io/record-file";
import { noticeSarif } from "../../src/io/report/notice-sarif";
import { recordSource, seedSources, type RecordSource } from "../../src/io/report/record-sources";
import { findingsSarif } from "../../src/io/report/sarif";
import { MAX_RESULTS, sarifLog } from "../../src/io/report/sarif-log";
import { seedDatabase, seedSynthetic } from "../../src/io/seed/seed";
import { complianceService } from "../../src/modules/compliance/compliance.service";
import { SYSTEM } from "../../src/modules/context";
import { compareWithRecord } from "../../src/modules/notice/notice.service";
import { importRecord } from "../../src/modules/record/record.write";
import { githubProblems, schemaProblems } from "../helpers/github-sarif";
import { tempDir } from "../helpers/server";

// The SARIF logs datamap writes, from the seeds and from a record file of our own: valid SARIF 2.1.0, within what
// GitHub code scanning accepts, each result at the line of its subject, accepted findings as suppressions.
const FIXTURES = path.resolve(__dirname, "../fixtures/sarif");
const YAML_FILE = path.join(FIXTURES, "sarifco.yaml");
const JSON_FILE = path.join(FIXTURES, "sarifco.json");

let a: Connection;
let b: Connection;
const dirs: string[] = [];

/** A fresh database with the seeds and the fixture organisation; `pad` first loads an organisation that shifts every row id. */
function database(pad: boolean): Connection {
  const dir = tempDir("datamap-sarif-");
  dirs.push(dir);
  const conn = openDatabase(path.join(dir, "sarif.db"));
  if (pad) seedSynthetic(conn, { slug: "padding", activities: 25, recipients: 7 });
  seedDatabase(conn);
  const record = readRecordFile(YAML_FILE);
  conn.db.transaction((tx) => importRecord(tx, record, { actor: "test" }));
  return conn;
}

function sarifOf(conn: Connection, organization: string | undefined, sources: ReadonlyMap<string, RecordSource>) {
  const { findings, subjects } = complianceService.report(conn.db, SYSTEM, { organization, includeAccepted: true });
  const out = findingsSarif(findings, subjects, { version: "0.0.0-test", organization, sources });
  return { ...out, log: JSON.parse(out.text), findings, subjects };
}

const physical = (res: any) => res.locations[0].physicalLocation;

beforeAll(() => {
  a = database(false);
  b = database(true);
});
afterAll(() => {
  a.close();
  b.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe("SARIF of the seeds", () => {
  it("validates against the SARIF 2.1.0 schema and GitHub's upload requirements", () => {
    const { text, log, omitted } = sarifOf(a, undefined, seedSources());
    expect(schemaProblems(log)).toEqual([]);
    expect(githubProblems(text)).toEqual([]);
    expect(omitted).toBe(0);
    const run = log.runs[0];
    expect(run.results.length).toBeGreaterThan(50);
    expect(run.automationDetails.id).toBe("datamap/check/all/");
    // Every rule of the catalogue, whether or not it found anything: GitHub asks that rules not vary between runs.
    expect(run.tool.driver.rules.map((r: any) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
  });

  it("would be refused by the checks without a physical location, with an absolute path or a repeated fingerprint", () => {
    const { log } = sarifOf(a, "landups", seedSources());
    const [first, second, third] = log.runs[0].results;
    delete first.locations[0].physicalLocation;
    physical(second).artifactLocation.uri = "/home/me/seeds/landups.yaml";
    third.ruleId = second.ruleId;
    third.partialFingerprints = second.partialFingerprints;
    const problems = githubProblems(JSON.stringify(log)).join("\n");
    expect(problems).toContain("results[0].locations[0].physicalLocation.artifactLocation.uri: missing");
    expect(problems).toContain("/home/me/seeds/landups.yaml is not relative to the repository root");
    expect(problems).toContain("twice");
  });

  it("points each result at its subject's line in seeds/<org>.yaml", () => {
    const { log, findings, subjects } = sarifOf(a, "landups", seedSources());
    const lines = fs.readFileSync(path.resolve(__dirname, "../../seeds/landups.yaml"), "utf8").split("\n");
    findings.forEach((f, i) => {
      const res = log.runs[0].results.find((r: any) => r.properties.findingId === f.id);
      const s = subjects.get(f.subjectId)!;
      expect(physical(res).artifactLocation.uri).toBe("seeds/landups.yaml");
      const line = lines[physical(res).region.startLine - 1];
      expect(line, `finding ${i} on ${s.type} ${s.key}`).toBe(s.type === "Organization" ? "organization:" : `  - key: ${s.key}`);
      expect(res.locations[0].logicalLocations[0].fullyQualifiedName).toMatch(/^landups(\/|$)/);
    });
  });

  it("gives every rule a security severity in GitHub's band for its severity, tags and a link to the law", () => {
    const band: Record<string, [number, number]> = { CRITICAL: [9, 10], HIGH: [7, 8.9], MEDIUM: [4, 6.9], LOW: [0.1, 3.9], INFO: [0, 0] };
    for (const r of sarifOf(a, "landups", new Map()).log.runs[0].tool.driver.rules) {
      const [lo, hi] = band[r.properties.severity];
      const score = Number(r.properties["security-severity"]);
      expect(score >= lo && score <= hi, `${r.id} ${score}`).toBe(true);
      expect(r.properties.tags).toContain("privacy");
      expect(r.properties.tags.some((t: string) => ["GDPR", "UK_GDPR", "PIPL", "PDPO", "CCPA"].includes(t)), r.id).toBe(true);
      expect(r.helpUri, r.id).toMatch(/^https?:\/\/(eur-lex\.europa\.eu|www\.legislation\.gov\.uk|en\.npc\.gov\.cn\.cdurl\.cn|www\.elegislation\.gov\.hk|leginfo\.legislature\.ca\.gov|cppa\.ca\.gov)\//);
    }
    const rules = sarifOf(a, "landups", new Map()).log.runs[0].tool.driver.rules;
    expect(rules.find((r: any) => r.id === "uk-art30-retention").helpUri).toBe("https://www.legislation.gov.uk/eur/2016/679/article/30");
    expect(rules.find((r: any) => r.id === "gdpr-art30-retention").helpUri).toBe("https://eur-lex.europa.eu/eli/reg/2016/679/oj");
    expect(rules.find((r: any) => r.id === "ccpa-sale-no-opt-out").helpUri).toContain("sectionNum=1798.120");
  });

  it("keeps each finding's fingerprint when row ids differ (a database where another organisation came first)", () => {
    const fingerprints = (conn: Connection) => {
      const { log } = sarifOf(conn, undefined, seedSources());
      return new Map(
        log.runs[0].results.filter((r: any) => r.properties.organization !== "padding").map((r: any) => [`${r.ruleId}|${r.locations[0].logicalLocations[0].fullyQualifiedName}`, r.partialFingerprints]),
      );
    };
    const ids = (conn: Connection) => complianceService.report(conn.db, SYSTEM, { organization: "landups" }).findings.map((f) => f.id);
    // The finding ids follow the row ids, so they differ; the fingerprints must not.
    expect(ids(a).filter((id) => ids(b).includes(id))).toEqual([]);
    expect(fingerprints(b)).toEqual(fingerprints(a));
    expect(fingerprints(a).size).toBeGreaterThan(50);
  });
});

describe("SARIF of a record file", () => {
  for (const [file, uri] of [
    [YAML_FILE, "test/fixtures/sarif/sarifco.yaml"],
    [JSON_FILE, "test/fixtures/sarif/sarifco.json"],
  ]) {
    it(`points each result at the line of its subject's entry in ${path.basename(file)}`, () => {
      const { slug, source } = recordSource(file);
      expect([slug, source.uri]).toEqual(["sarifco", uri]);
      const { log, text, findings, subjects } = sarifOf(a, "sarifco", new Map([[slug, source]]));
      expect(githubProblems(text)).toEqual([]);
      const lines = fs.readFileSync(file, "utf8").split("\n");
      // Where each subject starts, found independently: the line of its key in YAML, the "{" above it in JSON.
      const expected = (type: string, key: string) => {
        if (type === "Organization") return lines.findIndex((l) => /^"?organization"?:/.test(l.trim())) + 1;
        const at = lines.findIndex((l) => l.trim() === `- key: ${key}` || l.trim() === `"key": "${key}",`);
        if (file.endsWith(".yaml")) return at + 1;
        let open = at;
        while (lines[open].trim() !== "{") open--;
        return open + 1;
      };
      const types = new Set<string>();
      for (const f of findings) {
        const s = subjects.get(f.subjectId)!;
        types.add(s.type);
        const res = log.runs[0].results.find((r: any) => r.properties.findingId === f.id);
        expect(physical(res).artifactLocation.uri).toBe(uri);
        expect(physical(res).region.startLine, `${f.rule} on ${s.type} ${s.key}`).toBe(expected(s.type, s.key));
        // The region is the subject's first line, from its first character.
        const { startColumn, endColumn } = physical(res).region;
        expect(lines[physical(res).region.startLine - 1].slice(startColumn - 1, endColumn - 1).trim()).not.toBe("");
      }
      expect([...types].sort()).toEqual(["Location", "Organization", "ProcessingActivity", "Recipient"]);
    });
  }

  it("points an organisation without a file at datamap/<slug>.ropa.json, line 1, the same every run", () => {
    const { log } = sarifOf(a, "sarifco", seedSources());
    const first = log.runs[0].results.map((r: any) => physical(r));
    expect(new Set(first.map((p: any) => p.artifactLocation.uri))).toEqual(new Set(["datamap/sarifco.ropa.json"]));
    expect(first.every((p: any) => p.region.startLine === 1)).toBe(true);
    expect(log.runs[0].automationDetails.id).toBe("datamap/check/sarifco/");
  });
});

describe("the result limit", () => {
  it("keeps the most severe 25,000 results of a larger run and counts the rest", () => {
    const rule = { id: "r", severity: "LOW" as const, checks: "Checks.", remediation: "Fix.", reference: "GDPR Art 30(1)", regimes: ["GDPR" as const] };
    const results = Array.from({ length: MAX_RESULTS + 10 }, (_, i) => ({
      ruleId: "r",
      severity: i < 20 ? ("HIGH" as const) : ("LOW" as const),
      message: `Finding ${i}.`,
      uri: "datamap/x.ropa.json",
      span: null,
      logical: { name: `o${i}`, fullyQualifiedName: `x/o${i}`, kind: "object" },
      identity: `x|${i}`,
      properties: {},
    }));
    // The HIGH ones last, so keeping the first 25,000 as given would lose them.
    const { text, omitted } = sarifLog({ version: "0", automationId: "datamap/test/", rules: [rule], results: results.reverse() });
    const kept = JSON.parse(text).runs[0].results;
    expect([kept.length, omitted]).toEqual([MAX_RESULTS, 10]);
    expect(kept.slice(0, 20).every((r: any) => r.level === "error")).toBe(true);
    expect(githubProblems(text)).toEqual([]);
  });
});

describe("an accepted finding", () => {
  it("appears as an external suppression, accepted, with the justification, who and when", () => {
    const target = complianceService.report(a.db, SYSTEM, { organization: "sarifco" }).findings.find((f) => f.rule === "gdpr-processor-no-dpa")!;
    const until = new Date("2999-01-01T00:00:00Z");
    a.db.transaction((tx) => complianceService.accept(tx, SYSTEM, { id: target.id, justification: "Contract signed on paper; scan pending", until }, () => {}));
    const { log, text } = sarifOf(a, "sarifco", new Map());
    expect(githubProblems(text)).toEqual([]);
    const results = log.runs[0].results;
    const accepted = results.find((r: any) => r.properties.findingId === target.id);
    expect(accepted.suppressions).toEqual([
      {
        kind: "external",
        status: "accepted",
        justification: "Contract signed on paper; scan pending",
        properties: { acceptedBy: SYSTEM.name, acceptedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), until: until.toISOString() },
      },
    ]);
    expect(results.filter((r: any) => r.suppressions).length).toBe(1);
    expect(schemaProblems(log)).toEqual([]);
  });
});

describe("SARIF of a notice comparison", () => {
  it("validates, and points gaps about what the notice says at its section's heading", () => {
    // Another organisation's notice against Landups' record: what it says and the record lacks has a section.
    const file = path.resolve(__dirname, "../fixtures/notices/acme-travel.html");
    const raw = fs.readFileSync(file, "utf8");
    const { gaps, analysis } = compareWithRecord(a.db, SYSTEM, "landups", raw, file);
    const text = noticeSarif(gaps, { uri: "test/fixtures/notices/acme-travel.html", raw, sections: analysis.document.sections }, "landups", "0.0.0-test");
    const log = JSON.parse(text);
    expect(schemaProblems(log)).toEqual([]);
    expect(githubProblems(text)).toEqual([]);
    const results = log.runs[0].results;
    expect(results.length).toBe(gaps.length);
    expect(log.runs[0].automationDetails.id).toBe("datamap/notice/landups/test/fixtures/notices/acme-travel.html/");
    const said = results.filter((r: any) => r.properties.section !== null);
    expect(said.length).toBeGreaterThan(0);
    const lines = raw.split("\n");
    for (const r of said) {
      const heading = analysis.document.sections.find((s) => s.id === r.properties.section)!.heading;
      expect(heading).not.toBe("");
      expect(lines[r.locations[0].physicalLocation.region.startLine - 1]).toContain(heading);
    }
    // The rest point at the notice's first line.
    for (const r of results.filter((x: any) => x.properties.section === null)) expect(r.locations[0].physicalLocation.region.startLine).toBe(1);
  });
});
