import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { closeSuite, openSuite, newPage, screenshot, seriousViolations, signedIn, type Datamap } from "./harness";

// Editing through the forms with an EDITOR key: saves land on the detail page and in history, the API's messages sit
// next to their fields, and a conflicting change never loses what was typed.

let dm: Datamap;
let browser: Browser;
let editor: string;
let viewer: string;
const enc = encodeURIComponent;
// The edit forms by their names (the layout has a form of its own: the "As of" picker).
const EDIT_FORM = /^(Edit the|New) (activity|recipient)$/;

const ACTIVITY = `query($id: ID!) { node(id: $id) { ... on ProcessingActivity { name description version } } history(id: $id) { actor operation } }`;

async function landupsActivity(n = 0): Promise<{ id: string; name: string; version: number }> {
  const d = await dm.gql(`{ organization(slug: "landups") { processingActivities(first: 10) { edges { node { id name version } } } } }`);
  return d.organization.processingActivities.edges[n].node;
}

async function openForm(page: Page, path: string, token = editor) {
  await signedIn(page, dm, path, token);
  await page.getByRole("form", { name: EDIT_FORM }).waitFor();
}

beforeAll(async () => {
  ({ dm, browser } = await openSuite());
  editor = await dm.key("editor", "EDITOR");
  viewer = await dm.key("auditor", "VIEWER");
});
afterAll(() => closeSuite(dm, browser));

describe("editing activities", () => {
  it("edits an activity's name and description, lands on its detail page, and history names the editor", async () => {
    const errors: string[] = [];
    const page = await newPage(browser, errors);
    const a = await landupsActivity(0);
    await openForm(page, `/o/landups/activities/${enc(a.id)}/edit`);
    expect(await page.getByRole("textbox", { name: "Name (required)" }).inputValue()).toBe(a.name);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("textbox", { name: "Name (required)" }).fill("Account sign-up (reviewed)");
    await page.getByLabel("Description", { exact: true }).fill("People sign up with a phone number; reviewed by the DPO.");
    await screenshot(page, "edit-activity");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL(`**/o/landups/activities/${enc(a.id)}`);
    const d = await dm.gql(ACTIVITY, { id: a.id });
    expect(d.node.name).toBe("Account sign-up (reviewed)");
    expect(d.node.description).toBe("People sign up with a phone number; reviewed by the DPO.");
    expect(d.history[0]).toEqual({ actor: "editor", operation: "UPDATE" });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("cancel returns to the detail page without saving", async () => {
    const page = await newPage(browser);
    const a = await landupsActivity(4);
    await openForm(page, `/o/landups/activities/${enc(a.id)}/edit`);
    await page.getByRole("textbox", { name: "Name (required)" }).fill("Never saved");
    await page.getByRole("link", { name: "Cancel" }).click();
    await page.waitForURL(`**/o/landups/activities/${enc(a.id)}`);
    const d = await dm.gql(ACTIVITY, { id: a.id });
    expect(d.node).toEqual(expect.objectContaining({ name: a.name, version: a.version }));
    await page.context().close();
  });

  it("creates an activity with a key, a purpose and a data category", async () => {
    const page = await newPage(browser);
    await openForm(page, "/o/landups/activities/new");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("textbox", { name: "Name (required)" }).fill("Newsletter by e-mail");
    await page.getByLabel("Key", { exact: true }).fill("newsletter-by-email");
    await page.getByLabel("Filter purposes").fill("marketing.communications.email");
    await page.getByRole("group", { name: "Purposes" }).getByRole("checkbox").first().check();
    await page.getByLabel("Filter data categories").fill("user.contact.email");
    await page.getByRole("group", { name: "Data categories" }).getByRole("checkbox").first().check();
    await page.getByRole("button", { name: "Add a legal basis" }).click();
    await page.getByLabel("Regime", { exact: true }).selectOption("PIPL");
    await page.getByLabel("Basis", { exact: true }).selectOption("13-1");
    await page.getByLabel("How consent is obtained").selectOption("OPT_IN");
    await page.getByLabel("Period", { exact: true }).fill("P1Y");
    await page.getByLabel("Counted from").selectOption("ACCOUNT_CLOSURE");
    await page.getByRole("group", { name: "Storage locations" }).getByRole("checkbox").first().check();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Create activity" }).click();
    await page.waitForURL((u) => /\/o\/landups\/activities\/[^/]+$/.test(u.pathname) && !u.pathname.endsWith("/new"));
    const id = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
    const d = await dm.gql(
      `query($id: ID!) { node(id: $id) { ... on ProcessingActivity { key name purposes { key } dataCategories { key } legalBasisClaims { consentMechanism legalBasis { regime code } } retention { period trigger } storageLocations { id } } } }`,
      { id },
    );
    expect(d.node).toEqual(
      expect.objectContaining({ key: "newsletter-by-email", name: "Newsletter by e-mail", purposes: [{ key: "marketing.communications.email" }], dataCategories: [{ key: "user.contact.email" }] }),
    );
    expect(d.node.legalBasisClaims).toEqual([{ consentMechanism: "OPT_IN", legalBasis: { regime: "PIPL", code: "13-1" } }]);
    expect(d.node.retention).toEqual({ period: "P1Y", trigger: "ACCOUNT_CLOSURE" });
    expect(d.node.storageLocations).toHaveLength(1);
    await page.context().close();
  });

  it("shows the API's message next to the field it names and keeps what was typed", async () => {
    const page = await newPage(browser);
    await openForm(page, "/o/landups/activities/new");
    const a = await dm.gql(`{ organization(slug: "landups") { processingActivities(first: 1) { edges { node { key } } } } }`);
    const taken = a.organization.processingActivities.edges[0].node.key;
    await page.getByRole("textbox", { name: "Name (required)" }).fill("A second copy");
    await page.getByLabel("Key", { exact: true }).fill(taken);
    await page.getByLabel("Description", { exact: true }).fill("Typed before the refusal");
    await page.getByRole("button", { name: "Create activity" }).click();
    const key = page.getByLabel("Key", { exact: true });
    await page.locator("#f-key-error").waitFor();
    expect(await page.locator("#f-key-error").textContent()).toMatch(/already has an activity with the key/);
    expect(await key.getAttribute("aria-invalid")).toBe("true");
    expect(await key.getAttribute("aria-describedby")).toContain("f-key-error");
    expect(await page.getByRole("alert").first().textContent()).toMatch(/Not saved/);
    expect(await page.getByRole("textbox", { name: "Name (required)" }).inputValue()).toBe("A second copy");
    expect(await page.getByLabel("Description", { exact: true }).inputValue()).toBe("Typed before the refusal");
    expect(await seriousViolations(page)).toEqual([]);

    // An empty name on an existing activity: the API's own words, on the name field.
    const b = await landupsActivity(1);
    await openForm(page, `/o/landups/activities/${enc(b.id)}/edit`);
    await page.getByRole("textbox", { name: "Name (required)" }).fill("");
    await page.getByLabel("Period", { exact: true }).fill("P2Y");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.locator("#f-name-error").waitFor();
    expect(await page.locator("#f-name-error").textContent()).toMatch(/non-empty text/);
    expect(await page.getByRole("textbox", { name: "Name (required)" }).getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("Period", { exact: true }).inputValue()).toBe("P2Y");
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("on a conflict names who changed it, keeps the typed value, and saves it again on request", async () => {
    const errors: string[] = [];
    const page = await newPage(browser, errors);
    const a = await landupsActivity(2);
    await openForm(page, `/o/landups/activities/${enc(a.id)}/edit`);
    await page.getByRole("textbox", { name: "Name (required)" }).fill("Mine: renamed in the form");
    // Meanwhile an administrator changes the description through the API.
    await dm.gql(`mutation($id: ID!, $v: Int!) { updateProcessingActivity(id: $id, expectedVersion: $v, input: { description: "Theirs: changed through the API" }) { processingActivity { version } } }`, { id: a.id, v: a.version });
    await page.getByRole("button", { name: "Save changes" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Someone else changed this record" });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/admin saved version \d+ at /);
    expect(await alert.getByRole("row", { name: /Description/ }).textContent()).toContain("Theirs: changed through the API");
    expect(await alert.textContent()).toContain("Your changes waiting to be saved: Name.");
    expect(await page.getByRole("textbox", { name: "Name (required)" }).inputValue()).toBe("Mine: renamed in the form");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "conflict");
    await page.getByRole("button", { name: "Keep my changes and save again" }).click();
    await page.waitForURL(`**/o/landups/activities/${enc(a.id)}`);
    const d = await dm.gql(ACTIVITY, { id: a.id });
    expect(d.node.name).toBe("Mine: renamed in the form");
    expect(d.node.description).toBe("Theirs: changed through the API");
    expect(d.history[0]).toEqual({ actor: "editor", operation: "UPDATE" });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("discarding mine after a conflict loads their values into the form", async () => {
    const page = await newPage(browser);
    const a = await landupsActivity(3);
    await openForm(page, `/o/landups/activities/${enc(a.id)}/edit`);
    await page.getByRole("textbox", { name: "Name (required)" }).fill("Mine, to be dropped");
    await dm.gql(`mutation($id: ID!, $v: Int!) { updateProcessingActivity(id: $id, expectedVersion: $v, input: { name: "Theirs wins" }) { processingActivity { version } } }`, { id: a.id, v: a.version });
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("button", { name: "Discard mine and load theirs" }).click();
    expect(await page.getByRole("textbox", { name: "Name (required)" }).inputValue()).toBe("Theirs wins");
    expect(await page.getByText("Someone else changed this record").count()).toBe(0);
    await page.context().close();
  });
});

describe("editing recipients", () => {
  it("changes a recipient's DPA status and category", async () => {
    const page = await newPage(browser);
    const d = await dm.gql(`{ organization(slug: "landups") { recipients { id name } } }`);
    const r = d.organization.recipients[0];
    await openForm(page, `/o/landups/recipients/${enc(r.id)}/edit`);
    expect(await page.getByRole("textbox", { name: "Name (required)" }).inputValue()).toBe(r.name);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("Status", { exact: true }).selectOption("SIGNED");
    await page.getByLabel("Signed on").fill("2024-03-01");
    await page.getByLabel("Category", { exact: true }).fill("Cloud hosting");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL(`**/o/landups/recipients/${enc(r.id)}`);
    const after = await dm.gql(`query($id: ID!) { node(id: $id) { ... on Recipient { category dpa { status date } } } history(id: $id) { actor } }`, { id: r.id });
    expect(after.node).toEqual({ category: "Cloud hosting", dpa: { status: "SIGNED", date: "2024-03-01" } });
    expect(after.history[0].actor).toBe("editor");
    await page.context().close();
  });

  it("creates a recipient and places a bad country code's message on the country field", async () => {
    const page = await newPage(browser);
    await openForm(page, "/o/landups/recipients/new");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("textbox", { name: "Name (required)" }).fill("Example Mail Ltd");
    await page.getByRole("combobox", { name: "Kind (required)" }).selectOption("PROCESSOR");
    await page.getByLabel("Country", { exact: true }).fill("uk");
    await page.getByRole("button", { name: "Create recipient" }).click();
    await page.locator("#f-country-error").waitFor();
    expect(await page.getByLabel("Country", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("Country", { exact: true }).fill("GB");
    await page.getByRole("button", { name: "Create recipient" }).click();
    await page.waitForURL((u) => /\/o\/landups\/recipients\/[^/]+$/.test(u.pathname) && !u.pathname.endsWith("/new"));
    const d = await dm.gql(`{ organization(slug: "landups") { recipients { name kind country { code } } } }`);
    expect(d.organization.recipients).toContainEqual({ name: "Example Mail Ltd", kind: "PROCESSOR", country: { code: "GB" } });
    await page.context().close();
  });
});

describe("keys that may not write", () => {
  it("a VIEWER key on an edit URL gets a plain message and no form", async () => {
    const page = await newPage(browser);
    const a = await landupsActivity(0);
    await signedIn(page, dm, `/o/landups/activities/${enc(a.id)}/edit`, viewer);
    await page.getByText("This key may not change the record").waitFor();
    expect(await page.getByRole("form", { name: EDIT_FORM }).count()).toBe(0);
    expect(await page.locator("main").locator("input, textarea, select, button").count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${dm.origin}/o/landups/recipients/new`);
    await page.getByText("This key may not change the record").waitFor();
    expect(await page.getByRole("form", { name: EDIT_FORM }).count()).toBe(0);
    await page.context().close();
  });

  it("an editor looking at the past gets no form either", async () => {
    const page = await newPage(browser);
    const a = await landupsActivity(0);
    await signedIn(page, dm, `/o/landups/activities/${enc(a.id)}/edit?asOf=2024-01-01`, editor);
    await page.getByText("Editing is off while you look at the past. Choose").waitFor();
    expect(await page.getByRole("form", { name: "Edit the activity" }).count()).toBe(0);
    await page.context().close();
  });
});
