import type { RecordDocument } from "../record";
import type { ItemFinding, NoticeDocument } from "./document";

// The output of `datamap notice analyze` (docs/notice-analysis.md): the notice as read, its Art 13/14 items and the
// draft record, which `datamap import ropa` reads as it is.

export const NOTICE_ANALYSIS_FORMAT = "datamap-notice-analysis";
export const NOTICE_ANALYSIS_VERSION = 1;

export interface NoticeAnalysis {
  format: typeof NOTICE_ANALYSIS_FORMAT;
  version: typeof NOTICE_ANALYSIS_VERSION;
  document: NoticeDocument;
  items: ItemFinding[];
  record: RecordDocument;
}
