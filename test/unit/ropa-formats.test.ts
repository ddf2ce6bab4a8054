import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Connection } from "../../src/db/connection";
import { SYSTEM } from "../../src/modules/context";
import { csvField, renderRopaCsv } from "../../src/io/export/ropa-csv";
import { renderRopaHtml } from "../../src/io/export/ropa-html";
import { renderRopaMarkdown } from "../../src/io/export/ropa-md";
import { CONTROLLER_COLUMNS, FINDING_COLUMNS, TRANSFER_COLUMNS, type RopaDocument } from "../../src/io/export/ropa-model";
import { renderRopaXlsx, SHEETS } from "../../src/io/export/ropa-xlsx";
import { MAX_WIDTH } from "../../src/io/export/xlsx-sheet";
import { seedDatabase } from "../../src/io/seed/seed";
import { activityStore } from "../../src/modules/activity/activity.store";
import { activityWriteService } from "../../src/modules/activity/activity.write.service";
import { organizationStore } from "../../src/modules/organization/organization.store";
import { ropaService } from "../../src/modules/ropa/ropa.service";

// Each report format, rendered from the seeds and read back: the content, not only that something was written.

/** A name that needs quoting in CSV and escaping in HTML and Markdown. */
const TRICKY = 'Tracking, "pixels" <b>&"\nand tags';
let conn: Connection;
let landups: RopaDocument;
beforeAll(() => {
  conn = openDatabase(":memory:");
  seedDatabase(conn);
  const org = organizationStore.bySlug(conn.db, "landups")!;
  const a = activityStore.byOrgIds(conn.db, [org.id]).find((x) => x.key === "cookies")!;
  conn.db.transaction((tx) => activityWriteService.update(tx, a.id, a.version, { name: TRICKY }, "test"));
  landups = ropaService.build(conn.db, SYSTEM, { organization: "landups" })!.document;
});
afterAll(() => conn.close());

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), i++;
    else field += c;
  }
  return rows;
}

const cellText = (v: ExcelJS.CellValue) => (v === null || v === undefined ? null : String(v));

describe("XLSX", () => {
  it("holds the header block, the frozen column header row in ICO order, the rows, transfers and findings", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderRopaXlsx(landups)) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual([SHEETS.controller, SHEETS.recipients, SHEETS.transfers, SHEETS.findings]);

    const ws = wb.getWorksheet(SHEETS.controller)!;
    expect(ws.getCell("A1").value).toBe("Record of processing activities (GDPR Art 30(1)): Landups network");
    expect(ws.getCell("A2").value).toBe("Controller");
    expect(ws.getCell("B2").value).toBe("Landups network");
    const labels = Array.from({ length: 12 }, (_, i) => cellText(ws.getCell(i + 2, 1).value));
    expect(labels).toEqual(expect.arrayContaining(["Representative", "Data protection officer", "Country"]));
    const headingRow = Array.from({ length: 20 }, (_, i) => i + 1).find((n) => ws.getCell(n, 1).value === "Processing activity")!;
    const heading = (ws.getRow(headingRow).values as unknown[]).slice(1);
    expect(heading).toEqual(CONTROLLER_COLUMNS.map((c) => c.title));
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: headingRow, xSplit: 1 });

    const rows = Array.from({ length: landups.rows.length }, (_, i) => ws.getRow(headingRow + 1 + i));
    const registration = rows.find((r) => r.getCell(1).value === "Account registration, management and real-name verification")!;
    const col = (title: string) => CONTROLLER_COLUMNS.findIndex((c) => c.title === title) + 1;
    expect(registration.getCell(col("Purpose of processing")).value).toBe("Authentication; Identity verification");
    // Its own servers in Hong Kong, and the four recipient categories 5.1 shares it with, whose country the statement never gives.
    expect(registration.getCell(col("Third countries or international organisations transferred to")).value).toBe(
      "Hong Kong (HK); country not recorded (Affiliates); country not recorded (Third-party service providers); country not recorded (Contractors); country not recorded (Agents)",
    );
    expect(registration.getCell(col("Business function")).value).toBeNull();
    expect(registration.getCell(col("Retention schedule")).alignment).toMatchObject({ wrapText: true });
    expect(ws.getColumn(col("Retention schedule")).width).toBe(MAX_WIDTH);
    expect(rows.some((r) => r.getCell(1).value === TRICKY)).toBe(true);

    const transfers = wb.getWorksheet(SHEETS.transfers)!;
    expect((transfers.getRow(1).values as unknown[]).slice(1)).toEqual(TRANSFER_COLUMNS.map((c) => c.title));
    expect((transfers.getRow(2).values as unknown[]).slice(1, 6)).toEqual([
      "Account registration, management and real-name verification",
      "PIPL",
      "China (CN)",
      "Hong Kong (HK)",
      "Storage location: Landups network servers in Hong Kong",
    ]);
    expect(transfers.rowCount).toBe(landups.transfers.length + 1);
    const findings = wb.getWorksheet(SHEETS.findings)!;
    expect((findings.getRow(1).values as unknown[]).slice(1)).toEqual(FINDING_COLUMNS.map((c) => c.title));
    expect(findings.getCell("A2").value).toBe(landups.findings[0].severity);
    expect(findings.getCell("E2").value).toBe(landups.findings[0].message);
    expect(findings.rowCount).toBe(landups.findings.length + 1);
  });
});

describe("CSV", () => {
  it("parses back to the same table, quoting commas, quotes and line breaks", () => {
    const file = renderRopaCsv(landups);
    expect(file.startsWith("\uFEFF")).toBe(true);
    const text = file.slice(1);
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(CONTROLLER_COLUMNS.map((c) => c.title));
    expect(rows).toHaveLength(landups.rows.length + 1);
    const tricky = rows.find((r) => r[0] === TRICKY)!;
    expect(tricky).toBeDefined();
    expect(text).toContain('"Tracking, ""pixels"" <b>&""\nand tags"');
    const original = landups.rows.find((r) => r.key === "cookies")!;
    expect(tricky).toEqual(CONTROLLER_COLUMNS.map((c) => original.cells[c.key] ?? ""));
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvField("=HYPERLINK(\"x\")")).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField("plain")).toBe("plain");
    expect(csvField(null)).toBe("");
  });
});

describe("Markdown", () => {
  it("has every activity, escaped, and no link or image", () => {
    const md = renderRopaMarkdown(landups);
    expect(md.startsWith("# Record of processing activities (GDPR Art 30(1)): Landups network\n")).toBe(true);
    for (const r of landups.rows.filter((x) => x.key !== "cookies")) expect(md).toContain(`. ${r.cells.name!.replace(/[\\`*_[\]<>|#!&]/g, (c) => `\\${c}`)} (\`${r.key}\`)`);
    expect(md).toContain("Tracking, \"pixels\" \\<b\\>\\&\" and tags");
    expect(md).not.toMatch(/\]\(|<img|src=|href=/);
    expect(md).toContain("## Transfers");
    expect(md).toContain("| Article 6 lawful basis | PIPL Art 13(1)");
  });
});

describe("HTML", () => {
  it("is one self-contained page: inline style, no script, no external asset, text escaped", () => {
    const html = renderRopaHtml(landups);
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    for (const r of landups.rows.filter((x) => x.key !== "cookies")) expect(html).toContain(r.cells.name!.replace(/'/g, "&#39;"));
    expect(html).toContain("Tracking, &quot;pixels&quot; &lt;b&gt;&amp;&quot;\nand tags");
    expect(html).not.toContain("<b>&");
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/\b(src|href)\s*=/i);
    expect(html).toMatch(/<style>[\s\S]*@page[\s\S]*<\/style>/);
    expect(html).toContain("<th scope=\"row\">Retention schedule</th>");
  });
});
