import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authService } from "../../src/modules/auth/auth.service";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// GET /export/<slug>/<format> with authentication on: headers, bodies, scope and errors.
let s: TestServer;
let base: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  s = await startTestServer({
    security: { auth: "on" },
    prepare: (conn) =>
      conn.db.transaction((tx) => {
        tokens.admin = authService.create(tx, { name: "admin", role: "ADMIN" }).token;
        tokens.viewer = authService.create(tx, { name: "viewer", role: "VIEWER" }).token;
        tokens.leanplans = authService.create(tx, { name: "leanplans-viewer", role: "VIEWER", organizations: ["leanplans"] }).token;
      }),
  });
  base = s.url.replace(/\/graphql$/, "");
});
afterAll(() => s.close());

const get = (path: string, token?: string, method = "GET") => fetch(base + path, { method, headers: token ? { authorization: `Bearer ${token}` } : {} });

const TYPES: Record<string, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  html: "text/html; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  json: "application/json",
  jsonld: "application/ld+json",
  sarif: "application/sarif+json",
};

describe("GET /export/<slug>/<format>", () => {
  for (const [format, type] of Object.entries(TYPES)) {
    it(`downloads landups as ${format} with the right headers`, async () => {
      const r = await get(`/export/landups/${format}`, tokens.viewer);
      expect(r.status).toBe(200);
      expect(r.headers.get("content-type")).toBe(type);
      expect(r.headers.get("content-disposition")).toBe(`attachment; filename="landups-${format === "sarif" ? "findings.sarif" : `ropa.${format}`}"`);
      expect(r.headers.get("cache-control")).toBe("no-store");
      const body = Buffer.from(await r.arrayBuffer());
      expect(body.length).toBeGreaterThan(100);
      if (format === "json") expect(JSON.parse(body.toString("utf8")).organization.slug).toBe("landups");
      if (format === "sarif") expect(JSON.parse(body.toString("utf8")).runs[0].results.some((x: any) => /PIPL/.test(JSON.stringify(x)))).toBe(true);
    });
  }

  it("serves an XLSX that opens and has a row per activity", async () => {
    const r = await get("/export/landups/xlsx", tokens.viewer);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await r.arrayBuffer()) as never);
    const total = dataOf(await s.gql(`{ organization(slug: "landups") { processingActivities { totalCount } } }`, {}, tokens.admin)).organization.processingActivities.totalCount;
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Record of processing", "Recipients", "Transfers", "Findings"]);
    expect(wb.worksheets[0].actualRowCount).toBeGreaterThanOrEqual(total);
  });

  it("reads the record as of an instant, and the processor's record on request", async () => {
    const before = new Date().toISOString();
    const o = dataOf(await s.gql(`{ organization(slug: "leanplans") { id version } }`, {}, tokens.admin)).organization;
    await new Promise((r) => setTimeout(r, 5));
    dataOf(await s.gql(`mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, expectedVersion: $v, input: { name: "LeanPlans Renamed" }) { organization { id } } }`, { id: o.id, v: o.version }, tokens.admin));
    const now = await (await get("/export/leanplans/json", tokens.admin)).json() as any;
    const then = await (await get(`/export/leanplans/json?asOf=${encodeURIComponent(before)}`, tokens.admin)).json() as any;
    expect(now.organization.name).toBe("LeanPlans Renamed");
    expect(then.organization.name).not.toBe("LeanPlans Renamed");
    const controller = await (await get("/export/leanplans/csv", tokens.admin)).text();
    const processor = await (await get("/export/leanplans/csv?processor=true", tokens.admin)).text();
    expect(processor).not.toBe(controller);
  });

  it("gives a key scoped to leanplans 200 for leanplans and, for landups, exactly the 404 of a missing slug", async () => {
    expect((await get("/export/leanplans/csv", tokens.leanplans)).status).toBe(200);
    const other = await get("/export/landups/csv", tokens.leanplans);
    const missing = await get("/export/nope/csv", tokens.leanplans);
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    const [a, b] = [(await other.json()) as any, (await missing.json()) as any];
    expect(a.errors[0].extensions.code).toBe("NOT_FOUND");
    expect(a.errors[0].message.replace("landups", "X")).toBe(b.errors[0].message.replace("nope", "X"));
  });

  it("rejects an unknown format or a bad asOf with 400, naming the value and what was expected", async () => {
    const r = await get("/export/landups/pdf", tokens.viewer);
    expect(r.status).toBe(400);
    const body = (await r.json()) as any;
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors[0].message).toContain('"pdf"');
    expect(body.errors[0].message).toContain("xlsx, csv, md, html, json, jsonld, sarif");
    const bad = await get("/export/landups/csv?asOf=yesterday", tokens.viewer);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].message).toMatch(/^asOf: "yesterday"/);
  });

  it("asks for a key (401) and allows only GET (405)", async () => {
    expect((await get("/export/landups/csv")).status).toBe(401);
    const wrong = await get("/export/landups/csv", "dmk_not-a-real-token-at-all-000000000000");
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as any).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const post = await get("/export/landups/csv", tokens.admin, "POST");
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET");
  });
});
