import { stringify, type Options } from "csv-stringify/sync";
import type { RopaDocument } from "./ropa-model";

// The record's table as CSV (RFC 4180): one header row of column titles, one row per activity, CRLF line ends.
// The header block (controller, representative, DPO) is in the other formats; a CSV is one table.

const OPTIONS: Options = {
  // A UTF-8 byte order mark: without it Excel reads the file in the system's code page and garbles accented names.
  bom: true,
  record_delimiter: "windows",
  // With a record delimiter given, csv-stringify no longer quotes a lone line feed or return unless told to.
  quote_record_delimiter: true,
  // Text a spreadsheet would run as a formula (=, +, -, @, tab, return) gets a leading apostrophe.
  escape_formulas: true,
};

/** One field as it appears in the file: defused, quoted where it needs to be. */
export function csvField(value: string | null | undefined): string {
  return stringify([[value ?? ""]], { ...OPTIONS, bom: false, eof: false });
}

export function renderRopaCsv(doc: RopaDocument, tick: () => void = () => undefined): string {
  const rows = [doc.columns.map((c) => c.title)];
  for (const r of doc.rows) {
    rows.push(doc.columns.map((c) => r.cells[c.key] ?? ""));
    tick();
  }
  return stringify(rows, OPTIONS);
}
