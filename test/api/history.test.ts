import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// History, time travel and diffs, through HTTP against a seeded server.
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

const STATE = `
  id key name description version updatedAt
  purposes { key } dataCategories { key } sources
  legalBasisClaims { consentMechanism legalBasis { regime code } }
  disclosures { purpose recipient { key name } dataCategories { key } }
  storageLocations { key country { code } }
  retention { period trigger description }
  securityMeasures { key }
`;

async function activityByKey(org: string, key: string) {
  const d = dataOf(await s.gql(`{ organization(slug: "${org}") { processingActivities(first: 100) { edges { node { ${STATE} } } } } }`));
  return d.organization.processingActivities.edges.map((e: any) => e.node).find((n: any) => n.key === key);
}

async function asOf(org: string, at: string, key: string) {
  const d = dataOf(
    await s.gql(`query($at: DateTime!) { organization(slug: "${org}", asOf: $at) { version processingActivities(first: 100) { totalCount edges { node { ${STATE} } } } } }`, { at }),
  );
  return { org: d.organization, activity: d.organization?.processingActivities.edges.map((e: any) => e.node).find((n: any) => n.key === key) };
}

describe("an activity edited three times", () => {
  const states: any[] = [];

  beforeAll(async () => {
    states.push(await activityByKey("leanplans", "orders-and-payments"));
    const edits = [
      { name: "Orders, payments and refunds", retention: { period: "P7Y", trigger: "ACCOUNT_CLOSURE", description: "Invoices kept seven years for tax law." } },
      { dataCategories: ["user.financial.credit_card", "user.contact.address.billing", "user.name"], sources: ["PROVIDED_BY_SUBJECT", "THIRD_PARTY"] },
      { description: "订单与付款 — handled with PayPal 💳", legalBases: [{ regime: "GDPR", code: "A6-1-b" }, { regime: "GDPR", code: "A6-1-c", note: "Tax records" }] },
    ];
    for (const input of edits) {
      const prev = states[states.length - 1];
      const r = await s.gql(`mutation($id: ID!, $v: Int!, $input: ProcessingActivityChangesInput!) { updateProcessingActivity(id: $id, expectedVersion: $v, input: $input) { processingActivity { version } } }`, {
        id: prev.id,
        v: prev.version,
        input,
      });
      expect(dataOf(r).updateProcessingActivity.processingActivity.version).toBe(prev.version + 1);
      states.push(await activityByKey("leanplans", "orders-and-payments"));
    }
  });

  it("shows four versions in history, newest first, with who, what and the changed fields", async () => {
    const h = dataOf(await s.gql(`query($id: ID!) { history(id: $id) { version at actor operation changes { field old new } } }`, { id: states[0].id })).history;
    expect(h.map((e: any) => e.version)).toEqual([4, 3, 2, 1]);
    expect(h.map((e: any) => e.operation)).toEqual(["UPDATE", "UPDATE", "UPDATE", "CREATE"]);
    expect(h.map((e: any) => e.actor)).toEqual(["system", "system", "system", "seed"]);
    expect(h[2].changes).toEqual(
      expect.arrayContaining([
        { field: "name", old: "Orders and payments", new: "Orders, payments and refunds" },
        expect.objectContaining({ field: "retention", new: { period: "P7Y", trigger: "ACCOUNT_CLOSURE", description: "Invoices kept seven years for tax law." } }),
      ]),
    );
    expect(h[2].changes.map((c: any) => c.field).sort()).toEqual(["name", "retention"]);
    expect(h[1].changes.map((c: any) => c.field).sort()).toEqual(["dataCategories", "sources"]);
    expect(h[0].changes.map((c: any) => c.field).sort()).toEqual(["description", "legalBases"]);
    expect(h.map((e: any) => e.at)).toEqual(states.map((st) => st.updatedAt).reverse());
  });

  it("answers asOf each of the four instants with exactly the state written then", async () => {
    for (const state of states) {
      const then = await asOf("leanplans", state.updatedAt, "orders-and-payments");
      expect(then.activity).toEqual(state);
    }
    const before = await asOf("leanplans", new Date(Date.parse(states[1].updatedAt) - 1).toISOString(), "orders-and-payments");
    expect(before.activity).toEqual(states[0]);
  });

  it("keeps a deleted activity in the past and drops it from the present", async () => {
    const victim = await activityByKey("leanplans", "vital-interests");
    const del = await s.gql(`mutation($id: ID!, $v: Int!) { deleteProcessingActivity(id: $id, expectedVersion: $v) { processingActivity { key version } } }`, { id: victim.id, v: victim.version });
    expect(dataOf(del).deleteProcessingActivity.processingActivity).toEqual({ key: "vital-interests", version: victim.version + 1 });
    expect(await activityByKey("leanplans", "vital-interests")).toBeUndefined();
    const past = await asOf("leanplans", victim.updatedAt, "vital-interests");
    expect(past.activity).toEqual(victim);
    const h = dataOf(await s.gql(`query($id: ID!) { history(id: $id) { operation } }`, { id: victim.id })).history;
    expect(h.map((e: any) => e.operation)).toEqual(["DELETE", "CREATE"]);
  });

  it("reports the edits and the deletion in recordDiff, field by field", async () => {
    const d = dataOf(
      await s.gql(`query($from: DateTime!) { recordDiff(organization: "leanplans", from: $from) { organization { field } processingActivities { id key name change changes { field old new } } recipients { key } } }`, {
        from: states[0].updatedAt,
      }),
    ).recordDiff;
    expect(d.organization).toEqual([]);
    expect(d.recipients).toEqual([]);
    const byKey = Object.fromEntries(d.processingActivities.map((c: any) => [c.key, c]));
    expect(byKey["orders-and-payments"].change).toBe("CHANGED");
    expect(byKey["orders-and-payments"].changes.map((c: any) => c.field).sort()).toEqual(["dataCategories", "description", "legalBases", "name", "retention", "sources"]);
    expect(byKey["vital-interests"].change).toBe("REMOVED");
    expect(Object.keys(byKey).sort()).toEqual(["orders-and-payments", "vital-interests"]);
  });
});

describe("time travel at the edges", () => {
  it("returns null before the organisation existed and the current state for a future instant", async () => {
    const past = dataOf(await s.gql(`{ organization(slug: "landups", asOf: "2000-01-01T00:00:00Z") { name } }`));
    expect(past.organization).toBeNull();
    const future = dataOf(await s.gql(`{ organization(slug: "landups", asOf: "2999-01-01T00:00:00Z") { name storageLocations { country { code } } processingActivities { totalCount } } }`));
    const now = dataOf(await s.gql(`{ organization(slug: "landups") { name storageLocations { country { code } } processingActivities { totalCount } } }`));
    expect(future.organization).toEqual(now.organization);
  });

  it("answers every nested field of a past record from that instant, including recipients and locations", async () => {
    const q = (asOfArg: string) => `{ organization(slug: "landups"${asOfArg}) {
      recipients { key name kind version updatedAt dataCategories { key } organization { slug } }
      storageLocations { key version updatedAt dataCategories { key } organization { slug } }
      securityMeasures { key version updatedAt }
      dataCategories { key }
      processingActivities(first: 100) { edges { node { key organization { slug } disclosures { recipient { key } } } } }
    } }`;
    const now = dataOf(await s.gql(q(""))).organization;
    const at = new Date().toISOString();
    const then = dataOf(await s.gql(q(`, asOf: "${at}"`))).organization;
    expect(then).toEqual(now);
  });

  it("rejects a diff whose end precedes its start and returns null for an unknown organisation", async () => {
    const r = await s.gql(`{ recordDiff(organization: "landups", from: "2026-03-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { from } }`);
    expect(r.body.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(r.body.errors![0].message).toContain("to");
    expect(dataOf(await s.gql(`{ recordDiff(organization: "nobody", from: "2026-03-01T00:00:00Z") { from } }`)).recordDiff).toBeNull();
    expect(dataOf(await s.gql(`{ history(id: "bm9wZQ") { version } }`)).history).toEqual([]);
  });
});

describe("time travel after a slug change", () => {
  it("finds the organisation by the slug it had then, and diffs it", async () => {
    const org = dataOf(await s.gql(`{ organization(slug: "landups") { id version updatedAt name } }`)).organization;
    const before = new Date().toISOString();
    dataOf(await s.gql(`mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, expectedVersion: $v, input: { slug: "landups-network" }) { organization { slug } } }`, { id: org.id, v: org.version }));
    expect(dataOf(await s.gql(`{ organization(slug: "landups") { name } }`)).organization).toBeNull();
    const then = dataOf(await s.gql(`query($at: DateTime!) { organization(slug: "landups", asOf: $at) { id slug } }`, { at: before })).organization;
    expect(then).toEqual({ id: org.id, slug: "landups" });
    const diff = dataOf(await s.gql(`query($from: DateTime!) { recordDiff(organization: "landups", from: $from) { organization { field old new } } }`, { from: before })).recordDiff;
    expect(diff.organization).toEqual([{ field: "slug", old: "landups", new: "landups-network" }]);
  });
});
