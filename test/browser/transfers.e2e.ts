import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, newPage, screenshot, seriousViolations, signedIn, startDatamap, type Datamap } from "./harness";

let dm: Datamap;
let browser: Browser;
beforeAll(async () => {
  [dm, browser] = await Promise.all([startDatamap(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await dm?.stop();
});

const rows = (page: import("playwright-core").Page) => page.locator("table.transfers-table tbody tr");

describe("transfers page", () => {
  it("lists the Leanplans transfers per regime with their mechanisms and draws the world map", async () => {
    const errors: string[] = [];
    const page = await newPage(browser, errors);
    await signedIn(page, dm, "/o/leanplans/transfers");
    await page.getByRole("heading", { level: 1, name: /Transfers/ }).waitFor();
    await rows(page).first().waitFor();
    expect(await page.getByRole("columnheader", { name: "Mechanism" }).count()).toBe(1);
    const regimes = await page.locator("table.transfers-table tbody tr td:first-child").allTextContents();
    expect(new Set(regimes)).toEqual(new Set(["GDPR", "UK GDPR", "PIPL"]));
    // Leanplans records no importer countries: every destination is listed as not recorded, none is lost.
    await page.getByRole("button", { name: "Country not recorded" }).waitFor();
    // The map: country shapes as SVG paths inside the chart, which has an accessible name.
    const map = page.getByRole("img", { name: /World map of .* transfer destinations/ });
    await map.locator("svg path").nth(100).waitFor();
    expect(await map.locator("svg path").count()).toBeGreaterThan(150);
    await page.getByText("Not covered (hatched)").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "transfers");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows mechanisms with PIPL exemptions and Hong Kong beside the map (no shape at this scale) for Landups", async () => {
    const page = await newPage(browser);
    await signedIn(page, dm, "/o/landups/transfers");
    await rows(page).first().waitFor();
    await page.getByRole("cell", { name: "38-4 (exemption Art 5(1))" }).first().waitFor();
    const hk = page.locator(".destinations li", { hasText: "Hong Kong" });
    expect(await hk.textContent()).toMatch(/not covered.*too small for the map/);
    // Choosing a destination filters the table to it and says so in the URL.
    await hk.getByRole("button", { name: "Hong Kong" }).click();
    await page.waitForURL(/country=HK/);
    const to = await page.locator("table.transfers-table tbody tr td:nth-child(4)").allTextContents();
    expect(to.length).toBeGreaterThan(0);
    expect(to.every((t) => t.includes("Hong Kong (HK)"))).toBe(true);
    await page.context().close();
  });

  it("filters by status through the filter bar and keeps the filter in the URL", async () => {
    const page = await newPage(browser);
    await signedIn(page, dm, "/o/landups/transfers");
    await rows(page).first().waitFor();
    const all = await rows(page).count();
    await page.getByLabel("Status").selectOption("NOT_COVERED");
    await page.waitForURL(/status=NOT_COVERED/);
    const statuses = await page.locator("table.transfers-table tbody tr td:last-child").allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.length).toBeLessThan(all);
    expect(new Set(statuses)).toEqual(new Set(["not covered"]));
    // The deep link opens the same view.
    await page.reload();
    await rows(page).first().waitFor();
    expect(await page.getByLabel("Status").inputValue()).toBe("NOT_COVERED");
    expect(await rows(page).count()).toBe(statuses.length);
    await page.context().close();
  });
});
