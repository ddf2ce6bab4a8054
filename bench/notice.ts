import fs from "node:fs";
import path from "node:path";
import { execSync } from "node:child_process";
import { TRANSPARENCY_ITEMS, type TransparencyItem } from "../src/domain/notice/document";
import { findCategories } from "../src/domain/notice/categories";
import { detectItems } from "../src/domain/notice/items";
import { readCategoryTerms } from "../src/io/seed/notice-category-terms";
import { readNoticeLexicon } from "../src/io/seed/notice-lexicon";
import { convert, type Passage } from "./notice/convert";

// `npm run bench:notice`: scores detectItems on the annotated notices of ../shared/notices/dev (or $DATAMAP_NOTICES).
// Those notices are GPL-3.0 measurement data outside the repository; without them the bench says so and exits 0.

const dir = process.env.DATAMAP_NOTICES ? path.resolve(process.env.DATAMAP_NOTICES) : path.resolve(__dirname, "../../shared/notices/dev");
if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
  console.log(`bench:notice: no annotated notices at ${dir}; set DATAMAP_NOTICES to a directory of annotated JSON notices to run it. Nothing measured.`);
  process.exit(0);
}
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
if (files.length === 0) {
  console.log(`bench:notice: ${dir} holds no .json notices. Nothing measured.`);
  process.exit(0);
}

const lexicon = readNoticeLexicon();
const categoryTerms = readCategoryTerms();
// Span-level data-category mentions (src/domain/notice/categories.ts), negated ones included: a denial still names the category.
const spanRow = { gold: 0, recalled: 0, quotes: 0, quotesOnGold: 0 };
const counts = new Map<TransparencyItem, { tp: number; fp: number; fn: number; occurs: number }>(TRANSPARENCY_ITEMS.map((i) => [i, { tp: 0, fp: 0, fn: 0, occurs: 0 }]));
const MENTION_ITEMS: TransparencyItem[] = ["DATA_CATEGORIES", "RECIPIENTS", "PURPOSES"];
const mention = new Map(MENTION_ITEMS.map((i) => [i, { gold: 0, recalled: 0, quotes: 0, quotesOnGold: 0 }]));
let unlocated = 0;
let worstMs = 0;

for (const file of files) {
  let passages: Passage[];
  try {
    passages = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Passage[];
  } catch (err) {
    console.log(`bench:notice: skipping ${file}: ${(err as Error).message}`);
    continue;
  }
  const gold = convert(passages);
  unlocated += gold.unlocated;
  const t0 = performance.now();
  const findings = detectItems(gold.doc, lexicon);
  const categoryMentions = findCategories(gold.doc, categoryTerms);
  worstMs = Math.max(worstMs, performance.now() - t0);
  for (const f of findings) {
    const c = counts.get(f.item)!;
    const inGold = gold.present.has(f.item);
    if (inGold) c.occurs++;
    if (f.present && inGold) c.tp++;
    else if (f.present) c.fp++;
    else if (inGold) c.fn++;
  }
  // Where each quote sits: every occurrence in its section counts, since a quote is located by its text.
  const text = new Map(gold.doc.sections.map((s) => [s.id, s.text]));
  for (const item of MENTION_ITEMS) {
    const spans: { section: string; start: number; end: number }[] = [];
    for (const e of findings.find((f) => f.item === item)!.evidence) {
      const t = text.get(e.section)!;
      for (let at = t.indexOf(e.quote); at >= 0; at = t.indexOf(e.quote, at + 1)) spans.push({ section: e.section, start: at, end: at + e.quote.length });
    }
    const golds = gold.mentions.filter((m) => m.item === item);
    const overlaps = (a: { section: string; start: number; end: number }, b: typeof a) => a.section === b.section && a.start < b.end && b.start < a.end;
    const m = mention.get(item)!;
    m.gold += golds.length;
    m.recalled += golds.filter((g) => spans.some((s) => overlaps(g, s))).length;
    m.quotes += spans.length;
    m.quotesOnGold += spans.filter((s) => golds.some((g) => overlaps(g, s))).length;
  }
  {
    const spans: { section: string; start: number; end: number }[] = [];
    // A mention is located by its section and its place among equal phrases there (mentions come in text order).
    const seen = new Map<string, number>();
    for (const c of categoryMentions) {
      const t = text.get(c.section)!;
      const id = `${c.section}\u0000${c.quote}`;
      const at = t.indexOf(c.quote, seen.get(id) ?? 0);
      seen.set(id, at + 1);
      spans.push({ section: c.section, start: at, end: at + c.quote.length });
    }
    const golds = gold.mentions.filter((m) => m.item === "DATA_CATEGORIES");
    const overlaps = (a: { section: string; start: number; end: number }, b: typeof a) => a.section === b.section && a.start < b.end && b.start < a.end;
    spanRow.gold += golds.length;
    spanRow.recalled += golds.filter((g) => spans.some((s) => overlaps(g, s))).length;
    spanRow.quotes += spans.length;
    spanRow.quotesOnGold += spans.filter((s) => golds.some((g) => overlaps(g, s))).length;
  }
}

const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);
const f1 = (p: number, r: number) => (p + r === 0 || Number.isNaN(p) || Number.isNaN(r) ? 0 : (2 * p * r) / (p + r));
const fmt = (x: number) => (Number.isNaN(x) ? "—" : x.toFixed(2));
let tp = 0, fp = 0, fn = 0;
const itemRows: string[] = [];
const belowTarget: string[] = [];
for (const item of TRANSPARENCY_ITEMS) {
  const c = counts.get(item)!;
  tp += c.tp; fp += c.fp; fn += c.fn;
  const p = ratio(c.tp, c.tp + c.fp), r = ratio(c.tp, c.tp + c.fn), f = c.occurs === 0 && c.fp === 0 ? NaN : f1(p, r);
  if (c.occurs >= 20 && !(f >= 0.6)) belowTarget.push(item);
  itemRows.push(`| ${item} | ${c.occurs} | ${c.tp} | ${c.fp} | ${c.fn} | ${fmt(p)} | ${fmt(r)} | ${fmt(f)} |`);
}
const microP = ratio(tp, tp + fp), microR = ratio(tp, tp + fn), microF = f1(microP, microR);
let commit = "unknown";
try {
  commit = execSync("git rev-parse --short HEAD", { stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
} catch {
  // Not a git checkout: the figures stand without it.
}
const block = [
  "<!-- results -->",
  `${new Date().toISOString()} · commit ${commit} · Node ${process.version} · ${files.length} notices from ${path.basename(path.dirname(dir))}/${path.basename(dir)}`,
  "",
  `**Item presence, micro over all items: precision ${fmt(microP)}, recall ${fmt(microR)}, F1 ${fmt(microF)}** (target ≥ 0.85) · items below F1 0.6 among those in ≥ 20 notices: ${belowTarget.length ? belowTarget.join(", ") : "none"} · slowest notice ${worstMs.toFixed(1)} ms`,
  "",
  "| item | notices | TP | FP | FN | precision | recall | F1 |",
  "|---|---|---|---|---|---|---|---|",
  ...itemRows,
  "",
  "Mentions (an annotated span is recalled when an evidence quote of its item overlaps it in the same passage; precision is the share of quotes that overlap some annotated span of the item):",
  "",
  "| mentions | annotated | recalled | recall | quotes | quote precision |",
  "|---|---|---|---|---|---|",
  ...MENTION_ITEMS.map((i) => {
    const m = mention.get(i)!;
    return `| ${i} | ${m.gold} | ${m.recalled} | ${fmt(ratio(m.recalled, m.gold))} | ${m.quotes} | ${fmt(ratio(m.quotesOnGold, m.quotes))} |`;
  }),
  `| DATA_CATEGORIES spans | ${spanRow.gold} | ${spanRow.recalled} | ${fmt(ratio(spanRow.recalled, spanRow.gold))} | ${spanRow.quotes} | ${fmt(ratio(spanRow.quotesOnGold, spanRow.quotes))} |`,
  "",
  "The \"DATA_CATEGORIES spans\" row scores the phrases of findCategories (src/domain/notice/categories.ts) instead of sentence quotes (target: recall ≥ 0.75 at precision ≥ 0.8).",
  "",
  `${unlocated} annotated values could not be located in their passage and are left out of the mention figures.`,
  "<!-- /results -->",
].join("\n");
console.log(block);

const out = path.join(__dirname, "NOTICE-RESULTS.md");
const header = "# Notice analysis benchmark\n\nWritten by `npm run bench:notice`: GDPR Art 13/14 item detection (src/domain/notice/items.ts) scored on annotated notices.\n\n";
const old = fs.existsSync(out) ? fs.readFileSync(out, "utf8") : header + "<!-- results -->\n<!-- /results -->\n\n## What was tried\n";
const start = old.indexOf("<!-- results -->"), end = old.indexOf("<!-- /results -->");
fs.writeFileSync(out, start >= 0 && end > start ? old.slice(0, start) + block + old.slice(end + "<!-- /results -->".length) : header + block + "\n" + old);
