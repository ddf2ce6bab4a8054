import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authService } from "../../src/modules/auth/auth.service";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// The `ropa` query over HTTP: the Art 30 report with named ICO columns, and the API key's scope.
let s: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  s = await startTestServer({
    security: { auth: "on" },
    prepare: (conn) =>
      conn.db.transaction((tx) => {
        tokens.admin = authService.create(tx, { name: "root", role: "ADMIN" }).token;
        tokens.landupsViewer = authService.create(tx, { name: "landups-viewer", role: "VIEWER", organizations: ["landups"] }).token;
      }),
  });
});
afterAll(() => s.close());

const ROPA = `query($org: String!, $asOf: DateTime, $processor: Boolean) {
  ropa(organization: $org, asOf: $asOf, processor: $processor) {
    kind
    header { kind title name country representative dpo controllers asOf generatedAt }
    columns { key title }
    activities { key name businessFunction purposes dataCategories transferCountries transferSafeguards retention article6 article9 rights locations dpiaRequired }
    processorActivities { key name controller processingCategories transferCountries securityMeasures }
    transfers { activityKey activity regime from to importer mechanism status }
    findings { id severity rule reference subject message remediation }
  } }`;

describe("ropa", () => {
  it("answers Landups' controller record with the ICO columns as fields", async () => {
    const { ropa } = dataOf(await s.gql(ROPA, { org: "landups" }, tokens.admin));
    expect(ropa.kind).toBe("CONTROLLER");
    expect(ropa.header).toMatchObject({ kind: "CONTROLLER", name: "Landups network", country: "China (CN)", representative: null, dpo: null, controllers: null, asOf: null });
    expect(new Date(ropa.header.generatedAt).getTime()).not.toBeNaN();
    expect(ropa.columns[0]).toEqual({ key: "name", title: "Processing activity" });
    expect(ropa.columns[1]).toEqual({ key: "businessFunction", title: "Business function" });
    expect(ropa.columns.at(-1)).toEqual({ key: "breachRecord", title: "Link to breach record" });
    expect(ropa.activities).toHaveLength(13);
    expect(ropa.processorActivities).toEqual([]);
    const registration = ropa.activities.find((a: any) => a.key === "account-registration");
    expect(registration).toMatchObject({
      name: "Account registration, management and real-name verification",
      businessFunction: null,
      purposes: "Authentication; Identity verification",
      // Its own servers in Hong Kong, and the four recipient categories 5.1 shares it with, whose country the statement never gives.
      transferCountries:
        "Hong Kong (HK); country not recorded (Affiliates); country not recorded (Third-party service providers); country not recorded (Contractors); country not recorded (Agents)",
      article9: null,
      dpiaRequired: null,
    });
    expect(registration.article6).toMatch(/^PIPL Art 13/);
    expect(ropa.transfers[0]).toMatchObject({ regime: "PIPL", from: "China (CN)", to: "Hong Kong (HK)", status: "NOT_COVERED", mechanism: null });
    expect(ropa.findings.length).toBeGreaterThan(5);
    expect(ropa.findings.map((f: any) => f.rule)).toContain("pipl-consent-by-continued-use");
  });

  it("answers the processor's record with --processor's fields", async () => {
    const { ropa } = dataOf(await s.gql(ROPA, { org: "leanplans", processor: true }, tokens.admin));
    expect(ropa.kind).toBe("PROCESSOR");
    expect(ropa.activities).toEqual([]);
    expect(ropa.header.controllers).toMatch(/^Shenzhen Leanplans Co\., Ltd, service@leanplans\.com/);
    expect(ropa.processorActivities).toHaveLength(11);
    expect(ropa.processorActivities[0].controller).toBe(ropa.header.controllers);
    expect(ropa.columns.map((c: any) => c.key)).toEqual(["name", "controller", "processingCategories", "transferCountries", "transferSafeguards", "securityMeasures"]);
  });

  it("answers null before the organisation existed, and reads a past instant", async () => {
    expect(dataOf(await s.gql(ROPA, { org: "landups", asOf: "2001-01-01T00:00:00Z" }, tokens.admin)).ropa).toBeNull();
    const { ropa } = dataOf(await s.gql(ROPA, { org: "landups", asOf: "2999-01-01T00:00:00Z" }, tokens.admin));
    expect(ropa.activities).toHaveLength(13);
    expect(new Date(ropa.header.asOf).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("keeps to the key's scope: another organisation is simply not there", async () => {
    expect(dataOf(await s.gql(ROPA, { org: "landups" }, tokens.landupsViewer)).ropa.header.name).toBe("Landups network");
    expect(dataOf(await s.gql(ROPA, { org: "leanplans" }, tokens.landupsViewer)).ropa).toBeNull();
    expect(dataOf(await s.gql(ROPA, { org: "leanplans", asOf: new Date().toISOString() }, tokens.landupsViewer)).ropa).toBeNull();
    expect(dataOf(await s.gql(ROPA, { org: "nobody" }, tokens.admin)).ropa).toBeNull();
    const anonymous = await s.gql(ROPA, { org: "landups" });
    expect(anonymous.status).toBe(401);
  });
});
