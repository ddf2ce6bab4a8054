import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";
import { loadSynthetic } from "../helpers/synthetic";

// No N+1: a page of 100 activities with every nested field runs as many statements as a page of 10.
const PAGE = `query Page($first: Int!) {
  processingActivities(organization: "synthetic", first: $first) {
    totalCount
    edges { node {
      id name version updatedAt
      organization { slug country { code euAdequacy } }
      purposes { key parent { key } }
      legalBases { regime code }
      legalBasisClaims { consentMechanism legalBasis { code } evidence { section } }
      dataSubjects { key }
      dataCategories { key sensitivity { regime kind } }
      sources
      disclosures { purpose recipient { name country { code } subProcessors { name } dataCategories { key } } dataCategories { key } evidence { section } }
      storageLocations { name euAdequacy country { name } dataCategories { key } }
      retention { period trigger evidence { section } }
      securityMeasures { key evidence { section } }
      evidence { section basis }
    } }
  }
}`;

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ prepare: (conn) => loadSynthetic(conn, "synthetic", 150) });
});
afterAll(() => s.close());

describe("statements per request", () => {
  it("is the same for a page of 10 activities and a page of 100", async () => {
    // Reference data is cached across requests until the database changes: count both pages with it warm.
    await s.gql(PAGE, { first: 1 });
    const ten = await s.gql(PAGE, { first: 10 });
    const hundred = await s.gql(PAGE, { first: 100 });
    expect(dataOf(ten).processingActivities.edges).toHaveLength(10);
    expect(dataOf(hundred).processingActivities.edges).toHaveLength(100);
    expect(ten.statements).toBeGreaterThan(0);
    expect(hundred.statements).toBe(ten.statements);
  });

  it("does not grow with the size of the data map either", async () => {
    const small = await s.gql(`{ dataMap(organization: "leanplans") { nodes { id } edges { kind } } }`);
    const large = await s.gql(`{ dataMap(organization: "synthetic") { nodes { id } edges { kind } } }`);
    expect(dataOf(large).dataMap.edges.length).toBeGreaterThan(dataOf(small).dataMap.edges.length);
    expect(large.statements).toBe(small.statements);
  });

  it("does not grow with the number of organisations and their recipients", async () => {
    const q = `{ organizations { slug recipients { name dataCategories { key } subProcessors { name } } storageLocations { name dataCategories { key } } dataCategories { key } } }`;
    const all = await s.gql(q);
    expect(dataOf(all).organizations.length).toBe(3);
    const one = await s.gql(`{ organization(slug: "synthetic") { slug recipients { name dataCategories { key } subProcessors { name } } storageLocations { name dataCategories { key } } dataCategories { key } } }`);
    expect(all.statements).toBe(one.statements);
  });
});
