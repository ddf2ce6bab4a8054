import fs from "node:fs";
import type { Command } from "commander";
import { GraphQLError } from "graphql";
import { stringify } from "yaml";
import { severityRank } from "../domain/rules/engine";
import { SEVERITIES, type Severity } from "../domain/rules/rule";
import type { NoticeGap } from "../domain/notice/compare";
import { analyzeNotice } from "../io/notice/analyze";
import { NoticeError } from "../io/notice/errors";
import { noticeSarif } from "../io/report/notice-sarif";
import { repositoryUri } from "../io/report/record-sources";
import { SYSTEM } from "../modules/context";
import { compareWithRecord } from "../modules/notice/notice.service";
import { organizationStore } from "../modules/organization/organization.store";
import { oneOf, openOrExit, usage, writeOutput } from "./exit";

// `datamap notice analyze` (a notice's Art 13/14 items and a draft record) and `datamap notice compare` (a notice
// against an organisation's record). Bad input exits 2 and writes nothing.

const ANALYZE_FORMATS = ["json", "yaml"] as const;
const COMPARE_FORMATS = ["text", "json", "sarif"] as const;


function readNoticeFile(file: string): Buffer {
  try {
    if (fs.statSync(file).isDirectory()) usage(`${file}: is a directory; expected a notice file`);
    return fs.readFileSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code) usage(`${file}: cannot be read (${(err as NodeJS.ErrnoException).code}); expected a notice file`);
    throw err;
  }
}


const emit = (body: string, out: string | undefined) => (out ? writeOutput("--out", out, body) : void process.stdout.write(body));

function noticeFailed(err: unknown): never {
  if (err instanceof NoticeError) usage(`${err.message}; nothing was written`);
  throw err;
}

function printText(gaps: NoticeGap[], slug: string): string {
  if (!gaps.length) return `no gaps between the notice and the record of ${slug}\n`;
  const lines = [`${gaps.length} gaps between the notice and the record of ${slug}:`];
  for (const kind of ["NOT_DISCLOSED", "NOT_RECORDED", "OMITTED"] as const) {
    const of = gaps.filter((g) => g.kind === kind);
    if (!of.length) continue;
    lines.push("", { NOT_DISCLOSED: "In the record, not disclosed in the notice:", NOT_RECORDED: "In the notice, not in the record:", OMITTED: "Required in the notice, not given:" }[kind]);
    for (const g of of) lines.push(`  ${g.severity.padEnd(6)} ${g.message} [${g.reference}]`);
  }
  return `${lines.join("\n")}\n`;
}

export function noticeCommands(cli: Command, dbOption: () => string, version: string): void {
  const notice = cli.command("notice").description("read a privacy notice: draft a record from it, or compare it with an organisation's record");
  notice
    .command("analyze")
    .description("the notice's GDPR Art 13/14 items and a draft record of processing (docs/notice-analysis.md); the record imports with `datamap import ropa`")
    .argument("<file>", "the notice: HTML (.html, .htm), Markdown (.md) or plain text (.txt)")
    .option("--format <format>", `output: ${ANALYZE_FORMATS.join(", ")}`, "json")
    .option("--slug <slug>", "the draft organisation's slug (default: from its name)")
    .option("--out <file>", "write to this file instead of standard output")
    .action((file: string, opts: { format: string; slug?: string; out?: string }) => {
      const format = oneOf("--format", opts.format, ANALYZE_FORMATS);
      if (opts.slug !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(opts.slug)) usage(`--slug ${JSON.stringify(opts.slug)} is not valid; expected a lower-case slug like acme-travel`);
      const content = readNoticeFile(file);
      let analysis;
      try {
        analysis = analyzeNotice(content, file, { slug: opts.slug });
      } catch (err) {
        noticeFailed(err);
      }
      emit(format === "yaml" ? stringify(analysis, { lineWidth: 0 }) : `${JSON.stringify(analysis, null, 2)}\n`, opts.out);
      if (opts.out) console.error(`datamap: wrote the analysis of ${file} (${analysis.record.activities.length} draft activities) to ${opts.out}`);
    });
  notice
    .command("compare")
    .description("what the notice discloses that the record lacks, what the record holds that the notice never discloses, and the Art 13/14 items it omits")
    .argument("<file>", "the notice: HTML (.html, .htm), Markdown (.md) or plain text (.txt)")
    .option("--org <slug>", "the organisation whose record the notice is compared with")
    .option("--format <format>", `output: ${COMPARE_FORMATS.join(", ")}`, "text")
    .option("--fail-on <severity>", `exit 1 when a gap is at or above this severity (${SEVERITIES.join(", ")})`)
    .option("--out <file>", "write to this file instead of standard output")
    .option("--db <file>", "SQLite database file (env DATAMAP_DB)", dbOption())
    .action((file: string, opts: { org?: string; format: string; failOn?: string; out?: string; db: string }) => {
      const format = oneOf("--format", opts.format, COMPARE_FORMATS);
      const failOn = opts.failOn === undefined ? undefined : oneOf<Severity>("--fail-on", opts.failOn.toUpperCase(), SEVERITIES);
      if (!fs.existsSync(opts.db)) usage(`--db ${JSON.stringify(opts.db)}: no database there; run \`datamap seed\` or \`datamap import ropa\` first (nothing was created)`);
      const content = readNoticeFile(file);
      const conn = openOrExit(opts.db, { mustExist: true });
      try {
        const slugs = () => organizationStore.all(conn.db).map((o) => o.slug).join(", ") || "(none: the database holds no organisation)";
        if (opts.org === undefined) usage(`--org is required; expected one of ${slugs()}`);
        let result;
        try {
          result = compareWithRecord(conn.db, SYSTEM, opts.org, content, file);
        } catch (err) {
          if (err instanceof GraphQLError && err.extensions.code === "NOT_FOUND") usage(`--org ${JSON.stringify(opts.org)} is not valid; expected one of ${slugs()}`);
          if (err instanceof GraphQLError && err.extensions.code === "BAD_USER_INPUT") usage(`${file}: ${err.message.replace(/^notice: /, "")}; nothing was written`);
          throw err;
        }
        const { gaps, analysis } = result;
        const body =
          format === "json"
            ? `${JSON.stringify({ organization: opts.org, items: analysis.items.map(({ item, present }) => ({ item, present })), gaps }, null, 2)}\n`
            : format === "sarif"
              ? `${noticeSarif(gaps, { uri: repositoryUri(file), raw: content.toString("utf8"), sections: analysis.document.sections }, opts.org, version)}\n`
              : printText(gaps, opts.org);
        emit(body, opts.out);
        if (failOn && gaps.some((g) => severityRank(g.severity) >= severityRank(failOn))) process.exitCode = 1;
      } finally {
        conn.close();
      }
    });
}
