import type { NoticeDocument } from "./document";
import { compilePhrases, findPhrases, phrasePattern, type CompiledPhrases } from "./phrases";
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


const compiled = new WeakMap<CategoryTerms, CompiledPhrases<string>>();

export { phrasePattern };

export function findCategories(doc: NoticeDocument, terms: CategoryTerms): CategoryMention[] {
  let c = compiled.get(terms);
  if (!c) compiled.set(terms, (c = compilePhrases(terms.terms.map((t) => ({ phrase: t.phrase, value: t.key, contextual: t.contextual })), terms.context, terms.negation)));
  return findPhrases(doc, c).map(({ term, ...m }) => ({ ...m, key: term.value }));
}
