import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Connection } from "../../src/db/connection";
import { authService } from "../../src/modules/auth/auth.service";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// Answers to pure queries are reused until the database changes; anything that reads the clock, writes, or fails is not.
const tokens: Record<string, string> = {};
function makeKeys(conn: Connection): void {
  conn.db.transaction((tx) => {
    tokens.admin = authService.create(tx, { name: "root", role: "ADMIN" }).token;
    tokens.landups = authService.create(tx, { name: "landups-viewer", role: "VIEWER", organizations: ["landups"] }).token;
  });
}

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ prepare: makeKeys, security: { auth: "on" } });
});
afterAll(() => s.close());

const hit = (r: { headers: Headers }) => r.headers.get("x-datamap-cache") === "hit";
const PAGE = `query Page($org: String!) { processingActivities(organization: $org, first: 3) { edges { node { id key name version } } } }`;

describe("the response cache", () => {
  it("answers a repeated pure query from memory, byte for byte, with one statement (the change check)", async () => {
    const first = await s.gql(PAGE, { org: "leanplans" }, tokens.admin);
    const second = await s.gql(PAGE, { org: "leanplans" }, tokens.admin);
    expect(hit(first)).toBe(false);
    expect(hit(second)).toBe(true);
    expect(second.body).toEqual(first.body);
    expect(second.statements).toBe(1);
    expect(second.headers.get("content-type")).toBe(first.headers.get("content-type"));
    expect(hit(await s.gql(PAGE, { org: "landups" }, tokens.admin))).toBe(false);
  });

  it("answers afresh after a change made through the API", async () => {
    const node = dataOf(await s.gql(PAGE, { org: "leanplans" }, tokens.admin)).processingActivities.edges[0].node;
    const renamed = await s.gql(
      `mutation($id: ID!, $v: Int!) { updateProcessingActivity(id: $id, expectedVersion: $v, input: { name: "Renamed through the API" }) { processingActivity { name } } }`,
      { id: node.id, v: node.version },
      tokens.admin,
    );
    expect(renamed.body.errors).toBeUndefined();
    const after = await s.gql(PAGE, { org: "leanplans" }, tokens.admin);
    expect(hit(after)).toBe(false);
    expect(dataOf(after).processingActivities.edges[0].node.name).toBe("Renamed through the API");
  });

  it("answers afresh after a change committed by another connection, e.g. the CLI", async () => {
    await s.gql(PAGE, { org: "leanplans" }, tokens.admin);
    expect(hit(await s.gql(PAGE, { org: "leanplans" }, tokens.admin))).toBe(true);
    const other = openDatabase(path.join(s.dir, "test.db"));
    try {
      other.sqlite.prepare("update processing_activities set name = ? where id = (select min(id) from processing_activities where organization_id = (select id from organizations where slug = 'leanplans'))").run("Renamed by another process");
    } finally {
      other.close();
    }
    const after = await s.gql(PAGE, { org: "leanplans" }, tokens.admin);
    expect(hit(after)).toBe(false);
    expect(dataOf(after).processingActivities.edges[0].node.name).toBe("Renamed by another process");
  });

  it("never gives one caller's answer to a caller with another scope", async () => {
    const q = `{ organizations { slug } }`;
    const admin = await s.gql(q, {}, tokens.admin);
    await s.gql(q, {}, tokens.admin);
    const scoped = await s.gql(q, {}, tokens.landups);
    expect(hit(scoped)).toBe(false);
    expect(dataOf(admin).organizations.map((o: any) => o.slug).sort()).toEqual(["landups", "leanplans"]);
    expect(dataOf(scoped).organizations.map((o: any) => o.slug)).toEqual(["landups"]);
    expect(hit(await s.gql(q, {}, tokens.landups))).toBe(true);
  });

  it("does not keep answers that depend on the clock, mutations, or answers with errors", async () => {
    const uncached = [
      `{ findings(organization: "landups") { id } }`,
      `{ transfers(organization: "landups") { regime } }`,
      `{ ropa(organization: "landups") { header { generatedAt } } }`,
      `{ organization(slug: "landups", asOf: "2999-01-01T00:00:00Z") { slug } }`,
      `{ recordDiff(organization: "landups", from: "2020-01-01T00:00:00Z") { to } }`,
      `{ organizations { slug } ... on Query { findings(organization: "landups") { id } } }`,
      `{ processingActivities(organization: "landups", first: 1000) { totalCount } }`,
      `{ apiKeys { name } }`,
    ];
    for (const q of uncached) {
      await s.gql(q, {}, tokens.admin);
      const again = await s.gql(q, {}, tokens.admin);
      expect(hit(again), q).toBe(false);
    }
  });

  it("keeps a dashboard's answers to the live record, asked with asOf: null, and not those with an instant", async () => {
    const q = `query($asOf: DateTime) { dataFlows(organization: "landups", asOf: $asOf) { activityCount } organization(slug: "landups", asOf: $asOf) { name } }`;
    await s.gql(q, { asOf: null }, tokens.admin);
    expect(hit(await s.gql(q, { asOf: null }, tokens.admin))).toBe(true);
    await s.gql(q, { asOf: "2999-01-01T00:00:00Z" }, tokens.admin);
    expect(hit(await s.gql(q, { asOf: "2999-01-01T00:00:00Z" }, tokens.admin))).toBe(false);
  });

  it("keeps answers to queries written with fragments when every root field is pure", async () => {
    const q = `{ ...Roots } fragment Roots on Query { organizations { slug } purposes { key } }`;
    await s.gql(q, {}, tokens.admin);
    expect(hit(await s.gql(q, {}, tokens.admin))).toBe(true);
  });
});

describe("with the response cache off", () => {
  it("executes every request", async () => {
    const off = await startTestServer({ security: { responseCacheBytes: 0 } });
    try {
      await off.gql(`{ organizations { slug } }`);
      const again = await off.gql(`{ organizations { slug } }`);
      expect(hit(again)).toBe(false);
      expect(again.statements).toBeGreaterThan(0);
    } finally {
      await off.close();
    }
  });
});
