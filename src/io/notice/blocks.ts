import type { NoticeDocument, NoticeSection } from "../../domain/notice/document";

/** What each format reader produces: headings and paragraphs in document order, text already normalised. */
export type Block = { kind: "heading"; level: number; text: string } | { kind: "paragraph"; text: string };

/** Collapses every run of whitespace (including no-break spaces) to one space, so quotes match across formats. */
export const normalise = (text: string): string => text.replace(/[\s\u200b\ufeff]+/g, " ").trim();

// "2.1 How we use", "3. Sharing", "Section 7.3 Rights": the notice's own numbering, up to three digits a part (not years).
const NUMBERING = /^(?:section\s+|§\s*)?(\d{1,3}(?:\.\d{1,3})*)\.?(?=[\s)]|$)/i;

/** The heading's own number ("2.1"), or null when it has none. */
export function headingNumber(heading: string): string | null {
  return NUMBERING.exec(heading)?.[1] ?? null;
}

/**
 * Sections from blocks: text before the first heading is the preamble, each heading starts a section.
 * A leading heading that is the title is not a section of its own, so the text under it is the preamble.
 */
export function toDocument(blocks: Block[], title: string | null): NoticeDocument {
  const { list, numberOf } = foldContents(blocks.filter((b) => b.text !== ""));
  const first = list[0];
  const docTitle = title ?? (first ? firstLine(first.text) : "");
  if (first?.kind === "heading" && first.text === docTitle && !headingNumber(first.text)) list.shift();

  const sections: NoticeSection[] = [];
  const used = new Set<string>();
  let unnumbered = 0;
  let current: { id: string; heading: string; paragraphs: string[] } | null = null;
  const close = () => {
    if (current && (current.heading !== "" || current.paragraphs.length)) sections.push({ id: current.id, heading: current.heading, text: current.paragraphs.join("\n\n") });
  };
  for (const block of list) {
    if (block.kind === "paragraph") {
      // "2.1 In order to …" under "2. Collection": a numbered clause is a section of its own, as the notice numbers it.
      const clause: string | null = current ? headingNumber(block.text) : null;
      if (current && clause && clause.startsWith(`${current.id.split(".")[0]}.`) && clause !== current.id && !used.has(clause)) {
        close();
        used.add(clause);
        current = { id: clause, heading: clause, paragraphs: [] };
      }
      current ??= { id: "preamble", heading: "", paragraphs: [] };
      current.paragraphs.push(block.text);
      continue;
    }
    close();
    const own = numberOf(block.text) ?? headingNumber(block.text);
    // A repeated number (two "1." lists under different headings) would make ids ambiguous: fall back to the running id.
    const id = own && !used.has(own) ? own : `s${++unnumbered}`;
    used.add(id);
    current = { id, heading: block.text, paragraphs: [] };
  }
  close();
  return { title: docTitle, sections };
}

const firstLine = (text: string) => text.split("\n")[0].trim();

/** A heading without its number, case or punctuation: how a table of contents entry and its section are matched. */
const bare = (heading: string) => heading.replace(NUMBERING, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** Word overlap of two bare headings (Jaccard): a contents entry and its heading may differ by a word. */
function overlap(a: string, b: string): number {
  const x = new Set(a.split(" ")), y = new Set(b.split(" "));
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / (x.size + y.size - shared);
}

/**
 * A table of contents is a run of three or more headings with no text between them, most of which come back later
 * as the headings of sections: its entries become text of the section before them (they are no sections), and the
 * numbers they give are kept for the sections they name, which saved pages often lose ("1." before every heading).
 */
function foldContents(list: Block[]): { list: Block[]; numberOf: (heading: string) => string | null } {
  const toc: { bare: string; n: string }[] = [];
  const out: Block[] = [];
  for (let i = 0; i < list.length; i++) {
    // The run ends where the text starts, or where a heading comes back: the first section's own heading.
    const seen = new Set<string>();
    let j = i;
    while (j < list.length && list[j].kind === "heading" && !seen.has(bare(list[j].text))) seen.add(bare(list[j++].text));
    const run = list.slice(i, j);
    const later = list.slice(j).filter((b) => b.kind === "heading").map((b) => bare(b.text));
    const comesBack = (e: Block) => later.some((l) => overlap(l, bare(e.text)) >= 0.75);
    const entries = run.filter(comesBack);
    if (run.length < 3 || entries.length < 3 || entries.length * 2 < run.length) {
      out.push(list[i]);
      continue;
    }
    // A first heading that is no entry is the contents' own title ("TABLE OF CONTENTS"): it stays a heading.
    run.forEach((e, k) => {
      if (k === 0 && !comesBack(e)) return void out.push(e);
      const n = headingNumber(e.text);
      if (n) toc.push({ bare: bare(e.text), n });
      out.push({ kind: "paragraph", text: e.text });
    });
    i = j - 1;
  }
  const numberOf = (heading: string) => {
    const b = bare(heading);
    const best = toc.map((t) => ({ t, score: overlap(t.bare, b) })).sort((x, y) => y.score - x.score)[0];
    return best && best.score >= 0.75 ? best.t.n : null;
  };
  return { list: out, numberOf };
}
