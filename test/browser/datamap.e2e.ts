import { execFileSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { closeSuite, openSuite, newPage, screenshot, seriousViolations, signedIn, type Datamap } from "./harness";

const CLI = path.resolve(__dirname, "../../bin/datamap.js");

let dm: Datamap;
let browser: Browser;
beforeAll(async () => {
  ({ dm, browser } = await openSuite({
    // A large synthetic record next to the seeds: serve only seeds an empty database, so the seeds are loaded here too.
    prepare: (db) => {
      execFileSync(process.execPath, [CLI, "seed", "--db", db, "--synthetic", "--org", "synthetic", "--activities", "500", "--recipients", "60"], { stdio: "ignore" });
      execFileSync(process.execPath, [CLI, "seed", "--db", db], { stdio: "ignore" });
    },
  }));
}, 120_000);
afterAll(() => closeSuite(dm, browser));

const chart = (page: Page) => page.getByRole("img", { name: /Sankey diagram of data flows/ });
const flowRows = (page: Page) => page.locator("table.flows-table tbody tr");
/** The diagram's node count, from its accessible name ("… 12 data categories flow into 9 activities, which lead to 20 …"). */
async function nodeCount(page: Page): Promise<number> {
  const label = (await chart(page).getAttribute("aria-label")) ?? "";
  const m = /: (\d+) data categories flow into (\d+) \w+, which lead to (\d+) /.exec(label);
  if (!m) throw new Error(`unexpected chart label: ${label}`);
  return Number(m[1]) + Number(m[2]) + Number(m[3]);
}
const activities = async (page: Page) => Number(/^(\d+) activit/.exec((await page.locator(".dm-summary").textContent()) ?? "")?.[1]);

describe("data map page", () => {
  it("shows the Landups Hong Kong storage location in the flows table and as text in the diagram", async () => {
    const errors: string[] = [];
    const page = await newPage(browser, errors);
    await signedIn(page, dm, "/o/landups/map");
    await page.getByRole("heading", { level: 1, name: /Data map/ }).waitFor();
    await flowRows(page).first().waitFor();
    const stored = flowRows(page).filter({ hasText: "stored in" }).filter({ hasText: "Hong Kong" });
    expect(await stored.count()).toBeGreaterThan(0);
    expect(await stored.first().textContent()).toContain("(HK)");
    await chart(page).locator("svg text", { hasText: "Hong Kong" }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "datamap");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("filters the Leanplans map by recipient kind through the filter bar: the URL and the table follow", async () => {
    const page = await newPage(browser);
    await signedIn(page, dm, "/o/leanplans/map");
    await flowRows(page).first().waitFor();
    const recipients = () => flowRows(page).filter({ hasText: "disclosed to" }).locator("td:nth-child(2)").allTextContents();
    const before = await recipients();
    expect(before.some((t) => !t.includes("(Processor)"))).toBe(true);
    await page.getByLabel("Recipient kind").selectOption("PROCESSOR");
    await page.waitForURL(/recipientKind=PROCESSOR/);
    await page.getByRole("navigation", { name: "Drill-down" }).getByText("Recipients: Processor").waitFor();
    await expect.poll(async () => (await recipients()).join("|")).not.toBe(before.join("|"));
    const after = await recipients();
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((t) => t.includes("(Processor)"))).toBe(true);
    // Back up one level undoes it.
    await page.getByRole("button", { name: "Back up one level" }).click();
    await page.waitForURL((u) => !u.search.includes("recipientKind"));
    await page.context().close();
  });

  it("opens an activity's page from its node in the table and from the diagram", async () => {
    const page = await newPage(browser);
    await signedIn(page, dm, "/o/landups/map");
    await flowRows(page).first().waitFor();
    const name = "Login and usage records";
    await flowRows(page).filter({ hasText: "processed in" }).locator("td:nth-child(2) a", { hasText: name }).first().click();
    await page.waitForURL(/\/o\/landups\/activities\/[^/]+$/);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.goBack();
    // The diagram's node label is clickable like the node itself.
    await chart(page).locator("svg text", { hasText: name }).first().click();
    await page.waitForURL(/\/o\/landups\/activities\/[^/]+$/);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.context().close();
  });

  it("groups a large record into a readable diagram, opens a group and narrows by a category", async () => {
    const errors: string[] = [];
    const page = await newPage(browser, errors);
    await signedIn(page, dm, "/o/synthetic/map");
    await flowRows(page).first().waitFor();
    // 500 activities with 60 recipients: activities give way to purposes, recipients to recipient kinds.
    expect(await page.locator(".dm-summary").textContent()).toMatch(/^500 activities, grouped by .*purpose.*recipient kind/);
    expect(await nodeCount(page)).toBeLessThan(60);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "datamap-large");

    // A group opens into its members (the synthetic record has too few categories for category groups; a recipient-kind group drills the same way).
    const group = page.locator("table.flows-table button[title^='Recipients of one kind']").first();
    const kind = (await group.getAttribute("title"))!.split(": ")[1];
    await group.click();
    await page.waitForURL(new RegExp(`recipientKind=${kind}`));
    await page.getByRole("navigation", { name: "Drill-down" }).getByText(/^Recipients: /).waitFor();
    await expect.poll(() => page.locator("table.flows-table button[title^='Recipients of one kind']").count()).toBe(0);
    expect(await flowRows(page).filter({ hasText: "disclosed to" }).locator("td:nth-child(2) a").count()).toBeGreaterThan(0);
    const inKind = await activities(page);
    expect(inKind).toBeLessThanOrEqual(500);

    // Then a category narrows it further, and the trail shows both steps.
    const category = page.locator("table.flows-table button[title^='Data category']").first();
    await category.click();
    await page.waitForURL(/category=/);
    await expect.poll(() => activities(page)).toBeLessThan(inKind);
    const trail = page.getByRole("navigation", { name: "Drill-down" });
    expect(await trail.getByRole("listitem").allTextContents()).toEqual(["All flows", expect.stringMatching(/^Recipients: /), expect.stringMatching(/^Category: /)]);
    await page.getByRole("button", { name: "Back up one level" }).click();
    await expect.poll(() => activities(page)).toBe(inKind);
    await trail.getByRole("button", { name: "All flows" }).click();
    await expect.poll(() => activities(page)).toBe(500);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
