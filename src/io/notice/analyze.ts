import type { CategoryTerms } from "../../domain/notice/categories";
import { findCategories } from "../../domain/notice/categories";
import { NOTICE_ANALYSIS_FORMAT, NOTICE_ANALYSIS_VERSION, type NoticeAnalysis } from "../../domain/notice/analysis";
import { draftRecord } from "../../domain/notice/draft";
import { detectItems } from "../../domain/notice/items";
import type { NoticeLexicon } from "../../domain/notice/lexicon";
import { readCategoryTerms } from "../seed/notice-category-terms";
import { readNoticeLexicon } from "../seed/notice-lexicon";
import { readDraftLexicon } from "../seed/notice-draft";
import { readPurposeTerms } from "../seed/notice-purpose-terms";
import { readRecipientTerms } from "../seed/notice-recipient-terms";
import { findPurposes, type PurposeTerms } from "../../domain/notice/purposes";
import { findRecipients, type RecipientTerms } from "../../domain/notice/recipients";
import type { DraftLexicon } from "../../domain/notice/draft-lexicon";
import { parseNotice } from "./read";
import { collectedMentions } from "../../domain/notice/draft";
import type { NoticeMentions } from "../../domain/notice/compare";

// A notice file to its analysis: read it, find its items and mentions, draft its record. Bad input is a NoticeError.

interface Knowledge {
  lexicon: NoticeLexicon;
  categories: CategoryTerms;
  draft: DraftLexicon;
  purposes: PurposeTerms;
  recipients: RecipientTerms;
}

let knowledge: Knowledge | undefined;
/** The reference data the analyser reads, loaded once per process. */
const known = (): Knowledge => (knowledge ??= { lexicon: readNoticeLexicon(), categories: readCategoryTerms(), draft: readDraftLexicon(), purposes: readPurposeTerms(), recipients: readRecipientTerms() });

export interface AnalyzeOptions {
  /** The draft organisation's slug; derived from its name when not given. */
  slug?: string;
}

/** Analyses a notice; `name` is its file name (format by extension, and named in errors). */
export function analyzeNotice(content: Buffer | string, name: string, options: AnalyzeOptions = {}): NoticeAnalysis {
  return analyzeWithMentions(content, name, options).analysis;
}

/** The analysis and every category and purpose the notice names, denied ones left out (what compare reads). */
export function analyzeWithMentions(content: Buffer | string, name: string, options: AnalyzeOptions = {}): { analysis: NoticeAnalysis; mentions: NoticeMentions } {
  const k = known();
  const document = parseNotice(content, name);
  const items = detectItems(document, k.lexicon);
  const facts = { items, categories: findCategories(document, k.categories), purposes: findPurposes(document, k.purposes), recipients: findRecipients(document, k.recipients) };
  const record = draftRecord(document, facts, { slug: options.slug, source: name, lexicon: k.draft, negation: k.lexicon.negation });
  const keys = (ms: { key: string; negated: boolean }[]) => [...new Set(ms.filter((m) => !m.negated).map((m) => m.key))];
  return {
    analysis: { format: NOTICE_ANALYSIS_FORMAT, version: NOTICE_ANALYSIS_VERSION, document, items, record },
    mentions: { categories: keys(facts.categories), purposes: keys(facts.purposes), collected: keys(collectedMentions(document, facts.categories, k.draft)) },
  };
}
