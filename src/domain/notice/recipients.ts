import type { RecordRecipient } from "../record";
import type { NoticeDocument } from "./document";
import type { RecipientMention } from "./mentions";
import { compilePhrases, findPhrases, type CompiledPhrases, type PhraseTerm } from "./phrases";

// Recipient mentions: every phrase of a notice that names who receives personal data, a company by its name or a
// category of recipients, with what the record needs to know of it.

export type RecipientFacts = Pick<RecordRecipient, "key" | "name" | "named" | "kind" | "role"> & {
  category: string;
  /** Stands for recipients the notice does not name ("third parties"): dropped when it names any other. */
  generic?: boolean;
};

export interface RecipientTerms {
  negation: string[];
  /** What makes a sentence one about giving data to someone: needed by contextual terms. */
  context: string[];
  terms: PhraseTerm<RecipientFacts>[];
}

const compiled = new WeakMap<RecipientTerms, CompiledPhrases<RecipientFacts>>();

export function findRecipients(doc: NoticeDocument, terms: RecipientTerms): RecipientMention[] {
  let c = compiled.get(terms);
  if (!c) compiled.set(terms, (c = compilePhrases(terms.terms, terms.context, terms.negation)));
  const found = findPhrases(doc, c);
  const specific = found.some((m) => !m.negated && !m.term.value.generic);
  return found.filter((m) => !(specific && m.term.value.generic)).map(({ term, ...m }) => {
    const { generic, ...facts } = term.value;
    void generic;
    return { ...m, ...facts };
  });
}
