import type { TransparencyItem } from "./document";

// What the item detector knows, as data: cue patterns per item, read from seeds/reference/notice-items.yaml.
// Patterns are JavaScript regular-expression sources, matched case-insensitively against one sentence.

/**
 * What a sentence that denies the cue means for the item.
 * - "informs": the denial still gives the item ("we do not transfer data outside the EEA" tells the reader where data goes).
 * - "ignore": the denial is not the item ("we will not delete posts you shared" does not tell you of a right to erasure).
 */
export type DenialReading = "informs" | "ignore";

export interface ItemLexicon {
  cues: string[];
  denial: DenialReading;
}

export interface NoticeLexicon {
  /** Words that deny what follows them in the same clause: "do not", "never", "no". */
  negation: string[];
  /** Replaces the token {country} inside cues: the country names of seeds/reference/countries.yaml and common variants. */
  countries: string[];
  items: Record<TransparencyItem, ItemLexicon>;
}

export interface CompiledItem {
  cues: RegExp[];
  denial: DenialReading;
}

export interface CompiledLexicon {
  negation: RegExp;
  items: Record<TransparencyItem, CompiledItem>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Compiles the lexicon once; a pattern that does not compile throws, naming it (the loader checks this too). */
export function compileLexicon(lexicon: NoticeLexicon): CompiledLexicon {
  // Longest names first, so "South Africa" wins over a shorter name inside it.
  const countries = [...lexicon.countries].sort((a, b) => b.length - a.length).map(escape).join("|");
  const compile = (source: string) => new RegExp(source.replace(/\{country\}/g, `(?:${countries || "(?!)"})`), "i");
  const items = {} as Record<TransparencyItem, CompiledItem>;
  for (const [item, entry] of Object.entries(lexicon.items) as [TransparencyItem, ItemLexicon][]) {
    items[item] = { cues: entry.cues.map(compile), denial: entry.denial };
  }
  return { negation: compileNegation(lexicon.negation), items };
}

/** Negation patterns as one test of the text before a cue: a negation at its end, in the same clause (no comma, semicolon or "but"). */
export function compileNegation(negation: string[]): RegExp {
  return new RegExp(`(?:${negation.join("|")})(?:(?![,;:]|\\bbut\\b|\\bunless\\b|\\bexcept\\b).)*$`, "i");
}
