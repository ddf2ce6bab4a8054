// `npm run bench`: every workload on a fresh database, through the real stack and, where there is one,
// through a hand-written SQL baseline in the same process; medians after a warm-up; written to bench/RESULTS.md.
import "./production";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../src/db/connection";
import { SYSTEM } from "../src/modules/context";
import { seedDatabase } from "../src/io/seed/seed";
import { syntheticRecord } from "../src/io/synthetic";
import { activityWriteService } from "../src/modules/activity/activity.write.service";
import { complianceService } from "../src/modules/compliance/compliance.service";
import { transferService } from "../src/modules/compliance/transfer.service";
import { importRecord, SEED_ACTOR } from "../src/modules/record/record.write";
import { W1_QUERY, w1Baseline } from "./workloads/dashboard-page";
import { inProcessStack } from "./workloads/stack";
import { xlsxExport } from "./workloads/export";
import { httpWorkload } from "./workloads/http";
import { browserWorkload, bundleSize } from "./workloads/browser";
import { writeResults, type Row } from "./report";

const DATAMAP_QUERY = `query Map($org: String!) { dataMap(organization: $org) { nodes { id kind label detail } edges { from to kind dataCategories } } }`;

function timed<T>(fn: () => T): [T, number] {
  const t = process.hrtime.bigint();
  const v = fn();
  return [v, Number(process.hrtime.bigint() - t) / 1e6];
}

/** Median of `runs` timed calls after `warmup` untimed ones (enough for V8 to have optimised the hot paths). */
async function median(fn: () => unknown, runs: number, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "datamap-bench-"));
  const dbFile = path.join(dir, "bench.db");
  const conn = openDatabase(dbFile);
  const rows: Row[] = [];
  try {
    seedDatabase(conn);
    let enterprise: ReturnType<typeof syntheticRecord> | undefined = syntheticRecord({ slug: "enterprise", activities: 10_000, recipients: 2_000, seed: 42 });
    const [, importMs] = timed(() => conn.db.transaction((tx) => importRecord(tx, enterprise!, { actor: SEED_ACTOR })));
    // Let go of the record and collect it (needs --expose-gc): its 10,000 activities would otherwise weigh on
    // every garbage collection of the read workloads.
    enterprise = undefined;
    (globalThis as { gc?: () => void }).gc?.();
    rows.push({
      workload: "W5 import 10,000 activities, 2,000 recipients (with history)",
      stack: importMs,
      note: `one transaction, through the write services · peak RSS of the importing process ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
    });
    try {
      // Present only where the shared reference folder is (developers and CI); users skip it.
      const { gvlImport } = await import("./workloads/gvl" as string);
      const g = await gvlImport(conn.db);
      if (g) rows.push({ workload: `W5 import IAB vendor list (${g.vendors} vendors; target < 3,000 ms)`, stack: g.ms, note: `second import changed ${g.secondRunChanges}` });
    } catch (err) {
      if ((err as { code?: string }).code !== "MODULE_NOT_FOUND" && !String(err).includes("Cannot find module")) throw err;
    }

    const stack = await inProcessStack(conn);
    await stack.run(W1_QUERY, { org: "enterprise", first: 100 }); // the first request also fills the reference cache
    const page = await stack.run(W1_QUERY, { org: "enterprise", first: 100 });
    const base = JSON.stringify(w1Baseline(conn.sqlite, "enterprise", 100));
    if (page.json !== base) throw new Error("W1: the stack and the baseline disagree; fix the baseline before timing it");
    rows.push({
      workload: "W1 dashboard page, 100 activities (target ≤ 2× baseline)",
      stack: await median(() => stack.run(W1_QUERY, { org: "enterprise", first: 100 }), 200, 50),
      baseline: await median(() => JSON.stringify(w1Baseline(conn.sqlite, "enterprise", 100)), 200, 50),
      statements: page.statements,
    });
    const map = await stack.run(DATAMAP_QUERY, { org: "enterprise" });
    rows.push({ workload: "W2 whole dataMap (target < 500 ms)", stack: await median(() => stack.run(DATAMAP_QUERY, { org: "enterprise" }), 5), statements: map.statements, note: `${(map.json.length / 1e6).toFixed(1)} MB of JSON` });
    await stack.stop();

    const findings = complianceService.findings(conn.db, SYSTEM, { organization: "enterprise" });
    // An instant (even "now") is never memoised: it times the judgement itself; the live call after a first one is the memo.
    const now = () => ({ organization: "enterprise", asOf: new Date(Date.now() + 86_400_000) });
    rows.push({ workload: "W3 findings, computed (target < 2,000 ms)", stack: await median(() => complianceService.findings(conn.db, SYSTEM, now()), 3), note: `${findings.length} findings` });
    rows.push({ workload: "W3 findings, live again before any write (memo)", stack: await median(() => complianceService.findings(conn.db, SYSTEM, { organization: "enterprise" }), 5), note: "per organisation until the change stamp moves" });
    const transfers = transferService.transfers(conn.db, SYSTEM, { organization: "enterprise" });
    rows.push({ workload: "W3 transfers, computed", stack: await median(() => transferService.transfers(conn.db, SYSTEM, now()), 3), note: `${transfers.length} transfers` });
    rows.push({ workload: "W3 transfers, live again before any write (memo)", stack: await median(() => transferService.transfers(conn.db, SYSTEM, { organization: "enterprise" }), 5) });

    const target = conn.sqlite.prepare("select id, version from processing_activities where key = 'activity-1'").get() as { id: number; version: number };
    let version = target.version;
    const n = 1000;
    const [, writeMs] = timed(() => {
      for (let i = 0; i < n; i++) {
        conn.db.transaction((tx) => activityWriteService.update(tx, target.id, version, { description: `edit ${i}` }, "bench"), { behavior: "immediate" });
        version++;
      }
    });
    rows.push({ workload: "W6 single-activity updates with history (target > 1,000/s)", stack: writeMs / n, note: `${Math.round((n * 1000) / writeMs)} updates/s` });

    const x = await xlsxExport(conn.db, "enterprise");
    rows.push({
      workload: "W4 RoPA export to XLSX (one run)",
      stack: x.buildMs + x.renderMs,
      note: `${x.rows} rows over three sheets, ${(x.bytes / 1e6).toFixed(1)} MB · building the record ${Math.round(x.buildMs)} ms, writing the workbook ${Math.round(x.renderMs)} ms`,
    });

    // W8 needs Chromium (apt-get install -y chromium); without it the row says so and the rest still runs.
    const web = fs.existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium") ? await browserWorkload(dbFile, "enterprise") : null;
    if (!web) rows.push({ workload: "W8 dashboard in headless Chromium", stack: 0, note: "not run: Chromium is not installed" });
    for (const [name, ms] of Object.entries(web?.medians ?? {})) {
      const target = name.startsWith("activities") ? 500 : 1500;
      const cold = web!.cold[name];
      rows.push({
        workload: `W8 dashboard ${name}, 10,000 activities, headless Chromium${name.includes("in-app") ? "" : ", fresh tab"} (target < ${target.toLocaleString("en")} ms)`,
        stack: ms,
        note: `by the page's clock from ${name.includes("in-app") ? "the click" : "navigation start"}, median of 5 after the server's first visit${cold !== undefined ? ` · first visit after start ${Math.round(cold)} ms` : ""}`,
      });
    }
    const size = bundleSize(path.join(__dirname, ".."));
    rows.push({ workload: "W8 built dashboard, gzipped (target < 1 MB)", stack: 0, note: `${(size.gzipBytes / 1024).toFixed(0)} KiB in ${size.files} files` });

    const body = JSON.stringify({ query: W1_QUERY, variables: { org: "enterprise", first: 100 } });
    for (const [label, env] of [
      ["every request executed (DATAMAP_RESPONSE_CACHE_MB=0)", { DATAMAP_RESPONSE_CACHE_MB: "0" }],
      ["every request executed, 2 server processes (--workers 2)", { DATAMAP_RESPONSE_CACHE_MB: "0", DATAMAP_WORKERS: "2" }],
      ["as shipped: repeated answers from the response cache", {}],
    ] as const) {
      const http = await httpWorkload(dbFile, body, env);
      rows.push({
        workload: `W7 W1 over HTTP against \`datamap serve\`, 10 connections, 10 s, ${label} (target > 500 req/s, p99 < 50 ms, server RSS < 300 MB)`,
        stack: http.p50,
        note: `${Math.round(http.requestsPerSecond)} req/s · p50 ${http.p50} ms · p99 ${http.p99} ms · ${http.non2xx} non-2xx · peak RSS per server process ${http.peakRssMb ?? "n/a"} MB`,
      });
    }
  } finally {
    conn.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  writeResults(rows, path.join(__dirname, "RESULTS.md"));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
