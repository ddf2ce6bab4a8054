import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { closeSuite, openSuite, newPage, screenshot, seriousViolations, signedIn, type Datamap } from "./harness";

let dm: Datamap;
let browser: Browser;
beforeAll(async () => void ({ dm, browser } = await openSuite()));
afterAll(() => closeSuite(dm, browser));

describe("overview", () => {
  it("shows landups: header facts, counts linking to their pages, findings by severity and regime, transfers, reach and changes", async () => {
    const errors: string[] = [];
    const page = await newPage(browser, errors);
    await signedIn(page, dm, "/o/landups");
    await page.getByRole("heading", { level: 1, name: /Landups/ }).waitFor();
    const counts = page.getByRole("list", { name: "Record counts" });
    const activities = counts.getByRole("link", { name: /Processing activities/ });
    await activities.waitFor();
    const record = await dm.gql(`{ organization(slug: "landups") { legalName processingActivities(first: 0) { totalCount } } }`);
    expect(await activities.textContent()).toContain(String(record.organization.processingActivities.totalCount));
    expect(await activities.getAttribute("href")).toBe("/o/landups/activities");
    if (record.organization.legalName) await page.getByText(record.organization.legalName).first().waitFor();

    // docs/seed-findings.md: 88 findings on landups, 25 HIGH, 50 MEDIUM, 13 LOW.
    const bySeverity = page.getByRole("list", { name: "Findings by severity" });
    const high = bySeverity.getByRole("link", { name: /^25 high findings/ });
    await high.waitFor();
    expect(await high.getAttribute("href")).toBe("/o/landups/findings?severity=HIGH");
    await bySeverity.getByRole("link", { name: /^50 medium findings/ }).waitFor();
    await bySeverity.getByRole("link", { name: /^13 low findings/ }).waitFor();
    const pipl = page.getByRole("table", { name: "Findings by regime and severity" }).getByRole("row", { name: /^PIPL/ });
    await pipl.waitFor();
    expect(await pipl.getByRole("link").last().getAttribute("href")).toBe("/o/landups/findings?regime=PIPL");

    const transfers = page.getByRole("table", { name: "Transfers by regime and status" });
    await transfers.getByRole("row", { name: /^PIPL/ }).waitFor();
    const reach = page.getByRole("table", { name: "Laws that reach the organisation" });
    await reach.getByRole("cell", { name: "PIPL Art 3(1)" }).waitFor();
    await page.getByRole("heading", { name: "Changes in the last 30 days" }).waitFor();
    // The seeds were loaded just now, so the audit log shows them: who, when, and a link to each activity.
    const latest = page.getByRole("table", { name: "Latest changes" });
    await latest.waitFor();
    expect(await latest.getByRole("cell", { name: "seed", exact: true }).count()).toBeGreaterThan(0);
    expect(await latest.getByRole("link").first().getAttribute("href")).toMatch(/^\/o\/landups\/(activities|recipients)\/|^\/o\/landups$/);

    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "overview");
    // A severity count opens the findings page with that filter.
    await high.click();
    await page.getByRole("heading", { level: 1, name: /Findings/ }).waitFor();
    expect(new URL(page.url()).searchParams.get("severity")).toBe("HIGH");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows leanplans with its counts and findings by severity, and keeps the instant shown", async () => {
    const errors: string[] = [];
    const page = await newPage(browser, errors);
    await signedIn(page, dm, "/o/leanplans");
    await page.getByRole("heading", { level: 1, name: /Leanplans/ }).waitFor();
    const total = (await dm.gql(`{ findings(organization: "leanplans") { id } }`)).findings.length;
    expect(total).toBeGreaterThan(0);
    await page.getByRole("link", { name: new RegExp(`^${total} findings in force`) }).waitFor();
    expect(await page.getByRole("list", { name: "Findings by severity" }).getByRole("listitem").count()).toBeGreaterThan(0);
    await page.getByRole("list", { name: "Record counts" }).getByRole("link", { name: /Recipients/ }).waitFor();
    await page.getByRole("table", { name: "Laws that reach the organisation" }).getByRole("row", { name: /^GDPR/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // As of yesterday: the counts link keeps ?asOf, and the changes window ends then.
    const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await page.goto(`${dm.origin}/o/leanplans?asOf=${day}`);
    const recipients = page.getByRole("list", { name: "Record counts" }).getByRole("link", { name: /Recipients/ });
    await recipients.or(page.getByText("did not exist")).first().waitFor();
    await page.getByText(`to ${day}.`).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
