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
  const list = blocks.filter((b) => b.text !== "");
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
      current ??= { id: "preamble", heading: "", paragraphs: [] };
      current.paragraphs.push(block.text);
      continue;
    }
    close();
    const own = headingNumber(block.text);
    // A repeated number (two "1." lists under different headings) would make ids ambiguous: fall back to the running id.
    const id = own && !used.has(own) ? own : `s${++unnumbered}`;
    used.add(id);
    current = { id, heading: block.text, paragraphs: [] };
  }
  close();
  return { title: docTitle, sections };
}

const firstLine = (text: string) => text.split("\n")[0].trim();
