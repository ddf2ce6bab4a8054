import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { closeSuite, openSuite, newPage, seriousViolations, type Datamap } from "./harness";

let dm: Datamap;
let browser: Browser;
beforeAll(async () => void ({ dm, browser } = await openSuite()));
afterAll(() => closeSuite(dm, browser));

describe("signing in", () => {
  it("arrives through the first-start link: the token leaves the address bar and both seed organisations are listed", async () => {
    const errors: string[] = [];
    const page = await newPage(browser, errors);
    await page.goto(dm.link);
    await page.getByRole("heading", { name: "Organisations" }).waitFor();
    expect(page.url()).not.toContain("token");
    expect(await page.evaluate(() => (globalThis as any).sessionStorage.getItem("datamap-token"))).toBe(dm.token);
    await expect(page.getByRole("link", { name: "Landups" }).count()).resolves.toBe(1);
    await expect(page.getByRole("link", { name: "Leanplans" }).count()).resolves.toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("asks for a key, refuses a wrong one with the reason, and accepts a pasted one", async () => {
    const page = await newPage(browser);
    await page.goto(dm.origin);
    await page.getByLabel("API key").fill("dmk_wrong_wrong_wrong");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").textContent()).toMatch(/refused/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("API key").fill(dm.token);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Organisations" }).waitFor();
    await page.context().close();
  });

  it("keeps the key to the tab: a new browser context must sign in again", async () => {
    const page = await newPage(browser);
    await page.goto(`${dm.origin}/o/landups`);
    await page.getByLabel("API key").waitFor();
    await page.context().close();
  });
});
