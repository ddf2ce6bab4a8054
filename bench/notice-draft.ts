import fs from "node:fs";
import path from "node:path";
import { recoveryRows, speedRows } from "./notice/draft-bench";

// The second half of `npm run bench:notice`: speed of the whole analysis on a 50,000-character notice (target < 2 s)
// and recovery of the seed records from their notices (target ≥ 90% of categories, recipients and purposes, no
// invented storage for Leanplans). Written into bench/NOTICE-RESULTS.md between its <!-- draft --> markers.

// Speed first, so that its first run is the one that loads the reference data.
const speed = speedRows();
const { rows } = recoveryRows();
const block = [
  "<!-- draft -->",
  `${new Date().toISOString()} · Node ${process.version}`,
  "",
  "| analysis of | first run (loads the reference data) | median of 5 after |",
  "|---|---|---|",
  ...speed,
  "",
  "Draft record against the seed record made by hand from the same notice (a key counts when the draft has it, a narrower key, or its parent when that parent has two levels; recipients by name or kind and category words):",
  "",
  "| notice | data categories | recipients | purposes | storage not in the seed | missed |",
  "|---|---|---|---|---|---|",
  ...rows,
  "<!-- /draft -->",
].join("\n");
console.log(block);
const out = path.join(__dirname, "NOTICE-RESULTS.md");
const old = fs.readFileSync(out, "utf8");
const start = old.indexOf("<!-- draft -->"), end = old.indexOf("<!-- /draft -->");
const anchor = old.indexOf("## What was tried");
fs.writeFileSync(out, start >= 0 && end > start ? old.slice(0, start) + block + old.slice(end + "<!-- /draft -->".length) : `${old.slice(0, anchor)}${block}\n\n${old.slice(anchor)}`);
