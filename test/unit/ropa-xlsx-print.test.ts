import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Connection } from "../../src/db/connection";
import { recordSchema } from "../../src/domain/record";
import { renderRopaCsv } from "../../src/io/export/ropa-csv";
import { type RopaDocument } from "../../src/io/export/ropa-model";
import { renderRopaXlsx, SHEETS } from "../../src/io/export/ropa-xlsx";
import { A4, headerFooter, pagesAcross } from "../../src/io/export/xlsx-print";
import { CELL_LIMIT, MAX_ROW_HEIGHT, measure, rowHeight, wrappedLines } from "../../src/io/export/xlsx-text";
import { seedDatabase } from "../../src/io/seed/seed";
import { SYSTEM } from "../../src/modules/context";
import { activityStore } from "../../src/modules/activity/activity.store";
import { activityWriteService } from "../../src/modules/activity/activity.write.service";
import { organizationStore } from "../../src/modules/organization/organization.store";
import { importRecord, SEED_ACTOR } from "../../src/modules/record/record.write";
import { ropaService } from "../../src/modules/ropa/ropa.service";
import { syntheticRecord } from "../helpers/synthetic";

// The workbook as it prints and as Excel takes it, read back from the written file: page setup, row heights,
// the cell limit; and the CSV's byte order mark and quoting.

const VENDORS = 800;
let conn: Connection;
let landups: RopaDocument;
let large: RopaDocument;
beforeAll(() => {
  conn = openDatabase(":memory:");
  seedDatabase(conn);
  const org = organizationStore.bySlug(conn.db, "landups")!;
  const a = activityStore.byOrgIds(conn.db, [org.id]).find((x) => x.key === "cookies")!;
  conn.db.transaction((tx) => activityWriteService.update(tx, a.id, a.version, { name: "Données clients – Zürich, «cookies»" }, "test"));
  landups = ropaService.build(conn.db, SYSTEM, { organization: "landups" })!.document;

  // The shape of a vendor-list import: one activity disclosing to hundreds of named vendors abroad.
  const base = syntheticRecord("vendors", 3);
  const ev = [{ section: "1", basis: "STATED" as const }];
  const vendors = Array.from({ length: VENDORS }, (_, i) => ({
    key: `vendor-${i}`,
    name: `Vendor ${i} Advertising Technology Services International Ltd`,
    kind: "INDEPENDENT_CONTROLLER",
    category: "Ad tech vendor",
    named: true,
    country: i % 2 ? "US" : "JP",
    evidence: ev,
  }));
  const record = recordSchema.parse({
    ...base,
    recipients: [...base.recipients, ...vendors],
    activities: base.activities.map((x, i) =>
      i === 0 ? { ...x, disclosures: [...x.disclosures, ...vendors.map((v) => ({ recipient: v.key, dataCategories: ["user.device.ip_address"], evidence: ev }))] } : x,
    ),
  });
  conn.db.transaction((tx) => importRecord(tx, record, { actor: SEED_ACTOR }));
  large = ropaService.build(conn.db, SYSTEM, { organization: "vendors" })!.document;
});
afterAll(() => conn.close());

async function read(doc: RopaDocument): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderRopaXlsx(doc)) as never);
  return wb;
}

const headingRowOf = (ws: ExcelJS.Worksheet) => (ws.views[0] as { ySplit: number }).ySplit;

describe("printing", () => {
  it("sets every sheet to landscape A4, fitted to the width, with the heading row and activity column repeated", async () => {
    const wb = await read(landups);
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup, ws.name).toMatchObject({ orientation: "landscape", paperSize: A4, fitToPage: true, fitToHeight: 0, pageOrder: "overThenDown" });
      expect(ws.pageSetup.margins).toMatchObject({ left: 0.4, right: 0.4 });
      expect(ws.views[0], ws.name).toMatchObject({ state: "frozen", xSplit: 1 });
      const heading = headingRowOf(ws);
      expect(ws.pageSetup.printTitlesRow, ws.name).toBe(`${heading}:${heading}`);
      expect(ws.getCell(heading, 1).font, ws.name).toMatchObject({ bold: true });
      expect(ws.headerFooter.oddHeader, ws.name).toContain("Landups network");
      expect(ws.headerFooter.oddHeader, ws.name).toContain("&A");
      expect(ws.headerFooter.oddFooter, ws.name).toContain("Page &P of &N");
    }
    const record = wb.getWorksheet(SHEETS.controller)!;
    expect(record.getCell(headingRowOf(record), 1).value).toBe("Processing activity");
    expect(record.pageSetup.printTitlesColumn).toBe("A:A");
    // 26 ICO columns on one page would print at a seventh of their size: they run over pages, the activity repeated.
    expect(record.pageSetup.fitToWidth).toBeGreaterThan(1);
    expect(record.pageSetup.fitToWidth).toBeLessThanOrEqual(8);
    for (const name of [SHEETS.recipients, SHEETS.transfers, SHEETS.findings]) expect(wb.getWorksheet(name)!.pageSetup.fitToWidth, name).toBe(1);
    expect(wb.getWorksheet(SHEETS.transfers)!.pageSetup.printTitlesColumn).toBe("A:A");
  });

  it("gives every row a height that holds its wrapped text", async () => {
    const wb = await read(landups);
    let wrapped = 0;
    for (const ws of wb.worksheets) {
      const heading = headingRowOf(ws);
      ws.eachRow((row, n) => {
        if (n < heading) return;
        expect(row.height, `${ws.name} row ${n}`).toBeGreaterThan(0);
        row.eachCell((cell) => {
          const text = String(cell.value ?? "");
          const px = Math.floor(ws.getColumn(cell.col).width! * 7 + 5);
          // A floor no estimate may go under: Arial 10 averages over 5 pixels a character, and a line is 10 points tall.
          const lines = text.split("\n").reduce((sum, p) => sum + Math.max(1, Math.ceil((p.length * 5) / px)), 0);
          expect(row.height, `${ws.name}!${cell.address}`).toBeGreaterThanOrEqual(Math.min(MAX_ROW_HEIGHT, lines * 10));
          if (lines > 1) wrapped++;
          expect(cell.alignment?.wrapText, `${ws.name}!${cell.address}`).toBe(true);
        });
      });
    }
    expect(wrapped).toBeGreaterThan(50);
    const record = wb.getWorksheet(SHEETS.controller)!;
    const first = record.getRow(headingRowOf(record) + 1);
    expect(first.height).toBeGreaterThan(100);
    expect(first.height).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
  });

  it("keeps column widths between the longest heading word and the cap", async () => {
    const ws = (await read(landups)).getWorksheet(SHEETS.controller)!;
    const widths = ws.columns.map((c) => c.width!);
    expect(widths).toHaveLength(26);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...widths)).toBeLessThanOrEqual(48);
  });
});

describe("text measures", () => {
  it("wraps at spaces, counts line breaks, and breaks a word longer than the line", () => {
    expect(wrappedLines("Customer", 20)).toBe(1);
    expect(wrappedLines("one\ntwo\n\nfour", 20)).toBe(4);
    const words = Array.from({ length: 40 }, () => "personal").join(" ");
    expect(wrappedLines(words, 20)).toBeGreaterThan(wrappedLines(words, 40));
    expect(wrappedLines(words, 40)).toBeGreaterThanOrEqual(Math.ceil(measure(words).line / 40));
    const url = `https://example.com/${"x".repeat(300)}`;
    expect(wrappedLines(url, 20)).toBeGreaterThanOrEqual(Math.ceil(measure(url).line / 20));
    expect(measure(url).word).toBe(measure(url).line);
    expect(rowHeight(1)).toBeLessThan(rowHeight(3));
    expect(rowHeight(10_000)).toBe(MAX_ROW_HEIGHT);
  });

  it("asks for pages across only when one page would print the text below 80%", () => {
    expect(pagesAcross([30, 20, 40, 20], true)).toBe(1);
    expect(pagesAcross(Array.from({ length: 26 }, () => 40), true)).toBeGreaterThan(4);
  });

  it("writes an organisation's name into the page header as text, never as codes", () => {
    const h = headerFooter({ headingRow: 1, repeatFirstColumn: false, widths: [10], organisation: "Smith & Sons", stamp: "Generated" });
    expect(h.oddHeader).toContain("Smith && Sons");
    expect(h.oddHeader).toContain("&C");
    const long = headerFooter({ headingRow: 1, repeatFirstColumn: false, widths: [10], organisation: "n".repeat(300), stamp: "Generated" });
    expect(long.oddHeader!.length).toBeLessThan(255);
  });
});

describe("the cell limit", () => {
  it("summarises a list too long for a cell and lists it one per row on its own sheet", async () => {
    const row = large.rows.find((r) => r.key === "activity-0")!;
    // Without the summary these cells would break Excel's limit.
    expect(row.cells.recipients!.length).toBeGreaterThan(CELL_LIMIT);
    expect(row.cells.transferSafeguards!.length).toBeGreaterThan(CELL_LIMIT);

    const wb = await read(large);
    let longest = 0;
    for (const ws of wb.worksheets) ws.eachRow((r) => r.eachCell((c) => (longest = Math.max(longest, String(c.value ?? "").length))));
    expect(longest).toBeLessThanOrEqual(CELL_LIMIT);

    const ws = wb.getWorksheet(SHEETS.controller)!;
    const heading = headingRowOf(ws);
    const titles = (ws.getRow(heading).values as unknown[]).slice(1);
    const col = (title: string) => titles.indexOf(title) + 1;
    const cells = Array.from({ length: large.rows.length }, (_, i) => ws.getRow(heading + 1 + i)).find((r) => r.getCell(1).value === "Activity 0")!;
    const recipients = large.recipients.filter((r) => r.activityKey === "activity-0").length;
    expect(recipients).toBeGreaterThanOrEqual(VENDORS);
    expect(cells.getCell(col("Categories of recipients")).value).toBe(`${recipients.toLocaleString("en")} recipients: see sheet Recipients`);
    const transfers = large.transfers.filter((t) => t.activityKey === "activity-0").length;
    expect(cells.getCell(col("Safeguards for exceptional transfers")).value).toBe(`${transfers.toLocaleString("en")} transfers: see sheet Transfers`);
    // The other activities keep their short lists in the cell.
    const other = Array.from({ length: large.rows.length }, (_, i) => ws.getRow(heading + 1 + i)).find((r) => r.getCell(1).value === "Activity 1")!;
    expect(other.getCell(col("Categories of recipients")).value).toContain("Cloud Co");

    const listed = wb.getWorksheet(SHEETS.recipients)!;
    const names: string[] = [];
    listed.eachRow((r, n) => {
      if (n > 1 && r.getCell(1).value === "Activity 0") names.push(String(r.getCell(2).value));
    });
    expect(names).toHaveLength(recipients);
    expect(names).toContain(`Vendor ${VENDORS - 1} Advertising Technology Services International Ltd`);
  });

  it("moves any other over-long text to the Long cells sheet, in parts that join back to it", async () => {
    const message = Array.from({ length: 4000 }, (_, i) => `vendor-${i} has no agreement recorded`).join("; ");
    expect(message.length).toBeGreaterThan(CELL_LIMIT);
    const doc = { ...landups, findings: [{ ...landups.findings[0], id: "long", message }, ...landups.findings] };
    const wb = await read(doc);
    expect(wb.worksheets.map((w) => w.name).at(-1)).toBe(SHEETS.long);
    const findings = wb.getWorksheet(SHEETS.findings)!;
    expect(findings.getCell("E2").value).toBe(`Text of ${message.length.toLocaleString("en")} characters, more than one cell holds: see sheet Long cells, cell E2 of Findings`);
    const long = wb.getWorksheet(SHEETS.long)!;
    const parts: string[] = [];
    long.eachRow((r, n) => {
      if (n === 1) return;
      expect(r.getCell(1).value).toBe(SHEETS.findings);
      expect(r.getCell(2).value).toBe("E2");
      parts.push(String(r.getCell(4).value));
    });
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join("")).toBe(message);
    // Parts end between items of the list, not inside one.
    for (const p of parts.slice(0, -1)) expect(p.endsWith("recorded; "), p.slice(-30)).toBe(true);
    expect(long.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1 });
  });
});

describe("CSV for Excel", () => {
  it("starts with a UTF-8 byte order mark and reads back with accented names, quoted where needed", () => {
    const bytes = Buffer.from(renderRopaCsv(landups), "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).startsWith("Processing activity,Business function,")).toBe(true);
    // The name holds a comma, so it is quoted; the accents survive as UTF-8.
    expect(text).toContain('\r\n"Données clients – Zürich, «cookies»",');
    expect(bytes.includes(Buffer.from("Zürich", "utf8"))).toBe(true);
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(landups.rows.length + 1);
  });
});
