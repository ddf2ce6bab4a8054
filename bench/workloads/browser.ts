import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import { startServe } from "./serve";

// W8: the dashboard in Debian's headless Chromium against `datamap serve` on the 10,000-activity record.

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"];

export interface BrowserResult {
  /** Page name → median milliseconds, by the page's own clock, from navigation start to the page drawn with no panel still loading. */
  medians: Record<string, number>;
  /** The same, for the very first visit after the server started (nothing computed or cached yet). */
  cold: Record<string, number>;
}

/** Sum of the gzipped sizes of everything `npm run build` put in dist/web. */
export function bundleSize(root: string): { gzipBytes: number; files: number } {
  const dir = path.join(root, "dist", "web");
  const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.(js|css|html|svg|json)$/.test(f));
  return { gzipBytes: files.reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length, 0), files: files.length };
}

/**
 * Resolves, inside the page, with performance.now() at the first moment the page shows `ready` and its heading
 * and no panel is loading: timed by the page's own clock from navigation start, so the driver's round trips do not count.
 */
function watchScript(ready: string): string {
  return `(() => {
    const g = globalThis;
    g.__drawn = (sel) => new Promise((resolve) => {
      const done = () => { const d = g.document; return d.querySelector("main h1") && d.querySelector(sel) && !d.querySelector(".state-loading"); };
      const check = () => { if (done()) { observer.disconnect(); resolve(g.performance.now()); } };
      const observer = new g.MutationObserver(check);
      observer.observe(g.document, { childList: true, subtree: true, attributes: true });
      check();
    });
    g.__first = g.__drawn(${JSON.stringify(ready)});
  })();`;
}

async function visit(browser: Browser, origin: string, token: string, pathname: string, ready: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: watchScript(ready) });
  const page = await context.newPage();
  await page.goto(`${origin}${pathname}#token=${token}`);
  const ms = await page.evaluate(() => (globalThis as any).__first as Promise<number>, undefined);
  await context.close();
  return ms;
}

/** In-app navigation from the overview to the activities list, clicked inside the page and timed by its clock. */
async function navigateToActivities(browser: Browser, origin: string, token: string, slug: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: watchScript("main .stat") });
  const page = await context.newPage();
  await page.goto(`${origin}/o/${slug}#token=${token}`);
  await page.evaluate(() => (globalThis as any).__first);
  const ms = await page.evaluate(async () => {
    const g = globalThis as any;
    const link = [...g.document.querySelectorAll("nav a")].find((a: any) => a.textContent === "Activities");
    const started = g.performance.now();
    const drawn = g.__drawn("main table.activities-table tbody tr");
    link.click();
    return (await drawn) - started;
  });
  await context.close();
  return ms;
}

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function browserWorkload(dbFile: string, slug: string): Promise<BrowserResult> {
  const token = `dmk_${randomBytes(32).toString("base64url")}`;
  const { url, stop } = await startServe(dbFile, { DATAMAP_ADMIN_TOKEN: token, LOG_LEVEL: "warn" });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: FLAGS, headless: true });
  try {
    const origin = new URL(url).origin;
    const pages: [string, string, string][] = [
      ["overview", `/o/${slug}`, "main .stat"],
      ["data map", `/o/${slug}/map`, "main svg"],
      ["activities list", `/o/${slug}/activities`, "main table.activities-table tbody tr"],
    ];
    const cold: Record<string, number> = {};
    for (const [name, p, ready] of pages) cold[name] = await visit(browser, origin, token, p, ready);
    const medians: Record<string, number> = {};
    for (const [name, p, ready] of pages) {
      const runs: number[] = [];
      for (let i = 0; i < 5; i++) runs.push(await visit(browser, origin, token, p, ready));
      medians[name] = median(runs);
    }
    const nav: number[] = [];
    for (let i = 0; i < 5; i++) nav.push(await navigateToActivities(browser, origin, token, slug));
    medians["activities list (in-app navigation)"] = median(nav);
    return { medians, cold };
  } finally {
    await browser.close();
    await stop();
  }
}
