import { CELL_LIMIT } from "./xlsx-text";

// Text longer than a spreadsheet cell holds (32,767 characters: Excel refuses or cuts more) is kept whole:
// the cell says where it went, and a sheet of its own holds it in parts, one row each.

export const LONG_CELLS_SHEET = "Long cells";
export const LONG_CELL_COLUMNS = [
  { key: "sheet", title: "Sheet" },
  { key: "cell", title: "Cell" },
  { key: "part", title: "Part" },
  { key: "text", title: "Text" },
] as const;
/** Characters per part: about what one row of the Text column shows, so a printed part is never clipped. */
const PART = 2_500;

export type LongCellRow = Record<(typeof LONG_CELL_COLUMNS)[number]["key"], string>;

/** Splits text into parts of at most `size` characters, at the last "; " or space before the limit where there is one. */
export function parts(text: string, size = PART): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > size) {
    const window = rest.slice(0, size);
    const item = window.lastIndexOf("; ") + 2;
    const word = window.lastIndexOf(" ") + 1;
    const cut = item > size / 2 ? item : word > size / 2 ? word : size;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) out.push(rest);
  return out;
}

/** Collects the text of over-long cells while the sheets are written, for the sheet that lists them last. */
export class LongCells {
  readonly rows: LongCellRow[] = [];

  /** The text for a cell: itself when it fits, otherwise a pointer to the parts recorded here. */
  fit(text: string, sheet: string, cell: string): string {
    if (text.length <= CELL_LIMIT) return text;
    const list = parts(text);
    list.forEach((t, i) => this.rows.push({ sheet, cell, part: `${i + 1} of ${list.length}`, text: t }));
    return `Text of ${text.length.toLocaleString("en")} characters, more than one cell holds: see sheet ${LONG_CELLS_SHEET}, cell ${cell} of ${sheet}`;
  }
}
