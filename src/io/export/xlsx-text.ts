// How much room wrapped text takes in a spreadsheet cell, estimated from Arial's character widths.
// LibreOffice does not size rows itself when a workbook states none, and Excel only does when the file is
// edited, so the workbook states every row's height. Arial is the font because Excel has it and LibreOffice
// maps it to Liberation Sans, which has the same widths: the estimate holds in both.

export const FONT_NAME = "Arial";
export const BODY_SIZE = 10;
/** Excel's tallest row, in points; taller text is clipped. */
export const MAX_ROW_HEIGHT = 409;
/** Excel's limit on the characters of one cell. */
export const CELL_LIMIT = 32_767;

/** Arial advance widths of printable ASCII (space to tilde), in thousandths of the font size. */
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
/** Bold Arial is wider; one factor keeps the table small and errs on the wide side. */
const BOLD = 1.1;
/** Room for measuring error: an estimate a little long gives white space, a little short clips a line. */
const SLACK = 1.06;

function charWidth(code: number): number {
  if (code >= 32 && code < 127) return ASCII[code - 32];
  if (code >= 0xd800 && code <= 0xdfff) return 500; // half of a surrogate pair: the pair is one full-width character
  if (code < 0x250) return 600; // accented Latin: about a letter's width
  if (code >= 0x2e80) return 1000; // CJK and other full-width script
  return 700;
}
/** Every UTF-16 code unit's width, looked up once: the workbook measures millions of characters. */
const WIDTHS = Uint16Array.from({ length: 0x10000 }, (_, c) => charWidth(c));
const scale = (size: number, bold: boolean) => ((size * 96) / 72 / 1000) * (bold ? BOLD : 1) * SLACK;

/** Pixels a column of `width` character units shows text in (Excel: 7 px a unit plus 5, less the cell's padding). */
export const columnPixels = (width: number) => Math.floor(width * 7 + 5) - 8;
/** The column width, in character units, that shows `pixels` of text on one line. */
export const widthFor = (pixels: number) => Math.ceil((pixels + 8 - 5) / 7);

/** Lines the text wraps to in a column of `width` units: breaks at spaces, and inside a word too long for a line. */
export function wrappedLines(text: string, width: number, size = BODY_SIZE, bold = false): number {
  // In the table's units (thousandths of the font size), so the loop only adds.
  const room = Math.max(1, columnPixels(width)) / scale(size, bold);
  const space = WIDTHS[32];
  const n = text.length;
  let lines = 1;
  let used = 0;
  let word = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c !== 32 && c !== 10) {
      word += WIDTHS[c];
      continue;
    }
    // The word just ended goes on this line if it fits, otherwise starts the next one.
    if (used > 0 && used + space + word <= room) used += space + word;
    else {
      if (used > 0) lines++;
      // A word wider than the line is broken across lines, as both programs do.
      if (word > room) lines += Math.ceil(word / room) - 1;
      used = word > room ? word % room || room : word;
    }
    word = 0;
    if (c === 10 && i < n) {
      lines++;
      used = 0;
    }
  }
  return lines;
}

/** Points a row needs for that many lines of text, within Excel's limit. */
export function rowHeight(lines: number, size = BODY_SIZE): number {
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(Math.max(1, lines) * size * 1.3 + 3));
}

/** Lines of body text one row can show. */
export const MAX_LINES = Math.floor((MAX_ROW_HEIGHT - 3) / (BODY_SIZE * 1.3));

/** Widths in units of a text's longest line when nothing wraps it, and of its longest word. */
export function measure(text: string, size = BODY_SIZE, bold = false): { line: number; word: number } {
  const k = scale(size, bold);
  let line = 0;
  let word = 0;
  let widestLine = 0;
  let widestWord = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      widestLine = Math.max(widestLine, line);
      line = 0;
    } else line += WIDTHS[c];
    if (c === 10 || c === 32 || c === 9) {
      widestWord = Math.max(widestWord, word);
      word = 0;
    } else word += WIDTHS[c];
  }
  return { line: widthFor(Math.max(widestLine, line) * k), word: widthFor(Math.max(widestWord, word) * k) };
}
