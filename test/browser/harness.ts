import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

// The real product in a real browser: `datamap serve` on a fresh database and Debian's Chromium, headless.

const ROOT = path.resolve(__dirname, "../..");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"];

export interface Datamap {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The first ADMIN key's token, as the first start printed it. */
  token: string;
  /** The link the first start printed: the dashboard with the token in its fragment. */
  link: string;
  dir: string;
  /** Runs a GraphQL operation with a token (the admin's unless given). */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  /** Makes another key through the public API and returns its token. */
  key(name: string, role: "VIEWER" | "EDITOR" | "ADMIN", organizations?: string[]): Promise<string>;
  stop(): Promise<void>;
}

/** Starts `datamap serve` as a user would, on a random port, and reads the first-start link it prints. */
export async function startDatamap(opts: { prepare?: (db: string) => void } = {}): Promise<Datamap> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "datamap-browser-"));
  const db = path.join(dir, "datamap.db");
  opts.prepare?.(db);
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, "bin/datamap.js"), "serve", "--db", db, "--port", "0"], {
    cwd: dir,
    env: { ...process.env, LOG_LEVEL: "warn", DATAMAP_RATE_LIMIT: "100000" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const link = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`datamap serve did not start in 60 s:\n${out}`)), 60_000);
    const onData = (c: Buffer) => {
      out += c.toString();
      const m = /open (http:\/\/\S+#token=\S+) to use the dashboard/.exec(out);
      if (m && /dashboard at /.test(out)) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`datamap serve exited ${code}:\n${out}`)));
  });
  const url = new URL(link);
  const token = decodeURIComponent(url.hash.slice("#token=".length));
  const origin = url.origin;
  const gql = async (query: string, variables: Record<string, unknown> = {}, as = token) => {
    const res = await fetch(`${origin}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${as}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  return {
    origin,
    token,
    link,
    dir,
    gql,
    async key(name, role, organizations) {
      const d = await gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }`, { input: { name, role, organizations } });
      return d.createApiKey.token as string;
    },
    async stop() {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless; fails (never skips) when it is not installed. */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}: run apt-get install -y chromium (.ci/run does)`);
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

/** Starts `datamap serve` and Chromium together, for one test file. */
export async function openSuite(opts: Parameters<typeof startDatamap>[0] = {}): Promise<{ dm: Datamap; browser: Browser }> {
  const [dm, browser] = await Promise.all([startDatamap(opts), launchBrowser()]);
  return { dm, browser };
}

/** Stops what openSuite started; either may be missing when starting failed. */
export async function closeSuite(dm: Datamap | undefined, browser: Browser | undefined): Promise<void> {
  await browser?.close();
  await dm?.stop();
}

/** A fresh page at 1280×800 that fails the test on any uncaught page error. */
export async function newPage(browser: Browser, errors: string[] = []): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(String(e)));
  return page;
}

/** Opens a dashboard path already signed in with a token (through the #token= link, as a user would). */
export async function signedIn(page: Page, dm: Datamap, pathname = "/", token = dm.token): Promise<void> {
  await page.goto(`${dm.origin}${pathname}#token=${encodeURIComponent(token)}`);
}

const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** The axe-core violations of serious or critical impact on the page as it is now. */
export async function seriousViolations(page: Page): Promise<{ id: string; impact: string; help: string; nodes: string[] }[]> {
  // Evaluated over the DevTools protocol, so the page's content policy stays as strict as users get it.
  if (!(await page.evaluate(() => "axe" in globalThis))) await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const g = globalThis as any;
    const r = await g.axe.run(g.document, { resultTypes: ["violations"] });
    return r.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n: any) => n.target.join(" ")) }));
  });
  return result.filter((v: { impact: string }) => v.impact === "serious" || v.impact === "critical");
}

/** Saves a screenshot for the README under docs/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(ROOT, "docs", "screenshots", `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
