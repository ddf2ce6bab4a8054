import path from "node:path";
import type { Command } from "commander";
import { exportFides } from "../io/export/fides";
import { importFides, readFidesManifests, type FidesImportSummary } from "../io/import/fides";
import { importFideslang, type KindSummary } from "../io/import/fideslang";
import { activityStore } from "../modules/activity/activity.store";
import { recipientStore } from "../modules/recipient/recipient.store";
import { organizationId, plural, seconds, withImportDb } from "./gvl-commands";
import { writeOutput } from "./exit";
import { progress } from "./progress";

// `datamap import fideslang`, `datamap export fides` and `datamap import fides`.

const dbHelp = "SQLite database file (env DATAMAP_DB)";

const kindLine = (s: KindSummary) => {
  const kept = s.kept ? `, ${s.kept} kept as worded here` : "";
  return `${s.entries} ${s.entries === 1 ? "entry" : "entries"} of ${s.what}: ${s.added} added, ${s.changed} changed, ${s.unchanged} unchanged${kept} (${s.deprecated} marked deprecated)`;
};

export function registerImportFideslang(group: Command, dbOption: () => string): void {
  group
    .command("fideslang")
    .description("add or update taxonomy entries from fideslang files (data_category, data_use and data_subject lists, one kind or several per file)")
    .argument("<files...>", "fideslang taxonomy files, or directories of .yml files")
    .option("--keep-names", "only add new entries: existing ones keep their name and description as worded here", false)
    .option("--dry-run", "check everything and report what would change, without writing", false)
    .option("--db <file>", dbHelp, dbOption())
    .action((files: string[], opts: { dryRun: boolean; keepNames: boolean; db: string }) =>
      withImportDb(opts.db, (conn) => {
        const started = Date.now();
        const s = importFideslang(conn.db, files, opts);
        const from = files.length === 1 ? path.basename(files[0]) : plural(files.length, "file");
        const body = s.kinds.map(kindLine).join("; ");
        console.log(s.dryRun ? `datamap: dry run, nothing was written: ${from} would give ${body} (${seconds(started)})` : `datamap: imported from ${from} ${body} (${seconds(started)})`);
      }),
    );
}

export function registerExportFides(group: Command, dbOption: () => string): void {
  group
    .command("fides")
    .description("write the organisation's record as a Fides manifest (YAML): organization, systems with privacy declarations, and the taxonomy entries Fides lacks")
    .requiredOption("--org <slug>", "the organisation")
    .option("--out <file>", "write to this file instead of standard output")
    .option("--db <file>", dbHelp, dbOption())
    .action((opts: { org: string; out?: string; db: string }) =>
      withImportDb(opts.db, (conn) => {
        const started = Date.now();
        const orgId = organizationId(conn, opts.org);
        const total = activityStore.byOrgIds(conn.db, [orgId]).length + recipientStore.byOrgIds(conn.db, [orgId]).length;
        const bar = progress("objects", total);
        let result;
        try {
          result = exportFides(conn.db, opts.org, () => bar.tick());
        } finally {
          bar.stop();
        }
        for (const w of result.warnings) console.error(`datamap: warning: ${w}`);
        const own = result.taxonomyEntries ? ` and ${result.taxonomyEntries} taxonomy ${result.taxonomyEntries === 1 ? "entry" : "entries"} of our own` : "";
        const line = `datamap: exported ${opts.org} as ${plural(result.systems, "Fides system")} with ${plural(result.declarations, "privacy declaration")}${own}`;
        if (!opts.out) {
          process.stdout.write(result.yaml);
          console.error(`${line} (${seconds(started)})`);
          return;
        }
        writeOutput("--out", opts.out, result.yaml);
        console.log(`${line} to ${opts.out} (${seconds(started)})`);
      }, { mustExist: true }),
    );
}

/** "3 new taxonomy entries (data_category 2, data_use 1)", or nothing. */
function newEntries(kinds: KindSummary[]): string {
  const added = kinds.filter((k) => k.added);
  const n = added.reduce((sum, k) => sum + k.added, 0);
  return n ? `${n} new taxonomy ${n === 1 ? "entry" : "entries"} (${added.map((k) => `${k.kind} ${k.added}`).join(", ")})` : "";
}

function summaryLine(s: FidesImportSummary, inputs: string[], slug: string, took: string): string {
  const part = (label: string, c: FidesImportSummary["recipients"]) => `${label} ${c.added} added, ${c.changed} changed, ${c.unchanged} unchanged`;
  const from = inputs.length === 1 && s.files === 1 ? path.basename(inputs[0]) : plural(s.files, "file");
  const systems = `${plural(s.ownSystems + s.thirdPartySystems, "system")} (${s.thirdPartySystems} run by third parties)`;
  const extras = [
    s.datasets ? plural(s.datasets, "dataset") : "",
    s.header ? `organisation header ${s.header}` : "",
    newEntries(s.taxonomy),
    s.policies ? `${s.policies} Fides ${s.policies === 1 ? "policy" : "policies"} not read (evaluation rules, not record facts)` : "",
  ].filter(Boolean);
  const head = `${systems} from ${from} into ${slug}`;
  const counts = `${part("recipients", s.recipients)}; ${part("activities", s.activities)}${extras.length ? `; ${extras.join("; ")}` : ""}`;
  return s.dryRun ? `datamap: dry run, nothing was written: ${head} would give ${counts} (${took})` : `datamap: imported ${head}: ${counts} (${took})`;
}

export function registerImportFides(group: Command, dbOption: () => string): void {
  group
    .command("fides")
    .description("read Fides manifests into an organisation: every system's privacy declarations become activities, third-party systems recipients, the organization resource the header")
    .argument("<files...>", "Fides manifests (system, dataset, organization, data_category, data_use, data_subject lists), or directories of .yml files")
    .requiredOption("--org <slug>", "the organisation to read them into")
    .option("--dry-run", "check everything and report what would change, without writing", false)
    .option("--db <file>", dbHelp, dbOption())
    .action((files: string[], opts: { org: string; dryRun: boolean; db: string }) =>
      withImportDb(opts.db, (conn) => {
        const started = Date.now();
        const orgId = organizationId(conn, opts.org);
        const bundle = readFidesManifests(files);
        const declarations = bundle.systems.reduce((n, s) => n + s.value.privacy_declarations.length, 0);
        const bar = progress("objects", bundle.systems.length * 2 + declarations);
        let summary: FidesImportSummary;
        try {
          summary = importFides(conn.db, orgId, opts.org, bundle, { dryRun: opts.dryRun, tick: (n) => bar.tick(n) });
        } finally {
          bar.stop();
        }
        for (const w of summary.warnings) console.error(`datamap: warning: ${w}`);
        console.log(summaryLine(summary, files, opts.org, seconds(started)));
      }),
    );
}
