import { execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";

export interface Row {
  workload: string;
  /** Milliseconds through the real stack (median unless the note says otherwise). */
  stack: number;
  /** Milliseconds for the hand-written baseline of the same answer, where there is one. */
  baseline?: number;
  /** SQL statements one request ran. */
  statements?: number;
  note?: string;
}

const RESULTS_START = "<!-- results -->";
const RESULTS_END = "<!-- /results -->";

/** Prints the table and replaces the results block of bench/RESULTS.md, keeping the history of what was tried. */
export function writeResults(rows: Row[], file: string): void {
  let commit = "unknown";
  try {
    commit = execSync("git rev-parse --short HEAD", { stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
  } catch {
    // Not a git checkout: the table stands without it.
  }
  const lines = rows.map(
    (r) =>
      `| ${r.workload} | ${r.stack.toFixed(2)} | ${r.baseline !== undefined ? r.baseline.toFixed(2) : "—"} | ${r.baseline ? (r.stack / r.baseline).toFixed(2) + "×" : "—"} | ${r.statements ?? "—"} | ${r.note ?? ""} |`,
  );
  const block = [
    RESULTS_START,
    `${new Date().toISOString()} · commit ${commit} · Node ${process.version} · ${os.cpus()[0]?.model ?? "unknown CPU"} × ${os.cpus().length}`,
    "",
    "| workload | stack ms | baseline ms | ratio | SQL statements | note |",
    "|---|---|---|---|---|---|",
    ...lines,
    RESULTS_END,
  ].join("\n");
  console.log(block);
  const old = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const start = old.indexOf(RESULTS_START);
  const end = old.indexOf(RESULTS_END);
  const next =
    start >= 0 && end > start
      ? old.slice(0, start) + block + old.slice(end + RESULTS_END.length)
      : `# Benchmark results\n\nWritten by \`npm run bench\`. Medians after a warm-up; the ratio is stack ÷ baseline in the same run.\n\n${block}\n\n## What was tried\n`;
  fs.writeFileSync(file, next);
}
