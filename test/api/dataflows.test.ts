import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authService } from "../../src/modules/auth/auth.service";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";
import { loadSynthetic } from "../helpers/synthetic";

// dataFlows against the seeds and a 300-activity synthetic organisation, over HTTP with keys.
const query = fs.readFileSync(path.resolve(__dirname, "../../schema/operations/DataFlows.graphql"), "utf8");
let s: TestServer;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  s = await startTestServer({
    security: { auth: "on" },
    prepare: (conn) => {
      loadSynthetic(conn, "synthetic", 300);
      conn.db.transaction((tx) => {
        tokens.admin = authService.create(tx, { name: "admin", role: "ADMIN" }).token;
        tokens.leanplans = authService.create(tx, { name: "leanplans-viewer", role: "VIEWER", organizations: ["leanplans"] }).token;
      });
    },
  });
});
afterAll(() => s.close());

const flows = async (variables: Record<string, unknown>, token = tokens.admin) => s.gql(query, variables, token);

describe("dataFlows", () => {
  it("shows the Hong Kong storage location of landups when filtered on HK", async () => {
    const d = dataOf(await flows({ organization: "landups", filter: { country: "HK" } })).dataFlows;
    expect(d.activityCount).toBeGreaterThan(0);
    const hk = d.nodes.find((n: any) => n.kind === "LOCATION");
    expect(hk).toMatchObject({ detail: "HK", column: 2, label: "Landups network servers in Hong Kong", activityCount: d.activityCount });
    expect(d.links.filter((l: any) => l.target === hk.id).every((l: any) => l.kind === "STORED_IN")).toBe(true);
    expect(d.nodes.filter((n: any) => n.column === 2 && n.kind !== "PURPOSE").every((n: any) => n.detail === "HK" || n.kind === "RECIPIENT")).toBe(true);
  });

  it("names PayPal as a recipient of leanplans, with its global id", async () => {
    const d = dataOf(await flows({ organization: "leanplans" })).dataFlows;
    expect(d.aggregated).toBe(false);
    const paypal = d.nodes.find((n: any) => n.label === "PayPal");
    expect(paypal).toMatchObject({ kind: "RECIPIENT", column: 2, drill: null });
    const node = dataOf(await s.gql(`query($id: ID!) { node(id: $id) { __typename ... on Recipient { name } } }`, { id: paypal.object }, tokens.admin)).node;
    expect(node).toEqual({ __typename: "Recipient", name: "PayPal" });
    expect(d.links.some((l: any) => l.target === paypal.id && l.kind === "DISCLOSED_TO")).toBe(true);
  });

  it("aggregates 300 activities into purposes and category groups, and a drill shows only the keys below the group", async () => {
    const d = dataOf(await flows({ organization: "synthetic", maxNodes: 4 })).dataFlows;
    expect(d.activityCount).toBe(300);
    expect(d.aggregated).toBe(true);
    expect(d.nodes.some((n: any) => n.kind === "PROCESSING_ACTIVITY")).toBe(false);
    const group = d.nodes.find((n: any) => n.kind === "CATEGORY_GROUP" && n.detail === "user.contact");
    expect(group.drill).toEqual({ dataCategory: "user.contact", purpose: null, recipientKind: null, country: null });
    const drilled = dataOf(await flows({ organization: "synthetic", maxNodes: 4, filter: { dataCategory: group.drill.dataCategory } })).dataFlows;
    const column0 = drilled.nodes.filter((n: any) => n.column === 0);
    expect(column0.map((n: any) => n.detail)).toEqual(["user.contact.email"]);
    expect(column0[0]).toMatchObject({ kind: "DATA_CATEGORY", activityCount: group.activityCount });
    expect(drilled.activityCount).toBe(group.activityCount);
  });

  it("with maxNodes 40, 300 activities show purposes in column 1", async () => {
    const d = dataOf(await flows({ organization: "synthetic", maxNodes: 40 })).dataFlows;
    expect(d.aggregated).toBe(true);
    expect(d.nodes.filter((n: any) => n.column === 1).map((n: any) => n.kind)).toEqual(["PURPOSE", "PURPOSE", "PURPOSE"]);
    const total = d.links.filter((l: any) => l.target === "purpose:essential.service").length;
    expect(total).toBeGreaterThan(0);
  });

  it("answers as of an instant before a change", async () => {
    const before = new Date().toISOString();
    const d = dataOf(await s.gql(`{ organization(slug: "leanplans") { processingActivities(first: 1) { edges { node { id version } } } } }`, {}, tokens.admin));
    const a = d.organization.processingActivities.edges[0].node;
    await new Promise((r) => setTimeout(r, 5));
    dataOf(await s.gql(`mutation($id: ID!, $v: Int!) { updateProcessingActivity(id: $id, expectedVersion: $v, input: { name: "Flows renamed" }) { processingActivity { id } } }`, { id: a.id, v: a.version }, tokens.admin));
    const now = dataOf(await flows({ organization: "leanplans" })).dataFlows;
    const then = dataOf(await flows({ organization: "leanplans", asOf: before })).dataFlows;
    expect(now.nodes.map((n: any) => n.label)).toContain("Flows renamed");
    expect(then.nodes.map((n: any) => n.label)).not.toContain("Flows renamed");
  });

  it("answers a scoped key asking for another organisation exactly as for a missing one", async () => {
    const other = await flows({ organization: "landups" }, tokens.leanplans);
    const missing = await flows({ organization: "nope" }, tokens.leanplans);
    expect(other.body.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", argumentPath: "organization" });
    expect(other.body.errors?.[0].message.replace("landups", "X")).toBe(missing.body.errors?.[0].message.replace("nope", "X"));
    expect(dataOf(await flows({ organization: "leanplans" }, tokens.leanplans)).dataFlows.activityCount).toBeGreaterThan(0);
  });

  it("rejects a bad maxNodes and a bad filter, naming the argument", async () => {
    for (const maxNodes of [1, 201]) {
      const r = await flows({ organization: "leanplans", maxNodes });
      expect(r.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: "maxNodes" });
    }
    const r = await flows({ organization: "leanplans", filter: { country: "hk" } });
    expect(r.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: "filter.country" });
  });
});
