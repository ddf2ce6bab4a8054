import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { GraphQLError } from "graphql";
import type { RecordDocument } from "../domain/record";
import { SYSTEM } from "../modules/context";
import { RECORD_FORMATS, ROPA_FORMATS, renderExport } from "../io/export/render";
import { readRecordFile } from "../io/record-file";
import { SeedError } from "../io/seed/errors";
import { defaultSeedDir } from "../io/seed/seed";
import { readReference } from "../io/seed/seed-set";
import { organizationStore } from "../modules/organization/organization.store";
import { referenceStore } from "../modules/reference/reference.store";
import { importReference } from "../modules/reference/reference.service";
import { IMPORT_ACTOR, importRecord, importSize, type RecordImportSummary } from "../modules/record/record.write";
import { organizationIdOf } from "../modules/record/record.read";
import { isBusy } from "../db/busy";
import { busyExit, openOrExit, parseInstant, usage, writeOutput } from "./exit";
import { progress } from "./progress";
import { writeTransaction } from "../db/busy";

// `datamap export ropa` (the Art 30 record as XLSX, CSV, Markdown, HTML, JSON or DPV JSON-LD) and `datamap import ropa`.

type Format = (typeof ROPA_FORMATS)[number];
/** Formats that cannot go to a terminal. */
const BINARY: Format[] = ["xlsx"];

/** A problem with the file's content: what was rejected and where; nothing was written. */
function rejected(err: SeedError): never {
  console.error(`datamap: import rejected, nothing was written:\n${err.message}`);
  process.exit(1);
}


/** A progress bar that appears only once the work has run for a second, and only on a terminal. */
function lazyProgress(label: string, total: number) {
  const started = Date.now();
  let bar: ReturnType<typeof progress> | undefined;
  let done = 0;
  return {
    tick() {
      done++;
      if (bar) bar.tick();
      else if (Date.now() - started > 1000) (bar = progress(label, total)).tick(done);
    },
    stop: () => bar?.stop(),
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

interface ExportOptions {
  org?: string;
  format?: string;
  asOf?: string;
  processor?: boolean;
  out?: string;
  db: string;
}

async function exportRopa(opts: ExportOptions): Promise<void> {
  if (opts.format === undefined) usage(`--format is required; expected one of ${ROPA_FORMATS.join(", ")}`);
  const format = opts.format as Format;
  if (!ROPA_FORMATS.includes(format)) usage(`--format ${JSON.stringify(opts.format)} is not valid; expected one of ${ROPA_FORMATS.join(", ")}`);
  if (opts.processor && RECORD_FORMATS.includes(format)) usage(`--processor applies to the report formats (xlsx, csv, md, html), not to --format ${format}, which carries the whole record`);
  if (BINARY.includes(format) && !opts.out) usage(`--format ${format} writes a binary file; give --out <file>`);
  const asOf = opts.asOf === undefined ? null : parseInstant("--as-of", opts.asOf);
  const conn = openOrExit(opts.db, { mustExist: true });
  let output: string | Buffer;
  let activities: number;
  try {
    const slugs = () => organizationStore.all(conn.db).map((o) => o.slug).join(", ") || "(none: the database holds no organisation)";
    if (opts.org === undefined) usage(`--org is required; expected one of ${slugs()}`);
    if (organizationIdOf(conn.db, SYSTEM, opts.org, asOf !== null) === null) usage(`--org ${JSON.stringify(opts.org)} is not valid; expected one of ${slugs()}`);
    const noRecord = () => usage(`--as-of ${JSON.stringify(opts.asOf)}: the organisation ${JSON.stringify(opts.org)} had no record yet at that instant`);
    const progress = (total: number) => lazyProgress(`export ${format}`, total);
    const rendered = (await renderExport(conn.db, SYSTEM, opts.org, format, asOf, !!opts.processor, { progress })) ?? noRecord();
    output = rendered.body;
    activities = rendered.count;
  } finally {
    conn.close();
  }
  if (!opts.out) return void process.stdout.write(output);
  writeOutput("--out", opts.out, output);
  console.error(`datamap: wrote ${plural(activities, "activity", "activities")} to ${opts.out}`);
}

/** Thrown inside a dry run's transaction so that it rolls back after every check has run. */
class DryRun extends Error {
  constructor(readonly summary: RecordImportSummary) {
    super("dry run");
  }
}

function summaryText(s: RecordImportSummary, reference: boolean): string {
  const parts = [
    plural(s.activities, "activity", "activities"),
    plural(s.recipients, "recipient"),
    plural(s.storageLocations, "storage location"),
    plural(s.securityMeasures, "security measure"),
    plural(s.rights, "right"),
    plural(s.statements, "statement"),
    plural(s.documents, "document"),
    plural(s.citations, "citation"),
  ];
  return `organisation ${s.slug} with ${parts.join(", ")}${reference ? ", after loading the reference data from the seeds" : ""}`;
}

function importRopa(file: string, opts: { db: string; dryRun: boolean }): void {
  let rec: RecordDocument;
  try {
    rec = readRecordFile(file);
  } catch (err) {
    if (err instanceof SeedError) rejected(err);
    throw err;
  }
  // A dry run against a database that does not exist yet checks against a scratch one, so no file appears.
  const scratch = opts.dryRun && !fs.existsSync(opts.db);
  const conn = openOrExit(scratch ? ":memory:" : opts.db);
  const bar = lazyProgress("import ropa", importSize(rec));
  // An empty database gets the reference data from the seeds first, in the same transaction.
  const needsReference = !referenceStore.hasReferenceData(conn.db);
  try {
    const reference = needsReference ? readReference(path.join(defaultSeedDir(), "reference")) : null;
    const summary = writeTransaction(conn.db, (tx) => {
      if (reference) importReference(tx, reference);
      const s = importRecord(tx, rec, { actor: IMPORT_ACTOR, tick: bar.tick });
      if (opts.dryRun) throw new DryRun(s);
      return s;
    });
    bar.stop();
    console.log(`datamap: imported ${summaryText(summary, needsReference)} into ${opts.db}`);
  } catch (err) {
    bar.stop();
    if (err instanceof DryRun) return void console.log(`datamap: dry run, nothing was written: would import ${summaryText(err.summary, needsReference)}`);
    if (isBusy(err)) busyExit();
    if (err instanceof SeedError) rejected(err);
    if (err instanceof GraphQLError) {
      const where = String(err.extensions.argumentPath ?? "");
      rejected(new SeedError(file, [{ path: where, message: where && err.message.startsWith(`${where}: `) ? err.message.slice(where.length + 2) : err.message }]));
    }
    throw err;
  } finally {
    conn.close();
  }
}

export function registerExportRopa(group: Command, dbOption: () => string): void {
  group
    .command("ropa")
    .description("write an organisation's record of processing (GDPR Art 30) as a spreadsheet, a document, JSON or DPV JSON-LD")
    .option("--org <slug>", "the organisation")
    .option("--format <format>", `output: ${ROPA_FORMATS.join(", ")} (xlsx needs --out)`)
    .option("--as-of <date>", "the record as it stood then: a date (2026-03-01, its start in UTC) or an instant (2026-03-01T09:00:00Z)")
    .option("--processor", "the processor's record (Art 30(2)) instead of the controller's (Art 30(1))", false)
    .option("--out <file>", "write to this file instead of standard output")
    .option("--db <file>", "SQLite database file (env DATAMAP_DB)", dbOption())
    .action(exportRopa);
}

export function registerImportRopa(group: Command, dbOption: () => string): void {
  group
    .command("ropa")
    .description("read a record file (docs/record-format.md: `datamap export ropa --format json` output or a seed file) into the database as a new organisation (one transaction)")
    .argument("<file>", "the record: JSON, or YAML when named .yaml or .yml; version 1 files are upgraded")
    .option("--db <file>", "SQLite database file (env DATAMAP_DB)", dbOption())
    .option("--dry-run", "check everything and report what would be created, then write nothing", false)
    .action(importRopa);
}
