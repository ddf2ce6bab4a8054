import { TRANSPARENCY_ITEMS, type ItemEvidence, type ItemFinding, type NoticeDocument } from "./document";
import { compileLexicon, type CompiledLexicon, type NoticeLexicon } from "./lexicon";
import { sentences } from "./sentences";

// Which GDPR Art 13/14 items a notice gives: every sentence is tried against each item's cue patterns.
// A sentence is evidence when a cue matches and, for items whose denial is not the item, no negation precedes the cue
// in the same clause. All matching sentences are kept, so a reader sees each place the notice gives the item.

const compiled = new WeakMap<NoticeLexicon, CompiledLexicon>();

export function detectItems(doc: NoticeDocument, lexicon: NoticeLexicon): ItemFinding[] {
  let lex = compiled.get(lexicon);
  if (!lex) compiled.set(lexicon, (lex = compileLexicon(lexicon)));
  const evidence = new Map<string, ItemEvidence[]>(TRANSPARENCY_ITEMS.map((item) => [item, []]));
  const sectionSentences = doc.sections.map((s) => ({ section: s, spans: sentences(s.text) }));
  for (const item of TRANSPARENCY_ITEMS) {
    const { cues, denial } = lex.items[item];
    for (const { section, spans } of sectionSentences) {
      for (const span of spans) {
        const sentence = section.text.slice(span.start, span.end);
        if (cues.some((cue) => matchesAffirmed(sentence, cue, denial === "ignore" ? lex.negation : null))) {
          evidence.get(item)!.push({ section: section.id, quote: sentence });
        }
      }
    }
  }
  return TRANSPARENCY_ITEMS.map((item) => {
    const found = evidence.get(item)!;
    return { item, present: found.length > 0, evidence: found };
  });
}

/** True when the cue matches the sentence; with a negation pattern, only where the text before the cue does not deny it. */
function matchesAffirmed(sentence: string, cue: RegExp, negation: RegExp | null): boolean {
  const m = cue.exec(sentence);
  if (!m) return false;
  if (!negation) return true;
  return !negation.test(sentence.slice(0, m.index));
}
