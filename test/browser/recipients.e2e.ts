import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { closeSuite, openSuite, newPage, screenshot, seriousViolations, signedIn, type Datamap } from "./harness";

let dm: Datamap;
let browser: Browser;
let recipients: { id: string; name: string }[];
beforeAll(async () => {
  ({ dm, browser } = await openSuite());
  recipients = (await dm.gql(`{ organization(slug: "leanplans") { recipients { id name } } }`)).organization.recipients;
  // The seeds have no sub-processor: one engaged by the analytics providers makes a branch of the tree.
  const parent = recipients.find((r) => r.name === "Data analytics services")!;
  await dm.gql(`mutation($input: CreateRecipientInput!) { createRecipient(input: $input) { recipient { id } } }`, {
    input: { organization: "leanplans", name: "Metrics Cloud GmbH", kind: "SUB_PROCESSOR", role: "PROCESSOR", named: true, country: "DE", parent: parent.id },
  });
});
afterAll(() => closeSuite(dm, browser));

describe("recipients", () => {
  it("lists Leanplans' registry as a tree that expands a recipient's sub-processors, and filters by kind", async () => {
    const errors: string[] = [];
    const page = await newPage(browser, errors);
    await signedIn(page, dm, "/o/leanplans/recipients");
    await page.getByRole("heading", { name: "Recipients", level: 1 }).waitFor();
    const paypal = page.getByRole("row").filter({ has: page.getByRole("link", { name: "PayPal" }) });
    await paypal.waitFor();
    await expect(paypal.textContent()).resolves.toMatch(/independent controller.*Payment provider.*unknown/);
    const toggle = page.getByRole("button", { name: "Show sub-processors of Data analytics services" });
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByRole("link", { name: "Metrics Cloud GmbH" }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await toggle.focus();
    await page.keyboard.press("Enter");
    const sub = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Metrics Cloud GmbH" }) });
    await sub.waitFor();
    await expect(sub.textContent()).resolves.toMatch(/sub processor.*Germany · inside the EEA/);
    expect(await page.getByRole("button", { name: "Hide sub-processors of Data analytics services" }).getAttribute("aria-expanded")).toBe("true");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "recipients");

    await page.getByLabel("Kind").selectOption("PROCESSOR");
    await page.waitForURL(/kind=PROCESSOR/);
    await page.getByRole("heading", { name: "2 recipients match the filters", exact: true }).waitFor();
    expect(await page.getByRole("link", { name: "PayPal" }).count()).toBe(0);
    await page.getByLabel("Country").selectOption("DE");
    // The sub-processor matches; the recipient that engages it stays for context.
    await page.getByRole("heading", { name: "0 recipients match the filters", exact: true }).waitFor();
    await page.getByLabel("Kind").selectOption("SUB_PROCESSOR");
    await page.getByRole("heading", { name: "1 recipient matches the filters", exact: true }).waitFor();
    await page.getByRole("link", { name: "Metrics Cloud GmbH" }).waitFor();
    await expect(page.getByRole("row").filter({ hasText: "Data analytics services" }).textContent()).resolves.toContain("engages a match");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("opens a recipient: its facts, the activities it receives from and its history", async () => {
    const errors: string[] = [];
    const page = await newPage(browser, errors);
    await signedIn(page, dm, "/o/leanplans/recipients");
    await page.getByRole("link", { name: "PayPal" }).click();
    await page.getByRole("heading", { name: "PayPal", level: 1 }).waitFor();
    await expect(page.locator("dl.facts").textContent()).resolves.toMatch(/Payment provider/);
    await expect(page.locator("dl.facts").textContent()).resolves.toMatch(/§ 1 \(stated\)/);
    const receives = page.getByRole("region", { name: "What it receives, from which activities" });
    await receives.getByRole("link", { name: "Orders and payments" }).waitFor();
    await page.getByRole("region", { name: "History" }).getByRole("row").filter({ hasText: "seed" }).waitFor();
    await page.getByRole("link", { name: "Edit" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The sub-processor's page links back to the recipient that engages it.
    await page.goto(`${dm.origin}/o/leanplans/recipients`);
    await page.getByRole("button", { name: "Show sub-processors of Data analytics services" }).click();
    await page.getByRole("link", { name: "Metrics Cloud GmbH" }).click();
    await page.getByRole("heading", { name: "Metrics Cloud GmbH", level: 1 }).waitFor();
    await page.locator("dl.facts").getByRole("link", { name: "Data analytics services" }).click();
    await page.getByRole("heading", { name: "Data analytics services", level: 1 }).waitFor();
    await page.locator("dl.facts").getByRole("link", { name: "Metrics Cloud GmbH" }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a VIEWER key sees no Edit link; a key scoped to leanplans gets no landups recipient", async () => {
    const viewer = await dm.key("auditor", "VIEWER");
    const page = await newPage(browser);
    await signedIn(page, dm, `/o/leanplans/recipients/${encodeURIComponent(recipients[0].id)}`, viewer);
    await page.getByRole("heading", { name: recipients[0].name, level: 1 }).waitFor();
    expect(await page.getByRole("link", { name: "Edit" }).count()).toBe(0);
    await page.context().close();

    const landups = (await dm.gql(`{ organization(slug: "landups") { recipients { id name } } }`)).organization.recipients[0];
    const scoped = await dm.key("lp-viewer", "VIEWER", ["leanplans"]);
    const p2 = await newPage(browser);
    await signedIn(p2, dm, `/o/leanplans/recipients/${encodeURIComponent(landups.id)}`, scoped);
    await p2.getByRole("heading", { name: "Recipient not found" }).waitFor();
    expect(await p2.locator("body").textContent()).not.toContain(landups.name);
    expect(await seriousViolations(p2)).toEqual([]);
    await p2.context().close();
  });
});
