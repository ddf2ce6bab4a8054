import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// Which laws reach an organisation, through GraphQL: the seeds as recorded, after an edit, and as they stood.
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

const REACH = `query($org: String!, $asOf: DateTime) { reach(organization: $org, asOf: $asOf) { regime status article reason } }`;
const reach = async (org: string, asOf?: string) => dataOf(await s.gql(REACH, { org, asOf })).reach as { regime: string; status: string; article: string; reason: string }[];

describe("reach", () => {
  it("names each law reaching Leanplans with its article: GDPR and UK GDPR by targeting, PIPL by establishment", async () => {
    const r = await reach("leanplans");
    expect(r.map((x) => [x.regime, x.status, x.article])).toEqual([
      ["GDPR", "REACHES", "GDPR Art 3(2)"],
      ["UK_GDPR", "REACHES", "UK GDPR Art 3(2)"],
      ["PIPL", "REACHES", "PIPL Art 3(1)"],
    ]);
    expect(r[2].reason).toContain("mainland China");
  });

  it("leaves PDPO open for Landups (servers in Hong Kong, no establishment there) and settles it once an establishment is recorded", async () => {
    const before = await reach("landups");
    expect(before.map((x) => [x.regime, x.status])).toEqual([
      ["PIPL", "REACHES"],
      ["PDPO", "UNDETERMINED"],
    ]);
    const org = dataOf(await s.gql(`{ organization(slug: "landups") { id version } }`)).organization;
    const edited = new Date().toISOString();
    dataOf(await s.gql(`mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, expectedVersion: $v, input: { establishments: ["HK"] }) { organization { id } } }`, { id: org.id, v: org.version }));
    const after = await reach("landups");
    expect(after.find((x) => x.regime === "PDPO")).toMatchObject({ status: "REACHES", article: "PDPO s.2(1)" });
    expect((await reach("landups", edited)).find((x) => x.regime === "PDPO")?.status).toBe("UNDETERMINED");
  });

  it("is empty for an organisation that does not exist", async () => {
    expect(await reach("no-such-org")).toEqual([]);
  });
});
