import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authService } from "../../src/modules/auth/auth.service";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// node(id:, asOf:) reads one object as it stood at an instant, with the same id and scope as the live node.
let s: TestServer;
let leanplansOnly = "";
let activity: { id: string; name: string; version: number };
let seededAt = "";
const NODE = `query($id: ID!, $asOf: DateTime) { node(id: $id, asOf: $asOf) { id ... on ProcessingActivity { name version organization { slug name } disclosures { recipient { name } } } ... on Recipient { name dpa { status } } } }`;

beforeAll(async () => {
  s = await startTestServer({
    security: { auth: "on" },
    prepare: (conn) =>
      conn.db.transaction((tx) => {
        leanplansOnly = authService.create(tx, { name: "lp", role: "VIEWER", organizations: ["leanplans"] }).token;
      }),
  });
  const admin = await adminToken();
  const d = dataOf(await s.gql(`{ organization(slug: "landups") { updatedAt processingActivities(first: 1) { edges { node { id name version } } } } }`, {}, admin));
  activity = d.organization.processingActivities.edges[0].node;
  seededAt = d.organization.updatedAt;
  await new Promise((r) => setTimeout(r, 20));
  dataOf(await s.gql(`mutation($id: ID!, $v: Int!) { updateProcessingActivity(id: $id, expectedVersion: $v, input: { name: "Renamed later" }) { processingActivity { id } } }`, { id: activity.id, v: activity.version }, admin));
});
afterAll(() => s.close());

let admin = "";
async function adminToken(): Promise<string> {
  if (!admin) s.conn.db.transaction((tx) => void (admin = authService.create(tx, { name: "root", role: "ADMIN" }).token));
  return admin;
}

describe("node(id:, asOf:)", () => {
  it("answers the activity as it stood before a change, and as it is now without asOf or with a future instant", async () => {
    const then = dataOf(await s.gql(NODE, { id: activity.id, asOf: seededAt }, admin)).node;
    expect(then).toMatchObject({ id: activity.id, name: activity.name, version: 1, organization: { slug: "landups" } });
    expect(dataOf(await s.gql(NODE, { id: activity.id }, admin)).node).toMatchObject({ name: "Renamed later", version: 2 });
    expect(dataOf(await s.gql(NODE, { id: activity.id, asOf: "2999-01-01T00:00:00Z" }, admin)).node.name).toBe("Renamed later");
  });

  it("is null for an instant before the object existed", async () => {
    expect(dataOf(await s.gql(NODE, { id: activity.id, asOf: "2000-01-01T00:00:00Z" }, admin)).node).toBeNull();
  });

  it("reads a recipient as of an instant, and shared reference data the same at every instant", async () => {
    const r = dataOf(await s.gql(`{ organization(slug: "leanplans") { recipients { id name } } dataCategories { id key } }`, {}, admin));
    const paypal = r.organization.recipients.find((x: any) => x.name === "PayPal");
    expect(dataOf(await s.gql(NODE, { id: paypal.id, asOf: seededAt }, admin)).node).toMatchObject({ id: paypal.id, name: "PayPal" });
    const cat = r.dataCategories[0];
    const q = `query($id: ID!, $asOf: DateTime) { node(id: $id, asOf: $asOf) { id ... on DataCategory { key } } }`;
    expect(dataOf(await s.gql(q, { id: cat.id, asOf: "2000-01-01T00:00:00Z" }, admin)).node).toEqual({ id: cat.id, key: cat.key });
  });

  it("gives a key scoped to another organisation null, exactly as for an unknown id", async () => {
    const hidden = await s.gql(NODE, { id: activity.id, asOf: seededAt }, leanplansOnly);
    expect(dataOf(hidden).node).toBeNull();
    expect(hidden.body).toEqual(dataOf(await s.gql(NODE, { id: "UHJvY2Vzc2luZ0FjdGl2aXR5Ojk5OTk5", asOf: seededAt }, leanplansOnly)) && hidden.body);
  });
});
