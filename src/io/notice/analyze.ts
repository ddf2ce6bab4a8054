import type { CategoryTerms } from "../../domain/notice/categories";
import { findCategories } from "../../domain/notice/categories";
import { NOTICE_ANALYSIS_FORMAT, NOTICE_ANALYSIS_VERSION, type NoticeAnalysis } from "../../domain/notice/analysis";
import { draftRecord } from "../../domain/notice/draft";
import { detectItems } from "../../domain/notice/items";
import type { NoticeLexicon } from "../../domain/notice/lexicon";
import { readCategoryTerms } from "../seed/notice-category-terms";
import { readNoticeLexicon } from "../seed/notice-lexicon";
import { readDraftLexicon } from "../seed/notice-draft";
import type { DraftLexicon } from "../../domain/notice/draft-lexicon";
import { parseNotice } from "./read";

// A notice file to its analysis: read it, find its items and mentions, draft its record. Bad input is a NoticeError.

interface Knowledge {
  lexicon: NoticeLexicon;
  categories: CategoryTerms;
  draft: DraftLexicon;
}

let knowledge: Knowledge | undefined;
/** The reference data the analyser reads, loaded once per process. */
const known = (): Knowledge => (knowledge ??= { lexicon: readNoticeLexicon(), categories: readCategoryTerms(), draft: readDraftLexicon() });

export interface AnalyzeOptions {
  /** The draft organisation's slug; derived from its name when not given. */
  slug?: string;
}

/** Analyses a notice; `name` is its file name (format by extension, and named in errors). */
export function analyzeNotice(content: Buffer | string, name: string, options: AnalyzeOptions = {}): NoticeAnalysis {
  const k = known();
  const document = parseNotice(content, name);
  const items = detectItems(document, k.lexicon);
  const facts = { items, categories: findCategories(document, k.categories), purposes: [], recipients: [] };
  const record = draftRecord(document, facts, { slug: options.slug, source: name, lexicon: k.draft, negation: k.lexicon.negation });
  return { format: NOTICE_ANALYSIS_FORMAT, version: NOTICE_ANALYSIS_VERSION, document, items, record };
}
