import { RECORD_FORMAT, RECORD_VERSION, type RecordActivity, type RecordDocument } from "../record";
import { addLegalBases, addSources, basisRegimes, draftActivities } from "./draft-activities";
import { retentionRules, rightsOf, securityMeasures, storageLocations } from "./draft-facts";
import { compileDraftLexicon, type DraftLexicon } from "./draft-lexicon";
import { draftOrganization } from "./draft-org";
import { draftRecipients } from "./draft-recipients";
import { distinct, inferred, Locator, paragraphsOf } from "./draft-text";
import type { ItemFinding, NoticeDocument } from "./document";
import { compileNegation } from "./lexicon";
import type { CategoryMention, PurposeMention, RecipientMention } from "./mentions";

// The draft record: what a notice states about its controller's processing, in the record document's shape, every
// fact citing the section it comes from (STATED, or INFERRED with a note saying how). Where the notice is silent the
// draft says nothing. docs/notice-analysis.md explains each step and its judgement calls.

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
  /** Names the source when the notice gives no title, and the organisation when it names none. */
  source: string;
  lexicon: DraftLexicon;
  /** Negation patterns (notice-items.yaml): "we do not", "never". */
  negation: string[];
}

/** The people a notice speaks to: the users of its services. */
const SUBJECT = "customer";
const COOKIE_TRACKERS: Record<string, RecordActivity["trackers"][number]["kind"]> = { "user.device.cookie": "COOKIE", "user.device.web_beacon": "WEB_BEACON" };

/** The category mentions in the notice's collection and cookie statements: the data it says it collects. */
export function collectedMentions(doc: NoticeDocument, categories: CategoryMention[], lexicon: DraftLexicon): CategoryMention[] {
  const at = new Locator(paragraphsOf(doc, compileDraftLexicon(lexicon)));
  return categories.filter((c) => ["COLLECTION", "COOKIES"].includes(at.paragraphOf(c)?.role ?? ""));
}

export function draftRecord(doc: NoticeDocument, facts: NoticeFacts, options: DraftOptions): RecordDocument {
  const lex = compileDraftLexicon(options.lexicon);
  const negated = compileNegation(options.negation);
  const paragraphs = paragraphsOf(doc, lex);
  const at = new Locator(paragraphs);
  const org = draftOrganization(doc.title, paragraphs, lex, options.negation, options.slug, options.source);
  const drafts = draftActivities(paragraphs, facts.purposes, facts.categories, at, lex);
  addLegalBases(drafts, basisRegimes(org.jurisdictions, lex), org.consentByUse, lex, negated);
  addSources(drafts, paragraphs, lex, negated);
  const recipients = draftRecipients(facts.recipients, facts.categories, drafts, at, lex, negated);
  const locations = storageLocations(paragraphs, facts.recipients.filter((r) => !r.negated), at, org.organization.name, lex, negated);
  const measures = securityMeasures(paragraphs, lex, negated);
  const retention = retentionRules(paragraphs, facts.categories, at, lex);

  const activities = drafts.map(({ activity: a }) => {
    const first = a.evidence[0]?.section ?? "preamble";
    const everywhere = (what: string, sections: string[]) => sections.map((s) => inferred(s, `The notice states ${what} for all the information it holds, without distinguishing uses.`));
    const own = retention.specific.find((r) => r.keys.some((k) => a.dataCategories.includes(k)));
    const trackers = a.dataCategories.filter((k) => COOKIE_TRACKERS[k]).map((k) => ({ kind: COOKIE_TRACKERS[k], name: null, purpose: null, consent: null, recipient: null }));
    return {
      ...a,
      dataSubjects: [SUBJECT],
      storageLocations: locations.map((l) => l.key),
      securityMeasures: measures.map((m) => m.key),
      retention: own?.retention ?? retention.general,
      trackers,
      evidence: distinct([
        ...a.evidence,
        inferred(first, "Data subjects taken as the users of the services the notice addresses."),
        ...(locations.length ? everywhere("where data is stored", [...new Set(locations.flatMap((l) => l.evidence.map((e) => e.section)))]) : []),
        ...(measures.length ? everywhere("its security measures", [...new Set(measures.flatMap((m) => m.evidence.map((e) => e.section)))]) : []),
        ...(!own && retention.general ? everywhere("one retention rule", [...new Set(retention.general.evidence.map((e) => e.section))]) : []),
      ]),
    };
  });
  // Hosting providers are recipients before the locations that name them, parents before sub-processors (none here).
  return {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    asOf: null,
    documents: [{ title: doc.title || options.source, url: org.organization.website }],
    organization: org.organization,
    statements: org.statements,
    rights: rightsOf(facts.items, paragraphs, lex, negated),
    securityMeasures: measures,
    recipients,
    storageLocations: locations,
    activities,
  };
}
