import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { exportFides } from "../io/export/fides";
import { importFides, readFidesManifest, type FidesImportSummary } from "../io/import/fides";
import { importFideslang } from "../io/import/fideslang";
import { activityStore } from "../modules/activity/activity.store";
import { recipientStore } from "../modules/recipient/recipient.store";
import { organizationId, plural, seconds, withImportDb } from "./gvl-commands";
import { progress } from "./progress";

// `datamap import fideslang`, `datamap export fides` and `datamap import fides`.

const dbHelp = "SQLite database file (env DATAMAP_DB)";

export function registerImportFideslang(group: Command, dbOption: () => string): void {
  group
    .command("fideslang")
    .description("add or update taxonomy entries from a fideslang file (data_categories.yml, data_uses.yml or data_subjects.yml)")
    .argument("<file.yml>", "a fideslang taxonomy file: data_category, data_use or data_subject entries keyed by fides_key")
    .option("--dry-run", "check everything and report what would change, without writing", false)
    .option("--db <file>", dbHelp, dbOption())
    .action((file: string, opts: { dryRun: boolean; db: string }) =>
      withImportDb(opts.db, (conn) => {
        const started = Date.now();
        const s = importFideslang(conn.db, file, opts);
        const counts = `${s.added} added, ${s.changed} changed, ${s.unchanged} unchanged (${s.deprecated} marked deprecated)`;
        const head = `${s.entries} ${s.entries === 1 ? "entry" : "entries"} of ${s.what} from ${path.basename(file)}`;
        console.log(s.dryRun ? `datamap: dry run, nothing was written: ${head} would give ${counts} (${seconds(started)})` : `datamap: imported ${head}: ${counts} (${seconds(started)})`);
      }),
    );
}

export function registerExportFides(group: Command, dbOption: () => string): void {
  group
    .command("fides")
    .description("write the organisation's record as Fides system manifests (YAML): its activities as privacy declarations, its recipients as systems")
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
        const line = `datamap: exported ${opts.org} as ${plural(result.systems, "Fides system")} with ${plural(result.declarations, "privacy declaration")}`;
        if (!opts.out) {
          process.stdout.write(result.yaml);
          console.error(`${line} (${seconds(started)})`);
          return;
        }
        fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
        fs.writeFileSync(opts.out, result.yaml);
        console.log(`${line} to ${opts.out} (${seconds(started)})`);
      }),
    );
}

function summaryLine(s: FidesImportSummary, file: string, slug: string, took: string): string {
  const part = (label: string, c: FidesImportSummary["recipients"]) => `${label} ${c.added} added, ${c.changed} changed, ${c.unchanged} unchanged`;
  const counts = `${part("recipients", s.recipients)}; ${part("activities", s.activities)}`;
  const ignored = s.ignoredDeclarations ? `; ${plural(s.ignoredDeclarations, "privacy declaration")} of recipient systems not imported` : "";
  const head = `${plural(s.systems, "system")} from ${path.basename(file)} into ${slug} (its own system: ${s.organizationSystem})`;
  return s.dryRun ? `datamap: dry run, nothing was written: ${head} would give ${counts}${ignored} (${took})` : `datamap: imported ${head}: ${counts}${ignored} (${took})`;
}

export function registerImportFides(group: Command, dbOption: () => string): void {
  group
    .command("fides")
    .description("read Fides system manifests into an organisation: its own system's privacy declarations become activities, other systems recipients")
    .argument("<file.yml>", "a Fides manifest with a top-level system: list")
    .requiredOption("--org <slug>", "the organisation to read them into")
    .option("--dry-run", "check everything and report what would change, without writing", false)
    .option("--db <file>", dbHelp, dbOption())
    .action((file: string, opts: { org: string; dryRun: boolean; db: string }) =>
      withImportDb(opts.db, (conn) => {
        const started = Date.now();
        const orgId = organizationId(conn, opts.org);
        const manifest = readFidesManifest(file);
        const bar = progress("systems", manifest.systems.reduce((n, s) => n + 1 + s.privacy_declarations.length, 0));
        let summary: FidesImportSummary;
        try {
          summary = importFides(conn.db, orgId, opts.org, manifest, { dryRun: opts.dryRun, tick: (n) => bar.tick(n) });
        } finally {
          bar.stop();
        }
        console.log(summaryLine(summary, file, opts.org, seconds(started)));
      }),
    );
}
