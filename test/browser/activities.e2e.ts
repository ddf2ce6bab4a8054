import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { closeSuite, openSuite, newPage, screenshot, seriousViolations, signedIn, type Datamap } from "./harness";

let dm: Datamap;
let browser: Browser;
let asOfFilterReady = false;
let edited: { url: string; oldName: string; seededAt: string } | undefined;
beforeAll(async () => {
  ({ dm, browser } = await openSuite());
  const t = await dm.gql(`{ __type(name: "ProcessingActivityFilter") { inputFields { name } } }`);
  asOfFilterReady = t.__type.inputFields.some((f: { name: string }) => f.name === "search");
});
afterAll(() => closeSuite(dm, browser));

const rows = (page: Page) => page.locator("table.activities-table tbody tr");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function landupsActivity(key: string) {
  const d = await dm.gql(`{ processingActivities(organization: "landups", first: 100) { edges { node { id key name version updatedAt } } } }`);
  return d.processingActivities.edges.map((e: any) => e.node).find((a: any) => a.key === key);
}

describe("activities list", () => {
  it("pages through landups and filters by a data category kept in the URL", async () => {
    const errors: string[] = [];
    const page = await newPage(browser, errors);
    await signedIn(page, dm, "/o/landups/activities");
    await page.getByRole("heading", { name: "Processing activities" }).waitFor();
    await page.getByRole("heading", { name: "13 activities" }).waitFor();
    expect(await rows(page).count()).toBe(13);
    await page.getByRole("link", { name: "New activity" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "activities");

    // Smaller pages, so the seed record has more than one.
    await page.getByLabel("Rows per page").selectOption("10");
    await page.getByText("Rows 1–10 of 13").waitFor();
    expect(await page.getByRole("button", { name: "Previous page" }).isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Next page" }).click();
    await page.getByText("Rows 11–13 of 13").waitFor();
    expect(await rows(page).count()).toBe(3);
    expect(page.url()).toContain("after=");
    await page.getByRole("button", { name: "Previous page" }).click();
    await page.getByText("Rows 1–10 of 13").waitFor();

    const category = "user.government_id.id_photo";
    const expected = (await dm.gql(`{ processingActivities(organization: "landups", filter: { dataCategory: "${category}" }) { totalCount } }`)).processingActivities.totalCount;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(13);
    await page.getByLabel("Data category").selectOption(category);
    await page.waitForURL(/category=user\.government_id\.id_photo/);
    const heading = page.getByRole("heading", { name: expected === 1 ? "1 activity matches the filters" : `${expected} activities match the filters`, exact: true });
    await heading.waitFor();
    const filtered = await rows(page).count();
    expect(filtered).toBe(Math.min(expected, 10));
    expect(page.url()).not.toContain("after=");
    await page.reload();
    await heading.waitFor();
    expect(await page.getByLabel("Data category").inputValue()).toBe(category);
    expect(await rows(page).count()).toBe(filtered);

    await page.getByLabel("Storage country").selectOption("HK");
    await page.waitForURL(/country=HK/);
    expect(await rows(page).count()).toBe(filtered);

    // Name search, then the same filters on the record as of a date: both go to the API.
    await page.getByLabel("Name or key contains").fill("usage");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/search=usage/);
    await page.getByRole("heading", { name: "0 activities match the filters", exact: true }).waitFor();
    await page.getByLabel("Data category").selectOption("");
    await page.getByRole("heading", { name: "1 activity matches the filters", exact: true }).waitFor();
    await expect(rows(page).first().textContent()).resolves.toContain("Login and usage records");
    const today = new Date().toISOString().slice(0, 10);
    await page.goto(`${dm.origin}/o/landups/activities?search=usage&asOf=${today}`);
    await page.getByRole("heading", { name: "1 activity matches the filters", exact: true }).waitFor();
    expect(await page.getByRole("link", { name: "New activity" }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("activity record page", () => {
  it("shows every fact with its notice section, then the history and diff of an edit", async () => {
    const errors: string[] = [];
    const page = await newPage(browser, errors);
    const before = await landupsActivity("account-registration");
    const url = `/o/landups/activities/${encodeURIComponent(before.id)}`;
    await signedIn(page, dm, url);
    await page.getByRole("heading", { level: 1, name: before.name }).waitFor();
    const purposes = page.getByRole("region", { name: /Purposes/ });
    await expect(purposes.textContent()).resolves.toMatch(/authentication/i);
    const data = page.getByRole("region", { name: /Data subjects and data categories/ });
    await expect(data.textContent()).resolves.toContain("user.financial.bank_account");
    await expect(data.textContent()).resolves.toMatch(/PIPL: sensitive/);
    const storage = page.getByRole("region", { name: /Storage and transfers/ });
    await expect(storage.textContent()).resolves.toContain("Hong Kong");
    await expect(storage.textContent()).resolves.toMatch(/§ 6\.1 \(stated\)/);
    await expect(page.getByRole("region", { name: /Legal basis claims/ }).textContent()).resolves.toMatch(/continued use.*§ preamble/);
    await expect(page.getByRole("region", { name: /Retention/ }).textContent()).resolves.toMatch(/end of service.*§ 6\.2/);
    const findings = page.getByRole("region", { name: "Findings" });
    await findings.getByRole("listitem").first().waitFor();
    await expect(findings.textContent()).resolves.toMatch(/PIPL/);
    await findings.getByRole("link", { name: "All findings of the record" }).waitFor();
    await page.getByRole("link", { name: "Edit" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "activity");

    // An edit through the API, a little after the seed instant, so `asOf = updatedAt` reads the old version.
    await sleep(1100);
    const renamed = "Account sign-up and identity checks";
    const me = (await dm.gql(`{ viewer { name } }`)).viewer.name;
    await dm.gql(`mutation($id: ID!, $v: Int!, $name: String!) { updateProcessingActivity(id: $id, expectedVersion: $v, input: { name: $name }) { processingActivity { id } } }`, {
      id: before.id,
      v: before.version,
      name: renamed,
    });
    await page.reload();
    await page.getByRole("heading", { level: 1, name: renamed }).waitFor();
    const history = page.getByRole("region", { name: "History" });
    const edit = history.getByRole("row").filter({ hasText: renamed });
    await edit.waitFor();
    const text = (await edit.textContent()) ?? "";
    expect(text).toContain(me);
    expect(text).toMatch(/update/);
    expect(text).toContain(`name: ${before.name} → ${renamed}`);

    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const diff = page.getByRole("region", { name: "Changes between two dates" });
    await diff.getByLabel("From", { exact: true }).fill(yesterday);
    await diff.getByLabel("To", { exact: true }).fill(new Date().toISOString().slice(0, 10));
    await diff.getByRole("button", { name: "Compare" }).click();
    await diff.getByText(/was changed/).waitFor();
    await expect(diff.textContent()).resolves.toContain(`name: ${before.name} → ${renamed}`);
    expect(await seriousViolations(page)).toEqual([]);

    expect(errors).toEqual([]);
    await page.context().close();
    edited = { url, oldName: before.name, seededAt: before.updatedAt };
  });

  // Reading one activity as of an instant needs Organization.processingActivities(filter: { search }); skipped on a server without it.
  it("shows the old name as of the seed instant, before the edit, with no Edit link", async (ctx) => {
    if (!asOfFilterReady) ctx.skip();
    expect(edited).toBeDefined();
    const page = await newPage(browser);
    await signedIn(page, dm, `${edited!.url}?asOf=${encodeURIComponent(edited!.seededAt)}`);
    await page.getByRole("heading", { level: 1, name: edited!.oldName }).waitFor();
    expect(await page.getByRole("link", { name: "Edit" }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe("keys", () => {
  it("a VIEWER key sees no New activity or Edit link", async () => {
    const token = await dm.key("auditor", "VIEWER");
    const page = await newPage(browser);
    await signedIn(page, dm, "/o/landups/activities", token);
    await page.getByRole("heading", { name: "13 activities" }).waitFor();
    expect(await page.getByRole("link", { name: "New activity" }).count()).toBe(0);
    await rows(page).first().getByRole("link").click();
    await page.getByRole("region", { name: /Purposes/ }).waitFor();
    expect(await page.getByRole("link", { name: "Edit" }).count()).toBe(0);
    await page.context().close();
  });

  it("a key scoped to leanplans gets no landups list or activity", async () => {
    const token = await dm.key("lp-viewer", "VIEWER", ["leanplans"]);
    const a = await landupsActivity("usage-records");
    const page = await newPage(browser);
    await signedIn(page, dm, "/o/landups/activities", token);
    await page.getByRole("heading", { name: "No such organisation" }).waitFor();
    expect(await page.locator("body").textContent()).not.toContain(a.name);
    await page.goto(`${dm.origin}/o/landups/activities/${encodeURIComponent(a.id)}`);
    await page.getByRole("heading", { name: "No such organisation" }).waitFor();
    expect(await page.locator("body").textContent()).not.toContain(a.name);
    // Its own organisation's address with the landups id answers not found, not the activity.
    await page.goto(`${dm.origin}/o/leanplans/activities/${encodeURIComponent(a.id)}`);
    await page.getByRole("heading", { name: "Activity not found" }).waitFor();
    expect(await page.locator("body").textContent()).not.toContain(a.name);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
