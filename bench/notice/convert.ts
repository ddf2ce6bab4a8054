import type { NoticeDocument, TransparencyItem } from "../../src/domain/notice/document";

// Turns one annotated policy of ../shared/notices (GDPR Transparency-200 format) into a NoticeDocument, keeping
// where each passage sits in its section so annotated spans can be compared with evidence quotes.

export interface Passage {
  type: string;
  context: { text: string; type: string }[];
  passage: string;
  annotations: { requirement: string; value: string; performed: boolean }[];
}

export const REQUIREMENT_ITEM: Record<string, TransparencyItem> = {
  "Controller Name": "CONTROLLER_NAME",
  "Controller Contact": "CONTROLLER_CONTACT",
  "DPO Contact": "DPO_CONTACT",
  "Processing Purpose": "PURPOSES",
  "Legal Basis for Processing": "LEGAL_BASIS",
  "Legitimate Interests for Processing": "LEGITIMATE_INTERESTS",
  "Data Categories": "DATA_CATEGORIES",
  "Data Recipients": "RECIPIENTS",
  "Third-country Transfers": "THIRD_COUNTRY_TRANSFERS",
  "Data Retention Period": "RETENTION",
  "Source of Data": "SOURCE_OF_DATA",
  "Mandatory Data Disclosure": "MANDATORY_DISCLOSURE",
  "Automated Decision-Making": "AUTOMATED_DECISIONS",
  "Right to Access": "RIGHT_ACCESS",
  "Right to Rectification": "RIGHT_RECTIFICATION",
  "Right to Erasure": "RIGHT_ERASURE",
  "Right to Restrict": "RIGHT_RESTRICT",
  "Right to Object": "RIGHT_OBJECT",
  "Right to Portability": "RIGHT_PORTABILITY",
  "Right to Withdraw Consent": "RIGHT_WITHDRAW_CONSENT",
  "Right to Lodge Complaint": "RIGHT_COMPLAINT",
};

/** An annotated span, located in its section's text. */
export interface GoldMention {
  item: TransparencyItem;
  section: string;
  start: number;
  end: number;
}

export interface Converted {
  doc: NoticeDocument;
  /** Items with at least one annotation, performed or denied. */
  present: Set<TransparencyItem>;
  mentions: GoldMention[];
  /** Annotated values that could not be found in their passage's text. */
  unlocated: number;
}

const norm = (s: string) => s.replace(/\s+/g, " ").trim();

export function convert(passages: Passage[]): Converted {
  const doc: NoticeDocument = { title: "", sections: [] };
  const present = new Set<TransparencyItem>();
  const mentions: GoldMention[] = [];
  let unlocated = 0;
  let key: string | null = null;
  for (const p of passages) {
    const text = norm(p.passage);
    if (!doc.title && p.type === "headline") doc.title = text;
    const path = p.context.map((c) => c.text).join(" > ");
    if (path !== key || doc.sections.length === 0) {
      key = path;
      const heading = p.context.length ? norm(p.context[p.context.length - 1].text) : "";
      const n = doc.sections.length + 1;
      doc.sections.push({ id: !heading && n === 1 ? "preamble" : `s${n}`, heading, text: "" });
    }
    const section = doc.sections[doc.sections.length - 1];
    if (section.text) section.text += "\n\n";
    const offset = section.text.length;
    section.text += text;
    for (const a of p.annotations) {
      const item = REQUIREMENT_ITEM[a.requirement];
      if (!item) continue;
      present.add(item);
      const span = locate(text, norm(a.value));
      if (!span) {
        unlocated++;
        continue;
      }
      mentions.push({ item, section: section.id, start: offset + span.start, end: offset + span.end });
    }
  }
  return { doc, present, mentions, unlocated };
}

/** Where a value sits in its passage; "[...]" in a value elides text, so its parts are found in order. */
function locate(text: string, value: string): { start: number; end: number } | null {
  const lower = text.toLowerCase();
  const parts = value.toLowerCase().split(/\s*\[(?:\.\.\.|…)\]\s*/).filter(Boolean);
  if (parts.length === 0) return null;
  let start = -1;
  let end = 0;
  for (const part of parts) {
    const at = lower.indexOf(part, end);
    if (at < 0) return null;
    if (start < 0) start = at;
    end = at + part.length;
  }
  return { start, end };
}
