import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/connection";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";
import { loadSynthetic } from "../helpers/synthetic";

// A page fetches its links ahead from the query's selection: fragments, aliases and @skip must not change the answer.
const PLAIN = `{
  processingActivities(organization: "synthetic", first: 30) {
    edges { node {
      key
      purposes { key }
      dataCategories { key }
      legalBases { code }
      disclosures { recipient { name country { code } } dataCategories { key } }
      storageLocations { name euAdequacy country { code } }
      securityMeasures { key }
    } }
  }
}`;

const FRAGMENTED = `{
  processingActivities(organization: "synthetic", first: 30) { edges { node { ...Links } } }
}
fragment Links on ProcessingActivity {
  key
  ... on ProcessingActivity { purposes { key } dataCategories { key } }
  claims: legalBasisClaims { legalBasis { code } }
  legalBases { code }
  disclosures { ...Disclosed }
  storageLocations { name euAdequacy country { code } }
  securityMeasures @skip(if: true) { key }
}
fragment Disclosed on Disclosure { recipient { name country { code } } dataCategories { key } }`;

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ prepare: (conn) => loadSynthetic(conn, "synthetic", 40) });
});
afterAll(() => s.close());

describe("fetching a page's links ahead", () => {
  it("answers a query written with fragments, aliases and @skip as the plain query does", async () => {
    const plain = dataOf(await s.gql(PLAIN)).processingActivities.edges;
    const fragmented = dataOf(await s.gql(FRAGMENTED)).processingActivities.edges;
    expect(fragmented).toHaveLength(30);
    fragmented.forEach((e: any, i: number) => {
      const { claims, ...rest } = e.node;
      expect(claims.map((c: any) => c.legalBasis)).toEqual(plain[i].node.legalBases);
      expect(rest).toEqual({ ...plain[i].node, securityMeasures: undefined });
      expect("securityMeasures" in e.node).toBe(false);
    });
    expect(plain.some((e: any) => e.node.disclosures.length > 0 && e.node.storageLocations.length > 0)).toBe(true);
  });

  it("answers the same through organization(slug:) and runs no more statements than through the root list", async () => {
    // first: 29, a query text not asked before, so neither answer comes from the response cache.
    const plain = PLAIN.replace("first: 30", "first: 29");
    const root = await s.gql(plain);
    const nested = await s.gql(plain.replace('processingActivities(organization: "synthetic", first: 29)', 'organization(slug: "synthetic") { processingActivities(first: 29)').replace(/}\s*$/, "} }"));
    expect([root, nested].some((r) => r.headers.get("x-datamap-cache"))).toBe(false);
    expect(dataOf(nested).organization.processingActivities).toEqual(dataOf(root).processingActivities);
    expect(nested.statements).toBeLessThanOrEqual(root.statements + 1);
  });

  it("still batches activities listed under several organisations", async () => {
    const q = `{ organizations { slug processingActivities(first: 5) { edges { node { key purposes { key } disclosures { recipient { name } } } } } } }`;
    await s.gql(`{ __typename ${q.slice(1)}`); // warms the reference cache; a different text, so not a cached answer
    const all = await s.gql(q);
    expect(all.headers.get("x-datamap-cache")).toBeNull();
    const orgs = dataOf(all).organizations;
    expect(orgs.length).toBe(3);
    expect(orgs.every((o: any) => o.processingActivities.edges.length === 5)).toBe(true);
    // One page query per organisation, and one per kind of link for all of them together.
    const one = await s.gql(`{ organization(slug: "synthetic") { slug processingActivities(first: 5) { edges { node { key purposes { key } disclosures { recipient { name } } } } } } }`);
    expect(all.statements - one.statements).toBeLessThanOrEqual(2 * (orgs.length - 1));
  });
});

describe("reference data shared across requests", () => {
  it("sees a data category added through another connection to the same file", async () => {
    const q = `{ dataCategories { key } }`;
    const before = dataOf(await s.gql(q)).dataCategories.map((c: any) => c.key);
    expect(before).not.toContain("user.custom_lookahead");
    const other = openDatabase(path.join(s.dir, "test.db"));
    try {
      other.sqlite
        .prepare("insert into data_categories (key, name, parent_id, origin, created_at, updated_at) values (?, ?, (select id from data_categories where key = 'user'), 'datamap', ?, ?)")
        .run("user.custom_lookahead", "Custom look-ahead category", new Date().toISOString(), new Date().toISOString());
    } finally {
      other.close();
    }
    const after = dataOf(await s.gql(q)).dataCategories.map((c: any) => c.key);
    expect(after).toContain("user.custom_lookahead");
  });

  it("answers a mutation's payload from data read after the write, not from what the request saw before it", async () => {
    expect(dataOf(await s.gql(`{ dataCategories { key } }`)).dataCategories.length).toBeGreaterThan(0);
    const r = await s.gql(`mutation { createDataCategory(input: { key: "user.contact.lookahead_payload", name: "Payload test" }) { dataCategory { key parent { key children { key } } } } }`);
    const created = dataOf(r).createDataCategory.dataCategory;
    expect(created.parent.key).toBe("user.contact");
    expect(created.parent.children.map((c: any) => c.key)).toContain("user.contact.lookahead_payload");
  });

  it("sees a purpose added through the API at once", async () => {
    expect(dataOf(await s.gql(`{ purposes { key } }`)).purposes.map((p: any) => p.key)).not.toContain("marketing.lookahead_test");
    const create = await s.gql(`mutation { createPurpose(input: { key: "marketing.lookahead_test", name: "Look-ahead test" }) { purpose { key } } }`);
    expect(create.body.errors).toBeUndefined();
    const keys = dataOf(await s.gql(`{ purposes { key } }`)).purposes.map((p: any) => p.key);
    expect(keys).toContain("marketing.lookahead_test");
  });
});
