import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importGvl } from "../../src/io/import/gvl";
import { readGvlList } from "../../src/io/import/gvl-file";
import { readGvlMapping } from "../../src/io/import/gvl-mapping";
import { organizationStore } from "../../src/modules/organization/organization.store";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// Vendor-list facts are queryable: Recipient.privacyUrl, legitimateInterestUrl and gvl, batched per request.

const V1 = path.resolve(__dirname, "..", "fixtures", "gvl", "vendor-list-v1.json");
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    prepare: (conn) => {
      const org = organizationStore.bySlug(conn.db, "landups")!;
      importGvl(conn.db, org.id, readGvlList(V1), readGvlMapping(conn.db));
    },
  });
});
afterAll(() => server.close());

const QUERY = `query ($first: Int) {
  recipients(organization: "landups", filter: { category: "Ad tech vendor" }, first: $first) {
    edges { node { name kind privacyUrl legitimateInterestUrl
      gvl { gvlId tcfPurposes tcfLegitimateInterestPurposes tcfFeatures tcfDataDeclarations retentionDays
        consentPurposes { key } legitimateInterestPurposes { key } specialPurposes { key } dataCategories { key }
        deviceStorage { usesCookies cookieMaxAgeSeconds cookieRefresh usesNonCookieAccess disclosureUrl }
        purposeRetention { tcfId days } } } } } }`;

describe("GVL facts in GraphQL", () => {
  it("answers a vendor's URLs, TCF declarations mapped to the taxonomy, cookie facts and retention", async () => {
    const data = dataOf(await server.gql(QUERY, { first: 10 }));
    const nodes = data.recipients.edges.map((e: any) => e.node);
    expect(nodes).toHaveLength(5);
    const contoso = nodes.find((n: any) => n.name === "Contoso Measurement GmbH");
    expect(contoso).toMatchObject({
      kind: "INDEPENDENT_CONTROLLER",
      privacyUrl: "https://contoso.example/en/privacy",
      legitimateInterestUrl: "https://contoso.example/en/legitimate-interest",
      gvl: {
        gvlId: 8,
        tcfPurposes: [1],
        tcfLegitimateInterestPurposes: [7, 8, 9, 10],
        tcfFeatures: [1, 2],
        tcfDataDeclarations: [1, 2, 4, 8],
        retentionDays: 90,
        consentPurposes: [{ key: "functional.storage" }],
        specialPurposes: [{ key: "essential.fraud_detection" }, { key: "essential.service.security" }],
        deviceStorage: { usesCookies: true, cookieMaxAgeSeconds: 7776000, cookieRefresh: false, usesNonCookieAccess: true, disclosureUrl: "https://contoso.example/tcf.json" },
        purposeRetention: [{ tcfId: 7, days: 30 }],
      },
    });
    expect(contoso.gvl.legitimateInterestPurposes.map((p: any) => p.key)).toContain("analytics.reporting.ad_performance");
    expect(contoso.gvl.dataCategories.map((c: any) => c.key)).toContain("user.location.imprecise");
  });

  it("answers null for recipients that did not come from a vendor list", async () => {
    const data = dataOf(await server.gql(`{ recipients(organization: "leanplans", first: 5) { edges { node { gvl { gvlId } privacyUrl } } } }`));
    for (const e of data.recipients.edges) expect(e.node).toEqual({ gvl: null, privacyUrl: null });
  });

  it("batches: two vendors cost as many statements as five", async () => {
    const two = await server.gql(QUERY, { first: 2 });
    const five = await server.gql(QUERY, { first: 5 });
    expect(five.statements).toBe(two.statements);
  });
});
