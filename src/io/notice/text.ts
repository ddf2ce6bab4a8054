import { type Block, headingNumber, normalise } from "./blocks";

// Plain text has no markup: headings are guessed from numbering ("2.1 How we use your data") or from short
// Title Case / CAPITALS lines that stand before body text; blank lines separate paragraphs.

const BULLET = /^\s*(?:[-*•‣◦▪–]|\(?[a-z]\)|\(?[ivx]+\))\s+/i;
/** Small words a Title Case heading leaves in lower case. */
const MINOR = new Set(["a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into", "about", "we", "us", "our", "you", "your", "is", "are", "do", "how", "what", "who", "why", "when", "where", "this", "it", "its"]);
const MAX_HEADING = 90;

/** Headings and paragraphs of a plain-text notice; the first line is the title. */
export function readText(text: string): { title: string | null; blocks: Block[] } {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const start = lines.findIndex((l) => l.trim() !== "");
  if (start < 0) return { title: null, blocks: [] };
  const title = normalise(lines[start]);
  const blocks: Block[] = [{ kind: "heading", level: 1, text: title }];
  const all = groups(lines.slice(start + 1));
  all.forEach((group, i) => readGroup(group, blocks, all[i + 1]?.[0]));
  return { title, blocks };
}

/** Runs of non-blank lines. */
function groups(lines: string[]): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const line of lines) {
    if (line.trim() === "") {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(line);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** `next`: the first line of the next run of lines; a heading alone in its run needs a statement after it. */
function readGroup(group: string[], blocks: Block[], next: string | undefined): void {
  // A short Title Case line followed by another short line is an item of a list ("Names", "Phone numbers").
  const bodyFollows = (line: string) => next !== undefined && (line === line.toUpperCase() || looksLikeBody(next) || isWordHeading(next.trim()));
  let paragraph: string[] = [];
  const flush = () => {
    const text = normalise(paragraph.join(" "));
    if (text) blocks.push({ kind: "paragraph", text });
    paragraph = [];
  };
  group.forEach((raw, i) => {
    const line = raw.trim();
    if (isNumberedHeading(line) || (i === 0 && isWordHeading(line) && (group.length === 1 ? bodyFollows(line) : looksLikeBody(group[1])))) {
      flush();
      blocks.push({ kind: "heading", level: headingLevel(line), text: normalise(line) });
    } else if (BULLET.test(raw)) {
      flush();
      paragraph.push(raw.replace(BULLET, ""));
    } else paragraph.push(line);
  });
  flush();
}

function isNumberedHeading(line: string): boolean {
  const number = headingNumber(line);
  if (!number || line.length > MAX_HEADING) return false;
  // "4 Quay Street" is an address line: a single-level number needs "3." or "3)" or "Section 3" to make a heading.
  if (!number.includes(".") && !/^\d+[.)]|^(?:section\s|§)/i.test(line)) return false;
  const rest = line.replace(/^(?:section\s+|§\s*)?\S+\s*/i, "");
  // "1. We collect your name." is a numbered list item, not a heading: headings do not end a sentence.
  return /\p{L}/u.test(rest) && !/[.,;!]$/.test(rest);
}

function isWordHeading(line: string): boolean {
  if (line.length > 60 || /[.,;!]$/.test(line) || !/\p{L}{2}/u.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length > 10) return false;
  if (line === line.toUpperCase() && line !== line.toLowerCase()) return true;
  const significant = words.filter((w) => /^\p{L}/u.test(w) && !MINOR.has(w.toLowerCase()));
  return significant.length > 0 && significant.every((w) => /^\p{Lu}/u.test(w)) && /^\p{Lu}/u.test(words[0]);
}

/** A line of running text (not an address line): long, or ending a clause. */
const looksLikeBody = (line: string) => line.trim().split(/\s+/).length >= 8 || /[.:;]$/.test(line.trim());

const headingLevel = (line: string) => {
  const number = headingNumber(line);
  return number ? Math.min(6, number.split(".").length + 1) : 2;
};
