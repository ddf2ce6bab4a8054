import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { closeSuite, openSuite, newPage, screenshot, seriousViolations, signedIn, type Datamap } from "./harness";

let dm: Datamap;
let browser: Browser;
beforeAll(async () => void ({ dm, browser } = await openSuite()));
afterAll(() => closeSuite(dm, browser));

/** Clicks a download button and saves what the browser receives; the status line names the file. */
async function fetchFile(page: Page, button: RegExp): Promise<{ file: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  const file = path.join(dm.dir, `${Date.now()}-${dl.suggestedFilename()}`);
  await dl.saveAs(file);
  await page.getByRole("status").filter({ hasText: `Downloaded ${dl.suggestedFilename()}` }).waitFor();
  expect(fs.statSync(file).size).toBeGreaterThan(0);
  return { file, text: fs.readFileSync(file, "utf8") };
}

describe("exports", () => {
  it("downloads every format for landups, each non-empty and readable", async () => {
    const errors: string[] = [];
    const page = await newPage(browser, errors);
    await signedIn(page, dm, "/o/landups/exports");
    await page.getByRole("heading", { level: 1, name: /Exports/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "exports");

    const xlsx = await fetchFile(page, /Excel workbook/);
    expect(path.basename(xlsx.file)).toMatch(/\.xlsx$/);
    const book = await new ExcelJS.Workbook().xlsx.readFile(xlsx.file);
    expect(book.worksheets.length).toBeGreaterThan(0);
    expect(book.worksheets.some((w) => w.rowCount > 1)).toBe(true);

    const csv = await fetchFile(page, /^Download CSV/);
    expect(csv.text.split(/\r?\n/)[0]).toMatch(/,/);
    expect(csv.text.split(/\r?\n/).filter(Boolean).length).toBeGreaterThan(1);

    const html = await fetchFile(page, /HTML report/);
    expect(html.text).toContain("<table");

    const md = await fetchFile(page, /Markdown/);
    expect(md.text).toMatch(/^#/m);

    const json = await fetchFile(page, /JSON \(datamap-record\)/);
    expect(JSON.parse(json.text).format).toBe("datamap-record");

    const jsonld = await fetchFile(page, /DPV JSON-LD/);
    expect(JSON.parse(jsonld.text)).toHaveProperty("@context");

    const sarif = await fetchFile(page, /SARIF/);
    const log = JSON.parse(sarif.text);
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0].results.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("downloads the processor's record and the record as of an instant", async () => {
    const page = await newPage(browser);
    const day = new Date().toISOString().slice(0, 10);
    await signedIn(page, dm, `/o/leanplans/exports?asOf=${day}`);
    await page.getByText(`as it stood on ${day}`).waitFor();
    await page.getByLabel(/Processor’s record/).check();
    const html = await fetchFile(page, /HTML report/);
    expect(html.text).toContain("<table");
    expect(html.text).toMatch(/30\(2\)|processor/i);
    await page.context().close();
  });

  it("says why a download failed", async () => {
    const page = await newPage(browser);
    await signedIn(page, dm, "/o/landups/exports");
    await page.getByRole("heading", { level: 1, name: /Exports/ }).waitFor();
    // The key is revoked behind the page's back: the server refuses and the page says so instead of saving a file.
    await page.evaluate(() => (globalThis as any).sessionStorage.setItem("datamap-token", "dmk_not_a_key"));
    await page.getByRole("button", { name: /^Download CSV/ }).click();
    await page.getByRole("alert").filter({ hasText: "Could not download the CSV" }).waitFor();
    expect(await page.getByRole("status").textContent()).not.toMatch(/Downloaded/);
    await page.context().close();
  });
});
