import { compileNegation } from "./lexicon";
import type { NoticeDocument } from "./document";
import type { Mention } from "./mentions";
import { sentences } from "./sentences";

// Finding phrases of a lexicon in a notice: the machinery of the purpose and recipient finders. Matching is
// case-insensitive (unless a term says otherwise), on word boundaries, leftmost then longest first; a contextual term
// counts only in a sentence matching a context pattern; a mention is negated when a negation precedes it in its clause.

/** The last word and its plural: "country" → countr(y|ies), "address" → address(es), "phone" → phones; "contacts" as written. */
function plural(w: string, word: (w: string) => string): string {
  if (/[^aeiou]y$/i.test(w)) return `${word(w.slice(0, -1))}(?:y|ies)`;
  if (/(?:ss|x|ch|sh)$/i.test(w)) return `${word(w)}(?:es)?`;
  if (/s$/i.test(w) || !/[a-z]$/i.test(w)) return word(w);
  return `${word(w)}s?`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A phrase as a pattern: spaces and hyphens interchangeable, apostrophes of either kind, the last word also plural. */
export function phrasePattern(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  const word = (w: string) => w.split("-").map((p) => escape(p).replace(/'/g, "['’]")).join("[\\s-]?");
  const last = words.length - 1;
  return words.map((w, i) => (i === last ? plural(w, word) : word(w))).join("[\\s-]+");
}

export interface PhraseTerm<T> {
  phrase: string;
  value: T;
  /** Counts only in a sentence that matches the context. */
  contextual?: boolean;
  /** Matches only as written (a vendor whose name is an ordinary word in lower case). */
  caseSensitive?: boolean;
  /** Matched, so that a shorter phrase inside it is not, but no mention ("security measures" is no purpose). */
  ignore?: boolean;
}

export interface CompiledPhrases<T> {
  pattern: RegExp;
  terms: PhraseTerm<T>[];
  context: RegExp;
  negation: RegExp;
}

/** A verb that opens a phrase in any of its regular forms: "prevent" also as prevents, prevented, preventing. */
function inflected(phrase: string): string {
  const [first, ...rest] = phrase.trim().split(/\s+/);
  const tail = rest.length ? `[\\s-]+${phrasePattern(rest.join(" "))}` : "";
  if (!/^[a-z]{3,}$/.test(first) || !rest.length) return phrasePattern(phrase);
  const forms = first.endsWith("e") ? [first, `${first}s`, `${first}d`, `${first.slice(0, -1)}ing`] : [first, `${first}s`, `${first}ed`, `${first}ing`];
  return `(?:${forms.join("|")})${tail}`;
}

/** `verbs`: a phrase that starts with a lower-case verb matches its regular forms too (purposes: "to prevent fraud", "preventing fraud"). */
export function compilePhrases<T>(terms: PhraseTerm<T>[], context: string[], negation: string[], verbs = false): CompiledPhrases<T> {
  const byPhrase = new Map<string, PhraseTerm<T>>();
  for (const t of terms) if (t.phrase.trim() && !byPhrase.has(t.phrase.trim().toLowerCase())) byPhrase.set(t.phrase.trim().toLowerCase(), t);
  const sorted = [...byPhrase.values()].sort((a, b) => b.phrase.length - a.phrase.length || a.phrase.localeCompare(b.phrase));
  const alternatives = sorted.map((t) => `(${verbs && !t.caseSensitive ? inflected(t.phrase) : phrasePattern(t.phrase)})`);
  return {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|") || "(?!)"})(?![\\p{L}\\p{N}])`, "giu"),
    terms: sorted,
    context: new RegExp(context.map((c) => `(?:${c})`).join("|") || "(?!)", "i"),
    negation: compileNegation(negation),
  };
}

export type PhraseMention<T> = Mention & { term: PhraseTerm<T> };

export function findPhrases<T>(doc: NoticeDocument, c: CompiledPhrases<T>): PhraseMention<T>[] {
  const out: PhraseMention<T>[] = [];
  for (const section of doc.sections) {
    for (const span of sentences(section.text)) {
      const sentence = section.text.slice(span.start, span.end);
      let inContext: boolean | undefined;
      c.pattern.lastIndex = 0;
      for (let m = c.pattern.exec(sentence); m; m = c.pattern.exec(sentence)) {
        const term = c.terms[m.findIndex((g, i) => i > 0 && g !== undefined) - 1];
        if (term.ignore || (term.caseSensitive && m[0] !== term.phrase)) continue;
        if (term.contextual && !(inContext ??= c.context.test(sentence))) continue;
        out.push({ section: section.id, at: span.start + m.index, quote: m[0], negated: c.negation.test(sentence.slice(0, m.index)), term });
      }
    }
  }
  return out;
}
