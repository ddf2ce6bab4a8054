import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { FINDING_COLUMNS, headerLines, TRANSFER_COLUMNS, type Column, type RopaDocument } from "./ropa-model";

// The record as a workbook: sheet 1 the record (header block, then the column header row, frozen, with
// the activity column), sheet 2 the transfers, sheet 3 the findings. Text is written as text, never as formulas.
// Rows are streamed and committed one by one: a large organisation has 100,000 transfers and findings, and a
// workbook held whole in memory would take gigabytes.

export const SHEETS = { controller: "Record of processing", processor: "Processor record", transfers: "Transfers", findings: "Findings" } as const;

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
const THIN: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };
// One style object shared by every body cell: exceljs recognises an object it has seen and skips rendering
// the style again, which otherwise cost more than the rest of the workbook (W4 in bench/RESULTS.md).
const BODY: Partial<ExcelJS.Style> = Object.freeze({ alignment: WRAP });
const BODY_BORDERED: Partial<ExcelJS.Style> = Object.freeze({ alignment: WRAP, border: THIN });

type Rows = Record<string, string | null>[];

/** Wide enough for the heading and most of the text, wrapped beyond that. */
function widths(columns: readonly Column[], rows: Rows): { width: number }[] {
  return columns.map((c) => {
    let longest = 0;
    for (const r of rows) longest = Math.max(longest, (r[c.key] ?? "").length);
    return { width: Math.min(60, Math.max(14, Math.ceil(c.title.length * 0.7), longest)) };
  });
}

function heading(ws: ExcelJS.Worksheet, columns: readonly Column[]): void {
  const row = ws.addRow(columns.map((c) => c.title));
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { ...WRAP, vertical: "middle" };
    cell.border = THIN;
  });
  row.commit();
}

function body(ws: ExcelJS.Worksheet, columns: readonly Column[], rows: Rows, tick: () => void, borders: boolean): void {
  for (const r of rows) {
    const row = ws.addRow(columns.map((c) => r[c.key] ?? null));
    const style = borders ? BODY_BORDERED : BODY;
    // Row styles exist in exceljs but not in its typings.
    (row as unknown as { style: Partial<ExcelJS.Style> }).style = BODY;
    row.eachCell({ includeEmpty: true }, (cell) => (cell.style = style));
    row.commit();
    tick();
  }
}

/** A plain table sheet: column headings in row 1 (frozen), one row per entry. */
function tableSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: readonly Column[], rows: Rows, tick: () => void): void {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
  if (rows.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  ws.columns = widths(columns, rows);
  heading(ws, columns);
  body(ws, columns, rows, tick, false);
  ws.commit();
}

/** How many rows renderRopaXlsx ticks for, for a progress bar. */
export const xlsxSize = (doc: RopaDocument) => doc.rows.length + doc.transfers.length + doc.findings.length;

export async function renderRopaXlsx(doc: RopaDocument, tick: () => void = () => undefined): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => stream.on("end", resolve).on("error", reject));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = "datamap";
  wb.created = new Date(doc.header.generatedAt);
  wb.title = doc.header.title;

  const lines = headerLines(doc.header);
  const headingRow = lines.length + 3; // title, the header block, a blank row
  const last = doc.columns.length;
  const cells = doc.rows.map((r) => r.cells);
  const ws = wb.addWorksheet(doc.kind === "PROCESSOR" ? SHEETS.processor : SHEETS.controller, {
    views: [{ state: "frozen", xSplit: 1, ySplit: headingRow, topLeftCell: `B${headingRow + 1}` }],
  });
  if (cells.length) ws.autoFilter = { from: { row: headingRow, column: 1 }, to: { row: headingRow, column: last } };
  const columns = widths(doc.columns, cells);
  columns[0].width = Math.max(columns[0].width, 24);
  ws.columns = columns;
  const title = ws.addRow([doc.header.title]);
  title.font = { bold: true, size: 14 };
  title.commit();
  for (const [label, value] of lines) {
    const row = ws.addRow([label, value || null]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = WRAP;
    // The value spans several columns so a long address stays readable.
    ws.mergeCells(row.number, 2, row.number, Math.min(last, 6));
    row.commit();
  }
  ws.addRow([]).commit();
  heading(ws, doc.columns);
  body(ws, doc.columns, cells, tick, true);
  ws.commit();

  tableSheet(wb, SHEETS.transfers, TRANSFER_COLUMNS, doc.transfers, tick);
  tableSheet(wb, SHEETS.findings, FINDING_COLUMNS, doc.findings, tick);
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}
