import type { RopaDocument } from "./ropa-model";

// The record's table as CSV (RFC 4180): one header row of column titles, one row per activity, CRLF line ends.
// The header block (controller, representative, DPO) is in the other formats; a CSV is one table.

/** Spreadsheet programs run a cell that starts with one of these as a formula; such text gets a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | null | undefined): string {
  let s = value ?? "";
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLines(rows: (string | null)[][]): string {
  return rows.map((r) => r.map(csvField).join(",") + "\r\n").join("");
}

export function renderRopaCsv(doc: RopaDocument, tick: () => void = () => undefined): string {
  const rows = [doc.columns.map((c) => c.title)];
  for (const r of doc.rows) {
    rows.push(doc.columns.map((c) => r.cells[c.key] ?? null) as string[]);
    tick();
  }
  return csvLines(rows);
}
