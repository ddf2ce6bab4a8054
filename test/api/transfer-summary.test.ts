import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authService } from "../../src/modules/auth/auth.service";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// transferSummary counts exactly the transfers `transfers` lists, by regime and status, for an overview that need not download them.
let s: TestServer;
let admin = "";
let leanplansOnly = "";
const SUMMARY = `query($org: String!, $asOf: DateTime) { transferSummary(organization: $org, asOf: $asOf) { regime status count } }`;
const REGIMES = ["GDPR", "UK_GDPR", "PIPL", "PDPO", "CCPA"];
const STATUSES = ["COVERED", "NOT_COVERED", "UNDETERMINED"];

beforeAll(async () => {
  s = await startTestServer({
    security: { auth: "on" },
    prepare: (conn) =>
      conn.db.transaction((tx) => {
        admin = authService.create(tx, { name: "root", role: "ADMIN" }).token;
        leanplansOnly = authService.create(tx, { name: "lp", role: "VIEWER", organizations: ["leanplans"] }).token;
      }),
  });
});
afterAll(() => s.close());

/** The transfers of an organisation, counted in the test the way a client would. */
async function countedByHand(org: string, asOf?: string) {
  const list = dataOf(await s.gql(`query($org: String!, $asOf: DateTime) { transfers(organization: $org, asOf: $asOf) { regime status } }`, { org, asOf }, admin)).transfers;
  const counts = new Map<string, number>();
  for (const t of list) counts.set(`${t.regime}|${t.status}`, (counts.get(`${t.regime}|${t.status}`) ?? 0) + 1);
  return { total: list.length, counts };
}

describe("transferSummary", () => {
  for (const org of ["landups", "leanplans"]) {
    it(`counts ${org}'s transfers by regime and status, as transfers lists them, ordered by regime then status`, async () => {
      const summary = dataOf(await s.gql(SUMMARY, { org }, admin)).transferSummary;
      const byHand = await countedByHand(org);
      expect(byHand.total).toBeGreaterThan(0);
      expect(new Map(summary.map((c: any) => [`${c.regime}|${c.status}`, c.count]))).toEqual(byHand.counts);
      expect(summary.reduce((n: number, c: any) => n + c.count, 0)).toBe(byHand.total);
      const order = (c: any) => REGIMES.indexOf(c.regime) * 10 + STATUSES.indexOf(c.status);
      expect(summary.map(order)).toEqual([...summary.map(order)].sort((a, b) => a - b));
      expect(summary.every((c: any) => c.count > 0)).toBe(true);
    });
  }

  it("counts the record as it stood at an instant, like transfers then; nothing before the organisation existed", async () => {
    const { updatedAt } = dataOf(await s.gql(`{ organization(slug: "landups") { updatedAt } }`, {}, admin)).organization;
    const then = dataOf(await s.gql(SUMMARY, { org: "landups", asOf: updatedAt }, admin)).transferSummary;
    expect(new Map(then.map((c: any) => [`${c.regime}|${c.status}`, c.count]))).toEqual((await countedByHand("landups", updatedAt)).counts);
    expect(dataOf(await s.gql(SUMMARY, { org: "landups", asOf: "2000-01-01T00:00:00Z" }, admin)).transferSummary).toEqual([]);
  });

  it("is empty for an unknown organisation, and for a key scoped to another one exactly as for an unknown one", async () => {
    expect(dataOf(await s.gql(SUMMARY, { org: "nobody" }, admin)).transferSummary).toEqual([]);
    const hidden = await s.gql(SUMMARY, { org: "landups" }, leanplansOnly);
    expect(dataOf(hidden).transferSummary).toEqual([]);
    expect(hidden.body).toEqual((await s.gql(SUMMARY, { org: "nobody" }, leanplansOnly)).body);
    expect(dataOf(await s.gql(SUMMARY, { org: "leanplans" }, leanplansOnly)).transferSummary.length).toBeGreaterThan(0);
  });
});
