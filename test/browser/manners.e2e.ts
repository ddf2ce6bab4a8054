import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { closeSuite, openSuite, newPage, signedIn, type Datamap } from "./harness";

// Keyboard use, print and small screens: what every page owes its users beyond its content.
let dm: Datamap;
let browser: Browser;
beforeAll(async () => void ({ dm, browser } = await openSuite()));
afterAll(() => closeSuite(dm, browser));

describe("good manners", () => {
  it("is usable from the keyboard: skip link first, then the sections, each reachable by Tab and Enter", async () => {
    const page = await newPage(browser);
    await signedIn(page, dm, "/o/landups");
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.textContent)).toBe("Skip to content");
    // Tab on to the Findings section link and open it with Enter.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      if ((await page.evaluate(() => (globalThis as any).document.activeElement?.textContent)) === "Findings") break;
    }
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/o\/landups\/findings/);
    await page.getByRole("heading", { level: 1, name: /Findings/ }).waitFor();
    await page.context().close();
  });

  it("prints the record without navigation, filters or buttons", async () => {
    const page = await newPage(browser);
    await signedIn(page, dm, "/o/landups/findings");
    await page.getByRole("table").first().waitFor();
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".orgbar").isVisible()).toBe(false);
    expect(await page.locator(".topbar").isVisible()).toBe(false);
    expect(await page.getByRole("button").filter({ visible: true }).count()).toBe(0);
    expect(await page.getByRole("table").first().isVisible()).toBe(true);
    await page.context().close();
  });

  it("fits a laptop screen: no sideways scrolling at 1280×800 on every section", async () => {
    const page = await newPage(browser);
    for (const p of ["/o/landups", "/o/landups/map", "/o/landups/findings", "/o/landups/activities", "/o/leanplans/recipients", "/o/leanplans/transfers", "/o/leanplans/exports"]) {
      await signedIn(page, dm, p);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.waitForFunction(() => !(globalThis as any).document.querySelector(".state-loading"));
      const overflow = await page.evaluate(() => {
        const d = (globalThis as any).document.documentElement;
        return d.scrollWidth - d.clientWidth;
      });
      expect(overflow, p).toBeLessThanOrEqual(0);
    }
    await page.context().close();
  });
});
