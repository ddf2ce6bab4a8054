import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRejected, unknownId } from "../helpers/rejection";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// Custom data categories and purposes over HTTP: datamap entries are editable, reference (fideslang) ones are not.
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

const CAT = "id key name description dpvIri origin deprecated version parent { key } children { key }";
const CREATE_CAT = `mutation($input: CreateDataCategoryInput!) { createDataCategory(input: $input) { dataCategory { ${CAT} } } }`;
const UPDATE_CAT = `mutation($id: ID!, $v: Int!, $input: DataCategoryChangesInput!) { updateDataCategory(id: $id, expectedVersion: $v, input: $input) { dataCategory { ${CAT} } } }`;
const DELETE_CAT = `mutation($id: ID!, $v: Int!) { deleteDataCategory(id: $id, expectedVersion: $v) { dataCategory { id key version } } }`;

const PUR = "id key name description dpvIri origin version parent { key } children { key }";
const CREATE_PUR = `mutation($input: CreatePurposeInput!) { createPurpose(input: $input) { purpose { ${PUR} } } }`;
const UPDATE_PUR = `mutation($id: ID!, $v: Int!, $input: PurposeChangesInput!) { updatePurpose(id: $id, expectedVersion: $v, input: $input) { purpose { ${PUR} } } }`;
const DELETE_PUR = `mutation($id: ID!, $v: Int!) { deletePurpose(id: $id, expectedVersion: $v) { purpose { id key version } } }`;

const CREATE_ACTIVITY = `mutation($input: CreateProcessingActivityInput!) { createProcessingActivity(input: $input) { processingActivity { id name } } }`;

async function categories(): Promise<{ id: string; key: string; version: number; origin: string; name: string; children: { key: string }[] }[]> {
  return dataOf(await s.gql(`{ dataCategories { id key name version origin children { key } } }`)).dataCategories;
}
const category = async (key: string) => (await categories()).find((c) => c.key === key)!;

async function purposes(): Promise<{ id: string; key: string; version: number; origin: string; children: { key: string }[] }[]> {
  return dataOf(await s.gql(`{ purposes { id key version origin children { key } } }`)).purposes;
}
const purpose = async (key: string) => (await purposes()).find((p) => p.key === key)!;

async function newCategory(key: string, name = `Category ${key}`) {
  return dataOf(await s.gql(CREATE_CAT, { input: { key, name } })).createDataCategory.dataCategory;
}

describe("createDataCategory", () => {
  it("adds a datamap category below a reference one, Unicode kept, listed in the taxonomy and under its parent", async () => {
    const c = dataOf(
      await s.gql(CREATE_CAT, { input: { key: "user.contact.pager", name: "深圳 Leanplans 🚀 寻呼机", description: "Pager numbers.", dpvIri: "https://w3id.org/dpv/pd#TelephoneNumber" } }),
    ).createDataCategory.dataCategory;
    expect(c).toMatchObject({
      key: "user.contact.pager",
      name: "深圳 Leanplans 🚀 寻呼机",
      description: "Pager numbers.",
      dpvIri: "https://w3id.org/dpv/pd#TelephoneNumber",
      origin: "datamap",
      deprecated: false,
      version: 1,
      parent: { key: "user.contact" },
      children: [],
    });
    expect(await category("user.contact.pager")).toMatchObject({ name: "深圳 Leanplans 🚀 寻呼机", origin: "datamap", version: 1 });
    expect((await category("user.contact")).children.map((x) => x.key)).toContain("user.contact.pager");
  });

  it("is usable at once: in an activity, in filters, and below it a further custom entry", async () => {
    await newCategory("user.contact.fax");
    const child = await newCategory("user.contact.fax.cover_sheet");
    expect(child.parent).toEqual({ key: "user.contact.fax" });
    dataOf(await s.gql(CREATE_ACTIVITY, { input: { organization: "leanplans", name: "Fax orders", dataCategories: ["user.contact.fax.cover_sheet"] } }));
    const found = dataOf(await s.gql(`{ processingActivities(organization: "leanplans", filter: { dataCategory: "user.contact.fax" }) { edges { node { name } } } }`));
    expect(found.processingActivities.edges).toEqual([{ node: { name: "Fax orders" } }]);
  });
});

describe("updateDataCategory", () => {
  it("changes a custom category's fields and bumps its version; the key stays", async () => {
    const c = await newCategory("user.contact.telex");
    const u = dataOf(await s.gql(UPDATE_CAT, { id: c.id, v: 1, input: { name: "Telex ☎", description: "Old machines.", dpvIri: null } })).updateDataCategory.dataCategory;
    expect(u).toMatchObject({ key: "user.contact.telex", name: "Telex ☎", description: "Old machines.", dpvIri: null, version: 2 });
    expect(await category("user.contact.telex")).toMatchObject({ name: "Telex ☎", version: 2 });
  });

  it("edits a datamap entry from the reference files starting from its version 1", async () => {
    const browser = await category("user.device.browser");
    expect(browser).toMatchObject({ origin: "datamap", version: 1 });
    const u = dataOf(await s.gql(UPDATE_CAT, { id: browser.id, v: 1, input: { description: "Browser type, version and settings." } })).updateDataCategory.dataCategory;
    expect(u).toMatchObject({ description: "Browser type, version and settings.", version: 2 });
    await expectRejected(s, UPDATE_CAT, { id: browser.id, v: 1, input: { name: "Late" } }, { code: "CONFLICT", path: "expectedVersion", mentions: ["version 2, not 1"] });
  });

  it("refuses to change a reference (fideslang) category", async () => {
    const email = await category("user.contact.email");
    expect(email.origin).toBe("fideslang");
    await expectRejected(s, UPDATE_CAT, { id: email.id, v: email.version, input: { name: "Mail" } }, { code: "BAD_USER_INPUT", path: "id", mentions: [email.id, "reference taxonomy entries are read-only", "user.contact.email"] });
  });
});

describe("deleteDataCategory", () => {
  it("archives an unused custom category: gone from the list and from its parent's children, still found by id", async () => {
    const c = await newCategory("user.contact.carrier_pigeon", "Carrier pigeon 🕊");
    expect(dataOf(await s.gql(DELETE_CAT, { id: c.id, v: 1 })).deleteDataCategory.dataCategory).toMatchObject({ key: "user.contact.carrier_pigeon", version: 2 });
    const all = await categories();
    expect(all.map((x) => x.key)).not.toContain("user.contact.carrier_pigeon");
    expect(all.find((x) => x.key === "user.contact")!.children.map((x) => x.key)).not.toContain("user.contact.carrier_pigeon");
    const node = dataOf(await s.gql(`query($id: ID!) { node(id: $id) { ... on DataCategory { key name version } } }`, { id: c.id })).node;
    expect(node).toEqual({ key: "user.contact.carrier_pigeon", name: "Carrier pigeon 🕊", version: 2 });
    // A deleted key is no longer accepted in activities, is not reused, and takes no children.
    await expectRejected(s, CREATE_ACTIVITY, { input: { organization: "leanplans", name: "Pigeons", dataCategories: ["user.contact.carrier_pigeon"] } }, { code: "BAD_USER_INPUT", path: "input.dataCategories[0]", mentions: ['"user.contact.carrier_pigeon"'] });
    await expectRejected(s, CREATE_CAT, { input: { key: "user.contact.carrier_pigeon", name: "Again" } }, { code: "CONFLICT", path: "input.key", mentions: ['"user.contact.carrier_pigeon"', "deleted"] });
    await expectRejected(s, CREATE_CAT, { input: { key: "user.contact.carrier_pigeon.ring", name: "Ring" } }, { code: "BAD_USER_INPUT", path: "input.key", mentions: ['"user.contact.carrier_pigeon"'] });
    await expectRejected(s, DELETE_CAT, { id: c.id, v: 2 }, { code: "NOT_FOUND", path: "id", mentions: [c.id] });
  });

  it("refuses while a live activity processes it, naming the activity; allows it once the activity is deleted", async () => {
    const c = await newCategory("user.contact.smoke_signal");
    const a = dataOf(await s.gql(CREATE_ACTIVITY, { input: { organization: "landups", name: "Signals 信号", dataCategories: ["user.contact.smoke_signal"] } })).createProcessingActivity.processingActivity;
    await expectRejected(s, DELETE_CAT, { id: c.id, v: 1 }, { code: "CONFLICT", path: "id", mentions: ['"user.contact.smoke_signal"', '"Signals 信号"'] });
    dataOf(await s.gql(`mutation($id: ID!) { deleteProcessingActivity(id: $id, expectedVersion: 1) { processingActivity { id } } }`, { id: a.id }));
    expect(dataOf(await s.gql(DELETE_CAT, { id: c.id, v: 1 })).deleteDataCategory.dataCategory.version).toBe(2);
  });

  it("refuses while a live disclosure includes it, naming the activity and recipient", async () => {
    const c = await newCategory("user.contact.semaphore");
    const paypal = dataOf(await s.gql(`{ organization(slug: "leanplans") { recipients { id name } } }`)).organization.recipients.find((r: any) => r.name === "PayPal");
    dataOf(await s.gql(CREATE_ACTIVITY, { input: { organization: "leanplans", name: "Flag relay", disclosures: [{ recipient: paypal.id, dataCategories: ["user.contact.semaphore"] }] } }));
    await expectRejected(s, DELETE_CAT, { id: c.id, v: 1 }, { code: "CONFLICT", path: "id", mentions: ['"Flag relay (to PayPal)"', "disclosed"] });
  });

  it("refuses while it has live narrower categories, naming them", async () => {
    const c = await newCategory("user.contact.morse");
    await newCategory("user.contact.morse.short_code");
    await expectRejected(s, DELETE_CAT, { id: c.id, v: 1 }, { code: "CONFLICT", path: "id", mentions: ['"user.contact.morse.short_code"', "narrower"] });
  });

  it("refuses to delete a reference (fideslang) category", async () => {
    const email = await category("user.contact.email");
    await expectRejected(s, DELETE_CAT, { id: email.id, v: email.version }, { code: "BAD_USER_INPUT", path: "id", mentions: ["reference taxonomy entries are read-only"] });
  });
});

describe("refused category input changes nothing and says why", () => {
  const create = (input: Record<string, unknown>) => ({ input: { key: "user.contact.beeper", name: "Beeper", ...input } });
  const cases: [string, () => Record<string, unknown>, string, string, string[]][] = [
    ["duplicate key", () => create({ key: "user.contact.email" }), "CONFLICT", "input.key", ['"user.contact.email"', "already taken"]],
    ["key with capitals", () => create({ key: "User.Contact.Beeper" }), "BAD_USER_INPUT", "input.key", ['"User.Contact.Beeper"', "dotted key"]],
    ["key with an empty part", () => create({ key: "user..beeper" }), "BAD_USER_INPUT", "input.key", ['"user..beeper"']],
    ["key over 100 characters", () => create({ key: `user.${"b".repeat(100)}` }), "BAD_USER_INPUT", "input.key", ["at most 100 characters"]],
    ["unknown parent key", () => create({ key: "user.nonexistent.beeper" }), "BAD_USER_INPUT", "input.key", ['"user.nonexistent.beeper"', '"user.nonexistent"']],
    ["empty name", () => create({ name: "" }), "BAD_USER_INPUT", "input.name", ['""']],
    ["whitespace-only name", () => create({ name: " \u00a0 " }), "BAD_USER_INPUT", "input.name", ["not only spaces"]],
    ["name over 200 characters", () => create({ name: "b".repeat(201) }), "BAD_USER_INPUT", "input.name", ["at most 200 characters"]],
    ["description over 4000 characters", () => create({ description: "d".repeat(4001) }), "BAD_USER_INPUT", "input.description", ["at most 4000 characters"]],
    ["invalid DPV IRI", () => create({ dpvIri: "pd:Beeper" }), "BAD_USER_INPUT", "input.dpvIri", ['"pd:Beeper"', "URL"]],
  ];
  for (const [name, variables, code, path, mentions] of cases) {
    it(`createDataCategory: ${name}`, () => expectRejected(s, CREATE_CAT, variables(), { code: code as any, path, mentions }));
  }

  it("updateDataCategory: unknown id", () =>
    expectRejected(s, UPDATE_CAT, { id: unknownId("DataCategory"), v: 1, input: { name: "A" } }, { code: "NOT_FOUND", path: "id", mentions: [unknownId("DataCategory")] }));

  it("updateDataCategory: a purpose id", async () => {
    const p = await purpose("marketing");
    await expectRejected(s, UPDATE_CAT, { id: p.id, v: 1, input: { name: "A" } }, { code: "NOT_FOUND", path: "id", mentions: [p.id] });
  });

  it("updateDataCategory: empty name", async () => {
    const c = await newCategory("user.contact.walkie_talkie");
    await expectRejected(s, UPDATE_CAT, { id: c.id, v: 1, input: { name: "  " } }, { code: "BAD_USER_INPUT", path: "input.name", mentions: ["not only spaces"] });
  });

  it("deleteDataCategory: stale expectedVersion", async () => {
    const c = await newCategory("user.contact.tin_can");
    dataOf(await s.gql(UPDATE_CAT, { id: c.id, v: 1, input: { description: "With string." } }));
    await expectRejected(s, DELETE_CAT, { id: c.id, v: 1 }, { code: "CONFLICT", path: "expectedVersion", mentions: ["version 2, not 1"] });
  });

  it("deleteDataCategory: unknown id", () =>
    expectRejected(s, DELETE_CAT, { id: unknownId("DataCategory"), v: 1 }, { code: "NOT_FOUND", path: "id", mentions: [unknownId("DataCategory")] }));
});

describe("purposes", () => {
  it("adds a custom purpose, Unicode kept, listed and usable in activities and filters", async () => {
    const p = dataOf(await s.gql(CREATE_PUR, { input: { key: "marketing.advertising.loyalty", name: "深圳 Leanplans 🚀 会员", description: "Loyalty points." } })).createPurpose.purpose;
    expect(p).toMatchObject({ key: "marketing.advertising.loyalty", name: "深圳 Leanplans 🚀 会员", origin: "datamap", version: 1, parent: { key: "marketing.advertising" }, children: [] });
    expect((await purpose("marketing.advertising")).children.map((x) => x.key)).toContain("marketing.advertising.loyalty");
    dataOf(await s.gql(CREATE_ACTIVITY, { input: { organization: "leanplans", name: "Loyalty scheme", purposes: ["marketing.advertising.loyalty"] } }));
    const found = dataOf(await s.gql(`{ processingActivities(organization: "leanplans", filter: { purpose: "marketing.advertising.loyalty" }) { edges { node { name } } } }`));
    expect(found.processingActivities.edges).toEqual([{ node: { name: "Loyalty scheme" } }]);
  });

  it("adds a new top-level purpose", async () => {
    const p = dataOf(await s.gql(CREATE_PUR, { input: { key: "archiving", name: "Archiving in the public interest" } })).createPurpose.purpose;
    expect(p).toMatchObject({ key: "archiving", parent: null, origin: "datamap" });
  });

  it("updates a custom purpose and bumps its version", async () => {
    const p = dataOf(await s.gql(CREATE_PUR, { input: { key: "research.usability", name: "Usability" } })).createPurpose.purpose;
    const u = dataOf(await s.gql(UPDATE_PUR, { id: p.id, v: 1, input: { name: "Usability studies", dpvIri: "https://w3id.org/dpv#ResearchAndDevelopment" } })).updatePurpose.purpose;
    expect(u).toMatchObject({ key: "research.usability", name: "Usability studies", dpvIri: "https://w3id.org/dpv#ResearchAndDevelopment", version: 2 });
  });

  it("archives an unused custom purpose: gone from the list and from children", async () => {
    const p = dataOf(await s.gql(CREATE_PUR, { input: { key: "research.astrology", name: "Astrology" } })).createPurpose.purpose;
    expect(dataOf(await s.gql(DELETE_PUR, { id: p.id, v: 1 })).deletePurpose.purpose.version).toBe(2);
    const all = await purposes();
    expect(all.map((x) => x.key)).not.toContain("research.astrology");
    expect(all.find((x) => x.key === "research")!.children.map((x) => x.key)).not.toContain("research.astrology");
    await expectRejected(s, CREATE_ACTIVITY, { input: { organization: "leanplans", name: "Stars", purposes: ["research.astrology"] } }, { code: "BAD_USER_INPUT", path: "input.purposes[0]", mentions: ['"research.astrology"'] });
  });

  it("refuses to delete a purpose live activities serve, naming them", async () => {
    const surveys = await purpose("research.surveys");
    expect(surveys.origin).toBe("datamap");
    await expectRejected(s, DELETE_PUR, { id: surveys.id, v: surveys.version }, { code: "CONFLICT", path: "id", mentions: ['"research.surveys"', '"Product and service surveys"', "served by"] });
  });

  it("refuses to delete a purpose that has narrower purposes, naming them", async () => {
    const research = await purpose("research");
    await expectRejected(s, DELETE_PUR, { id: research.id, v: research.version }, { code: "CONFLICT", path: "id", mentions: ['"research"', '"research.surveys"', "narrower purposes"] });
  });

  it("refuses to change or delete a reference (fideslang) purpose", async () => {
    const m = await purpose("marketing");
    expect(m.origin).toBe("fideslang");
    await expectRejected(s, UPDATE_PUR, { id: m.id, v: m.version, input: { name: "Ads" } }, { code: "BAD_USER_INPUT", path: "id", mentions: [m.id, "reference taxonomy entries are read-only"] });
    await expectRejected(s, DELETE_PUR, { id: m.id, v: m.version }, { code: "BAD_USER_INPUT", path: "id", mentions: ["reference taxonomy entries are read-only"] });
  });

  describe("refused purpose input changes nothing", () => {
    const create = (input: Record<string, unknown>) => ({ input: { key: "research.polls", name: "Polls", ...input } });
    const cases: [string, () => Record<string, unknown>, string, string, string[]][] = [
      ["duplicate key", () => create({ key: "marketing.communications" }), "CONFLICT", "input.key", ['"marketing.communications"']],
      ["malformed key", () => create({ key: "research/polls" }), "BAD_USER_INPUT", "input.key", ['"research/polls"']],
      ["unknown parent key", () => create({ key: "world.domination" }), "BAD_USER_INPUT", "input.key", ['"world"']],
      ["empty name", () => create({ name: "" }), "BAD_USER_INPUT", "input.name", ['""']],
      ["whitespace-only name", () => create({ name: "\t" }), "BAD_USER_INPUT", "input.name", ["not only spaces"]],
      ["name over 200 characters", () => create({ name: "p".repeat(201) }), "BAD_USER_INPUT", "input.name", ["at most 200 characters"]],
      ["invalid DPV IRI", () => create({ dpvIri: "not a url" }), "BAD_USER_INPUT", "input.dpvIri", ['"not a url"']],
    ];
    for (const [name, variables, code, path, mentions] of cases) {
      it(`createPurpose: ${name}`, () => expectRejected(s, CREATE_PUR, variables(), { code: code as any, path, mentions }));
    }

    it("updatePurpose: unknown id", () =>
      expectRejected(s, UPDATE_PUR, { id: unknownId("Purpose"), v: 1, input: { name: "A" } }, { code: "NOT_FOUND", path: "id", mentions: [unknownId("Purpose")] }));

    it("updatePurpose: stale expectedVersion", async () => {
      const p = dataOf(await s.gql(CREATE_PUR, { input: { key: "research.focus_groups", name: "Focus groups" } })).createPurpose.purpose;
      dataOf(await s.gql(UPDATE_PUR, { id: p.id, v: 1, input: { description: "In person." } }));
      await expectRejected(s, UPDATE_PUR, { id: p.id, v: 1, input: { description: "Online." } }, { code: "CONFLICT", path: "expectedVersion", mentions: ["version 2, not 1"] });
    });

    it("deletePurpose: unknown id", () =>
      expectRejected(s, DELETE_PUR, { id: unknownId("Purpose"), v: 1 }, { code: "NOT_FOUND", path: "id", mentions: [unknownId("Purpose")] }));
  });
});
