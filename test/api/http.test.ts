import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";
import { loadSynthetic } from "../helpers/synthetic";

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ prepare: (conn) => loadSynthetic(conn, "synthetic", 45) });
});
afterAll(() => s.close());

const codeOf = (r: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) => r.body.errors?.[0]?.extensions?.code;

describe("bad requests", () => {
  it("answers a malformed query with 400 and a GraphQL error naming the problem", async () => {
    const r = await s.gql(`{ organizations { slug `);
    expect(r.status).toBe(400);
    expect(codeOf(r)).toBe("GRAPHQL_PARSE_FAILED");
    expect(r.body.errors![0].message).toMatch(/Syntax Error/);
  });

  it("answers an unknown field with 400 naming the field", async () => {
    const r = await s.gql(`{ organizations { colour } }`);
    expect(r.status).toBe(400);
    expect(r.body.errors![0].message).toContain('"colour"');
  });

  it("answers malformed JSON with 400 and an over-large body with 413", async () => {
    const bad = await fetch(s.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toMatch(/not valid JSON/);
    const big = await fetch(s.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ organizations { slug } }`, variables: { pad: "x".repeat(2 * 1024 * 1024) } }),
    });
    expect(big.status).toBe(413);
  });

  it("rejects bad filter values, naming the value, where it was and what was expected", async () => {
    const cases: [string, string, string][] = [
      [`{ processingActivities(filter: { dataCategory: "user.nope" }) { totalCount } }`, "filter.dataCategory", '"user.nope"'],
      [`{ processingActivities(filter: { purpose: "selling.souls" }) { totalCount } }`, "filter.purpose", '"selling.souls"'],
      [`{ processingActivities(filter: { storageCountry: "hk" }) { totalCount } }`, "filter.storageCountry", '"hk"'],
      [`{ processingActivities(filter: { legalBasis: "A99" }) { totalCount } }`, "filter.legalBasis", '"A99"'],
      [`{ processingActivities(filter: { recipient: "bm9wZQ" }) { totalCount } }`, "filter.recipient", '"bm9wZQ"'],
      [`{ recipients(filter: { country: "XX" }) { totalCount } }`, "filter.country", '"XX"'],
      [`{ processingActivities(first: 1000) { totalCount } }`, "first", "1000"],
      [`{ processingActivities(first: -1) { totalCount } }`, "first", "-1"],
      [`{ processingActivities(after: "garbage") { totalCount } }`, "after", '"garbage"'],
    ];
    for (const [query, path, value] of cases) {
      const r = await s.gql(query);
      expect(codeOf(r), query).toBe("BAD_USER_INPUT");
      expect(r.body.errors![0].message, query).toContain(path);
      expect(r.body.errors![0].message, query).toContain(value);
      expect(r.body.errors![0].message, query).toMatch(/expected/);
    }
  });
});

describe("unknown things answer null or nothing", () => {
  it("returns null for an unknown slug and an unknown or foreign id", async () => {
    const d = dataOf(await s.gql(`{ organization(slug: "nobody") { name } a: node(id: "bm9wZQ") { id } b: node(id: "!!") { id } c: node(id: "T3JnYW5pemF0aW9uOjk5OTk") { id } }`));
    expect(d).toEqual({ organization: null, a: null, b: null, c: null });
  });

  it("returns an empty page for activities of an unknown organisation", async () => {
    const d = dataOf(await s.gql(`{ processingActivities(organization: "nobody") { totalCount edges { cursor } pageInfo { hasNextPage } } }`));
    expect(d.processingActivities).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
  });

  it("reports NOT_FOUND for the data map of an unknown organisation", async () => {
    const r = await s.gql(`{ dataMap(organization: "nobody") { nodes { id } } }`);
    expect(codeOf(r)).toBe("NOT_FOUND");
    expect(r.body.errors![0].message).toContain('"nobody"');
  });
});

describe("node(id:)", () => {
  it("resolves every kind of object by the id the API gave out", async () => {
    const d = dataOf(
      await s.gql(`{
        organization(slug: "landups") {
          id securityMeasures { id }
          recipients { id } storageLocations { id }
          processingActivities(first: 1) { edges { node { id purposes { id } legalBases { id } dataSubjects { id } dataCategories { id } } } }
        }
      }`),
    );
    const o = d.organization;
    const act = o.processingActivities.edges[0].node;
    const expected: [string, string][] = [
      [o.id, "Organization"],
      [o.securityMeasures[0].id, "SecurityMeasure"],
      [o.recipients[0].id, "Recipient"],
      [o.storageLocations[0].id, "Location"],
      [act.id, "ProcessingActivity"],
      [act.purposes[0].id, "Purpose"],
      [act.legalBases[0].id, "LegalBasis"],
      [act.dataSubjects[0].id, "DataSubjectCategory"],
      [act.dataCategories[0].id, "DataCategory"],
    ];
    for (const [id, type] of expected) {
      const n = dataOf(await s.gql(`query($id: ID!) { node(id: $id) { __typename id } }`, { id }));
      expect(n.node).toEqual({ __typename: type, id });
    }
  });
});

describe("lists and filters", () => {
  it("pages through activities with cursors, without gaps or repeats", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 10; page++) {
      const d: any = dataOf(
        await s.gql(`query($after: String) { processingActivities(organization: "synthetic", first: 20, after: $after) { totalCount edges { node { key } } pageInfo { hasNextPage endCursor } } }`, { after }),
      );
      total = d.processingActivities.totalCount;
      seen.push(...d.processingActivities.edges.map((e: any) => e.node.key));
      if (!d.processingActivities.pageInfo.hasNextPage) break;
      after = d.processingActivities.pageInfo.endCursor;
    }
    expect(total).toBe(45);
    expect(seen).toHaveLength(45);
    expect(new Set(seen).size).toBe(45);
  });

  it("matches purposes, legal bases, storage countries and recipients", async () => {
    const count = async (filter: string) =>
      dataOf(await s.gql(`{ processingActivities(organization: "synthetic", filter: ${filter}) { totalCount } }`)).processingActivities.totalCount;
    expect(await count(`{ purpose: "marketing" }`)).toBe(15);
    expect(await count(`{ legalBasis: "A6-1-a", regime: GDPR }`)).toBe(23);
    expect(await count(`{ storageCountry: "HK" }`)).toBe(15);
    expect(await count(`{ storageCountry: "DE", dataCategory: "user.financial" }`)).toBe(12);
    const { recipients } = dataOf(await s.gql(`{ recipients(organization: "synthetic", filter: { kind: SUB_PROCESSOR }) { edges { node { id name parent { name } } } } }`));
    expect(recipients.edges.map((e: any) => [e.node.name, e.node.parent.name])).toEqual([["CDN Co", "Cloud Co"]]);
    const cloud = dataOf(await s.gql(`{ recipients(organization: "synthetic", filter: { country: "US" }) { edges { node { id } } } }`)).recipients.edges[0].node.id;
    expect(await count(`{ recipient: "${cloud}" }`)).toBe(45);
  });

  it("filters recipients by the data they receive, including narrower categories", async () => {
    const d = dataOf(await s.gql(`{ recipients(organization: "landups", filter: { dataCategory: "user.financial" }) { edges { node { name dataCategories { key } } } } }`));
    expect(d.recipients.edges.length).toBeGreaterThan(0);
    for (const e of d.recipients.edges) expect(e.node.dataCategories.some((c: any) => c.key.startsWith("user.financial"))).toBe(true);
  });

  it("lists legal bases per regime and kind", async () => {
    const d = dataOf(await s.gql(`{ pipl: legalBases(regime: PIPL, kind: LAWFUL_BASIS) { code } gdpr: legalBases(regime: GDPR) { code kind article dpvIri } }`));
    expect(d.pipl.map((b: any) => b.code)).toEqual(["13-1", "13-2", "13-3", "13-4", "13-5", "13-6", "13-7"]);
    expect(d.gdpr).toContainEqual({ code: "A6-1-a", kind: "LAWFUL_BASIS", article: "GDPR Art 6(1)(a)", dpvIri: "https://w3id.org/dpv/legal/eu/gdpr#A6-1-a" });
    expect(d.gdpr.filter((b: any) => b.kind === "SPECIAL_CONDITION").map((b: any) => b.code)).toEqual(expect.arrayContaining(["A9-2-a", "A9-2-j"]));
  });

  it("walks the taxonomy through parent and children", async () => {
    const d = dataOf(await s.gql(`{ dataCategories { key parent { key } children { key } } purposes { key children { key } } }`));
    const financial = d.dataCategories.find((c: any) => c.key === "user.financial");
    expect(financial.parent).toEqual({ key: "user" });
    expect(financial.children.map((c: any) => c.key)).toEqual(expect.arrayContaining(["user.financial.bank_account", "user.financial.credit_card"]));
    expect(d.purposes.find((p: any) => p.key === "marketing").children.length).toBeGreaterThan(0);
  });

  it("reports EU adequacy per country, including partial decisions", async () => {
    const d = dataOf(await s.gql(`{ recipients(organization: "synthetic") { edges { node { name country { code euAdequacy adequacyScope } } } } }`));
    const byName = Object.fromEntries(d.recipients.edges.map((e: any) => [e.node.name, e.node.country]));
    expect(byName["Cloud Co"]).toMatchObject({ code: "US", euAdequacy: "PARTIAL" });
    expect(byName["Cloud Co"].adequacyScope).toMatch(/Data Privacy Framework/);
    expect(byName["CDN Co"]).toMatchObject({ code: "SG", euAdequacy: "NOT_ADEQUATE" });
    expect(byName["Ad networks"]).toBeNull();
  });
});

describe("the server around GraphQL", () => {
  it("serves the offline explorer to a browser, with its assets from this package", async () => {
    const page = await fetch(s.url, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("datamap explorer");
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    for (const src of html.match(/(?:src|href)="([^"]+)"/g)!.map((m) => m.split('"')[1])) {
      const asset = await fetch(new URL(src, s.url));
      expect(asset.status, src).toBe(200);
      expect((await asset.arrayBuffer()).byteLength, src).toBeGreaterThan(100);
    }
    expect((await fetch(new URL("/graphql/explorer/../../package.json", s.url))).status).toBe(404);
  });

  it("answers /healthz and a helpful 404 elsewhere", async () => {
    const h = await fetch(new URL("/healthz", s.url));
    expect(await h.json()).toEqual({ status: "ok" });
    const other = await fetch(new URL("/api", s.url));
    expect(other.status).toBe(404);
    expect(JSON.stringify(await other.json())).toContain("/graphql");
  });

  it("accepts GET queries with a preflight header and refuses simple cross-site GETs (CSRF prevention)", async () => {
    const ok = await fetch(`${s.url}?query=${encodeURIComponent("{ organizations { slug } }")}`, { headers: { "apollo-require-preflight": "1" } });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as any).data.organizations.map((o: any) => o.slug)).toEqual(["landups", "leanplans", "synthetic"]);
    const simple = await fetch(`${s.url}?query=${encodeURIComponent("{ organizations { slug } }")}`);
    expect(simple.status).toBe(400);
  });
});
