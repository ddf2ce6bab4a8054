import type ExcelJS from "exceljs";
import type { Column } from "./ropa-model";
import type { LongCells } from "./xlsx-cells";
import { BODY_SIZE, CELL_LIMIT, FONT_NAME, measure, rowHeight, wrappedLines } from "./xlsx-text";

// A table on a sheet: the column heading row, then one row per entry, each row as tall as its most wrapped cell.

export type Rows = Record<string, string | null>[];

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
export const THIN: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
export const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };
export const FONT: Partial<ExcelJS.Font> = { name: FONT_NAME, size: BODY_SIZE };
export const BOLD: Partial<ExcelJS.Font> = { ...FONT, bold: true };
// One style object shared by every body cell: exceljs recognises an object it has seen and skips rendering
// the style again, which otherwise cost more than the rest of the workbook (W4 in bench/RESULTS.md).
const BODY: Partial<ExcelJS.Style> = Object.freeze({ alignment: WRAP, font: FONT });
const BODY_BORDERED: Partial<ExcelJS.Style> = Object.freeze({ alignment: WRAP, font: FONT, border: THIN });
const HEADING: Partial<ExcelJS.Style> = Object.freeze({ alignment: { ...WRAP, vertical: "middle" as const }, font: BOLD, fill: HEADER_FILL, border: THIN });

/** Narrowest and widest columns, in character units: wider text wraps. Not 9: exceljs leaves a 9 unwritten as its default. */
export const MIN_WIDTH = 10;
export const MAX_WIDTH = 48;
/** The widest a column gets when a table shares one page's width out by need. */
const WIDEST = 100;
/** A word longer than this many units (a URL) may break rather than widen its column. */
const LONG_WORD = 24;

interface Need {
  /** The narrowest width: the heading's and the body's longest words. */
  least: number;
  /** The width that shows the longest text on one line, up to `cap`. */
  most: number;
}

function need(c: Column, rows: Rows, cap: number): Need {
  let most = 0;
  let word = 0;
  for (const r of rows) {
    const v = r[c.key];
    if (!v) continue;
    const m = measure(v);
    most = Math.max(most, m.line);
    word = Math.max(word, m.word);
    if (most >= cap && word >= LONG_WORD) break;
  }
  // The heading may wrap, to three lines at most.
  const title = measure(c.title, BODY_SIZE, true);
  const heading = Math.max(title.word, Math.ceil(title.line / 3));
  const least = Math.max(MIN_WIDTH, heading, Math.min(word, LONG_WORD));
  return { least, most: Math.max(least, Math.min(cap, most)) };
}

/**
 * Column widths from the content. Without `room`: wide enough for the longest text on one line, up to `cap`.
 * With `room` (the units one page across holds): when the texts do not fit, each column gets its least width
 * and a share of the rest in proportion to what more it could use, so long prose gets the most room.
 */
export function widths(columns: readonly Column[], rows: Rows, opts: { cap?: number; room?: number } = {}): number[] {
  const needs = columns.map((c) => need(c, rows, opts.room === undefined ? (opts.cap ?? MAX_WIDTH) : Math.max(opts.cap ?? 0, WIDEST)));
  const room = opts.room;
  const most = needs.reduce((a, n) => a + n.most, 0);
  const least = needs.reduce((a, n) => a + n.least, 0);
  if (room === undefined || most <= room) return needs.map((n) => n.most);
  if (least >= room) return needs.map((n) => n.least);
  const share = (room - least) / (most - least);
  return needs.map((n) => Math.floor(n.least + (n.most - n.least) * share));
}

/** Spreadsheet column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** Height of a row holding these texts in columns of these widths. */
export function heightOf(texts: (string | null)[], widthsOf: number[], bold = false): number {
  let lines = 1;
  texts.forEach((t, i) => {
    if (t) lines = Math.max(lines, wrappedLines(t, widthsOf[i], BODY_SIZE, bold));
  });
  return rowHeight(lines);
}

export function heading(ws: ExcelJS.Worksheet, columns: readonly Column[], widthsOf: number[]): void {
  const titles = columns.map((c) => c.title);
  const row = ws.addRow(titles);
  row.height = heightOf(titles, widthsOf, true);
  row.eachCell((cell) => (cell.style = HEADING));
  row.commit();
}

export interface BodyOptions {
  sheet: string;
  /** The row number the first entry is written to, for naming cells that overflow. */
  firstRow: number;
  borders: boolean;
  long: LongCells;
  tick: () => void;
}

export function body(ws: ExcelJS.Worksheet, columns: readonly Column[], rows: Rows, widthsOf: number[], o: BodyOptions): void {
  const style = o.borders ? BODY_BORDERED : BODY;
  const letters = columns.map((_, i) => columnLetter(i + 1));
  rows.forEach((r, n) => {
    const texts = columns.map((c, i) => {
      const v = r[c.key];
      if (!v) return null;
      return v.length > CELL_LIMIT ? o.long.fit(v, o.sheet, `${letters[i]}${o.firstRow + n}`) : v;
    });
    const row = ws.addRow(texts);
    row.height = heightOf(texts, widthsOf);
    // Row styles exist in exceljs but not in its typings.
    (row as unknown as { style: Partial<ExcelJS.Style> }).style = BODY;
    row.eachCell({ includeEmpty: true }, (cell) => (cell.style = style));
    row.commit();
    o.tick();
  });
}
