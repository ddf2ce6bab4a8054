import type ExcelJS from "exceljs";
import { FONT_NAME } from "./xlsx-text";

// How each sheet prints: A4 landscape (the paper of the EU and UK regulators the record is for), fitted to the
// page width, the column heading row and the activity column repeated on every page, and a header and footer
// naming the organisation, the sheet and the page.

/** Excel's code for A4 paper. */
export const A4 = 9;
const MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.25, footer: 0.25 };
/** The printable width of landscape A4 within those margins, in pixels at 96 dpi. */
const PAGE_PIXELS = (11.69 - MARGINS.left - MARGINS.right) * 96;
/** The smallest print scale kept: below it a sheet gets a second page across rather than smaller text. */
export const MIN_SCALE = 0.8;

/** Pixels of a column `width` units wide, as Excel lays it out. */
const pixels = (width: number) => Math.floor(width * 7 + 5);
/** Character units that `columns` columns can share on one page across at MIN_SCALE. */
export const unitsAcross = (columns: number) => Math.floor((PAGE_PIXELS / MIN_SCALE - 5 * columns) / 7) - 1;

/**
 * Pages across that a sheet needs for its text to stay at MIN_SCALE or larger: 1 for most sheets; the record's
 * 26 ICO columns would shrink to a seventh on one page, so they run over pages with the first column repeated.
 */
export function pagesAcross(widths: number[], repeatFirst: boolean): number {
  const room = PAGE_PIXELS / MIN_SCALE;
  if (widths.length === 0) return 1;
  const first = repeatFirst ? pixels(widths[0]) : 0;
  let pages = 1;
  let used = pixels(widths[0]);
  for (const w of widths.slice(1)) {
    if (used + pixels(w) > room && used > first) {
      pages++;
      used = first;
    }
    used += pixels(w);
  }
  return pages;
}

/** Text for an Excel header or footer: an ampersand is its code character and is doubled; Excel takes 255 characters in all. */
export const literal = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s).replace(/&/g, "&&");

export interface PrintOptions {
  /** The sheet's column heading row, repeated at the top of every page. */
  headingRow: number;
  /** Repeat column A (the activity) on every page across. */
  repeatFirstColumn: boolean;
  widths: number[];
  organisation: string;
  /** When the record was read, for the footer. */
  stamp: string;
}

export function pageSetup(o: PrintOptions): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: A4,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: pagesAcross(o.widths, o.repeatFirstColumn),
    // 0: as many pages down as the rows need.
    fitToHeight: 0,
    // Across before down: an activity's columns print on consecutive pages.
    pageOrder: "overThenDown",
    margins: MARGINS,
    printTitlesRow: `${o.headingRow}:${o.headingRow}`,
    ...(o.repeatFirstColumn ? { printTitlesColumn: "A:A" } : {}),
  };
}

export function headerFooter(o: PrintOptions): Partial<ExcelJS.HeaderFooter> {
  const font = `&"${FONT_NAME},Regular"&9`;
  return {
    oddHeader: `&L${font}${literal(o.organisation)}&C${font}&A`,
    oddFooter: `&L${font}${literal(o.stamp)}&R${font}Page &P of &N`,
  };
}
