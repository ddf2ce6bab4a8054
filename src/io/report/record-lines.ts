import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";

// Where each object of a record file (YAML or JSON: JSON is YAML too) stands, from the parser's source ranges, so a
// finding can point at the line of its subject: the entry of an activity, recipient or storage location, or the
// `organization` header for findings on the organisation itself.

/** A one-line region of a text file, 1-based, columns in UTF-16 code units, endColumn just after the last character. */
export interface Span {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface RecordLines {
  /** The organisation's slug as the file gives it; null when it gives none. */
  slug: string | null;
  /** Where the subject stands (type as findings name it, key as the record gives it); null when the file lacks it. */
  spanOf(type: string, key: string): Span | null;
}

/** The list of the record document holding each kind of subject. */
const LISTS: Record<string, string> = { ProcessingActivity: "activities", Recipient: "recipients", Location: "storageLocations" };

/** The region from an offset to the end of its line, trailing spaces left out. */
export function lineSpan(text: string, offset: number, counter: LineCounter): Span {
  const { line, col } = counter.linePos(offset);
  const eol = text.indexOf("\n", offset);
  const end = offset + text.slice(offset, eol < 0 ? text.length : eol).trimEnd().length;
  return { startLine: line, startColumn: col, endLine: line, endColumn: col + Math.max(end - offset, 1) };
}

export function recordLines(text: string): RecordLines {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  const root = doc.contents;
  const spans = new Map<string, Span>();
  const at = (node: Node | null | undefined) => (node?.range ? lineSpan(text, node.range[0], counter) : null);
  let slug: string | null = null;
  if (isMap(root)) {
    for (const pair of root.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : null;
      if (name === "organization") {
        const header = at(pair.key as Node);
        if (header) spans.set("Organization", header);
        const s = isMap(pair.value) ? pair.value.get("slug") : undefined;
        if (typeof s === "string") slug = s;
        continue;
      }
      const type = Object.keys(LISTS).find((t) => LISTS[t] === name);
      if (!type || !isSeq(pair.value)) continue;
      for (const item of pair.value.items) {
        const key = isMap(item) ? item.get("key") : undefined;
        const span = at(item as Node);
        // The first entry with a key wins, as the importer would refuse a second one anyway.
        if (typeof key === "string" && span && !spans.has(`${type}|${key}`)) spans.set(`${type}|${key}`, span);
      }
    }
  }
  return {
    slug,
    spanOf: (type, key) => (type === "Organization" ? (spans.get("Organization") ?? null) : (spans.get(`${type}|${key}`) ?? null)),
  };
}
