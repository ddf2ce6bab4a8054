import type { Citation } from "../record";
import type { NoticeDocument } from "./document";
import type { CompiledDraftLexicon, SectionRole } from "./draft-lexicon";
import type { Mention } from "./mentions";
import { sentences } from "./sentences";

// The notice as the drafter walks it: paragraphs with the part their section plays, grouped under the short
// heading-like lines inside a section ("Payment data", "Information automatically collected"), with their sentences.

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export interface Paragraph {
  /** Position in the whole notice, from 0. */
  index: number;
  section: string;
  /** The section's heading without its numbering ("" for the preamble and numbered clauses). */
  heading: string;
  role: SectionRole;
  /** Paragraphs of one section under the same heading-like line share a group. */
  group: number;
  start: number;
  end: number;
  text: string;
  /** A short line that names what follows ("Payment Data."), not a statement. */
  headingLike: boolean;
  sentences: Sentence[];
}

/** The role of a heading: the first role whose pattern matches, OTHER when none does. */
export function roleOf(heading: string, lex: CompiledDraftLexicon): SectionRole {
  return lex.roles.find((r) => r.pattern.test(heading))?.role ?? "OTHER";
}

const SHORT_WORDS = 7;

/** A short line: a few words, without the punctuation of a statement (or a few capitalised words and a full stop). */
function isShort(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > SHORT_WORDS || text.includes("\n")) return false;
  if (!/[.!?:;]$/.test(text)) return true;
  return /\.$/.test(text) && words.length <= 4 && words.every((w) => /^[A-Z0-9&(]/.test(w));
}

/** A short line that introduces a statement; short lines in a row, or after a colon, are the items of a list. */
function isHeadingLike(prev: string | undefined, text: string, next: string | undefined): boolean {
  return isShort(text) && next !== undefined && !isShort(next) && !(prev && (prev.endsWith(":") || isShort(prev)));
}

/** Every paragraph of the notice, in order. A numbered clause (2.1, heading "2.1") takes the role of its parent section. */
export function paragraphsOf(doc: NoticeDocument, lex: CompiledDraftLexicon): Paragraph[] {
  const roles = new Map<string, SectionRole>();
  const out: Paragraph[] = [];
  let group = 0;
  for (const section of doc.sections) {
    const parent = section.id.includes(".") ? roles.get(section.id.slice(0, section.id.lastIndexOf("."))) : undefined;
    const own = section.heading === "" || section.heading === section.id ? "OTHER" : roleOf(section.heading, lex);
    const role = own === "OTHER" && parent ? parent : own;
    roles.set(section.id, role);
    group++;
    const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
    const blocks: { text: string; start: number }[] = [];
    for (let m = re.exec(section.text); m; m = re.exec(section.text)) {
      const text = m[0].trim();
      if (text) blocks.push({ text, start: m.index + m[0].indexOf(text) });
    }
    for (const [i, { text, start }] of blocks.entries()) {
      const headingLike = isHeadingLike(blocks[i - 1]?.text, text, blocks[i + 1]?.text);
      if (headingLike) group++;
      const spans = sentences(text).map((s) => ({ start: start + s.start, end: start + s.end, text: text.slice(s.start, s.end) }));
      const heading = section.heading === section.id ? "" : section.heading.replace(/^\s*(?:section\s+)?\d+(?:\.\d+)*\.?\s*/i, "");
      out.push({ index: out.length, section: section.id, heading, role, group, start, end: start + text.length, text, headingLike, sentences: spans });
    }
  }
  return out;
}

/** Every sentence of the paragraphs, with its paragraph. */
export const sentencesOf = (ps: Paragraph[]) => ps.flatMap((p) => p.sentences.map((s) => ({ p, s })));

/** Finds the paragraph and sentence of a mention. */
export class Locator {
  private bySection = new Map<string, Paragraph[]>();
  constructor(readonly paragraphs: Paragraph[]) {
    for (const p of paragraphs) this.bySection.set(p.section, [...(this.bySection.get(p.section) ?? []), p]);
  }
  paragraphOf(m: Mention): Paragraph | undefined {
    return this.bySection.get(m.section)?.find((p) => m.at >= p.start && m.at < p.end);
  }
  sentenceOf(m: Mention): Sentence | undefined {
    return this.paragraphOf(m)?.sentences.find((s) => m.at >= s.start && m.at < s.end);
  }
  group(g: number): Paragraph[] {
    return this.paragraphs.filter((p) => p.group === g);
  }
}

/** A kebab-case key from a name, at most `max` characters, cut at a word. */
export function kebab(name: string, max = 48): string {
  const k = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (k.length <= max) return k || "item";
  const cut = k.slice(0, max);
  return cut.slice(0, cut.lastIndexOf("-") > 10 ? cut.lastIndexOf("-") : max).replace(/-+$/, "");
}

/** A key not yet used: the base, else base-2, base-3… */
export function uniqueKey(base: string, used: Set<string>): string {
  let key = base;
  for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
  used.add(key);
  return key;
}

export const stated = (section: string, note?: string): Citation => ({ document: 0, section, basis: "STATED", note: note ?? null });
export const inferred = (section: string, note: string): Citation => ({ document: 0, section, basis: "INFERRED", note });

/** Citations without repeats (same section, basis and note). */
export function distinct(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const k = `${c.section}|${c.basis}|${c.note ?? ""}`;
    return !seen.has(k) && !!seen.add(k);
  });
}

/** Text cut to at most `max` characters at a word, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2))}…`;
}

/** The country codes named in a sentence, in order, without the "China" of "Hong Kong, China". */
export function countriesIn(text: string, lex: CompiledDraftLexicon): { code: string; at: number; name: string }[] {
  const found: { code: string; at: number; name: string }[] = [];
  lex.country.lastIndex = 0;
  for (let m = lex.country.exec(text); m; m = lex.country.exec(text)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    found.push({ code: lex.countryCodes[group - 1], at: m.index, name: m[0] });
  }
  return found.filter((c, i) => {
    const before = found[i - 1];
    const joined = before && /^,\s*$/.test(text.slice(before.at + before.name.length, c.at));
    return !(joined && lex.territorySuffix[before.code] === c.code);
  });
}
