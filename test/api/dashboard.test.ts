import { execFileSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";

// The dashboard is served at / from the built files, every page path opens it, and it loads nothing from elsewhere.
let s: TestServer;
let origin: string;
beforeAll(async () => {
  s = await startTestServer();
  origin = new URL(s.url).origin;
});
afterAll(() => s.close());

const html = (p: string) => fetch(new URL(p, origin), { headers: { accept: "text/html" } });

describe("the dashboard's files", () => {
  it("serves the page at / with a strict content policy, and every asset it names", async () => {
    const page = await html("/");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    const body = await page.text();
    expect(body).toContain('<div id="root">');
    expect(body).not.toMatch(/(?:src|href)="https?:/);
    const assets = body.match(/(?:src|href)="([^"]+)"/g)!.map((m) => m.split('"')[1]);
    expect(assets.some((a) => a.endsWith(".js"))).toBe(true);
    for (const a of assets) {
      const r = await fetch(new URL(a, origin));
      expect(r.status, a).toBe(200);
      if (a.startsWith("/assets/")) expect(r.headers.get("cache-control")).toContain("immutable");
    }
  });

  it("answers a deep link with the same page, so a colleague can open it", async () => {
    const deep = await html("/o/landups/findings?asOf=2026-01-01");
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe(await (await html("/")).text());
  });

  it("hands out no file outside its folder and keeps the JSON 404 for API clients", async () => {
    expect((await fetch(new URL("/assets/..%2F..%2Fpackage.json", origin))).status).toBe(404);
    expect((await fetch(new URL("/assets/.hidden.js", origin))).status).toBe(404);
    const api = await fetch(new URL("/o/landups", origin), { headers: { accept: "application/json" } });
    expect(api.status).toBe(404);
    expect(((await api.json()) as any).errors[0].extensions.code).toBe("NOT_FOUND");
  });
});

describe("the dashboard's types", () => {
  it("are generated from the committed schema and operations (npm run codegen)", () => {
    const root = path.resolve(__dirname, "../..");
    // --check exits non-zero when the generated file would change.
    execFileSync(process.execPath, [path.join(root, "node_modules/@graphql-codegen/cli/cjs/bin.js"), "--config", "codegen.yml", "--check"], { cwd: root, stdio: "pipe" });
  });
});
