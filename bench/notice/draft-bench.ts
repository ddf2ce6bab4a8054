import fs from "node:fs";
import path from "node:path";
import { analyzeNotice } from "../../src/io/notice/analyze";
import { readRecordFile } from "../../src/io/record-file";
import { recovery, type Recovery } from "./recovery";

// The draft half of `npm run bench:notice`: how fast a long notice is analysed, and how much of each seed
// organisation's hand-made record the draft recovers from its notice. The long notice is built from the repository's
// own test notices; the seed notices are read from ../shared/policies when present, else only the repository's
// fixtures written from their facts are measured.

const root = path.resolve(__dirname, "../..");
const fixtures = path.join(root, "test", "fixtures", "notices");
const policies = process.env.DATAMAP_POLICIES ? path.resolve(process.env.DATAMAP_POLICIES) : path.resolve(root, "../shared/policies");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A plain-text notice of at least `size` characters: the fixtures' text sections, renumbered, over and over. */
function longNotice(size: number): string {
  const parts = fs.readdirSync(fixtures).filter((f) => f.endsWith(".txt")).map((f) => fs.readFileSync(path.join(fixtures, f), "utf8").split("\n").slice(1).join("\n"));
  const out = ["Long privacy notice", ""];
  for (let n = 1; out.join("\n").length < size; n++) out.push(`${n}. Part ${n}`, "", parts[n % parts.length].replace(/^\s*(\d+)\./gm, `${n}.$1`), "");
  return out.join("\n");
}

export function speedRows(): string[] {
  const text = longNotice(50_000);
  const t0 = performance.now();
  analyzeNotice(text, "long.txt");
  const cold = performance.now() - t0;
  const runs = Array.from({ length: 5 }, () => {
    const t = performance.now();
    analyzeNotice(text, "long.txt");
    return performance.now() - t;
  });
  return [`| ${text.length.toLocaleString("en")}-character notice (repository fixtures, repeated) | ${cold.toFixed(0)} ms | ${median(runs).toFixed(0)} ms |`];
}

interface Case {
  label: string;
  file: string;
  seed: string;
}

export function recoveryRows(): { rows: string[]; results: { label: string; r: Recovery }[] } {
  const cases: Case[] = [
    { label: "Landups, fixture (HTML)", file: path.join(fixtures, "landups.html"), seed: "landups" },
    { label: "Leanplans, fixture (text)", file: path.join(fixtures, "leanplans.txt"), seed: "leanplans" },
    { label: "Landups, published notice", file: path.join(policies, "landups-privacy-statement.txt"), seed: "landups" },
    { label: "Leanplans, published notice", file: path.join(policies, "leanplans-privacy-notice.txt"), seed: "leanplans" },
  ].filter((c) => fs.existsSync(c.file));
  const results = cases.map((c) => {
    const draft = analyzeNotice(fs.readFileSync(c.file), c.file).record;
    const seed = readRecordFile(path.join(root, "seeds", `${c.seed}.yaml`));
    return { label: c.label, r: recovery(draft, seed) };
  });
  const cell = (x: { found: number; of: number }) => `${x.found}/${x.of} (${x.of ? Math.round((100 * x.found) / x.of) : 100}%)`;
  const rows = results.map(({ label, r }) => `| ${label} | ${cell(r.categories)} | ${cell(r.recipients)} | ${cell(r.purposes)} | ${r.storage.invented.length ? r.storage.invented.join(", ") : "none"} | ${r.missing.slice(0, 8).join(", ") || "—"} |`);
  return { rows, results };
}
