import { compileNegation } from "./lexicon";
import { sentences } from "./sentences";
import type { NoticeDocument } from "./document";
import type { CategoryMention } from "./mentions";

export type { CategoryMention };

// Span-level data-category extraction: every phrase of a notice that names a data category, with the taxonomy key
// it maps to. Phrases come from data (the category names of data-categories.yaml and the synonyms of
// notice-category-terms.yaml); matching is case-insensitive, on word boundaries, leftmost and then longest first, so
// "email address" is one mention (user.contact.email), never "email" and "address". A mention is negated when a
// negation precedes it in the same clause of its sentence ("we do not collect your location"), as in items.ts.

/** One phrase and the data-category key it names. */
export interface CategoryTerm {
  phrase: string;
  key: string;
  /** An ordinary word as often as data ("cookies", "account"): a mention only in a sentence that matches a context pattern. */
  contextual?: boolean;
}

export interface CategoryTerms {
  /** Negation patterns (JavaScript regular-expression sources), as in notice-items.yaml. */
  negation: string[];
  /** What makes a sentence a statement about data (regular-expression sources): needed by contextual terms. */
  context: string[];
  terms: CategoryTerm[];
}


interface Compiled {
  pattern: RegExp;
  terms: CategoryTerm[];
  negation: RegExp;
  context: RegExp;
}

const compiled = new WeakMap<CategoryTerms, Compiled>();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A phrase as a pattern: spaces and hyphens interchangeable, apostrophes of either kind, the last word also plural. */
export function phrasePattern(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  const word = (w: string) => w.split("-").map((p) => escape(p).replace(/'/g, "['’]")).join("[\\s-]?");
  const last = words.length - 1;
  return words.map((w, i) => (i === last ? plural(w, word) : word(w))).join("[\\s-]+");
}

/** The last word and its plural: "country" → countr(y|ies), "address" → address(es), "phone" → phones; "contacts" as written. */
function plural(w: string, word: (w: string) => string): string {
  if (/[^aeiou]y$/i.test(w)) return `${word(w.slice(0, -1))}(?:y|ies)`;
  if (/(?:ss|x|ch|sh)$/i.test(w)) return `${word(w)}(?:es)?`;
  if (/s$/i.test(w) || !/[a-z]$/i.test(w)) return word(w);
  return `${word(w)}s?`;
}

function compile(terms: CategoryTerms): Compiled {
  // One entry per phrase, longest first, so at any position the longest phrase wins.
  const byPhrase = new Map<string, CategoryTerm>();
  for (const t of terms.terms) if (t.phrase.trim()) byPhrase.set(t.phrase.trim().toLowerCase(), t);
  const sorted = [...byPhrase.values()].sort((a, b) => b.phrase.length - a.phrase.length || a.phrase.localeCompare(b.phrase));
  const alternatives = sorted.map((t) => `(${phrasePattern(t.phrase)})`);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|") || "(?!)"})(?![\\p{L}\\p{N}])`, "giu");
  const context = new RegExp(terms.context.map((c) => `(?:${c})`).join("|") || "(?!)", "i");
  return { pattern, terms: sorted, negation: compileNegation(terms.negation), context };
}

export function findCategories(doc: NoticeDocument, terms: CategoryTerms): CategoryMention[] {
  let c = compiled.get(terms);
  if (!c) compiled.set(terms, (c = compile(terms)));
  const out: CategoryMention[] = [];
  for (const section of doc.sections) {
    for (const span of sentences(section.text)) {
      const sentence = section.text.slice(span.start, span.end);
      let inContext: boolean | undefined;
      c.pattern.lastIndex = 0;
      for (let m = c.pattern.exec(sentence); m; m = c.pattern.exec(sentence)) {
        const term = c.terms[m.findIndex((g, i) => i > 0 && g !== undefined) - 1];
        if (term.contextual && !(inContext ??= c.context.test(sentence))) continue;
        out.push({
          section: section.id,
          at: span.start + m.index,
          quote: m[0],
          key: term.key,
          negated: c.negation.test(sentence.slice(0, m.index)),
        });
      }
    }
  }
  return out;
}
