import type { NoticeDocument } from "./document";
import type { PurposeMention } from "./mentions";
import { compilePhrases, findPhrases, type CompiledPhrases, type PhraseTerm } from "./phrases";

// Purpose mentions: every phrase of a notice that states a use, with the key of purposes.yaml it names.

export interface PurposeTerms {
  negation: string[];
  /** What makes a sentence a statement of use: needed by contextual terms. */
  context: string[];
  terms: PhraseTerm<string>[];
}

const compiled = new WeakMap<PurposeTerms, CompiledPhrases<string>>();

export function findPurposes(doc: NoticeDocument, terms: PurposeTerms): PurposeMention[] {
  let c = compiled.get(terms);
  if (!c) compiled.set(terms, (c = compilePhrases(terms.terms, terms.context, terms.negation, true)));
  return findPhrases(doc, c).map(({ term, ...m }) => ({ ...m, key: term.value }));
}
