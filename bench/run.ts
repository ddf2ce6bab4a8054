// `npm run bench`: workloads on a fresh database, timed as the median of repeated runs, written to bench/RESULTS.md.
import { execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../src/db/connection";
import { SYSTEM } from "../src/graphql/context";
import { syntheticRecord } from "../src/io/synthetic";
import { seedDatabase } from "../src/io/seed/seed";
import { complianceService } from "../src/modules/compliance/compliance.service";
import { importRecord } from "../src/modules/organization/record-import.service";

interface Row {
  workload: string;
  size: string;
  median: number;
  runs: number;
  note: string;
}

function time<T>(fn: () => T): [T, number] {
  const t = process.hrtime.bigint();
  const v = fn();
  return [v, Number(process.hrtime.bigint() - t) / 1e6];
}

function median(fn: () => unknown, runs: number): number {
  fn(); // warm-up
  const times = Array.from({ length: runs }, () => time(fn)[1]).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function main(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "datamap-bench-"));
  const conn = openDatabase(path.join(dir, "bench.db"));
  const rows: Row[] = [];
  try {
    seedDatabase(conn);
    const enterprise = syntheticRecord({ slug: "enterprise", activities: 10_000, recipients: 2_000, seed: 42 });
    const [, importMs] = time(() => conn.db.transaction((tx) => importRecord(tx, enterprise)));
    rows.push({ workload: "W5 import synthetic record (with history)", size: "10,000 activities, 2,000 recipients", median: importMs, runs: 1, note: "one transaction" });

    const findings = complianceService.findings(conn.db, SYSTEM, { organization: "enterprise" });
    rows.push({
      workload: "W3 findings (target < 2,000 ms)",
      size: "10,000 activities",
      median: median(() => complianceService.findings(conn.db, SYSTEM, { organization: "enterprise" }), 3),
      runs: 3,
      note: `${findings.length} findings`,
    });
    const transfers = complianceService.transfers(conn.db, SYSTEM, "enterprise");
    rows.push({
      workload: "W3 transfers",
      size: "10,000 activities",
      median: median(() => complianceService.transfers(conn.db, SYSTEM, "enterprise"), 3),
      runs: 3,
      note: `${transfers.length} transfers`,
    });
  } finally {
    conn.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  report(rows);
}

function report(rows: Row[]): void {
  let commit = "unknown";
  try {
    commit = execSync("git rev-parse --short HEAD", { stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
  } catch {
    // Not a git checkout: the table stands without it.
  }
  const header = `| workload | size | median ms | runs | note |\n|---|---|---|---|---|`;
  const table = rows.map((r) => `| ${r.workload} | ${r.size} | ${r.median.toFixed(1)} | ${r.runs} | ${r.note} |`).join("\n");
  const md = [
    "# Benchmark results",
    "",
    `${new Date().toISOString()} · commit ${commit} · Node ${process.version} · ${os.cpus()[0]?.model ?? "unknown CPU"} × ${os.cpus().length}`,
    "",
    header,
    table,
    "",
  ].join("\n");
  console.log(md);
  fs.writeFileSync(path.join(__dirname, "RESULTS.md"), md);
}

main();
