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
  "OPT_OUT_OF_SALE_OR_SHARING",
  "LIMIT_SENSITIVE_USE",
] as const;

/** Whose infrastructure a storage location is: the controller's own, or a provider's (then a recipient). */
export const STORAGE_HOSTING = ["OWN", "PROVIDER"] as const;
export const TRACKER_KINDS = ["COOKIE", "PIXEL", "WEB_BEACON", "SDK", "LOCAL_STORAGE", "FINGERPRINTING"] as const;
/** Why a tracker is used; only STRICTLY_NECESSARY is exempt from consent under ePrivacy Art 5(3). */
export const TRACKER_PURPOSES = ["STRICTLY_NECESSARY", "PREFERENCES", "ANALYTICS", "ADVERTISING"] as const;
/** How the person agrees to a tracker: BROWSER_SETTINGS and CONTINUED_USE are not consent (CJEU C-673/17 Planet49). */
export const TRACKER_CONSENT = ["OPT_IN", "OPT_OUT", "BROWSER_SETTINGS", "CONTINUED_USE", "NONE"] as const;
export const MARKETING_CHANNELS = ["EMAIL", "SMS", "PHONE", "POST", "PUSH", "ONLINE_ADVERTISING"] as const;
/** Existing customers may get e-mail/SMS on a soft opt-in (ePrivacy Art 13(2)); prospects need prior consent. */
export const MARKETING_AUDIENCES = ["CUSTOMERS", "PROSPECTS"] as const;
/** Disjoint age bands, cut where the laws cut: 13 (COPPA, some Art 8 states), 14 (PIPL Art 28/31), 16 (GDPR Art 8), 18. */
export const AGE_BANDS = ["UNDER_13", "AGE_13", "AGE_14_TO_15", "AGE_16_TO_17", "ADULT"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
/** People a year, cut at the PIPL cross-border thresholds (CAC 2024 Provisions Art 5, 7, 8) and CCPA's 100,000. */
export const VOLUME_RANGES = ["UNDER_10K", "FROM_10K_TO_100K", "FROM_100K_TO_1M", "OVER_1M"] as const;
export type VolumeRange = (typeof VOLUME_RANGES)[number];
/** Automated decisions: content or offers tailored to the person, or decisions with legal or similarly significant effect. */
export const AUTOMATED_DECISIONS = ["NONE", "PERSONALISATION", "SIGNIFICANT_EFFECT"] as const;
