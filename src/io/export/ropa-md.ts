import { FINDING_COLUMNS, headerLines, TRANSFER_COLUMNS, type Column, type RopaDocument } from "./ropa-model";

// The record as a Markdown document for a repository: the header block, one table per activity
// (the ICO columns run down the page, since 26 columns do not fit across), then transfers and findings.
// Text from the record is escaped, so a name can never become a link, an image or raw HTML.

/** Escapes the characters Markdown would read as markup; line breaks become spaces inside a table. */
export function mdText(value: string | null | undefined): string {
  return (value ?? "").replace(/[\\`*_[\]<>|#!&]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}

function table(columns: readonly Column[], rows: Record<string, string | null>[]): string[] {
  if (!rows.length) return ["None."];
  return [
    `| ${columns.map((c) => mdText(c.title)).join(" | ")} |`,
    `|${columns.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${columns.map((c) => mdText(r[c.key])).join(" | ")} |`),
  ];
}

export function renderRopaMarkdown(doc: RopaDocument, tick: () => void = () => undefined): string {
  const out: string[] = [`# ${mdText(doc.header.title)}`, "", "| | |", "|---|---|"];
  for (const [label, value] of headerLines(doc.header)) out.push(`| ${mdText(label)} | ${mdText(value)} |`);
  out.push("", "## Processing activities", "");
  if (!doc.rows.length) out.push("The record holds no processing activity.", "");
  doc.rows.forEach((r, i) => {
    out.push(`### ${i + 1}. ${mdText(r.cells.name)} (\`${r.key}\`)`, "");
    if (r.description) out.push(mdText(r.description), "");
    out.push("| Column | Entry |", "|---|---|");
    for (const c of doc.columns.slice(1)) out.push(`| ${mdText(c.title)} | ${mdText(r.cells[c.key])} |`);
    out.push("");
    tick();
  });
  out.push("## Transfers", "", ...table(TRANSFER_COLUMNS, doc.transfers), "");
  out.push("## Findings", "", ...table(FINDING_COLUMNS, doc.findings), "");
  return out.join("\n");
}
