/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Where a country stands for transfers of personal data out of the EU. */
export type AdequacyStatus =
  /** Covered by an EU adequacy decision. */
  | 'ADEQUATE'
  /** Inside the European Economic Area: no transfer rules apply. */
  | 'EEA'
  /** No adequacy decision: a transfer needs an Art 46 safeguard or an Art 49 derogation. */
  | 'NOT_ADEQUATE'
  /** Adequate only for some recipients (e.g. US organisations certified under the Data Privacy Framework). */
  | 'PARTIAL';

/** An age band of the people an activity concerns, cut where the laws cut (13, 14, 16, 18). */
export type AgeBand =
  /** 18 or older. */
  | 'ADULT'
  /** 13 years old (past COPPA's age, still below PIPL Art 31's 14). */
  | 'AGE_13'
  /** 14 or 15 years old (past PIPL Art 31's 14, below GDPR Art 8's default of 16). */
  | 'AGE_14_TO_15'
  /** 16 or 17 years old (old enough to consent alone under GDPR Art 8, still minors). */
  | 'AGE_16_TO_17'
  /** Younger than 13 (children under COPPA and the lowest GDPR Art 8 age). */
  | 'UNDER_13';

/** Whether an activity makes decisions about people by automated means, and of what weight. */
export type AutomatedDecisionKind =
  /** No automated decisions are made. */
  | 'NONE'
  /** Content, offers or prices are tailored to the person automatically (PIPL Art 24(2)). */
  | 'PERSONALISATION'
  /** Decisions with legal or similarly significant effect are made by machine alone (GDPR Art 22, PIPL Art 24(3)). */
  | 'SIGNIFICANT_EFFECT';

/** How an object differs between two instants. */
export type ChangeKind =
  /** Absent at the start, present at the end. */
  | 'ADDED'
  /** Present at both, with different fields. */
  | 'CHANGED'
  /** Present at the start, absent (deleted) at the end. */
  | 'REMOVED';

/** What a change did to an object. */
export type ChangeOperation =
  /** The object was created. */
  | 'CREATE'
  /** The object was deleted (archived): gone from current queries, kept in history. */
  | 'DELETE'
  /** Fields or links of the object changed. */
  | 'UPDATE';

/** How a consent basis is obtained. */
export type ConsentMechanism =
  /** Assumed from use of the service: not valid consent under GDPR Art 4(11) or PIPL Art 14. */
  | 'CONTINUED_USE'
  /** An express statement, e.g. a signed or typed confirmation. */
  | 'EXPLICIT'
  /** An unticked box or similar affirmative act. */
  | 'OPT_IN'
  /** Assumed unless the person objects. */
  | 'OPT_OUT';

/** A new processing activity. */
export type CreateProcessingActivityInput = {
  /** Ages of the people, as bands, each at most once; null empties the list. */
  ageBands?: Array<AgeBand> | null | undefined;
  /** Whether the activity makes automated decisions about people; null records that the record does not say. */
  automatedDecisions?: AutomatedDecisionKind | null | undefined;
  /** Data-category keys. */
  dataCategories?: Array<string> | null | undefined;
  /** Data-subject category keys. */
  dataSubjects?: Array<string> | null | undefined;
  /** What the activity does (at most 4000 characters). */
  description?: string | null | undefined;
  /** Recipients and what each receives. */
  disclosures?: Array<DisclosureInput> | null | undefined;
  /** Where the impact assessment is kept, e.g. a link (at most 2048 characters); null clears it. */
  impactAssessment?: string | null | undefined;
  /** How many people a year the activity concerns; null records that it is not known. */
  individualsPerYear?: VolumeRange | null | undefined;
  /** Kebab-case key, unique in the organisation (at most 100 characters); made from the name when left out. */
  key?: string | null | undefined;
  /** Legal bases claimed. */
  legalBases?: Array<LegalBasisClaimInput> | null | undefined;
  /** Channels of direct marketing; replaces the list, null empties it. */
  marketing?: Array<DirectMarketingInput> | null | undefined;
  /** Name (at most 200 characters). */
  name: string;
  /** True when the activity discloses data to no one (answers GDPR Art 30(1)(d) with none). */
  noRecipients?: boolean | null | undefined;
  /** Slug of the organisation whose record gains the activity. */
  organization: string;
  /** Purpose keys. */
  purposes?: Array<string> | null | undefined;
  /** Retention; null clears it. */
  retention?: RetentionInput | null | undefined;
  /** Ids of security measures of the same organisation. */
  securityMeasures?: Array<string | number> | null | undefined;
  /** How many of them a year with sensitive personal information; null records that it is not known. */
  sensitiveIndividualsPerYear?: VolumeRange | null | undefined;
  /** Where the data comes from. */
  sources?: Array<DataSource> | null | undefined;
  /** Ids of storage locations of the same organisation. */
  storageLocations?: Array<string | number> | null | undefined;
  /** Where the people are, for this activity ("EEA", ISO country codes or subdivisions like US-CA); null means the organisation's list. */
  subjectJurisdictions?: Array<string> | null | undefined;
  /** Trackers the activity uses on people's devices; replaces the list, null empties it. */
  trackers?: Array<TrackerInput> | null | undefined;
};

/** A new recipient of an organisation's data. */
export type CreateRecipientInput = {
  /** Kind of business, e.g. "Payment processor" (at most 200 characters). */
  category?: string | null | undefined;
  /** ISO 3166-1 alpha-2 code of the recipient's country, e.g. US. */
  country?: string | null | undefined;
  /** What the recipient does with the data (at most 4000 characters). */
  description?: string | null | undefined;
  /** Data-processing agreement; null resets it to UNKNOWN. */
  dpa?: DpaInput | null | undefined;
  /** Kebab-case key, unique in the organisation (at most 100 characters); made from the name when left out. */
  key?: string | null | undefined;
  /** Role towards the organisation. */
  kind: RecipientKind;
  /** Company name, or the name of the category of recipients (at most 200 characters). */
  name: string;
  /** True for a named company; false for a category of recipients. */
  named: boolean;
  /** Slug of the organisation that discloses data to the recipient. */
  organization: string;
  /** Id of the recipient of the same organisation that engages this one as a sub-processor; null makes it engaged directly. */
  parent?: string | number | null | undefined;
  /** Role in law towards the organisation; null records that it is not known. */
  role?: RecipientRole | null | undefined;
  /** Tools that make transfers to this recipient lawful; replaces the recorded list, null empties it. */
  transferMechanisms?: Array<TransferMechanismInput> | null | undefined;
};

/** Filters for dataFlows; every given one must hold. */
export type DataFlowFilter = {
  /** ISO 3166-1 alpha-2 code: only recipients and storage locations in that country; activities without one drop out. */
  country?: string | null | undefined;
  /** Data-category key; matches the key and every key below it. */
  dataCategory?: string | null | undefined;
  /** Purpose key; matches the key and every key below it. */
  purpose?: string | null | undefined;
  /** Only disclosures to recipients of this kind; activities without one drop out. */
  recipientKind?: RecipientKind | null | undefined;
  /** Only activities this regime reaches. */
  regime?: Regime | null | undefined;
};

/** What a flow between two columns of the data flows carries. */
export type DataFlowLinkKind =
  /** → recipient, or a kind of recipients: data disclosed to them. */
  | 'DISCLOSED_TO'
  /** Category → activity: the activities process the category. */
  | 'PROCESSED_IN'
  /** Activity or category → purpose: processing carried out for the purpose. */
  | 'SERVES'
  /** → storage location, or a country: data kept there. */
  | 'STORED_IN';

/** What a node of the data flows stands for: one object, or a group of them. */
export type DataFlowNodeKind =
  /** The categories under a key's first segments, e.g. user.contact. */
  | 'CATEGORY_GROUP'
  /** Every storage location in one country. */
  | 'COUNTRY'
  /** One data category. */
  | 'DATA_CATEGORY'
  /** One storage location. */
  | 'LOCATION'
  /** One processing activity. */
  | 'PROCESSING_ACTIVITY'
  /** One purpose (or the activities with none recorded). */
  | 'PURPOSE'
  /** One recipient. */
  | 'RECIPIENT'
  /** Every recipient of one kind. */
  | 'RECIPIENT_KIND';

/** What a directed edge of the data map says about its two nodes. */
export type DataMapEdgeKind =
  /** Activity → recipient: the activity discloses data to the recipient. */
  | 'DISCLOSED_TO'
  /** Recipient → recipient: the first engages the second as a sub-processor. */
  | 'ENGAGES'
  /** Data category → activity: the activity processes the category. */
  | 'PROCESSED_IN'
  /** Activity → purpose: the activity is carried out for the purpose. */
  | 'SERVES'
  /** Activity → storage location: the activity keeps data there. */
  | 'STORED_IN';

/** What a node of the data map stands for. */
export type DataMapNodeKind =
  /** A data category of the taxonomy; `detail` is its key. */
  | 'DATA_CATEGORY'
  /** A storage location; `detail` is its country code. */
  | 'LOCATION'
  /** A processing activity; `detail` is its key. */
  | 'PROCESSING_ACTIVITY'
  /** A purpose of processing; `detail` is its key. */
  | 'PURPOSE'
  /** A recipient; `detail` is its kind. */
  | 'RECIPIENT';

/** Where personal data comes from. */
export type DataSource =
  /** Collected automatically while the service is used (logs, cookies, devices). */
  | 'AUTOMATIC'
  /** Inferred or computed from other data. */
  | 'DERIVED'
  /** Given by the person, e.g. in a form. */
  | 'PROVIDED_BY_SUBJECT'
  /** Taken from a public source. */
  | 'PUBLIC'
  /** Received from another organisation. */
  | 'THIRD_PARTY';

/** A right the organisation offers to the people whose data it holds. */
export type DataSubjectRight =
  /** See and get a copy of one's data (GDPR Art 15, PIPL Art 45). */
  | 'ACCESS'
  /** Close one's account. */
  | 'ACCOUNT_CLOSURE'
  /** Not be subject to decisions made by machine alone (GDPR Art 22, PIPL Art 24). */
  | 'AUTOMATED_DECISION'
  /** Complain to a supervisory authority (GDPR Art 77). */
  | 'COMPLAINT'
  /** Have data deleted (GDPR Art 17, PIPL Art 47). */
  | 'ERASURE'
  /** Limit the use and disclosure of one's sensitive personal information (CCPA §1798.121). */
  | 'LIMIT_SENSITIVE_USE'
  /** Stop marketing messages. */
  | 'MARKETING_OPT_OUT'
  /** Object to processing (GDPR Art 21). */
  | 'OBJECTION'
  /** Opt out of the sale or sharing of one's personal information (CCPA §1798.120). */
  | 'OPT_OUT_OF_SALE_OR_SHARING'
  /** Receive data in a reusable form or have it moved (GDPR Art 20, PIPL Art 45). */
  | 'PORTABILITY'
  /** Have wrong data corrected (GDPR Art 16, PIPL Art 46). */
  | 'RECTIFICATION'
  /** Limit how data is used (GDPR Art 18). */
  | 'RESTRICTION'
  /** Withdraw consent at any time (GDPR Art 7(3), PIPL Art 15). */
  | 'WITHDRAW_CONSENT';

/** A channel of direct marketing an activity sends. */
export type DirectMarketingInput = {
  /** Who it is sent to, each at most once. */
  audiences?: Array<MarketingAudience> | null | undefined;
  /** How the marketing reaches people. */
  channel: MarketingChannel;
  /** How the people agreed to receive it. */
  consentMechanism?: ConsentMechanism | null | undefined;
};

/** Data of the activity disclosed to one recipient. */
export type DisclosureInput = {
  /** Data-category keys disclosed. */
  dataCategories?: Array<string> | null | undefined;
  /** Why the recipient receives the data (at most 4000 characters). */
  purpose?: string | null | undefined;
  /** Id of a recipient of the same organisation. */
  recipient: string | number;
  /** True when the disclosure is a sale under CCPA §1798.140(ad); null when not known. */
  sale?: boolean | null | undefined;
  /** True when the disclosure is sharing for cross-context behavioural advertising under CCPA §1798.140(ah); null when not known. */
  sharing?: boolean | null | undefined;
};

/** What the organisation does with browser Do-Not-Track signals. */
export type DoNotTrackStance =
  /** The signal is respected. */
  | 'HONOURED'
  /** The organisation says it does not respond to the signal. */
  | 'IGNORED'
  /** The record says nothing about it. */
  | 'NOT_STATED';

/** The data-processing agreement with a recipient; replaces the old one whole. */
export type DpaInput = {
  /** Date signed, YYYY-MM-DD. */
  date?: string | null | undefined;
  /** Whether an agreement exists. */
  status: DpaStatus;
  /** Link to the agreement, an http(s) URL. */
  url?: string | null | undefined;
};

/** State of the data-processing agreement (GDPR Art 28(3)) with a recipient. */
export type DpaStatus =
  /** A notice says agreements exist, but none is on record. */
  | 'CLAIMED'
  /** Known to have no agreement. */
  | 'NONE'
  /** A signed agreement is on record. */
  | 'SIGNED'
  /** Nothing is recorded. */
  | 'UNKNOWN';

/** How firmly a document supports a fact. */
export type EvidenceBasis =
  /** A reviewer's reading of the document, explained in the note. */
  | 'INFERRED'
  /** The document says so. */
  | 'STATED';

/** A legal basis claimed for an activity. */
export type LegalBasisClaimInput = {
  /** Where the supporting assessment is: legitimate-interests balancing test, PIPL impact assessment (at most 2048 characters). */
  assessment?: string | null | undefined;
  /** Code within the regime, e.g. "A6-1-b" or "13-2" (see `legalBases`). */
  code: string;
  /** For consent: how it is obtained. */
  consentMechanism?: ConsentMechanism | null | undefined;
  /** Note on the claim (at most 4000 characters). */
  note?: string | null | undefined;
  /** Regime of the basis. */
  regime: Regime;
};

/** What role a legal basis plays in its regime. */
export type LegalBasisKind =
  /** A CCPA business purpose for which personal information may be used or disclosed. */
  | 'BUSINESS_PURPOSE'
  /** A CCPA kind of disclosure (sale or share) with its own duties. */
  | 'DISCLOSURE_TYPE'
  /** A ground that makes processing lawful (GDPR Art 6, PIPL Art 13). */
  | 'LAWFUL_BASIS'
  /** A data-protection principle of a regime without lawful bases (PDPO). */
  | 'PRINCIPLE'
  /** A consent the regime demands on top of a lawful basis (PIPL Arts 29, 31, 39). */
  | 'SEPARATE_CONSENT'
  /** An extra condition for special-category or criminal data (GDPR Art 9, Art 10). */
  | 'SPECIAL_CONDITION'
  /** A tool that makes a cross-border transfer lawful (GDPR Chapter V, PIPL Art 38). */
  | 'TRANSFER_MECHANISM';

/** Who direct marketing is sent to. */
export type MarketingAudience =
  /** Existing customers, who may get e-mail or SMS on a soft opt-in (ePrivacy Art 13(2)). */
  | 'CUSTOMERS'
  /** People who are not customers, who must have consented first (ePrivacy Art 13(1)). */
  | 'PROSPECTS';

/** How direct marketing reaches people. */
export type MarketingChannel =
  /** E-mail. */
  | 'EMAIL'
  /** Advertising shown to the person online. */
  | 'ONLINE_ADVERTISING'
  /** Telephone calls. */
  | 'PHONE'
  /** Letters and leaflets by post. */
  | 'POST'
  /** Push notifications of an app or browser. */
  | 'PUSH'
  /** Text messages. */
  | 'SMS';

/** Technical or organisational security measure (GDPR Art 32). */
export type MeasureKind =
  /** Rules and practice: policies, training, confidentiality, incident plans. */
  | 'ORGANISATIONAL'
  /** Built into systems: encryption, backups, access control. */
  | 'TECHNICAL';

/** How a notice's text is written. */
export type NoticeFormat =
  /** A web page (scripts, styles and navigation are dropped, never run). */
  | 'HTML'
  /** Markdown. */
  | 'MARKDOWN'
  /** Plain text, headings found from numbering and short title lines. */
  | 'TEXT';

/** Which way a notice and the record disagree. */
export type NoticeGapKind =
  /** The record holds it; the notice never tells people. */
  | 'NOT_DISCLOSED'
  /** The notice says it; the record of processing does not hold it. */
  | 'NOT_RECORDED'
  /** The law requires the notice to give it and the notice does not. */
  | 'OMITTED';

/** Fields of a processing activity; lists replace the activity's list, fields left out stay as they are. */
export type ProcessingActivityChangesInput = {
  /** Ages of the people, as bands, each at most once; null empties the list. */
  ageBands?: Array<AgeBand> | null | undefined;
  /** Whether the activity makes automated decisions about people; null records that the record does not say. */
  automatedDecisions?: AutomatedDecisionKind | null | undefined;
  /** Data-category keys. */
  dataCategories?: Array<string> | null | undefined;
  /** Data-subject category keys. */
  dataSubjects?: Array<string> | null | undefined;
  /** What the activity does (at most 4000 characters). */
  description?: string | null | undefined;
  /** Recipients and what each receives. */
  disclosures?: Array<DisclosureInput> | null | undefined;
  /** Where the impact assessment is kept, e.g. a link (at most 2048 characters); null clears it. */
  impactAssessment?: string | null | undefined;
  /** How many people a year the activity concerns; null records that it is not known. */
  individualsPerYear?: VolumeRange | null | undefined;
  /** Kebab-case key, unique in the organisation (at most 100 characters); made from the name when left out. */
  key?: string | null | undefined;
  /** Legal bases claimed. */
  legalBases?: Array<LegalBasisClaimInput> | null | undefined;
  /** Channels of direct marketing; replaces the list, null empties it. */
  marketing?: Array<DirectMarketingInput> | null | undefined;
  /** Name (at most 200 characters). */
  name?: string | null | undefined;
  /** True when the activity discloses data to no one (answers GDPR Art 30(1)(d) with none). */
  noRecipients?: boolean | null | undefined;
  /** Purpose keys. */
  purposes?: Array<string> | null | undefined;
  /** Retention; null clears it. */
  retention?: RetentionInput | null | undefined;
  /** Ids of security measures of the same organisation. */
  securityMeasures?: Array<string | number> | null | undefined;
  /** How many of them a year with sensitive personal information; null records that it is not known. */
  sensitiveIndividualsPerYear?: VolumeRange | null | undefined;
  /** Where the data comes from. */
  sources?: Array<DataSource> | null | undefined;
  /** Ids of storage locations of the same organisation. */
  storageLocations?: Array<string | number> | null | undefined;
  /** Where the people are, for this activity ("EEA", ISO country codes or subdivisions like US-CA); null means the organisation's list. */
  subjectJurisdictions?: Array<string> | null | undefined;
  /** Trackers the activity uses on people's devices; replaces the list, null empties it. */
  trackers?: Array<TrackerInput> | null | undefined;
};

/** Narrows a list of processing activities; all given conditions must hold. */
export type ProcessingActivityFilter = {
  /** Data-category key; also matches every key below it (user.financial finds bank accounts). */
  dataCategory?: string | null | undefined;
  /** Legal-basis code, e.g. "A6-1-a" or "13-1". */
  legalBasis?: string | null | undefined;
  /** Purpose key; also matches every key below it. */
  purpose?: string | null | undefined;
  /** Id of a recipient the activity discloses data to. */
  recipient?: string | number | null | undefined;
  /** Regime of `legalBasis`, where the code alone is ambiguous (GDPR and UK_GDPR share codes). */
  regime?: Regime | null | undefined;
  /** Text the activity's name or key contains, ignoring case (at most 200 characters). */
  search?: string | null | undefined;
  /** ISO 3166-1 alpha-2 code of a country where the activity stores data. */
  storageCountry?: string | null | undefined;
};

/** Whether a law reaches the organisation. */
export type ReachStatus =
  /** The law applies to at least one of its activities, on the facts recorded. */
  | 'REACHES'
  /** Whether it applies turns on a fact the record lacks; a finding asks for it. */
  | 'UNDETERMINED';

/** Fields of a recipient; fields left out stay as they are, null clears an optional one. */
export type RecipientChangesInput = {
  /** Kind of business, e.g. "Payment processor" (at most 200 characters). */
  category?: string | null | undefined;
  /** ISO 3166-1 alpha-2 code of the recipient's country, e.g. US. */
  country?: string | null | undefined;
  /** What the recipient does with the data (at most 4000 characters). */
  description?: string | null | undefined;
  /** Data-processing agreement; null resets it to UNKNOWN. */
  dpa?: DpaInput | null | undefined;
  /** Kebab-case key, unique in the organisation (at most 100 characters); made from the name when left out. */
  key?: string | null | undefined;
  /** Role towards the organisation. */
  kind?: RecipientKind | null | undefined;
  /** Company name, or the name of the category of recipients (at most 200 characters). */
  name?: string | null | undefined;
  /** True for a named company; false for a category of recipients. */
  named?: boolean | null | undefined;
  /** Id of the recipient of the same organisation that engages this one as a sub-processor; null makes it engaged directly. */
  parent?: string | number | null | undefined;
  /** Role in law towards the organisation; null records that it is not known. */
  role?: RecipientRole | null | undefined;
  /** Tools that make transfers to this recipient lawful; replaces the recorded list, null empties it. */
  transferMechanisms?: Array<TransferMechanismInput> | null | undefined;
};

/** The role a recipient plays towards the organisation. */
export type RecipientKind =
  /** A party to a merger, acquisition or sale of the business. */
  | 'ACQUIRER'
  /** A company of the same group. */
  | 'AFFILIATE'
  /** An agent acting for the organisation. */
  | 'AGENT'
  /** A contractor engaged for a business purpose (CCPA §1798.140(j)). */
  | 'CONTRACTOR'
  /** Decides its own purposes for the data it receives. */
  | 'INDEPENDENT_CONTROLLER'
  /** Decides purposes and means together with the organisation (GDPR Art 26). */
  | 'JOINT_CONTROLLER'
  /** Processes data on the organisation's behalf (GDPR Art 28). */
  | 'PROCESSOR'
  /** A government body, regulator, court or police. */
  | 'PUBLIC_AUTHORITY'
  /** Engaged by a processor (GDPR Art 28(2), (4)). */
  | 'SUB_PROCESSOR'
  /** Anyone else who receives the data. */
  | 'THIRD_PARTY';

/** Who a recipient is in law towards the organisation, which decides the duties that apply to a disclosure. */
export type RecipientRole =
  /** Receives the data with the business in a merger, acquisition or sale (PIPL Art 22). */
  | 'ACQUIRER'
  /** Decides its own purposes and means for the data it receives (GDPR Art 4(7); PIPL Art 23). */
  | 'INDEPENDENT_CONTROLLER'
  /** Decides purposes and means together with the organisation (GDPR Art 26; PIPL Art 20). */
  | 'JOINT_CONTROLLER'
  /** Processes data only on the organisation's instructions (GDPR Art 28; an entrusted party under PIPL Art 21). */
  | 'PROCESSOR'
  /** A public body receiving data in an inquiry or under a legal duty (GDPR Art 4(9)). */
  | 'PUBLIC_AUTHORITY';

/** A data-protection regime whose rules the record is judged against. */
export type Regime =
  /** California Consumer Privacy Act as amended by the CPRA. */
  | 'CCPA'
  /** EU General Data Protection Regulation (EU) 2016/679. */
  | 'GDPR'
  /** Hong Kong's Personal Data (Privacy) Ordinance, Cap. 486. */
  | 'PDPO'
  /** China's Personal Information Protection Law (2021). */
  | 'PIPL'
  /** The UK GDPR with the Data Protection Act 2018. */
  | 'UK_GDPR';

/** How long data is kept; give at least one field, or pass null to clear. */
export type RetentionInput = {
  /** The rule in words (at most 4000 characters). */
  description?: string | null | undefined;
  /** ISO 8601 duration, e.g. P2Y. */
  period?: string | null | undefined;
  /** Event that starts or ends the period. */
  trigger?: RetentionTrigger | null | undefined;
};

/** The event from which, or until which, data is kept. */
export type RetentionTrigger =
  /** The person closes the account. */
  | 'ACCOUNT_CLOSURE'
  /** The service to the person ends. */
  | 'END_OF_SERVICE'
  /** A legal duty or claim that required keeping the data ends. */
  | 'LEGAL_HOLD_END'
  /** Another event, described in words. */
  | 'OTHER'
  /** The purpose of the processing is achieved. */
  | 'PURPOSE_FULFILLED';

/** What an API key may do. */
export type Role =
  /** Everything, for every organisation: also API keys and organisations. */
  | 'ADMIN'
  /** Read and change the record of the organisations in scope. */
  | 'EDITOR'
  /** Read the record of the organisations in scope. */
  | 'VIEWER';

/** How a regime singles out a data category. */
export type SensitivityKind =
  /** Data about criminal convictions and offences (GDPR Art 10). */
  | 'CRIMINAL_OFFENCE'
  /** Sensitive personal information (PIPL Art 28, CCPA §1798.140(ae)). */
  | 'SENSITIVE'
  /** A special category of personal data (GDPR Art 9). */
  | 'SPECIAL_CATEGORY';

/** How much a finding matters, lowest first. */
export type Severity =
  /** Unlawful processing that needs action now. */
  | 'CRITICAL'
  /** Processing that is likely unlawful as recorded. */
  | 'HIGH'
  /** Worth knowing; nothing is wrong as such. */
  | 'INFO'
  /** A gap in the record to fill when convenient. */
  | 'LOW'
  /** A gap a regulator would ask about. */
  | 'MEDIUM';

/** What an organisation-level declaration is about. */
export type StatementTopic =
  /** Linking of accounts and data across services. */
  | 'ACCOUNT_LINKING'
  /** Data of children and minimum ages. */
  | 'CHILDREN'
  /** How consent is obtained or assumed. */
  | 'CONSENT'
  /** Browser Do-Not-Track signals. */
  | 'DO_NOT_TRACK'
  /** What happens after a security incident or breach. */
  | 'INCIDENT_RESPONSE'
  /** How changes to the notice are announced and take effect. */
  | 'NOTICE_CHANGES'
  /** Anything else worth recording. */
  | 'OTHER'
  /** General security claims. */
  | 'SECURITY'
  /** Whether special-category or sensitive data is processed. */
  | 'SENSITIVE_DATA'
  /** Whether data is received from other organisations. */
  | 'THIRD_PARTY_SOURCES';

/** How the person agrees to a tracker. */
export type TrackerConsent =
  /** Taken from the browser's settings: not consent (CJEU C-673/17 Planet49). */
  | 'BROWSER_SETTINGS'
  /** Assumed from use of the service: not consent (CJEU C-673/17 Planet49). */
  | 'CONTINUED_USE'
  /** No agreement is asked for. */
  | 'NONE'
  /** An affirmative act before the tracker is set, e.g. accepting in a consent banner. */
  | 'OPT_IN'
  /** Set unless the person refuses. */
  | 'OPT_OUT';

/** A tracker an activity uses. */
export type TrackerInput = {
  /** How the person agrees to it. */
  consent?: TrackerConsent | null | undefined;
  /** The technique it uses. */
  kind: TrackerKind;
  /** Its name (at most 200 characters). */
  name?: string | null | undefined;
  /** Why it is used. */
  purpose?: TrackerPurpose | null | undefined;
  /** Id of the recipient of the same organisation whose tracker it is; null for the organisation's own. */
  recipient?: string | number | null | undefined;
};

/** The technique a tracker uses to store or read information on the person's device (ePrivacy Art 5(3)). */
export type TrackerKind =
  /** An HTTP cookie. */
  | 'COOKIE'
  /** Identifying the device from its characteristics, without storing anything. */
  | 'FINGERPRINTING'
  /** Browser local or session storage, or similar device storage. */
  | 'LOCAL_STORAGE'
  /** A tracking pixel in a page or e-mail. */
  | 'PIXEL'
  /** A software development kit inside an app. */
  | 'SDK'
  /** A web beacon or similar request sent back when content is viewed. */
  | 'WEB_BEACON';

/** Why a tracker is used; only strictly necessary trackers are exempt from consent (ePrivacy Art 5(3)). */
export type TrackerPurpose =
  /** Targets or measures advertising. */
  | 'ADVERTISING'
  /** Measures use of the service. */
  | 'ANALYTICS'
  /** Remembers the person's choices, such as language. */
  | 'PREFERENCES'
  /** Needed to provide the service the person asked for. */
  | 'STRICTLY_NECESSARY';

/** A legal tool that makes transfers lawful: GDPR Chapter V or PIPL Art 38. */
export type TransferMechanismInput = {
  /** Code of a TRANSFER_MECHANISM in `legalBases`, e.g. GDPR "A46-2-c" (SCCs), "A45-3" (adequacy, e.g. DPF certification), PIPL "38-3". */
  code: string;
  /** Where it is documented, or anything a reviewer should know (at most 4000 characters). */
  note?: string | null | undefined;
  /** Regime of the tool. */
  regime: Regime;
};

/** The judgement on one transfer. */
export type TransferStatus =
  /** A lawful mechanism covers it (adequacy or a recorded tool). */
  | 'COVERED'
  /** No lawful mechanism is recorded. */
  | 'NOT_COVERED'
  /** A fact it turns on is not recorded (the importer's country, whether storage is the organisation's own, or for PIPL the volumes and CIIO status), so it cannot be judged. */
  | 'UNDETERMINED';

/** An item of information GDPR Arts 13 and 14 require a privacy notice to give. */
export type TransparencyItem =
  /** automated decision-making and its logic and effects */
  | 'AUTOMATED_DECISIONS'
  /** the controller's contact details */
  | 'CONTROLLER_CONTACT'
  /** the controller's identity */
  | 'CONTROLLER_NAME'
  /** the categories of personal data */
  | 'DATA_CATEGORIES'
  /** the data protection officer's contact details */
  | 'DPO_CONTACT'
  /** the legal basis of processing */
  | 'LEGAL_BASIS'
  /** the legitimate interests relied on */
  | 'LEGITIMATE_INTERESTS'
  /** whether providing the data is required, and what follows if not */
  | 'MANDATORY_DISCLOSURE'
  /** the purposes of processing */
  | 'PURPOSES'
  /** the recipients or categories of recipients */
  | 'RECIPIENTS'
  /** how long data is kept, or the criteria */
  | 'RETENTION'
  /** the right of access */
  | 'RIGHT_ACCESS'
  /** the right to complain to a supervisory authority */
  | 'RIGHT_COMPLAINT'
  /** the right to erasure */
  | 'RIGHT_ERASURE'
  /** the right to object */
  | 'RIGHT_OBJECT'
  /** the right to data portability */
  | 'RIGHT_PORTABILITY'
  /** the right to rectification */
  | 'RIGHT_RECTIFICATION'
  /** the right to restriction */
  | 'RIGHT_RESTRICT'
  /** the right to withdraw consent */
  | 'RIGHT_WITHDRAW_CONSENT'
  /** where the data comes from */
  | 'SOURCE_OF_DATA'
  /** transfers to other countries and their safeguards */
  | 'THIRD_COUNTRY_TRANSFERS';

/** How many people a year an activity concerns, in the bands the PIPL cross-border thresholds and the CCPA use. */
export type VolumeRange =
  /** From 10,000 to under 100,000 people a year. */
  | 'FROM_10K_TO_100K'
  /** From 100,000 to under 1 million people a year. */
  | 'FROM_100K_TO_1M'
  /** 1 million people a year or more. */
  | 'OVER_1M'
  /** Fewer than 10,000 people a year. */
  | 'UNDER_10K';

export type ActivitiesPageFiltersQueryVariables = Exact<{
  slug: string;
  asOf?: string | null | undefined;
}>;


export type ActivitiesPageFiltersQuery = { organization: { id: string, dataCategories: Array<{ id: string, key: string, name: string }>, storageLocations: Array<{ id: string, country: { code: string, name: string } }>, recipients: Array<{ id: string, name: string }> } | null, purposes: Array<{ id: string, key: string, name: string }>, legalBases: Array<{ id: string, regime: Regime, code: string, name: string, article: string }> };

export type ActivitiesPageListQueryVariables = Exact<{
  slug: string;
  asOf?: string | null | undefined;
  filter?: ProcessingActivityFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActivitiesPageListQuery = { organization: { id: string, processingActivities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, purposes: Array<{ id: string, key: string, name: string }>, dataCategories: Array<{ id: string, key: string, name: string }>, storageLocations: Array<{ id: string, country: { code: string, name: string } }>, disclosures: Array<{ recipient: { id: string, name: string } }> } }> } } | null };

export type ActivityChangesDiffQueryVariables = Exact<{
  organization: string;
  from: string;
  to?: string | null | undefined;
  object: string | number;
}>;


export type ActivityChangesDiffQuery = { recordDiff: { from: string, to: string, processingActivities: Array<{ id: string, key: string, name: string, change: ChangeKind, changes: Array<{ field: string, old: unknown, new: unknown }> }> } | null };

export type ActivityDetailQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type ActivityDetailQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string, key: string, name: string, description: string | null, subjectJurisdictions: Array<string> | null, noRecipients: boolean, ageBands: Array<AgeBand>, individualsPerYear: VolumeRange | null, sensitiveIndividualsPerYear: VolumeRange | null, automatedDecisions: AutomatedDecisionKind | null, impactAssessment: string | null, version: number, updatedAt: string, sources: Array<DataSource>, organization: { id: string, slug: string, name: string, legalName: string | null, contactEmail: string | null, postalAddress: string | null, website: string | null, country: { code: string, name: string } | null, dpo: { name: string, email: string | null, countryCode: string | null } | null, representative: { name: string, email: string | null, countryCode: string | null } | null, evidence: Array<{ document: string, documentUrl: string | null, section: string, basis: EvidenceBasis, note: string | null }> }, trackers: Array<{ kind: TrackerKind, name: string | null, purpose: TrackerPurpose | null, consent: TrackerConsent | null, recipient: { id: string, name: string } | null }>, marketing: Array<{ channel: MarketingChannel, audiences: Array<MarketingAudience>, consentMechanism: ConsentMechanism | null }>, purposes: Array<{ id: string, key: string, name: string }>, legalBasisClaims: Array<{ consentMechanism: ConsentMechanism | null, note: string | null, assessment: string | null, legalBasis: { id: string, regime: Regime, code: string, name: string, article: string, kind: LegalBasisKind }, evidence: Array<{ document: string, documentUrl: string | null, section: string, basis: EvidenceBasis, note: string | null }> }>, dataSubjects: Array<{ id: string, key: string, name: string }>, dataCategories: Array<{ id: string, key: string, name: string, sensitivity: Array<{ regime: Regime, kind: SensitivityKind, reference: string }> }>, disclosures: Array<{ purpose: string | null, sale: boolean | null, sharing: boolean | null, recipient: { id: string, name: string, kind: RecipientKind, country: { code: string, name: string, euAdequacy: AdequacyStatus } | null }, dataCategories: Array<{ id: string, key: string, name: string }>, evidence: Array<{ document: string, documentUrl: string | null, section: string, basis: EvidenceBasis, note: string | null }> }>, storageLocations: Array<{ id: string, name: string, region: string | null, provider: string | null, euAdequacy: AdequacyStatus, country: { code: string, name: string }, transferMechanisms: Array<{ regime: Regime, note: string | null, legalBasis: { id: string, code: string, name: string, article: string } | null }>, evidence: Array<{ document: string, documentUrl: string | null, section: string, basis: EvidenceBasis, note: string | null }> }>, retention: { period: string | null, trigger: RetentionTrigger | null, description: string | null, evidence: Array<{ document: string, documentUrl: string | null, section: string, basis: EvidenceBasis, note: string | null }> } | null, securityMeasures: Array<{ id: string, key: string, name: string, kind: MeasureKind }>, evidence: Array<{ document: string, documentUrl: string | null, section: string, basis: EvidenceBasis, note: string | null }> }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type ActivityDetailFieldsFragment = { id: string, key: string, name: string, description: string | null, subjectJurisdictions: Array<string> | null, noRecipients: boolean, ageBands: Array<AgeBand>, individualsPerYear: VolumeRange | null, sensitiveIndividualsPerYear: VolumeRange | null, automatedDecisions: AutomatedDecisionKind | null, impactAssessment: string | null, version: number, updatedAt: string, sources: Array<DataSource>, trackers: Array<{ kind: TrackerKind, name: string | null, purpose: TrackerPurpose | null, consent: TrackerConsent | null, recipient: { id: string, name: string } | null }>, marketing: Array<{ channel: MarketingChannel, audiences: Array<MarketingAudience>, consentMechanism: ConsentMechanism | null }>, purposes: Array<{ id: string, key: string, name: string }>, legalBasisClaims: Array<{ consentMechanism: ConsentMechanism | null, note: string | null, assessment: string | null, legalBasis: { id: string, regime: Regime, code: string, name: string, article: string, kind: LegalBasisKind }, evidence: Array<{ document: string, documentUrl: string | null, section: string, basis: EvidenceBasis, note: string | null }> }>, dataSubjects: Array<{ id: string, key: string, name: string }>, dataCategories: Array<{ id: string, key: string, name: string, sensitivity: Array<{ regime: Regime, kind: SensitivityKind, reference: string }> }>, disclosures: Array<{ purpose: string | null, sale: boolean | null, sharing: boolean | null, recipient: { id: string, name: string, kind: RecipientKind, country: { code: string, name: string, euAdequacy: AdequacyStatus } | null }, dataCategories: Array<{ id: string, key: string, name: string }>, evidence: Array<{ document: string, documentUrl: string | null, section: string, basis: EvidenceBasis, note: string | null }> }>, storageLocations: Array<{ id: string, name: string, region: string | null, provider: string | null, euAdequacy: AdequacyStatus, country: { code: string, name: string }, transferMechanisms: Array<{ regime: Regime, note: string | null, legalBasis: { id: string, code: string, name: string, article: string } | null }>, evidence: Array<{ document: string, documentUrl: string | null, section: string, basis: EvidenceBasis, note: string | null }> }>, retention: { period: string | null, trigger: RetentionTrigger | null, description: string | null, evidence: Array<{ document: string, documentUrl: string | null, section: string, basis: EvidenceBasis, note: string | null }> } | null, securityMeasures: Array<{ id: string, key: string, name: string, kind: MeasureKind }>, evidence: Array<{ document: string, documentUrl: string | null, section: string, basis: EvidenceBasis, note: string | null }> };

export type ActivityDetailFindingsQueryVariables = Exact<{
  organization: string;
  subject: string | number;
  asOf?: string | null | undefined;
}>;


export type ActivityDetailFindingsQuery = { findings: Array<{ id: string, rule: string, severity: Severity, regime: Regime | null, reference: string, message: string }> };

export type ActivityEditCreateMutationVariables = Exact<{
  input: CreateProcessingActivityInput;
}>;


export type ActivityEditCreateMutation = { createProcessingActivity: { processingActivity: { id: string, key: string, name: string, version: number } } };

export type ActivityEditLoadQueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityEditLoadQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { key: string, name: string, description: string | null, version: number, updatedAt: string, id: string, organization: { id: string, slug: string }, purposes: Array<{ id: string, key: string }>, dataCategories: Array<{ id: string, key: string }>, dataSubjects: Array<{ id: string, key: string }>, legalBasisClaims: Array<{ consentMechanism: ConsentMechanism | null, note: string | null, assessment: string | null, legalBasis: { id: string, regime: Regime, code: string } }>, storageLocations: Array<{ id: string }>, retention: { period: string | null, trigger: RetentionTrigger | null, description: string | null } | null, disclosures: Array<{ purpose: string | null, sale: boolean | null, sharing: boolean | null, recipient: { id: string }, dataCategories: Array<{ id: string, key: string }> }> }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, history: Array<{ version: number, at: string, actor: string, operation: ChangeOperation, changes: Array<{ field: string }> }> };

export type ActivityEditOptionsQueryVariables = Exact<{
  slug: string;
}>;


export type ActivityEditOptionsQuery = { purposes: Array<{ id: string, key: string, name: string }>, dataCategories: Array<{ id: string, key: string, name: string, deprecated: boolean }>, dataSubjectCategories: Array<{ id: string, key: string, name: string }>, legalBases: Array<{ id: string, regime: Regime, code: string, kind: LegalBasisKind, name: string, article: string }>, organization: { id: string, storageLocations: Array<{ id: string, name: string, region: string | null, country: { code: string } }>, recipients: Array<{ id: string, name: string }> } | null };

export type ActivityEditUpdateMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: ProcessingActivityChangesInput;
}>;


export type ActivityEditUpdateMutation = { updateProcessingActivity: { processingActivity: { id: string, name: string, version: number, updatedAt: string } } };

export type ActivityHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityHistoryQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { name: string, version: number, updatedAt: string, id: string, organization: { id: string, slug: string } }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, history: Array<{ version: number, at: string, actor: string, operation: ChangeOperation, changes: Array<{ field: string, old: unknown, new: unknown }> }> };

export type ActivityListQueryVariables = Exact<{
  slug: string;
  asOf?: string | null | undefined;
  filter?: ProcessingActivityFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActivityListQuery = { organization: { id: string, slug: string, name: string, processingActivities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, key: string, name: string, version: number, updatedAt: string, purposes: Array<{ id: string, key: string, name: string }>, dataCategories: Array<{ id: string, key: string, name: string }>, storageLocations: Array<{ id: string, name: string, country: { code: string, name: string } }>, disclosures: Array<{ recipient: { id: string, name: string, kind: RecipientKind } }> } }> } } | null };

export type CategoryWhereaboutsQueryVariables = Exact<{
  organization: string;
  category: string;
}>;


export type CategoryWhereaboutsQuery = { processingActivities: { totalCount: number, edges: Array<{ node: { id: string, name: string, dataCategories: Array<{ id: string, key: string, name: string }>, storageLocations: Array<{ id: string, name: string, euAdequacy: AdequacyStatus, country: { code: string, name: string } }>, disclosures: Array<{ recipient: { id: string, name: string, kind: RecipientKind, category: string | null, named: boolean, country: { code: string } | null }, dataCategories: Array<{ id: string, key: string }> }> } }> }, recipients: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: RecipientKind, category: string | null, named: boolean, dpa: { status: DpaStatus } } }> } };

export type DataFlowsQueryVariables = Exact<{
  organization: string;
  asOf?: string | null | undefined;
  filter?: DataFlowFilter | null | undefined;
  maxNodes?: number | null | undefined;
}>;


export type DataFlowsQuery = { dataFlows: { activityCount: number, aggregated: boolean, nodes: Array<{ id: string, kind: DataFlowNodeKind, column: number, label: string, detail: string | null, activityCount: number, object: string | null, drill: { dataCategory: string | null, purpose: string | null, recipientKind: RecipientKind | null, country: string | null } | null }>, links: Array<{ source: string, target: string, value: number, kind: DataFlowLinkKind }> } };

export type DataMapQueryVariables = Exact<{
  organization: string;
}>;


export type DataMapQuery = { dataMap: { nodes: Array<{ id: string, kind: DataMapNodeKind, label: string, detail: string | null }>, edges: Array<{ from: string, to: string, kind: DataMapEdgeKind, dataCategories: Array<string> }> } };

export type DataMapPageOptionsQueryVariables = Exact<{
  slug: string;
  asOf?: string | null | undefined;
}>;


export type DataMapPageOptionsQuery = { organization: { id: string, dataCategories: Array<{ id: string, key: string, name: string }>, recipients: Array<{ id: string, kind: RecipientKind, country: { code: string, name: string } | null }>, storageLocations: Array<{ id: string, country: { code: string, name: string } }> } | null, purposes: Array<{ id: string, key: string, name: string }>, dataCategories: Array<{ id: string, key: string, name: string }> };

export type FindingSummaryQueryVariables = Exact<{
  organization: string;
  asOf?: string | null | undefined;
}>;


export type FindingSummaryQuery = { findingSummary: { total: number, accepted: number, counts: Array<{ rule: string, regime: Regime | null, severity: Severity, count: number }> } };

export type FindingsQueryVariables = Exact<{
  organization: string;
  asOf?: string | null | undefined;
  minSeverity?: Severity | null | undefined;
  regime?: Regime | null | undefined;
  rule?: string | null | undefined;
  subject?: string | number | null | undefined;
  includeAccepted?: boolean | null | undefined;
  first?: number | null | undefined;
}>;


export type FindingsQuery = { findings: Array<{ id: string, rule: string, severity: Severity, regime: Regime | null, reference: string, message: string, remediation: string, acceptance: { justification: string, until: string, acceptedBy: string, acceptedAt: string } | null, subject:
      | { __typename: 'DataCategory', id: string }
      | { __typename: 'DataSubjectCategory', id: string }
      | { __typename: 'LegalBasis', id: string }
      | { __typename: 'Location', name: string, id: string }
      | { __typename: 'Organization', name: string, slug: string, id: string }
      | { __typename: 'ProcessingActivity', name: string, id: string }
      | { __typename: 'Purpose', id: string }
      | { __typename: 'Recipient', name: string, id: string }
      | { __typename: 'SecurityMeasure', name: string, id: string }
     | null }> };

export type FindingsPageAcceptMutationVariables = Exact<{
  id: string | number;
  justification: string;
  until: string;
}>;


export type FindingsPageAcceptMutation = { acceptFinding: { finding: { id: string, acceptance: { justification: string, until: string, acceptedBy: string, acceptedAt: string } | null } } };

export type NoticeComparisonQueryVariables = Exact<{
  organization: string;
  notice: string;
  format?: NoticeFormat | null | undefined;
}>;


export type NoticeComparisonQuery = { noticeComparison: { organization: string, title: string, items: Array<{ item: TransparencyItem, present: boolean, evidence: Array<{ section: string, quote: string }> }>, gaps: Array<{ kind: NoticeGapKind, rule: string, severity: Severity, regimes: Array<Regime>, reference: string, message: string, remediation: string, detail: string, section: string | null, subject:
        | { __typename: 'DataCategory', id: string }
        | { __typename: 'DataSubjectCategory', id: string }
        | { __typename: 'LegalBasis', id: string }
        | { __typename: 'Location', id: string }
        | { __typename: 'Organization', id: string }
        | { __typename: 'ProcessingActivity', name: string, id: string }
        | { __typename: 'Purpose', id: string }
        | { __typename: 'Recipient', name: string, id: string }
        | { __typename: 'SecurityMeasure', id: string }
       | null }> } };

export type OrganizationRecordQueryVariables = Exact<{
  slug: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganizationRecordQuery = { organization: { id: string, slug: string, name: string, legalName: string | null, website: string | null, contactEmail: string | null, postalAddress: string | null, minimumAge: number | null, doNotTrack: DoNotTrackStance, country: { code: string, name: string, euAdequacy: AdequacyStatus } | null, dpo: { name: string, email: string | null } | null, representative: { name: string, email: string | null, countryCode: string | null } | null, statements: Array<{ topic: StatementTopic, summary: string, evidence: Array<{ section: string, basis: EvidenceBasis }> }>, rights: Array<{ right: DataSubjectRight, jurisdictions: Array<string> | null, description: string | null }>, securityMeasures: Array<{ id: string, key: string, name: string, kind: MeasureKind, description: string | null }>, processingActivities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, key: string, name: string, description: string | null, sources: Array<DataSource>, version: number, updatedAt: string, purposes: Array<{ id: string, key: string, name: string }>, legalBasisClaims: Array<{ consentMechanism: ConsentMechanism | null, note: string | null, legalBasis: { id: string, regime: Regime, code: string, name: string, article: string } }>, dataSubjects: Array<{ id: string, key: string, name: string }>, dataCategories: Array<{ id: string, key: string, name: string, sensitivity: Array<{ regime: Regime, kind: SensitivityKind, reference: string }> }>, disclosures: Array<{ purpose: string | null, recipient: { id: string, name: string, kind: RecipientKind, category: string | null, named: boolean, country: { code: string } | null }, dataCategories: Array<{ id: string, key: string }> }>, storageLocations: Array<{ id: string, name: string, region: string | null, euAdequacy: AdequacyStatus, country: { code: string, name: string } }>, retention: { period: string | null, trigger: RetentionTrigger | null, description: string | null } | null, securityMeasures: Array<{ id: string, key: string, name: string }>, evidence: Array<{ document: string, section: string, basis: EvidenceBasis, note: string | null }> } }> } } | null };

export type OverviewChangesQueryVariables = Exact<{
  organization: string;
  from: string;
  to?: string | null | undefined;
}>;


export type OverviewChangesQuery = { recordDiff: { organization: Array<{ field: string }>, processingActivities: Array<{ id: string, name: string, change: ChangeKind }>, recipients: Array<{ id: string, name: string, change: ChangeKind }>, storageLocations: Array<{ id: string, name: string, change: ChangeKind }>, securityMeasures: Array<{ id: string, name: string, change: ChangeKind }> } | null };

export type OverviewFindingsQueryVariables = Exact<{
  organization: string;
  asOf?: string | null | undefined;
}>;


export type OverviewFindingsQuery = { findingSummary: { total: number, accepted: number, counts: Array<{ rule: string, regime: Regime | null, severity: Severity, count: number }> } };

export type OverviewOrganizationQueryVariables = Exact<{
  slug: string;
  asOf?: string | null | undefined;
}>;


export type OverviewOrganizationQuery = { organization: { id: string, slug: string, name: string, legalName: string | null, website: string | null, contactEmail: string | null, postalAddress: string | null, country: { code: string, name: string } | null, dpo: { name: string, email: string | null } | null, representative: { name: string, email: string | null, countryCode: string | null } | null, processingActivities: { totalCount: number }, recipientsConnection: { totalCount: number }, storageLocationsConnection: { totalCount: number }, dataCategories: Array<{ id: string, key: string }>, securityMeasuresConnection: { totalCount: number } } | null };

export type OverviewReachQueryVariables = Exact<{
  organization: string;
  asOf?: string | null | undefined;
}>;


export type OverviewReachQuery = { reach: Array<{ regime: Regime, status: ReachStatus, article: string, reason: string }> };

export type OverviewRecentChangesQueryVariables = Exact<{
  organization: string;
  since: string;
  first?: number | null | undefined;
}>;


export type OverviewRecentChangesQuery = { recentChanges: { total: number, entries: Array<{ at: string, actor: string, operation: ChangeOperation, objectType: string, object: string, name: string, fields: Array<string> }> } };

export type OverviewTransfersQueryVariables = Exact<{
  organization: string;
  asOf?: string | null | undefined;
}>;


export type OverviewTransfersQuery = { transferSummary: Array<{ regime: Regime, status: TransferStatus, count: number }> };

export type RecentChangesQueryVariables = Exact<{
  organization: string;
  since: string;
  first?: number | null | undefined;
}>;


export type RecentChangesQuery = { recentChanges: { total: number, entries: Array<{ at: string, actor: string, operation: ChangeOperation, objectType: string, object: string, name: string, fields: Array<string> }> } };

export type RecipientDetailQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type RecipientDetailQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { key: string, name: string, kind: RecipientKind, role: RecipientRole | null, category: string | null, named: boolean, description: string | null, version: number, updatedAt: string, privacyUrl: string | null, legitimateInterestUrl: string | null, id: string, country: { code: string, name: string, euAdequacy: AdequacyStatus, adequacyScope: string | null } | null, dpa: { status: DpaStatus, date: string | null, url: string | null }, transferMechanisms: Array<{ regime: Regime, note: string | null, legalBasis: { id: string, code: string, name: string, article: string } | null }>, evidence: Array<{ document: string, documentUrl: string | null, section: string, basis: EvidenceBasis, note: string | null }>, dataCategories: Array<{ id: string, key: string, name: string }>, organization: { id: string, slug: string }, parent: { id: string, name: string } | null, subProcessors: Array<{ id: string, name: string, kind: RecipientKind, country: { code: string, name: string } | null, subProcessors: Array<{ id: string, name: string, kind: RecipientKind, country: { code: string, name: string } | null }> }> }
    | { id: string }
   | null };

export type RecipientDetailActivitiesQueryVariables = Exact<{
  slug: string;
  asOf?: string | null | undefined;
  recipient: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RecipientDetailActivitiesQuery = { organization: { id: string, processingActivities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, disclosures: Array<{ purpose: string | null, sale: boolean | null, sharing: boolean | null, recipient: { id: string }, dataCategories: Array<{ id: string, key: string, name: string }> }> } }> } } | null };

export type RecipientEditCreateMutationVariables = Exact<{
  input: CreateRecipientInput;
}>;


export type RecipientEditCreateMutation = { createRecipient: { recipient: { id: string, key: string, name: string, version: number } } };

export type RecipientEditLoadQueryVariables = Exact<{
  id: string | number;
}>;


export type RecipientEditLoadQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { key: string, name: string, kind: RecipientKind, role: RecipientRole | null, category: string | null, named: boolean, description: string | null, version: number, updatedAt: string, id: string, organization: { id: string, slug: string }, country: { code: string } | null, dpa: { status: DpaStatus, date: string | null, url: string | null }, parent: { id: string } | null }
    | { id: string }
   | null, history: Array<{ version: number, at: string, actor: string, operation: ChangeOperation, changes: Array<{ field: string }> }> };

export type RecipientEditOptionsQueryVariables = Exact<{
  slug: string;
}>;


export type RecipientEditOptionsQuery = { organization: { id: string, recipients: Array<{ id: string, name: string, parent: { id: string } | null }> } | null };

export type RecipientEditUpdateMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: RecipientChangesInput;
}>;


export type RecipientEditUpdateMutation = { updateRecipient: { recipient: { id: string, name: string, version: number, updatedAt: string } } };

export type RecipientsByCategoryQueryVariables = Exact<{
  organization?: string | null | undefined;
  category: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RecipientsByCategoryQuery = { recipients: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, kind: RecipientKind, category: string | null, named: boolean, country: { code: string, name: string, euAdequacy: AdequacyStatus } | null, dpa: { status: DpaStatus, date: string | null, url: string | null }, dataCategories: Array<{ id: string, key: string, name: string, sensitivity: Array<{ regime: Regime, kind: SensitivityKind }> }>, subProcessorsConnection: { totalCount: number, edges: Array<{ node: { id: string, name: string, country: { code: string } | null } }> }, organization: { id: string, slug: string } } }> } };

export type RecipientsPageListQueryVariables = Exact<{
  slug: string;
  asOf?: string | null | undefined;
}>;


export type RecipientsPageListQuery = { organization: { id: string, recipients: Array<{ id: string, name: string, kind: RecipientKind, role: RecipientRole | null, category: string | null, named: boolean, country: { code: string, name: string, euAdequacy: AdequacyStatus } | null, dpa: { status: DpaStatus, date: string | null }, parent: { id: string } | null, subProcessors: Array<{ id: string }> }> } | null };

export type RecordAsOfQueryVariables = Exact<{
  slug: string;
  asOf: string;
}>;


export type RecordAsOfQuery = { organization: { id: string, slug: string, name: string, version: number, updatedAt: string, processingActivities: { totalCount: number, edges: Array<{ node: { id: string, key: string, name: string, version: number, purposes: Array<{ id: string, key: string }>, legalBasisClaims: Array<{ consentMechanism: ConsentMechanism | null, legalBasis: { id: string, regime: Regime, code: string } }>, dataCategories: Array<{ id: string, key: string }>, disclosures: Array<{ recipient: { id: string, name: string, kind: RecipientKind }, dataCategories: Array<{ id: string, key: string }> }>, storageLocations: Array<{ id: string, name: string, euAdequacy: AdequacyStatus, country: { code: string } }>, retention: { period: string | null, trigger: RetentionTrigger | null, description: string | null } | null } }> }, recipientsConnection: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: RecipientKind, country: { code: string } | null } }> } } | null };

export type RecordDiffSinceQueryVariables = Exact<{
  organization: string;
  from: string;
  to?: string | null | undefined;
}>;


export type RecordDiffSinceQuery = { recordDiff: { from: string, to: string, organization: Array<{ field: string, old: unknown, new: unknown }>, processingActivities: Array<{ id: string, key: string, name: string, change: ChangeKind, changes: Array<{ field: string, old: unknown, new: unknown }> }>, recipients: Array<{ id: string, key: string, name: string, change: ChangeKind, changes: Array<{ field: string, old: unknown, new: unknown }> }>, storageLocations: Array<{ id: string, key: string, name: string, change: ChangeKind, changes: Array<{ field: string, old: unknown, new: unknown }> }>, securityMeasures: Array<{ id: string, key: string, name: string, change: ChangeKind, changes: Array<{ field: string, old: unknown, new: unknown }> }> } | null };

export type SensitiveCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type SensitiveCategoriesQuery = { dataCategories: Array<{ id: string, key: string, name: string, parent: { id: string, key: string } | null, sensitivity: Array<{ regime: Regime, kind: SensitivityKind, reference: string, inheritedFrom: string }> }> };

export type TransfersPageQueryVariables = Exact<{
  organization: string;
  asOf?: string | null | undefined;
  regime?: Regime | null | undefined;
  status?: TransferStatus | null | undefined;
  toCountry?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type TransfersPageQuery = { transfers: Array<{ regime: Regime, status: TransferStatus, mechanism: string | null, exemption: string | null, activity: { id: string, name: string }, dataCategories: Array<{ id: string, key: string, name: string }>, fromCountry: { code: string, name: string }, toCountry: { code: string, name: string }, recipient: { id: string, name: string, kind: RecipientKind } | null, via: { id: string, name: string, parent: { id: string, name: string } | null } | null, location: { id: string, name: string, region: string | null } | null }> };

export type TransfersPageDestinationsQueryVariables = Exact<{
  organization: string;
  asOf?: string | null | undefined;
  regime?: Regime | null | undefined;
}>;


export type TransfersPageDestinationsQuery = { transferDestinations: Array<{ regime: Regime, covered: number, notCovered: number, undetermined: number, mechanisms: Array<string>, country: { code: string, name: string } }> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { name: string, role: Role, scoped: boolean }, organizations: Array<{ id: string, slug: string, name: string, country: { code: string, name: string } | null }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ActivityDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActivityDetailFields on ProcessingActivity {
  id
  key
  name
  description
  subjectJurisdictions
  noRecipients
  ageBands
  individualsPerYear
  sensitiveIndividualsPerYear
  automatedDecisions
  impactAssessment
  version
  updatedAt
  trackers {
    kind
    name
    purpose
    consent
    recipient {
      id
      name
    }
  }
  marketing {
    channel
    audiences
    consentMechanism
  }
  purposes {
    id
    key
    name
  }
  legalBasisClaims {
    consentMechanism
    note
    assessment
    legalBasis {
      id
      regime
      code
      name
      article
      kind
    }
    evidence {
      document
      documentUrl
      section
      basis
      note
    }
  }
  dataSubjects {
    id
    key
    name
  }
  dataCategories {
    id
    key
    name
    sensitivity {
      regime
      kind
      reference
    }
  }
  sources
  disclosures {
    purpose
    sale
    sharing
    recipient {
      id
      name
      kind
      country {
        code
        name
        euAdequacy
      }
    }
    dataCategories {
      id
      key
      name
    }
    evidence {
      document
      documentUrl
      section
      basis
      note
    }
  }
  storageLocations {
    id
    name
    region
    provider
    country {
      code
      name
    }
    euAdequacy
    transferMechanisms {
      regime
      note
      legalBasis {
        id
        code
        name
        article
      }
    }
    evidence {
      document
      documentUrl
      section
      basis
      note
    }
  }
  retention {
    period
    trigger
    description
    evidence {
      document
      documentUrl
      section
      basis
      note
    }
  }
  securityMeasures {
    id
    key
    name
    kind
  }
  evidence {
    document
    documentUrl
    section
    basis
    note
  }
}
    `, {"fragmentName":"ActivityDetailFields"}) as unknown as TypedDocumentString<ActivityDetailFieldsFragment, unknown>;
export const ActivitiesPageFiltersDocument = new TypedDocumentString(`
    query ActivitiesPageFilters($slug: String!, $asOf: DateTime) {
  organization(slug: $slug, asOf: $asOf) {
    id
    dataCategories {
      id
      key
      name
    }
    storageLocations {
      id
      country {
        code
        name
      }
    }
    recipients {
      id
      name
    }
  }
  purposes {
    id
    key
    name
  }
  legalBases(kind: LAWFUL_BASIS) {
    id
    regime
    code
    name
    article
  }
}
    `) as unknown as TypedDocumentString<ActivitiesPageFiltersQuery, ActivitiesPageFiltersQueryVariables>;
export const ActivitiesPageListDocument = new TypedDocumentString(`
    query ActivitiesPageList($slug: String!, $asOf: DateTime, $filter: ProcessingActivityFilter, $first: Int = 50, $after: String) {
  organization(slug: $slug, asOf: $asOf) {
    id
    processingActivities(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          purposes {
            id
            key
            name
          }
          dataCategories {
            id
            key
            name
          }
          storageLocations {
            id
            country {
              code
              name
            }
          }
          disclosures {
            recipient {
              id
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActivitiesPageListQuery, ActivitiesPageListQueryVariables>;
export const ActivityChangesDiffDocument = new TypedDocumentString(`
    query ActivityChangesDiff($organization: String!, $from: DateTime!, $to: DateTime, $object: ID!) {
  recordDiff(organization: $organization, from: $from, to: $to, object: $object) {
    from
    to
    processingActivities {
      id
      key
      name
      change
      changes {
        field
        old
        new
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActivityChangesDiffQuery, ActivityChangesDiffQueryVariables>;
export const ActivityDetailDocument = new TypedDocumentString(`
    query ActivityDetail($id: ID!, $asOf: DateTime) {
  node(id: $id, asOf: $asOf) {
    id
    ... on ProcessingActivity {
      ...ActivityDetailFields
      organization {
        id
        slug
        name
        legalName
        contactEmail
        postalAddress
        website
        country {
          code
          name
        }
        dpo {
          name
          email
          countryCode
        }
        representative {
          name
          email
          countryCode
        }
        evidence {
          document
          documentUrl
          section
          basis
          note
        }
      }
    }
  }
}
    fragment ActivityDetailFields on ProcessingActivity {
  id
  key
  name
  description
  subjectJurisdictions
  noRecipients
  ageBands
  individualsPerYear
  sensitiveIndividualsPerYear
  automatedDecisions
  impactAssessment
  version
  updatedAt
  trackers {
    kind
    name
    purpose
    consent
    recipient {
      id
      name
    }
  }
  marketing {
    channel
    audiences
    consentMechanism
  }
  purposes {
    id
    key
    name
  }
  legalBasisClaims {
    consentMechanism
    note
    assessment
    legalBasis {
      id
      regime
      code
      name
      article
      kind
    }
    evidence {
      document
      documentUrl
      section
      basis
      note
    }
  }
  dataSubjects {
    id
    key
    name
  }
  dataCategories {
    id
    key
    name
    sensitivity {
      regime
      kind
      reference
    }
  }
  sources
  disclosures {
    purpose
    sale
    sharing
    recipient {
      id
      name
      kind
      country {
        code
        name
        euAdequacy
      }
    }
    dataCategories {
      id
      key
      name
    }
    evidence {
      document
      documentUrl
      section
      basis
      note
    }
  }
  storageLocations {
    id
    name
    region
    provider
    country {
      code
      name
    }
    euAdequacy
    transferMechanisms {
      regime
      note
      legalBasis {
        id
        code
        name
        article
      }
    }
    evidence {
      document
      documentUrl
      section
      basis
      note
    }
  }
  retention {
    period
    trigger
    description
    evidence {
      document
      documentUrl
      section
      basis
      note
    }
  }
  securityMeasures {
    id
    key
    name
    kind
  }
  evidence {
    document
    documentUrl
    section
    basis
    note
  }
}`) as unknown as TypedDocumentString<ActivityDetailQuery, ActivityDetailQueryVariables>;
export const ActivityDetailFindingsDocument = new TypedDocumentString(`
    query ActivityDetailFindings($organization: String!, $subject: ID!, $asOf: DateTime) {
  findings(organization: $organization, subject: $subject, asOf: $asOf, first: 50) {
    id
    rule
    severity
    regime
    reference
    message
  }
}
    `) as unknown as TypedDocumentString<ActivityDetailFindingsQuery, ActivityDetailFindingsQueryVariables>;
export const ActivityEditCreateDocument = new TypedDocumentString(`
    mutation ActivityEditCreate($input: CreateProcessingActivityInput!) {
  createProcessingActivity(input: $input) {
    processingActivity {
      id
      key
      name
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ActivityEditCreateMutation, ActivityEditCreateMutationVariables>;
export const ActivityEditLoadDocument = new TypedDocumentString(`
    query ActivityEditLoad($id: ID!) {
  node(id: $id) {
    id
    ... on ProcessingActivity {
      key
      name
      description
      version
      updatedAt
      organization {
        id
        slug
      }
      purposes {
        id
        key
      }
      dataCategories {
        id
        key
      }
      dataSubjects {
        id
        key
      }
      legalBasisClaims {
        consentMechanism
        note
        assessment
        legalBasis {
          id
          regime
          code
        }
      }
      storageLocations {
        id
      }
      retention {
        period
        trigger
        description
      }
      disclosures {
        purpose
        sale
        sharing
        recipient {
          id
        }
        dataCategories {
          id
          key
        }
      }
    }
  }
  history(id: $id) {
    version
    at
    actor
    operation
    changes {
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ActivityEditLoadQuery, ActivityEditLoadQueryVariables>;
export const ActivityEditOptionsDocument = new TypedDocumentString(`
    query ActivityEditOptions($slug: String!) {
  purposes {
    id
    key
    name
  }
  dataCategories {
    id
    key
    name
    deprecated
  }
  dataSubjectCategories {
    id
    key
    name
  }
  legalBases {
    id
    regime
    code
    kind
    name
    article
  }
  organization(slug: $slug) {
    id
    storageLocations {
      id
      name
      region
      country {
        code
      }
    }
    recipients {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ActivityEditOptionsQuery, ActivityEditOptionsQueryVariables>;
export const ActivityEditUpdateDocument = new TypedDocumentString(`
    mutation ActivityEditUpdate($id: ID!, $expectedVersion: Int!, $input: ProcessingActivityChangesInput!) {
  updateProcessingActivity(
    id: $id
    expectedVersion: $expectedVersion
    input: $input
  ) {
    processingActivity {
      id
      name
      version
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ActivityEditUpdateMutation, ActivityEditUpdateMutationVariables>;
export const ActivityHistoryDocument = new TypedDocumentString(`
    query ActivityHistory($id: ID!) {
  node(id: $id) {
    id
    ... on ProcessingActivity {
      name
      version
      updatedAt
      organization {
        id
        slug
      }
    }
  }
  history(id: $id) {
    version
    at
    actor
    operation
    changes {
      field
      old
      new
    }
  }
}
    `) as unknown as TypedDocumentString<ActivityHistoryQuery, ActivityHistoryQueryVariables>;
export const ActivityListDocument = new TypedDocumentString(`
    query ActivityList($slug: String!, $asOf: DateTime, $filter: ProcessingActivityFilter, $first: Int, $after: String) {
  organization(slug: $slug, asOf: $asOf) {
    id
    slug
    name
    processingActivities(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          key
          name
          version
          updatedAt
          purposes {
            id
            key
            name
          }
          dataCategories {
            id
            key
            name
          }
          storageLocations {
            id
            name
            country {
              code
              name
            }
          }
          disclosures {
            recipient {
              id
              name
              kind
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActivityListQuery, ActivityListQueryVariables>;
export const CategoryWhereaboutsDocument = new TypedDocumentString(`
    query CategoryWhereabouts($organization: String!, $category: String!) {
  processingActivities(
    organization: $organization
    filter: {dataCategory: $category}
    first: 100
  ) {
    totalCount
    edges {
      node {
        id
        name
        dataCategories {
          id
          key
          name
        }
        storageLocations {
          id
          name
          country {
            code
            name
          }
          euAdequacy
        }
        disclosures {
          recipient {
            id
            name
            kind
            category
            named
            country {
              code
            }
          }
          dataCategories {
            id
            key
          }
        }
      }
    }
  }
  recipients(
    organization: $organization
    filter: {dataCategory: $category}
    first: 100
  ) {
    totalCount
    edges {
      node {
        id
        name
        kind
        category
        named
        dpa {
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CategoryWhereaboutsQuery, CategoryWhereaboutsQueryVariables>;
export const DataFlowsDocument = new TypedDocumentString(`
    query DataFlows($organization: String!, $asOf: DateTime, $filter: DataFlowFilter, $maxNodes: Int) {
  dataFlows(
    organization: $organization
    asOf: $asOf
    filter: $filter
    maxNodes: $maxNodes
  ) {
    activityCount
    aggregated
    nodes {
      id
      kind
      column
      label
      detail
      activityCount
      object
      drill {
        dataCategory
        purpose
        recipientKind
        country
      }
    }
    links {
      source
      target
      value
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<DataFlowsQuery, DataFlowsQueryVariables>;
export const DataMapDocument = new TypedDocumentString(`
    query DataMap($organization: String!) {
  dataMap(organization: $organization) {
    nodes {
      id
      kind
      label
      detail
    }
    edges {
      from
      to
      kind
      dataCategories
    }
  }
}
    `) as unknown as TypedDocumentString<DataMapQuery, DataMapQueryVariables>;
export const DataMapPageOptionsDocument = new TypedDocumentString(`
    query DataMapPageOptions($slug: String!, $asOf: DateTime) {
  organization(slug: $slug, asOf: $asOf) {
    id
    dataCategories {
      id
      key
      name
    }
    recipients {
      id
      kind
      country {
        code
        name
      }
    }
    storageLocations {
      id
      country {
        code
        name
      }
    }
  }
  purposes {
    id
    key
    name
  }
  dataCategories {
    id
    key
    name
  }
}
    `) as unknown as TypedDocumentString<DataMapPageOptionsQuery, DataMapPageOptionsQueryVariables>;
export const FindingSummaryDocument = new TypedDocumentString(`
    query FindingSummary($organization: String!, $asOf: DateTime) {
  findingSummary(organization: $organization, asOf: $asOf) {
    total
    accepted
    counts {
      rule
      regime
      severity
      count
    }
  }
}
    `) as unknown as TypedDocumentString<FindingSummaryQuery, FindingSummaryQueryVariables>;
export const FindingsDocument = new TypedDocumentString(`
    query Findings($organization: String!, $asOf: DateTime, $minSeverity: Severity, $regime: Regime, $rule: String, $subject: ID, $includeAccepted: Boolean, $first: Int) {
  findings(
    organization: $organization
    asOf: $asOf
    minSeverity: $minSeverity
    regime: $regime
    rule: $rule
    subject: $subject
    includeAccepted: $includeAccepted
    first: $first
  ) {
    id
    rule
    severity
    regime
    reference
    message
    remediation
    acceptance {
      justification
      until
      acceptedBy
      acceptedAt
    }
    subject {
      __typename
      id
      ... on ProcessingActivity {
        name
      }
      ... on Recipient {
        name
      }
      ... on Location {
        name
      }
      ... on Organization {
        name
        slug
      }
      ... on SecurityMeasure {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FindingsQuery, FindingsQueryVariables>;
export const FindingsPageAcceptDocument = new TypedDocumentString(`
    mutation FindingsPageAccept($id: ID!, $justification: String!, $until: DateTime!) {
  acceptFinding(id: $id, justification: $justification, until: $until) {
    finding {
      id
      acceptance {
        justification
        until
        acceptedBy
        acceptedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FindingsPageAcceptMutation, FindingsPageAcceptMutationVariables>;
export const NoticeComparisonDocument = new TypedDocumentString(`
    query NoticeComparison($organization: String!, $notice: String!, $format: NoticeFormat) {
  noticeComparison(organization: $organization, notice: $notice, format: $format) {
    organization
    title
    items {
      item
      present
      evidence {
        section
        quote
      }
    }
    gaps {
      kind
      rule
      severity
      regimes
      reference
      message
      remediation
      detail
      section
      subject {
        id
        __typename
        ... on Recipient {
          name
        }
        ... on ProcessingActivity {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NoticeComparisonQuery, NoticeComparisonQueryVariables>;
export const OrganizationRecordDocument = new TypedDocumentString(`
    query OrganizationRecord($slug: String!, $first: Int = 100, $after: String) {
  organization(slug: $slug) {
    id
    slug
    name
    legalName
    website
    contactEmail
    postalAddress
    country {
      code
      name
      euAdequacy
    }
    dpo {
      name
      email
    }
    representative {
      name
      email
      countryCode
    }
    minimumAge
    doNotTrack
    statements {
      topic
      summary
      evidence {
        section
        basis
      }
    }
    rights {
      right
      jurisdictions
      description
    }
    securityMeasures {
      id
      key
      name
      kind
      description
    }
    processingActivities(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          key
          name
          description
          purposes {
            id
            key
            name
          }
          legalBasisClaims {
            consentMechanism
            note
            legalBasis {
              id
              regime
              code
              name
              article
            }
          }
          dataSubjects {
            id
            key
            name
          }
          dataCategories {
            id
            key
            name
            sensitivity {
              regime
              kind
              reference
            }
          }
          sources
          disclosures {
            purpose
            recipient {
              id
              name
              kind
              category
              named
              country {
                code
              }
            }
            dataCategories {
              id
              key
            }
          }
          storageLocations {
            id
            name
            region
            country {
              code
              name
            }
            euAdequacy
          }
          retention {
            period
            trigger
            description
          }
          securityMeasures {
            id
            key
            name
          }
          evidence {
            document
            section
            basis
            note
          }
          version
          updatedAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationRecordQuery, OrganizationRecordQueryVariables>;
export const OverviewChangesDocument = new TypedDocumentString(`
    query OverviewChanges($organization: String!, $from: DateTime!, $to: DateTime) {
  recordDiff(organization: $organization, from: $from, to: $to) {
    organization {
      field
    }
    processingActivities {
      id
      name
      change
    }
    recipients {
      id
      name
      change
    }
    storageLocations {
      id
      name
      change
    }
    securityMeasures {
      id
      name
      change
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewChangesQuery, OverviewChangesQueryVariables>;
export const OverviewFindingsDocument = new TypedDocumentString(`
    query OverviewFindings($organization: String!, $asOf: DateTime) {
  findingSummary(organization: $organization, asOf: $asOf) {
    total
    accepted
    counts {
      rule
      regime
      severity
      count
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewFindingsQuery, OverviewFindingsQueryVariables>;
export const OverviewOrganizationDocument = new TypedDocumentString(`
    query OverviewOrganization($slug: String!, $asOf: DateTime) {
  organization(slug: $slug, asOf: $asOf) {
    id
    slug
    name
    legalName
    website
    contactEmail
    postalAddress
    country {
      code
      name
    }
    dpo {
      name
      email
    }
    representative {
      name
      email
      countryCode
    }
    processingActivities(first: 0) {
      totalCount
    }
    recipientsConnection(first: 0) {
      totalCount
    }
    storageLocationsConnection(first: 0) {
      totalCount
    }
    dataCategories {
      id
      key
    }
    securityMeasuresConnection(first: 0) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewOrganizationQuery, OverviewOrganizationQueryVariables>;
export const OverviewReachDocument = new TypedDocumentString(`
    query OverviewReach($organization: String!, $asOf: DateTime) {
  reach(organization: $organization, asOf: $asOf) {
    regime
    status
    article
    reason
  }
}
    `) as unknown as TypedDocumentString<OverviewReachQuery, OverviewReachQueryVariables>;
export const OverviewRecentChangesDocument = new TypedDocumentString(`
    query OverviewRecentChanges($organization: String!, $since: DateTime!, $first: Int = 10) {
  recentChanges(organization: $organization, since: $since, first: $first) {
    total
    entries {
      at
      actor
      operation
      objectType
      object
      name
      fields
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewRecentChangesQuery, OverviewRecentChangesQueryVariables>;
export const OverviewTransfersDocument = new TypedDocumentString(`
    query OverviewTransfers($organization: String!, $asOf: DateTime) {
  transferSummary(organization: $organization, asOf: $asOf) {
    regime
    status
    count
  }
}
    `) as unknown as TypedDocumentString<OverviewTransfersQuery, OverviewTransfersQueryVariables>;
export const RecentChangesDocument = new TypedDocumentString(`
    query RecentChanges($organization: String!, $since: DateTime!, $first: Int) {
  recentChanges(organization: $organization, since: $since, first: $first) {
    total
    entries {
      at
      actor
      operation
      objectType
      object
      name
      fields
    }
  }
}
    `) as unknown as TypedDocumentString<RecentChangesQuery, RecentChangesQueryVariables>;
export const RecipientDetailDocument = new TypedDocumentString(`
    query RecipientDetail($id: ID!, $asOf: DateTime) {
  node(id: $id, asOf: $asOf) {
    id
    ... on Recipient {
      key
      name
      kind
      role
      category
      named
      description
      version
      updatedAt
      privacyUrl
      legitimateInterestUrl
      country {
        code
        name
        euAdequacy
        adequacyScope
      }
      dpa {
        status
        date
        url
      }
      transferMechanisms {
        regime
        note
        legalBasis {
          id
          code
          name
          article
        }
      }
      evidence {
        document
        documentUrl
        section
        basis
        note
      }
      dataCategories {
        id
        key
        name
      }
      organization {
        id
        slug
      }
      parent {
        id
        name
      }
      subProcessors {
        id
        name
        kind
        country {
          code
          name
        }
        subProcessors {
          id
          name
          kind
          country {
            code
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecipientDetailQuery, RecipientDetailQueryVariables>;
export const RecipientDetailActivitiesDocument = new TypedDocumentString(`
    query RecipientDetailActivities($slug: String!, $asOf: DateTime, $recipient: ID!, $first: Int = 50, $after: String) {
  organization(slug: $slug, asOf: $asOf) {
    id
    processingActivities(
      filter: {recipient: $recipient}
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          disclosures {
            purpose
            sale
            sharing
            recipient {
              id
            }
            dataCategories {
              id
              key
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecipientDetailActivitiesQuery, RecipientDetailActivitiesQueryVariables>;
export const RecipientEditCreateDocument = new TypedDocumentString(`
    mutation RecipientEditCreate($input: CreateRecipientInput!) {
  createRecipient(input: $input) {
    recipient {
      id
      key
      name
      version
    }
  }
}
    `) as unknown as TypedDocumentString<RecipientEditCreateMutation, RecipientEditCreateMutationVariables>;
export const RecipientEditLoadDocument = new TypedDocumentString(`
    query RecipientEditLoad($id: ID!) {
  node(id: $id) {
    id
    ... on Recipient {
      key
      name
      kind
      role
      category
      named
      description
      version
      updatedAt
      organization {
        id
        slug
      }
      country {
        code
      }
      dpa {
        status
        date
        url
      }
      parent {
        id
      }
    }
  }
  history(id: $id) {
    version
    at
    actor
    operation
    changes {
      field
    }
  }
}
    `) as unknown as TypedDocumentString<RecipientEditLoadQuery, RecipientEditLoadQueryVariables>;
export const RecipientEditOptionsDocument = new TypedDocumentString(`
    query RecipientEditOptions($slug: String!) {
  organization(slug: $slug) {
    id
    recipients {
      id
      name
      parent {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecipientEditOptionsQuery, RecipientEditOptionsQueryVariables>;
export const RecipientEditUpdateDocument = new TypedDocumentString(`
    mutation RecipientEditUpdate($id: ID!, $expectedVersion: Int!, $input: RecipientChangesInput!) {
  updateRecipient(id: $id, expectedVersion: $expectedVersion, input: $input) {
    recipient {
      id
      name
      version
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<RecipientEditUpdateMutation, RecipientEditUpdateMutationVariables>;
export const RecipientsByCategoryDocument = new TypedDocumentString(`
    query RecipientsByCategory($organization: String, $category: String!, $first: Int = 50, $after: String) {
  recipients(
    organization: $organization
    filter: {category: $category}
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        kind
        category
        named
        country {
          code
          name
          euAdequacy
        }
        dpa {
          status
          date
          url
        }
        dataCategories {
          id
          key
          name
          sensitivity {
            regime
            kind
          }
        }
        subProcessorsConnection(first: 20) {
          totalCount
          edges {
            node {
              id
              name
              country {
                code
              }
            }
          }
        }
        organization {
          id
          slug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecipientsByCategoryQuery, RecipientsByCategoryQueryVariables>;
export const RecipientsPageListDocument = new TypedDocumentString(`
    query RecipientsPageList($slug: String!, $asOf: DateTime) {
  organization(slug: $slug, asOf: $asOf) {
    id
    recipients {
      id
      name
      kind
      role
      category
      named
      country {
        code
        name
        euAdequacy
      }
      dpa {
        status
        date
      }
      parent {
        id
      }
      subProcessors {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecipientsPageListQuery, RecipientsPageListQueryVariables>;
export const RecordAsOfDocument = new TypedDocumentString(`
    query RecordAsOf($slug: String!, $asOf: DateTime!) {
  organization(slug: $slug, asOf: $asOf) {
    id
    slug
    name
    version
    updatedAt
    processingActivities(first: 100) {
      totalCount
      edges {
        node {
          id
          key
          name
          version
          purposes {
            id
            key
          }
          legalBasisClaims {
            consentMechanism
            legalBasis {
              id
              regime
              code
            }
          }
          dataCategories {
            id
            key
          }
          disclosures {
            recipient {
              id
              name
              kind
            }
            dataCategories {
              id
              key
            }
          }
          storageLocations {
            id
            name
            country {
              code
            }
            euAdequacy
          }
          retention {
            period
            trigger
            description
          }
        }
      }
    }
    recipientsConnection(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          kind
          country {
            code
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecordAsOfQuery, RecordAsOfQueryVariables>;
export const RecordDiffSinceDocument = new TypedDocumentString(`
    query RecordDiffSince($organization: String!, $from: DateTime!, $to: DateTime) {
  recordDiff(organization: $organization, from: $from, to: $to) {
    from
    to
    organization {
      field
      old
      new
    }
    processingActivities {
      id
      key
      name
      change
      changes {
        field
        old
        new
      }
    }
    recipients {
      id
      key
      name
      change
      changes {
        field
        old
        new
      }
    }
    storageLocations {
      id
      key
      name
      change
      changes {
        field
        old
        new
      }
    }
    securityMeasures {
      id
      key
      name
      change
      changes {
        field
        old
        new
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecordDiffSinceQuery, RecordDiffSinceQueryVariables>;
export const SensitiveCategoriesDocument = new TypedDocumentString(`
    query SensitiveCategories {
  dataCategories {
    id
    key
    name
    parent {
      id
      key
    }
    sensitivity {
      regime
      kind
      reference
      inheritedFrom
    }
  }
}
    `) as unknown as TypedDocumentString<SensitiveCategoriesQuery, SensitiveCategoriesQueryVariables>;
export const TransfersPageDocument = new TypedDocumentString(`
    query TransfersPage($organization: String!, $asOf: DateTime, $regime: Regime, $status: TransferStatus, $toCountry: String, $first: Int) {
  transfers(
    organization: $organization
    asOf: $asOf
    regime: $regime
    status: $status
    toCountry: $toCountry
    first: $first
  ) {
    regime
    status
    mechanism
    exemption
    activity {
      id
      name
    }
    dataCategories {
      id
      key
      name
    }
    fromCountry {
      code
      name
    }
    toCountry {
      code
      name
    }
    recipient {
      id
      name
      kind
    }
    via {
      id
      name
      parent {
        id
        name
      }
    }
    location {
      id
      name
      region
    }
  }
}
    `) as unknown as TypedDocumentString<TransfersPageQuery, TransfersPageQueryVariables>;
export const TransfersPageDestinationsDocument = new TypedDocumentString(`
    query TransfersPageDestinations($organization: String!, $asOf: DateTime, $regime: Regime) {
  transferDestinations(organization: $organization, asOf: $asOf, regime: $regime) {
    regime
    country {
      code
      name
    }
    covered
    notCovered
    undetermined
    mechanisms
  }
}
    `) as unknown as TypedDocumentString<TransfersPageDestinationsQuery, TransfersPageDestinationsQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    name
    role
    scoped
  }
  organizations {
    id
    slug
    name
    country {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;