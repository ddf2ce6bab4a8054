import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";
import { loadSynthetic } from "../helpers/synthetic";

// The activity filter on Organization.processingActivities, live and as of an instant, agrees with the top-level one.
const LIST = fs.readFileSync(path.resolve(__dirname, "../../schema/operations/ActivityList.graphql"), "utf8");
let s: TestServer;
let seeded: string;
let recipientId: string;

beforeAll(async () => {
  s = await startTestServer({ prepare: (conn) => loadSynthetic(conn, "synthetic", 30) });
  const d = dataOf(await s.gql(`{ organization(slug: "leanplans") { recipients { id name } } }`));
  recipientId = d.organization.recipients.find((r: any) => r.name === "PayPal").id;
  seeded = new Date().toISOString();
});
afterAll(() => s.close());

const nested = async (filter: Record<string, unknown>, asOf?: string, slug = "leanplans") =>
  dataOf(await s.gql(LIST, { slug, asOf, filter, first: 100 })).organization.processingActivities;
const topLevel = async (filter: Record<string, unknown>, slug = "leanplans") =>
  dataOf(await s.gql(`query($o: String, $f: ProcessingActivityFilter) { processingActivities(organization: $o, filter: $f, first: 100) { totalCount edges { node { id } } } }`, { o: slug, f: filter }))
    .processingActivities;
const ids = (c: any) => c.edges.map((e: any) => e.node.id);

describe("Organization.processingActivities(filter:)", () => {
  const filters: [string, Record<string, unknown>, string][] = [
    ["a category and the keys below it", { dataCategory: "user.financial" }, "leanplans"],
    ["a purpose", { purpose: "essential" }, "leanplans"],
    ["a legal basis of a regime", { legalBasis: "A6-1-b", regime: "GDPR" }, "leanplans"],
    ["a storage country", { storageCountry: "HK" }, "synthetic"],
    ["a search, ignoring case", { search: "PAY" }, "leanplans"],
  ];
  for (const [what, filter, slug] of filters) {
    it(`by ${what}: live, as of an instant and top-level agree`, async () => {
      const top = await topLevel(filter, slug);
      const live = await nested(filter, undefined, slug);
      const then = await nested(filter, seeded, slug);
      expect(ids(live)).toEqual(ids(top));
      expect(ids(then)).toEqual(ids(top));
      expect(live.totalCount).toBe(top.totalCount);
      expect(then.totalCount).toBe(top.totalCount);
      const all = await nested({}, undefined, slug);
      expect(live.totalCount).toBeLessThan(all.totalCount);
      expect(top.totalCount).toBeGreaterThan(0);
    });
  }

  it("by recipient: only activities disclosing to PayPal", async () => {
    const live = await nested({ recipient: recipientId });
    expect(live.totalCount).toBeGreaterThan(0);
    for (const e of live.edges) expect(e.node.disclosures.map((d: any) => d.recipient.id)).toContain(recipientId);
    expect(ids(await nested({ recipient: recipientId }, seeded))).toEqual(ids(live));
  });

  it("search matches the key as well as the name, and a search that matches nothing gives nothing", async () => {
    const all = await nested({});
    const key = all.edges[0].node.key;
    expect(ids(await nested({ search: key.toUpperCase() }))).toContain(all.edges[0].node.id);
    expect(await nested({ search: "%" })).toMatchObject({ totalCount: 0, edges: [] });
  });

  it("as of an instant, filters the record as it stood then", async () => {
    const all = await nested({});
    const a = all.edges[0].node;
    await new Promise((r) => setTimeout(r, 5));
    const before = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    dataOf(await s.gql(`mutation($id: ID!, $v: Int!) { updateProcessingActivity(id: $id, expectedVersion: $v, input: { name: "Zebra crossing" }) { processingActivity { id } } }`, { id: a.id, v: a.version }));
    expect(ids(await nested({ search: "zebra" }))).toEqual([a.id]);
    expect(ids(await nested({ search: "zebra" }, before))).toEqual([]);
    expect(ids(await nested({ search: a.name }, before))).toContain(a.id);
    expect(ids(await topLevel({ search: "zebra" }))).toEqual([a.id]);
  });

  it("names a bad filter value by its path", async () => {
    const r = await s.gql(LIST, { slug: "leanplans", asOf: seeded, filter: { dataCategory: "nope" } });
    expect(r.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: "filter.dataCategory" });
  });
});
