import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authService } from "../../src/modules/auth/auth.service";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// recordDiff(object:) keeps one object's changes, so a page about one activity does not download every activity's.
let s: TestServer;
let admin = "";
let leanplansOnly = "";
let from = "";
const ids = { org: "", a: "", b: "", recipient: "", leanplansActivity: "" };
const DIFF = `query($org: String!, $from: DateTime!, $object: ID) { recordDiff(organization: $org, from: $from, object: $object) {
  organization { field old new } processingActivities { id change changes { field new } } recipients { id change } storageLocations { id } securityMeasures { id } } }`;
const UNKNOWN = "UHJvY2Vzc2luZ0FjdGl2aXR5Ojk5OTk5";

beforeAll(async () => {
  s = await startTestServer({
    security: { auth: "on" },
    prepare: (conn) =>
      conn.db.transaction((tx) => {
        admin = authService.create(tx, { name: "root", role: "ADMIN" }).token;
        leanplansOnly = authService.create(tx, { name: "lp", role: "VIEWER", organizations: ["leanplans"] }).token;
      }),
  });
  const d = dataOf(
    await s.gql(
      `{ landups: organization(slug: "landups") { id version processingActivities(first: 2) { edges { node { id version } } } recipients { id version } }
         leanplans: organization(slug: "leanplans") { processingActivities(first: 1) { edges { node { id } } } } }`,
      {},
      admin,
    ),
  );
  const [a, b] = d.landups.processingActivities.edges.map((e: any) => e.node);
  const r = d.landups.recipients[0];
  Object.assign(ids, { org: d.landups.id, a: a.id, b: b.id, recipient: r.id, leanplansActivity: d.leanplans.processingActivities.edges[0].node.id });
  await new Promise((res) => setTimeout(res, 20));
  from = new Date().toISOString();
  const rename = `mutation($id: ID!, $v: Int!, $name: String!) { updateProcessingActivity(id: $id, expectedVersion: $v, input: { name: $name }) { processingActivity { id } } }`;
  dataOf(await s.gql(rename, { id: a.id, v: a.version, name: "First renamed" }, admin));
  dataOf(await s.gql(rename, { id: b.id, v: b.version, name: "Second renamed" }, admin));
  dataOf(await s.gql(`mutation($id: ID!, $v: Int!) { updateRecipient(id: $id, expectedVersion: $v, input: { description: "Changed for the diff" }) { recipient { id } } }`, { id: r.id, v: r.version }, admin));
  dataOf(await s.gql(`mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, expectedVersion: $v, input: { name: "Landups, renamed" }) { organization { id } } }`, { id: ids.org, v: d.landups.version }, admin));
});
afterAll(() => s.close());

const diff = async (object: string | null, token = admin, org = "landups") => dataOf(await s.gql(DIFF, { org, from, object }, token)).recordDiff;
const nothing = { organization: [], processingActivities: [], recipients: [], storageLocations: [], securityMeasures: [] };

describe("recordDiff(object:)", () => {
  it("without object answers every change, as before", async () => {
    const d = await diff(null);
    expect(d.processingActivities.map((c: any) => c.id).sort()).toEqual([ids.a, ids.b].sort());
    expect(d.recipients.map((c: any) => c.id)).toEqual([ids.recipient]);
    expect(d.organization.map((c: any) => c.field)).toContain("name");
  });

  it("keeps only that activity's change", async () => {
    const d = await diff(ids.a);
    expect(d).toEqual({ ...nothing, processingActivities: [{ id: ids.a, change: "CHANGED", changes: [{ field: "name", new: "First renamed" }] }] });
  });

  it("keeps only that recipient's change", async () => {
    const d = await diff(ids.recipient);
    expect(d).toEqual({ ...nothing, recipients: [{ id: ids.recipient, change: "CHANGED" }] });
  });

  it("gives the organisation's own field changes only for the organisation's id", async () => {
    const d = await diff(ids.org);
    expect(d.processingActivities).toEqual([]);
    expect(d.recipients).toEqual([]);
    expect(d.organization).toEqual([{ field: "name", old: "Landups network", new: "Landups, renamed" }]);
  });

  it("answers empty lists for an unknown id, a malformed one, or one of another organisation", async () => {
    expect(await diff(UNKNOWN)).toEqual(nothing);
    expect(await diff("not-a-global-id")).toEqual(nothing);
    expect(await diff(ids.leanplansActivity)).toEqual(nothing);
  });

  it("tells a scoped key nothing of another organisation's object: the same answer as for an unknown id", async () => {
    const other = await s.gql(DIFF, { org: "leanplans", from, object: ids.a }, leanplansOnly);
    const unknown = await s.gql(DIFF, { org: "leanplans", from, object: UNKNOWN }, leanplansOnly);
    expect(dataOf(other).recordDiff).toMatchObject(nothing);
    expect(other.body).toEqual(unknown.body);
    // The organisation itself stays invisible to the key, as without object.
    expect(await diff(ids.a, leanplansOnly)).toBeNull();
  });
});
