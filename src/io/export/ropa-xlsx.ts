import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { FINDING_COLUMNS, headerLines, RECIPIENT_COLUMNS, TRANSFER_COLUMNS, type Column, type RopaDocument } from "./ropa-model";
import { LONG_CELL_COLUMNS, LONG_CELLS_SHEET, LongCells } from "./xlsx-cells";
import { headerFooter, pageSetup, unitsAcross, type PrintOptions } from "./xlsx-print";
import { body, BOLD, FONT, heading, heightOf, MAX_WIDTH, widths, WRAP, type Rows } from "./xlsx-sheet";
import { MAX_LINES, rowHeight, wrappedLines } from "./xlsx-text";

// The record as a workbook: sheet 1 the record (header block, then the column header row, frozen, with
// the activity column), then the recipients, the transfers and the findings, one per row. Text is written as
// text, never as formulas. Every sheet prints on landscape A4 with its headings repeated (xlsx-print.ts).
// Rows are streamed and committed one by one: a large organisation has 100,000 transfers and findings, and a
// workbook held whole in memory would take gigabytes.

export const SHEETS = {
  controller: "Record of processing",
  processor: "Processor record",
  recipients: "Recipients",
  transfers: "Transfers",
  findings: "Findings",
  long: LONG_CELLS_SHEET,
} as const;

/** The record's first column, the activity's name, is narrower than the rest: it repeats on every page. */
const FIRST_WIDTH = 32;

/** List columns of the record that another sheet lists one per row, and what they count. */
const LISTED: Record<string, { sheet: string; one: string; many: string; count: (k: Counts) => number }> = {
  recipients: { sheet: SHEETS.recipients, one: "recipient", many: "recipients", count: (k) => k.recipients },
  processorContracts: { sheet: SHEETS.recipients, one: "contract", many: "contracts", count: (k) => k.contracts },
  transferCountries: { sheet: SHEETS.transfers, one: "transfer", many: "transfers", count: (k) => k.transfers },
  transferSafeguards: { sheet: SHEETS.transfers, one: "transfer", many: "transfers", count: (k) => k.transfers },
};
interface Counts {
  recipients: number;
  contracts: number;
  transfers: number;
}

function countsByActivity(doc: RopaDocument): Map<string, Counts> {
  const m = new Map<string, Counts>();
  const of = (key: string) => m.get(key) ?? m.set(key, { recipients: 0, contracts: 0, transfers: 0 }).get(key)!;
  for (const r of doc.recipients) {
    of(r.activityKey).recipients++;
    if (r.contract) of(r.activityKey).contracts++;
  }
  for (const t of doc.transfers) of(t.activityKey).transfers++;
  return m;
}

/**
 * The record's cells, with a list too long for one printed row (e.g. the 698 recipients of the TCF activity
 * after a vendor-list import) replaced by its count and the sheet that lists it.
 */
function recordCells(doc: RopaDocument, width: number): Rows {
  const counts = countsByActivity(doc);
  return doc.rows.map((r) => {
    const cells = { ...r.cells };
    for (const [key, listed] of Object.entries(LISTED)) {
      const text = cells[key];
      if (!text || wrappedLines(text, width) <= MAX_LINES) continue;
      const n = listed.count(counts.get(r.key) ?? { recipients: 0, contracts: 0, transfers: 0 });
      cells[key] = `${n.toLocaleString("en")} ${n === 1 ? listed.one : listed.many}: see sheet ${listed.sheet}`;
    }
    return cells;
  });
}

function printOptions(doc: RopaDocument, widthsOf: number[], headingRow: number, repeatFirstColumn: boolean): PrintOptions {
  const h = doc.header;
  const stamp = `Generated ${h.generatedAt.slice(0, 16).replace("T", " ")} UTC${h.asOf ? `, the record as of ${h.asOf}` : ""}`;
  return { headingRow, repeatFirstColumn, widths: widthsOf, organisation: h.name, stamp };
}

interface Table {
  name: string;
  columns: readonly Column[];
  rows: Rows;
  /** Whether column A names the activity, worth repeating on pages across. */
  repeatFirstColumn: boolean;
}

/** A plain table sheet: column headings in row 1 (frozen with column A), one row per entry. */
function tableSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, doc: RopaDocument, t: Table, long: LongCells, tick: () => void): void {
  const widthsOf = widths(t.columns, t.rows, { room: unitsAcross(t.columns.length) });
  const print = printOptions(doc, widthsOf, 1, t.repeatFirstColumn);
  const ws = wb.addWorksheet(t.name, {
    views: [{ state: "frozen", xSplit: 1, ySplit: 1 }],
    pageSetup: pageSetup(print),
    headerFooter: headerFooter(print),
  });
  if (t.rows.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.columns.length } };
  ws.columns = widthsOf.map((width) => ({ width }));
  heading(ws, t.columns, widthsOf);
  body(ws, t.columns, t.rows, widthsOf, { sheet: t.name, firstRow: 2, borders: false, long, tick });
  ws.commit();
}

/**
 * Makes Arial 10 the workbook's default font. Column widths are counted in the default font's digits, and
 * LibreOffice without Calibri (exceljs's default) measures them in a wider substitute, so every column came out
 * a third wider than in Excel. exceljs 4 has no option for it: its style manager takes font 0 from the first font
 * added, which this is.
 */
function defaultFont(wb: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const styles = (wb as unknown as { styles?: { _addFont?: (f: Partial<ExcelJS.Font>) => number } }).styles;
  styles?._addFont?.({ name: FONT.name, size: FONT.size, family: 2 });
}

/**
 * The record's widths: shared out over one page across when its columns fit there (the processor's six),
 * otherwise each from its content, the activity column narrower, for pages across (the controller's 26).
 */
function recordWidths(columns: readonly Column[], cells: Rows): number[] {
  const room = unitsAcross(columns.length);
  const fitted = widths(columns, cells, { room });
  if (fitted.reduce((a, b) => a + b, 0) <= room) return fitted;
  const own = widths(columns, cells);
  own[0] = Math.min(FIRST_WIDTH, Math.max(own[0], 24));
  return own;
}

/** How many rows renderRopaXlsx ticks for, for a progress bar. */
export const xlsxSize = (doc: RopaDocument) => doc.rows.length + doc.recipients.length + doc.transfers.length + doc.findings.length;

export async function renderRopaXlsx(doc: RopaDocument, tick: () => void = () => undefined): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => stream.on("end", resolve).on("error", reject));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  defaultFont(wb);
  wb.creator = "datamap";
  wb.created = new Date(doc.header.generatedAt);
  wb.title = doc.header.title;
  const long = new LongCells();

  const lines = headerLines(doc.header);
  const headingRow = lines.length + 3; // title, the header block, a blank row
  const last = doc.columns.length;
  const cells = recordCells(doc, MAX_WIDTH);
  const widthsOf = recordWidths(doc.columns, cells);
  const name = doc.kind === "PROCESSOR" ? SHEETS.processor : SHEETS.controller;
  const print = printOptions(doc, widthsOf, headingRow, true);
  const ws = wb.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 1, ySplit: headingRow, topLeftCell: `B${headingRow + 1}` }],
    pageSetup: pageSetup(print),
    headerFooter: headerFooter(print),
  });
  if (cells.length) ws.autoFilter = { from: { row: headingRow, column: 1 }, to: { row: headingRow, column: last } };
  ws.columns = widthsOf.map((width) => ({ width }));
  const title = ws.addRow([doc.header.title]);
  title.font = { ...BOLD, size: 14 };
  title.height = rowHeight(1, 14);
  title.commit();
  // The value spans several columns so a long address stays readable.
  const span = Math.min(last, 6);
  const spanWidth = widthsOf.slice(1, span).reduce((a, b) => a + b, 0);
  for (const [i, [label, value]] of lines.entries()) {
    const row = ws.addRow([label, value ? long.fit(value, name, `B${i + 2}`) : null]);
    row.getCell(1).font = BOLD;
    row.getCell(1).alignment = WRAP;
    row.getCell(2).font = FONT;
    row.getCell(2).alignment = WRAP;
    row.height = Math.max(heightOf([label], [widthsOf[0]], true), heightOf([value], [spanWidth]));
    ws.mergeCells(row.number, 2, row.number, span);
    row.commit();
  }
  ws.addRow([]).commit();
  heading(ws, doc.columns, widthsOf);
  body(ws, doc.columns, cells, widthsOf, { sheet: name, firstRow: headingRow + 1, borders: true, long, tick });
  ws.commit();

  if (doc.kind === "CONTROLLER") tableSheet(wb, doc, { name: SHEETS.recipients, columns: RECIPIENT_COLUMNS, rows: doc.recipients, repeatFirstColumn: true }, long, tick);
  tableSheet(wb, doc, { name: SHEETS.transfers, columns: TRANSFER_COLUMNS, rows: doc.transfers, repeatFirstColumn: true }, long, tick);
  tableSheet(wb, doc, { name: SHEETS.findings, columns: FINDING_COLUMNS, rows: doc.findings, repeatFirstColumn: false }, long, tick);
  if (long.rows.length) tableSheet(wb, doc, { name: SHEETS.long, columns: LONG_CELL_COLUMNS, rows: long.rows, repeatFirstColumn: false }, new LongCells(), () => undefined);
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}
