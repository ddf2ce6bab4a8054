import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/connection";
import { activityStore } from "../../src/modules/activity/activity.store";
import { activityWriteService } from "../../src/modules/activity/activity.write.service";
import { historyStore } from "../../src/modules/history/history.store";
import { organizationStore } from "../../src/modules/organization/organization.store";
import { removeDir, runCli, tempDir } from "./run";

// `datamap export ropa`: every format from the real binary, its errors and exit statuses.
let dir: string;
let db: string;
beforeAll(async () => {
  dir = tempDir();
  db = path.join(dir, "ropa.db");
  expect((await runCli(["seed", "--db", db])).code).toBe(0);
});
afterAll(() => removeDir(dir));

const exportRopa = (...args: string[]) => runCli(["export", "ropa", ...args, "--db", db]);

describe("datamap export ropa", () => {
  it("writes the Landups workbook with --out and says so on stderr", async () => {
    const out = path.join(dir, "landups.xlsx");
    const r = await exportRopa("--org", "landups", "--format", "xlsx", "--out", out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim()).toBe(`datamap: wrote 13 activities to ${out}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Record of processing", "Recipients", "Transfers", "Findings"]);
    const ws = wb.worksheets[0];
    const heading = ws.views[0].state === "frozen" ? (ws.views[0] as { ySplit: number }).ySplit : 0;
    expect(ws.getCell(heading, 1).value).toBe("Processing activity");
    expect(ws.getCell(heading, 2).value).toBe("Business function");
    expect(ws.getCell(heading + 1, 1).value).toBe("Account registration, management and real-name verification");
  });

  it("prints the text formats on standard output", async () => {
    const md = await exportRopa("--org", "leanplans", "--format", "md");
    expect(md.code, md.stderr).toBe(0);
    expect(md.stderr).toBe("");
    expect(md.stdout).toContain("### 1. Account creation and management (`account-management`)");
    const html = await exportRopa("--org", "leanplans", "--format", "html");
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(html.stdout).toContain("Account creation and management");
    const csv = await exportRopa("--org", "leanplans", "--format", "csv");
    expect(csv.stdout.split("\r\n")[0]).toMatch(/^\uFEFFProcessing activity,Business function,Purpose of processing,/);
    const jsonld = JSON.parse((await exportRopa("--org", "leanplans", "--format", "jsonld")).stdout);
    expect(jsonld["@context"].dpv).toBe("https://w3id.org/dpv#");
    const json = JSON.parse((await exportRopa("--org", "leanplans", "--format", "json")).stdout);
    expect(json).toMatchObject({ format: "datamap-record", version: 2, asOf: null, organization: { slug: "leanplans" } });
    expect(json.activities).toHaveLength(11);
  });

  it("gives the processor's record with --processor", async () => {
    const r = await exportRopa("--org", "leanplans", "--format", "md", "--processor");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("(GDPR Art 30(2))");
    expect(r.stdout).toContain("| Controllers acted for | Shenzhen Leanplans Co., Ltd, service@leanplans.com");
    expect(r.stdout).toContain("| Name and contact details of controller | Shenzhen Leanplans Co., Ltd");
    expect(r.stdout).not.toContain("Article 6 lawful basis");
  });

  it("reads the record as it stood with --as-of", async () => {
    const conn = openDatabase(db);
    let before: string;
    try {
      const org = organizationStore.bySlug(conn.db, "landups")!;
      const a = activityStore.byOrgIds(conn.db, [org.id]).find((x) => x.key === "surveys")!;
      conn.db.transaction((tx) => activityWriteService.update(tx, a.id, a.version, { name: "Customer satisfaction surveys" }, "test"));
      const edit = historyStore.latestVersion(conn.db, "ProcessingActivity", a.id)!;
      before = new Date(new Date(edit.validFrom).getTime() - 1).toISOString();
    } finally {
      conn.close();
    }
    const then = await exportRopa("--org", "landups", "--format", "html", "--as-of", before);
    expect(then.code, then.stderr).toBe(0);
    expect(then.stdout).toContain("Product and service surveys");
    expect(then.stdout).not.toContain("Customer satisfaction surveys");
    expect(then.stdout).toContain(`as it stood at ${before}`);
    const now = await exportRopa("--org", "landups", "--format", "html");
    expect(now.stdout).toContain("Customer satisfaction surveys");
    expect(now.stdout).not.toContain("Product and service surveys");
    const tooEarly = await exportRopa("--org", "landups", "--format", "md", "--as-of", "2001-01-01");
    expect(tooEarly.code).toBe(2);
    expect(tooEarly.stderr).toContain("had no record yet at that instant");
  });

  it("refuses bad arguments with exit 2, naming what is valid", async () => {
    const format = await exportRopa("--org", "landups", "--format", "pdf");
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format "pdf" is not valid; expected one of xlsx, csv, md, html, json, jsonld');
    const org = await exportRopa("--org", "nobody", "--format", "md");
    expect(org.code).toBe(2);
    expect(org.stderr).toContain('--org "nobody" is not valid; expected one of landups, leanplans');
    const binary = await exportRopa("--org", "landups", "--format", "xlsx");
    expect(binary.code).toBe(2);
    expect(binary.stderr).toContain("--format xlsx writes a binary file; give --out <file>");
    const processor = await exportRopa("--org", "landups", "--format", "json", "--processor");
    expect(processor.code).toBe(2);
    const date = await exportRopa("--org", "landups", "--format", "md", "--as-of", "yesterday");
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--as-of "yesterday" is not a date');
    const missing = await exportRopa("--org", "landups");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--format is required; expected one of xlsx, csv, md, html, json, jsonld");
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx"))).toEqual(["landups.xlsx"]);
  });
});
