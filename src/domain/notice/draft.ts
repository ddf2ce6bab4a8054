import { RECORD_FORMAT, RECORD_VERSION, type RecordDocument } from "../record";
import type { ItemFinding, NoticeDocument } from "./document";
import type { CategoryMention, PurposeMention, RecipientMention } from "./mentions";

// The draft record: what a notice states about its controller's processing, in the record document's shape, every
// fact citing the section it comes from (STATED, or INFERRED with a note saying how). Where the notice is silent the
// draft says nothing.

/** What the finders found in the notice. */
export interface NoticeFacts {
  items: ItemFinding[];
  categories: CategoryMention[];
  purposes: PurposeMention[];
  recipients: RecipientMention[];
}

export interface DraftOptions {
  /** The organisation's slug; derived from its name when not given. */
  slug?: string;
  /** The document's title in `documents[0]` (the file name when the notice has no title). */
  source: string;
}

export function draftRecord(doc: NoticeDocument, facts: NoticeFacts, options: DraftOptions): RecordDocument {
  void facts;
  const name = doc.title || options.source;
  return {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    asOf: null,
    documents: [{ title: name, url: null }],
    organization: {
      slug: options.slug ?? "draft",
      name,
      legalName: null,
      website: null,
      contactEmail: null,
      postalAddress: null,
      country: null,
      dpo: null,
      representative: null,
      minimumAge: null,
      doNotTrack: "NOT_STATED",
      globalPrivacyControl: "NOT_STATED",
      subjectJurisdictions: [],
      establishments: [],
      parentalConsent: null,
      annualRevenueUsd: null,
      sellingRevenuePercent: null,
      criticalInfrastructure: null,
      evidence: [],
    },
    statements: [],
    rights: [],
    securityMeasures: [],
    recipients: [],
    storageLocations: [],
    activities: [],
  };
}
