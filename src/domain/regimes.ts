// Closed vocabularies of the record. Values are the GraphQL enum values, so they stay SCREAMING_CASE.

export const REGIMES = ["GDPR", "UK_GDPR", "PIPL", "PDPO", "CCPA"] as const;
export type Regime = (typeof REGIMES)[number];

export const LEGAL_BASIS_KINDS = [
  "LAWFUL_BASIS",
  "SPECIAL_CONDITION",
  "TRANSFER_MECHANISM",
  "SEPARATE_CONSENT",
  "PRINCIPLE",
  "BUSINESS_PURPOSE",
  "DISCLOSURE_TYPE",
] as const;
export type LegalBasisKind = (typeof LEGAL_BASIS_KINDS)[number];

export const SENSITIVITY_KINDS = ["SPECIAL_CATEGORY", "CRIMINAL_OFFENCE", "SENSITIVE"] as const;

export const ADEQUACY_STATUSES = ["EEA", "ADEQUATE", "PARTIAL", "NOT_ADEQUATE"] as const;
export type AdequacyStatus = (typeof ADEQUACY_STATUSES)[number];

export const RECIPIENT_KINDS = [
  "PROCESSOR",
  "SUB_PROCESSOR",
  "INDEPENDENT_CONTROLLER",
  "JOINT_CONTROLLER",
  "AFFILIATE",
  "PUBLIC_AUTHORITY",
  "ACQUIRER",
  "CONTRACTOR",
  "AGENT",
  "THIRD_PARTY",
] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** Who a recipient is in law towards the controller; a PIPL entrusted party (Art 21) is a processor. */
export const RECIPIENT_ROLES = ["PROCESSOR", "INDEPENDENT_CONTROLLER", "JOINT_CONTROLLER", "PUBLIC_AUTHORITY", "ACQUIRER"] as const;
export const DPA_STATUSES = ["UNKNOWN", "NONE", "CLAIMED", "SIGNED"] as const;
export const DATA_SOURCES = ["PROVIDED_BY_SUBJECT", "AUTOMATIC", "THIRD_PARTY", "DERIVED", "PUBLIC"] as const;
export const CONSENT_MECHANISMS = ["EXPLICIT", "OPT_IN", "OPT_OUT", "CONTINUED_USE"] as const;
export const RETENTION_TRIGGERS = ["ACCOUNT_CLOSURE", "END_OF_SERVICE", "PURPOSE_FULFILLED", "LEGAL_HOLD_END", "OTHER"] as const;
export const MEASURE_KINDS = ["TECHNICAL", "ORGANISATIONAL"] as const;
export const DO_NOT_TRACK = ["HONOURED", "IGNORED", "NOT_STATED"] as const;
export const EVIDENCE_BASES = ["STATED", "INFERRED"] as const;
export const STATEMENT_TOPICS = [
  "SENSITIVE_DATA",
  "THIRD_PARTY_SOURCES",
  "CHILDREN",
  "DO_NOT_TRACK",
  "INCIDENT_RESPONSE",
  "NOTICE_CHANGES",
  "CONSENT",
  "SECURITY",
  "ACCOUNT_LINKING",
  "OTHER",
] as const;
export const RIGHTS = [
  "ACCESS",
  "RECTIFICATION",
  "ERASURE",
  "RESTRICTION",
  "PORTABILITY",
  "OBJECTION",
  "AUTOMATED_DECISION",
  "WITHDRAW_CONSENT",
  "COMPLAINT",
  "MARKETING_OPT_OUT",
  "ACCOUNT_CLOSURE",
] as const;
