import type { Command } from "commander";
import { openDatabase } from "../db/connection";
import { RULES } from "../domain/rules/catalogue";
import { severityRank } from "../domain/rules/engine";
import { SEVERITIES, type Severity } from "../domain/rules/rule";
import { SYSTEM } from "../modules/context";
import { complianceService } from "../modules/compliance/compliance.service";
import type { Finding } from "../modules/compliance/compliance.type";
import { organizationIdOf } from "../modules/record/record.read";
import { organizationStore } from "../modules/organization/organization.store";
import { rulesMarkdown } from "../io/report/rules-table";
import { seedFindingsMarkdown } from "../io/report/seed-findings";
import { seedDatabase } from "../io/seed/seed";
import os from "node:os";
import path from "node:path";
import { findingsSarif } from "../io/report/sarif";
import { MAX_RESULTS } from "../io/report/sarif-log";
import { recordSource, seedSources, type RecordSource } from "../io/report/record-sources";
import { SeedError } from "../io/seed/errors";
import fs from "node:fs";
import { oneOf, openOrExit, parseInstant, usage, writeOutput } from "./exit";

// `datamap check` and `datamap rules`: the compliance engine for pipelines and for people.

const FORMATS = ["text", "json", "sarif"] as const;


/** The record file behind each organisation: the seed files, then each --source file (slug from the file), checked. */
function sourcesOf(files: string[], slugs: string[], org: string | undefined): Map<string, RecordSource> {
  const sources = seedSources();
  const given = new Set<string>();
  for (const file of files) {
    let read;
    try {
      read = recordSource(file);
    } catch (err) {
      if (err instanceof SeedError) {
        const p = err.problems[0];
        usage(`--source ${JSON.stringify(file)}: ${p.path ? `${p.path}: ` : ""}${p.message}; expected a record file (YAML or JSON) as \`datamap import ropa\` reads`);
      }
      throw err;
    }
    const { slug, source } = read;
    if (!slugs.includes(slug)) usage(`--source ${JSON.stringify(file)} is the record of ${JSON.stringify(slug)}, which the database does not hold; expected one of ${slugs.join(", ")}`);
    if (org !== undefined && slug !== org) usage(`--source ${JSON.stringify(file)} is the record of ${JSON.stringify(slug)}, not of --org ${JSON.stringify(org)}`);
    if (given.has(slug)) usage(`--source ${JSON.stringify(file)}: another --source is already the record of ${JSON.stringify(slug)}; expected one file per organisation`);
    given.add(slug);
    sources.set(slug, source);
  }
  return sources;
}

function printText(findings: Finding[], subjects: Map<string, { slug: string; key: string }>): void {
  if (!findings.length) return void console.log("no findings");
  const counts = SEVERITIES.slice()
    .reverse()
    .map((s) => `${s} ${findings.filter((f) => f.severity === s).length}`)
    .join("  ");
  console.log(`${findings.length} findings: ${counts}`);
  console.log("");
  const rows = findings.map((f) => [f.severity, f.rule, `${subjects.get(f.subjectId)?.slug ?? ""}/${subjects.get(f.subjectId)?.key ?? ""}`, f.message]);
  const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(`${r[0].padEnd(width[0])}  ${r[1].padEnd(width[1])}  ${r[2].padEnd(width[2])}  ${r[3]}`);
}

export function checkCommands(cli: Command, dbOption: () => string, version: string): void {
  cli
    .command("check")
    .description("judge the record: print its findings, and exit 1 when any is at or above --fail-on")
    .option("--org <slug>", "only this organisation")
    .option("--format <format>", `output: ${FORMATS.join(", ")}`, "text")
    .option("--as-of <date>", "judge the record as it stood then (a date, its start in UTC, or an instant), with today's reference data")
    .option("--fail-on <severity>", `exit 1 when a finding is at or above this severity (${SEVERITIES.join(", ")})`)
    .option(
      "--source <file>",
      "with --format sarif: the record file (YAML or JSON, as `datamap import ropa` reads) an organisation's record is kept in, so results point at its lines; repeatable, one per organisation",
      (file: string, files: string[] = []) => [...files, file],
    )
    .option("--db <file>", "SQLite database file (env DATAMAP_DB)", dbOption())
    .action((opts: { org?: string; format: string; asOf?: string; failOn?: string; source?: string[]; db: string }) => {
      const format = oneOf("--format", opts.format, FORMATS);
      const asOf = opts.asOf === undefined ? null : parseInstant("--as-of", opts.asOf);
      const failOn = opts.failOn === undefined ? undefined : oneOf<Severity>("--fail-on", opts.failOn.toUpperCase(), SEVERITIES);
      const sourceFiles = opts.source ?? [];
      if (sourceFiles.length && format !== "sarif") usage(`--source is for --format sarif; got --format ${format}`);
      const conn = openOrExit(opts.db, { mustExist: true });
      try {
        if (opts.org !== undefined && organizationIdOf(conn.db, SYSTEM, opts.org, asOf !== null) === null) {
          usage(`--org ${JSON.stringify(opts.org)} is not valid; expected one of ${organizationStore.all(conn.db).map((o) => o.slug).join(", ")}`);
        }
        // SARIF carries accepted findings too, as suppressions; they never fail the check.
        const { findings, subjects } = complianceService.report(conn.db, SYSTEM, { organization: opts.org, asOf, includeAccepted: format === "sarif" });
        if (format === "json") console.log(JSON.stringify({ findings: findings.map((f) => ({ ...f, subject: subjects.get(f.subjectId) })) }, null, 2));
        else if (format === "sarif") {
          const sources = sourcesOf(sourceFiles, organizationStore.all(conn.db).map((o) => o.slug), opts.org);
          const { text, omitted } = findingsSarif(findings, subjects, { version, organization: opts.org, sources });
          console.log(text);
          if (omitted) console.error(`datamap: left the ${omitted} least severe of ${findings.length} results out of the SARIF log: GitHub code scanning rejects a run of more than ${MAX_RESULTS}`);
        } else printText(findings, subjects);
        if (failOn && findings.some((f) => f.acceptance === null && severityRank(f.severity as Severity) >= severityRank(failOn))) process.exitCode = 1;
      } finally {
        conn.close();
      }
    });
  cli
    .command("rules")
    .description("print the rule table (Markdown), or write it to a file")
    .option("--out <file>", "write to this file")
    .action((opts: { out?: string }) => {
      const md = rulesMarkdown(RULES);
      if (opts.out) writeOutput("--out", opts.out, md);
      else process.stdout.write(md);
    });
  cli
    .command("seed-findings")
    .description("print the findings on the seed records (Markdown, docs/seed-findings.md), or write them to a file")
    .option("--out <file>", "write to this file")
    .action((opts: { out?: string }) => {
      // A throwaway database seeded afresh, so the document never depends on the user's own data.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "datamap-seed-findings-"));
      const conn = openDatabase(path.join(dir, "seeds.db"));
      try {
        seedDatabase(conn);
        const md = seedFindingsMarkdown(conn.db);
        if (opts.out) writeOutput("--out", opts.out, md);
        else process.stdout.write(md);
      } finally {
        conn.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
}
