// Sentence segmentation that keeps offsets, so every quote is an exact substring of its section's text.

export interface Span {
  start: number;
  end: number;
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|inc|ltd|co|corp|no|art|mr|mrs|ms|dr|st|vs|u\.s|u\.k|approx)\.)$/i;

/** Sentences of a text: split at blank lines, line breaks and at ., ! or ? followed by space and a capital, digit or quote. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end });
  };
  let start = 0;
  const boundary = /\n+|[.!?]+["”’)]?(?=\s+["“‘(]?[A-Z0-9•·-])/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] !== "\n" && ABBREVIATIONS.test(text.slice(Math.max(start, m.index - 8), m.index + 1))) continue;
    push(start, m[0][0] === "\n" ? m.index : end);
    start = end;
  }
  push(start, text.length);
  return out;
}
