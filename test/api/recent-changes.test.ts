import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authService } from "../../src/modules/auth/auth.service";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// recentChanges: the audit log as a feed, newest first, in the key's scope.
let s: TestServer;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  s = await startTestServer({
    security: { auth: "on" },
    prepare: (conn) =>
      conn.db.transaction((tx) => {
        tokens.admin = authService.create(tx, { name: "admin", role: "ADMIN" }).token;
        tokens.leanplans = authService.create(tx, { name: "leanplans-viewer", role: "VIEWER", organizations: ["leanplans"] }).token;
      }),
  });
});
afterAll(() => s.close());

const RECENT = `query($org: String!, $since: DateTime!, $first: Int) { recentChanges(organization: $org, since: $since, first: $first) {
  total entries { at actor operation objectType object name fields } } }`;

describe("recentChanges", () => {
  it("lists the seed's creations, newest first, at most first, with the total", async () => {
    const d = dataOf(await s.gql(RECENT, { org: "landups", since: "2000-01-01T00:00:00Z" }, tokens.admin)).recentChanges;
    expect(d.total).toBeGreaterThan(20);
    expect(d.entries).toHaveLength(20);
    expect(d.entries.every((e: any) => e.actor === "seed" && e.operation === "CREATE" && e.name.length > 0)).toBe(true);
    const at = d.entries.map((e: any) => e.at);
    expect(at).toEqual([...at].sort().reverse());
    expect(new Set(d.entries.map((e: any) => e.objectType)).size).toBeGreaterThan(0);
    expect(dataOf(await s.gql(RECENT, { org: "landups", since: "2000-01-01T00:00:00Z", first: 3 }, tokens.admin)).recentChanges.entries).toHaveLength(3);
  });

  it("shows an edit since an instant: who, what, the new name and the fields changed", async () => {
    const since = new Date().toISOString();
    const a = dataOf(await s.gql(`{ organization(slug: "leanplans") { processingActivities(first: 1) { edges { node { id version } } } } }`, {}, tokens.admin)).organization
      .processingActivities.edges[0].node;
    dataOf(await s.gql(`mutation($id: ID!, $v: Int!) { updateProcessingActivity(id: $id, expectedVersion: $v, input: { name: "Feed renamed" }) { processingActivity { id } } }`, { id: a.id, v: a.version }, tokens.admin));
    const d = dataOf(await s.gql(RECENT, { org: "leanplans", since }, tokens.leanplans)).recentChanges;
    expect(d.total).toBe(1);
    expect(d.entries).toEqual([expect.objectContaining({ actor: "admin", operation: "UPDATE", objectType: "ProcessingActivity", object: a.id, name: "Feed renamed", fields: ["name"] })]);
    expect(dataOf(await s.gql(RECENT, { org: "landups", since }, tokens.admin)).recentChanges).toEqual({ total: 0, entries: [] });
  });

  it("answers a scoped key asking for another organisation exactly as for a missing one", async () => {
    const other = await s.gql(RECENT, { org: "landups", since: "2000-01-01T00:00:00Z" }, tokens.leanplans);
    const missing = await s.gql(RECENT, { org: "nope", since: "2000-01-01T00:00:00Z" }, tokens.leanplans);
    expect(other.body.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", argumentPath: "organization" });
    expect(other.body.errors?.[0].message.replace("landups", "X")).toBe(missing.body.errors?.[0].message.replace("nope", "X"));
    expect(other.body.data).toEqual(missing.body.data);
  });

  it("rejects first outside 0..100, naming it", async () => {
    const r = await s.gql(RECENT, { org: "landups", since: "2000-01-01T00:00:00Z", first: 101 }, tokens.admin);
    expect(r.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: "first" });
  });
});
