import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// The questions the foundation must answer, asked over HTTP of a server holding the seed organisations.
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

describe("the seed organisations through the contract", () => {
  it("shows Landups' Hong Kong storage as not adequate for the EU", async () => {
    const d = dataOf(await s.gql(`{ organization(slug: "landups") { storageLocations { country { code } euAdequacy } } }`));
    expect(d.organization.storageLocations).toEqual([{ country: { code: "HK" }, euAdequacy: "NOT_ADEQUATE" }]);
  });

  it("lists PayPal as a named independent controller and the category-only recipients of Leanplans", async () => {
    const d = dataOf(await s.gql(`{ organization(slug: "leanplans") { recipients { name named kind role category } } }`));
    const recipients = d.organization.recipients as { name: string; named: boolean; kind: string; role: string | null; category: string }[];
    expect(recipients).toContainEqual({ name: "PayPal", named: true, kind: "INDEPENDENT_CONTROLLER", role: "INDEPENDENT_CONTROLLER", category: "Payment provider" });
    const categories = recipients.filter((r) => !r.named).map((r) => r.category);
    expect(categories).toEqual(expect.arrayContaining(["Ad network", "Data analytics", "Sales and marketing tool", "Acquirer"]));
    expect(recipients.filter((r) => r.named)).toHaveLength(1);
  });

  it("finds the payment activity and its disclosure to PayPal under user.financial", async () => {
    const d = dataOf(
      await s.gql(
        `{ processingActivities(organization: "leanplans", filter: {dataCategory: "user.financial"}) { edges { node { name disclosures { recipient { name } } } } } }`,
      ),
    );
    const nodes = d.processingActivities.edges.map((e: any) => e.node);
    const payment = nodes.find((n: any) => n.disclosures.some((x: any) => x.recipient.name === "PayPal"));
    expect(payment?.name).toMatch(/payment/i);
  });

  it("gives Landups' bank account category a PIPL sensitivity", async () => {
    const d = dataOf(
      await s.gql(
        `{ processingActivities(organization: "landups", filter: {dataCategory: "user.financial.bank_account"}) { totalCount edges { node { dataCategories { key sensitivity { regime kind } } } } } }`,
      ),
    );
    expect(d.processingActivities.totalCount).toBeGreaterThan(0);
    const bank = d.processingActivities.edges[0].node.dataCategories.find((c: any) => c.key === "user.financial.bank_account");
    expect(bank.sensitivity).toContainEqual({ regime: "PIPL", kind: "SENSITIVE" });
  });
});
