import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { closeSuite, openSuite, newPage, screenshot, seriousViolations, signedIn, type Datamap } from "./harness";

let dm: Datamap;
let browser: Browser;
beforeAll(async () => void ({ dm, browser } = await openSuite()));
afterAll(() => closeSuite(dm, browser));

const table = (page: Page) => page.getByRole("table", { name: "Findings" });
/** The finding rows (the header row left out). */
const rows = (page: Page) => table(page).locator("tbody > tr:not(.accept-row)");

describe("findings", () => {
  it("filters landups to PIPL through the filter bar; the URL carries the filter and a reload keeps it", async () => {
    const errors: string[] = [];
    const page = await newPage(browser, errors);
    await signedIn(page, dm, "/o/landups/findings");
    await page.getByRole("heading", { level: 1, name: /Findings/ }).waitFor();
    await table(page).waitFor();
    await page.getByLabel("Regime").selectOption("PIPL");
    await page.waitForURL(/regime=PIPL/);
    await page.getByRole("status").filter({ hasText: "PIPL" }).waitFor();
    const regimes = await rows(page).locator("td:nth-child(2)").allTextContents();
    expect(regimes.length).toBeGreaterThan(10);
    expect(new Set(regimes)).toEqual(new Set(["PIPL"]));
    expect(await rows(page).first().getByRole("cell").nth(3).textContent()).toMatch(/^PIPL Art/);

    await page.reload();
    await table(page).waitFor();
    expect(await page.getByLabel("Regime").inputValue()).toBe("PIPL");
    expect(new Set(await rows(page).locator("td:nth-child(2)").allTextContents())).toEqual(new Set(["PIPL"]));
    // The admin may edit: each open finding has an Accept button.
    expect(await table(page).getByRole("button", { name: /^Accept/ }).count()).toBe(regimes.length);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "findings");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("opens a finding's subject: an activity's page", async () => {
    const page = await newPage(browser);
    await signedIn(page, dm, "/o/landups/findings?rule=pipl-consent-by-continued-use");
    const link = rows(page).first().getByRole("cell").nth(6).getByRole("link");
    await link.click();
    await page.waitForURL(/\/o\/landups\/activities\/[^/]+$/);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.context().close();
  });

  it("lets an EDITOR accept a finding: the API's message shows by the field with the text kept, then the finding leaves the list", async () => {
    const errors: string[] = [];
    const page = await newPage(browser, errors);
    await signedIn(page, dm, "/o/landups/findings?rule=pipl-sensitive-no-separate-consent", await dm.key("editor", "EDITOR"));
    await table(page).waitFor();
    const before = await rows(page).count();
    expect(before).toBe(3);
    const first = rows(page).first();
    const message = (await first.getByRole("cell").nth(4).textContent())!;
    await first.getByRole("button", { name: /^Accept/ }).click();
    const why = page.getByLabel("Justification");
    await why.fill("Separate consent screen ships in the next release.");
    // A date in the past: the API refuses it, and says so under the date.
    await page.getByLabel("Accepted until").fill("2001-01-01");
    await page.getByRole("button", { name: "Accept finding" }).click();
    await page.locator(".field-error").waitFor();
    expect(await page.locator(".field-error").textContent()).toMatch(/after now/);
    expect(await why.inputValue()).toBe("Separate consent screen ships in the next release.");
    expect(await page.getByLabel("Accepted until").getAttribute("aria-invalid")).toBe("true");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel("Accepted until").fill("2099-06-30");
    await page.getByRole("button", { name: "Accept finding" }).click();
    await page.getByText("2 findings").waitFor();
    expect(await table(page).getByText(message).count()).toBe(0);

    // With accepted findings included it is back, with who accepted it and until when. The filter is a navigation,
    // which React commits once its data is in, so the box turns checked then: click, and wait for the URL and the box.
    const include = page.getByLabel("Include accepted");
    await include.click();
    await page.waitForURL(/accepted=1/);
    await expect.poll(() => include.isChecked()).toBe(true);
    const accepted = table(page).getByRole("row").filter({ hasText: message });
    await accepted.getByText(/Accepted by editor on .* until 2099-06-30/).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows a VIEWER key no Accept buttons", async () => {
    const page = await newPage(browser);
    await signedIn(page, dm, "/o/landups/findings", await dm.key("auditor", "VIEWER"));
    await table(page).waitFor();
    expect(await rows(page).count()).toBeGreaterThan(10);
    expect(await page.getByRole("button", { name: /Accept/ }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
