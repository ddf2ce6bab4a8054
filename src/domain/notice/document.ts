// A privacy notice as the analyser reads it: a title and its sections in document order, each with plain text.

/** One section of a notice: its own numbering where it has one ("2.1"), else "preamble" or a running "s<n>". */
export interface NoticeSection {
  id: string;
  /** The heading as the notice writes it; "" for the preamble. */
  heading: string;
  /** The section's text, whitespace normalised, paragraphs separated by a blank line; quotes are substrings of it. */
  text: string;
}

export interface NoticeDocument {
  title: string;
  sections: NoticeSection[];
}

/** The GDPR Art 13/14 transparency items, in the order of the articles. */
export const TRANSPARENCY_ITEMS = [
  "CONTROLLER_NAME",
  "CONTROLLER_CONTACT",
  "DPO_CONTACT",
  "PURPOSES",
  "LEGAL_BASIS",
  "LEGITIMATE_INTERESTS",
  "DATA_CATEGORIES",
  "RECIPIENTS",
  "THIRD_COUNTRY_TRANSFERS",
  "RETENTION",
  "SOURCE_OF_DATA",
  "MANDATORY_DISCLOSURE",
  "AUTOMATED_DECISIONS",
  "RIGHT_ACCESS",
  "RIGHT_RECTIFICATION",
  "RIGHT_ERASURE",
  "RIGHT_RESTRICT",
  "RIGHT_OBJECT",
  "RIGHT_PORTABILITY",
  "RIGHT_WITHDRAW_CONSENT",
  "RIGHT_COMPLAINT",
] as const;
export type TransparencyItem = (typeof TRANSPARENCY_ITEMS)[number];

/** Where an item was found: the section and an exact substring of its text. */
export interface ItemEvidence {
  section: string;
  quote: string;
}

/** One item of the analysis: always present in the list, `present` false when the notice never gives it. */
export interface ItemFinding {
  item: TransparencyItem;
  present: boolean;
  evidence: ItemEvidence[];
}
