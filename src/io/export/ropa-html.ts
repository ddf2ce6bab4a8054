import { FINDING_COLUMNS, headerLines, TRANSFER_COLUMNS, type Column, type RopaDocument } from "./ropa-model";

// The record as one printable HTML page a DPO can hand over: inline CSS only, no script, no external
// asset or link of any kind, every text from the record escaped.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function htmlText(value: string | null | undefined): string {
  return (value ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const STYLE = `
  :root { color: #111; font: 10.5pt/1.4 "Helvetica Neue", Arial, sans-serif; }
  body { margin: 2em auto; max-width: 70em; padding: 0 1em; }
  h1 { font-size: 1.6em; margin-bottom: 0.4em; }
  h2 { font-size: 1.3em; border-bottom: 2px solid #333; margin-top: 2em; }
  h3 { font-size: 1.1em; margin: 1.6em 0 0.3em; }
  .key { color: #555; font: 0.85em monospace; }
  dl.header { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1.2em; margin: 0; }
  dl.header dt { font-weight: bold; }
  dl.header dd { margin: 0; }
  table { border-collapse: collapse; width: 100%; margin: 0.4em 0 1em; }
  th, td { border: 1px solid #bbb; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
  th { background: #eee; }
  table.entry th { width: 16em; }
  td:empty::after { content: "\\2014"; color: #999; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  footer { margin-top: 3em; color: #555; font-size: 0.9em; }
  @page { size: A4; margin: 15mm; }
  @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } h3 { break-after: avoid; } }
`;

function table(columns: readonly Column[], rows: Record<string, string | null>[]): string {
  if (!rows.length) return "<p>None.</p>";
  const head = columns.map((c) => `<th scope="col">${htmlText(c.title)}</th>`).join("");
  const body = rows.map((r) => `<tr>${columns.map((c) => `<td>${htmlText(r[c.key])}</td>`).join("")}</tr>`).join("\n");
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

export function renderRopaHtml(doc: RopaDocument, tick: () => void = () => undefined): string {
  const h = doc.header;
  const out = [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${htmlText(h.title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    `<h1>${htmlText(h.title)}</h1>`,
    '<dl class="header">',
    ...headerLines(h).map(([label, value]) => `<dt>${htmlText(label)}</dt><dd>${htmlText(value)}</dd>`),
    "</dl>",
    "<h2>Processing activities</h2>",
  ];
  if (!doc.rows.length) out.push("<p>The record holds no processing activity.</p>");
  doc.rows.forEach((r, i) => {
    out.push(`<section class="activity">`, `<h3>${i + 1}. ${htmlText(r.cells.name)} <span class="key">${htmlText(r.key)}</span></h3>`);
    if (r.description) out.push(`<p>${htmlText(r.description)}</p>`);
    out.push('<table class="entry"><tbody>');
    for (const c of doc.columns.slice(1)) out.push(`<tr><th scope="row">${htmlText(c.title)}</th><td>${htmlText(r.cells[c.key])}</td></tr>`);
    out.push("</tbody></table>", "</section>");
    tick();
  });
  out.push("<h2>Transfers</h2>", table(TRANSFER_COLUMNS, doc.transfers));
  out.push("<h2>Findings</h2>", table(FINDING_COLUMNS, doc.findings));
  out.push(`<footer>Made by datamap at ${htmlText(h.generatedAt)} from the record ${h.asOf ? `as it stood at ${htmlText(h.asOf)}` : "as it stands"}.</footer>`);
  out.push("</body>", "</html>", "");
  return out.join("\n");
}
