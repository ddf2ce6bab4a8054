import type { Command } from "commander";
import { GraphQLError } from "graphql";
import { DatabaseOpenError, openDatabase, type Connection, type OpenOptions } from "../db/connection";
import { importGvl, type GvlImportSummary } from "../io/import/gvl";
import { readGvlList } from "../io/import/gvl-file";
import { readGvlMapping } from "../io/import/gvl-mapping";
import { SeedError } from "../io/seed/errors";
import { organizationStore } from "../modules/organization/organization.store";
import { isBusy } from "../db/busy";
import { busyExit, usage } from "./exit";
import { progress } from "./progress";

// `datamap import gvl`, and the helpers every import/export command of this family shares.

/** Opens the database, runs the command, closes it; rejected input is reported and nothing was written. */
export function withImportDb(file: string, work: (conn: Connection) => void, options: OpenOptions = {}): void {
  let conn: Connection | undefined;
  try {
    conn = openDatabase(file, options);
  } catch (err) {
    if (err instanceof DatabaseOpenError) usage(err.message);
    throw err;
  }
  try {
    work(conn);
  } catch (err) {
    if (isBusy(err)) busyExit();
    if (err instanceof SeedError) console.error(`datamap: rejected, nothing was written:\n${err.message}`);
    else if (err instanceof GraphQLError) console.error(`datamap: rejected, nothing was written:\n${err.message}`);
    else throw err;
    process.exitCode = 1;
  } finally {
    conn.close();
  }
}

/** The organisation's row id; an unknown slug is a usage error listing the slugs there are. */
export function organizationId(conn: Connection, slug: string): number {
  const org = organizationStore.bySlug(conn.db, slug);
  if (!org) {
    const slugs = organizationStore.all(conn.db).map((o) => o.slug);
    usage(`--org ${JSON.stringify(slug)} is not valid; expected one of ${slugs.join(", ") || "(no organisation yet: run datamap seed)"}`);
  }
  return org.id;
}

export const seconds = (startedAt: number) => `${((Date.now() - startedAt) / 1000).toFixed(1)} s`;
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function printWarnings(warnings: { path: string; message: string }[]): void {
  for (const w of warnings) console.error(`datamap: warning: ${w.path}: ${w.message}`);
}

function summaryLine(s: GvlImportSummary, slug: string, took: string): string {
  const counts = `${s.added} added, ${s.changed} changed, ${s.removed} removed, ${s.unchanged} unchanged`;
  const extras = [
    s.skippedDeleted ? `${plural(s.skippedDeleted, "deleted vendor")} not imported` : "",
    s.notInList ? `${plural(s.notInList, "earlier vendor")} not in this list, left as they are` : "",
    `TCF activity ${s.activity}`,
  ].filter(Boolean);
  const head = `vendor list v${s.vendorListVersion} (${plural(s.vendors, "vendor")}) into ${slug}`;
  return s.dryRun
    ? `datamap: dry run, nothing was written: ${head} would give ${counts}; ${extras.join("; ")} (${took})`
    : `datamap: imported ${head}: ${counts}; ${extras.join("; ")} (${took})`;
}

export function registerImportGvl(group: Command, dbOption: () => string): void {
  group
    .command("gvl")
    .description("import an IAB TCF Global Vendor List (v3 format): each vendor becomes a recipient of the organisation")
    .argument("<vendor-list.json>", "the vendor list, e.g. vendor-list.json from the IAB's site")
    .requiredOption("--org <slug>", "the organisation whose vendors they are")
    .option("--dry-run", "check everything and report what would change, without writing", false)
    .option("--allow-older", "import a list older than the one already imported (its vendors roll back to it)", false)
    .option("--db <file>", "SQLite database file (env DATAMAP_DB)", dbOption())
    .action((file: string, opts: { org: string; dryRun: boolean; allowOlder: boolean; db: string }) =>
      withImportDb(opts.db, (conn) => {
        const started = Date.now();
        const orgId = organizationId(conn, opts.org);
        const list = readGvlList(file);
        const mapping = readGvlMapping(conn.db);
        const bar = progress("vendors", list.vendors.length);
        let summary: GvlImportSummary;
        try {
          summary = importGvl(conn.db, orgId, list, mapping, { dryRun: opts.dryRun, allowOlder: opts.allowOlder, tick: () => bar.tick() });
        } finally {
          bar.stop();
        }
        printWarnings(summary.warnings);
        console.log(summaryLine(summary, opts.org, seconds(started)));
      }),
    );
}
