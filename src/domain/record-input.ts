// An organisation's record as plain data: what the compliance rules and transfer analysis read.
// Built from the database by src/modules/compliance, or by hand in tests. No I/O here.

import type { AdequacyStatus, Regime } from "./regimes";

export interface ClaimInput {
  regime: Regime;
  code: string;
  /** LAWFUL_BASIS, SPECIAL_CONDITION, SEPARATE_CONSENT, … (see regimes.ts). */
  kind: string;
  consentMechanism: string | null;
  /** Where a supporting assessment is recorded (balancing test, impact assessment); null when none. */
  assessment: string | null;
}

export interface MechanismInput {
  regime: Regime;
  /** e.g. GDPR "A46-2-c", "A45-3", "A49-1-a"; PIPL "38-3". */
  code: string;
  kind: string;
}

export interface ActivityRecord {
  id: string;
  key: string;
  name: string;
  purposes: string[];
  legalBases: ClaimInput[];
  dataSubjects: string[];
  dataCategories: string[];
  sources: string[];
  disclosures: { recipientId: string; dataCategories: string[] }[];
  storageLocationIds: string[];
  retention: { period: string | null; trigger: string | null; description: string | null } | null;
  securityMeasureIds: string[];
  /** Where the people are, for this activity; null means the organisation's list. */
  subjectJurisdictions: string[] | null;
  /** The record says the activity discloses data to no one. */
  noRecipients: boolean;
}

export interface RecipientRecord {
  id: string;
  key: string;
  name: string;
  kind: string;
  category: string | null;
  named: boolean;
  /** ISO code; null when the record does not say. */
  country: string | null;
  dpaStatus: string;
  parentId: string | null;
  mechanisms: MechanismInput[];
}

export interface LocationRecord {
  id: string;
  key: string;
  name: string;
  country: string;
  mechanisms: MechanismInput[];
}

export interface OrganizationRecord {
  id: string;
  slug: string;
  name: string;
  /** Country of establishment of the controller; null when unknown. */
  country: string | null;
  contactEmail: string | null;
  postalAddress: string | null;
  dpo: { name: string; email: string | null } | null;
  representative: { name: string; country: string | null } | null;
  /** Where the people whose data is processed are: "EEA" or ISO country codes. */
  subjectJurisdictions: string[];
}

export interface RecordInput {
  organization: OrganizationRecord;
  activities: ActivityRecord[];
  recipients: RecipientRecord[];
  storageLocations: LocationRecord[];
}

/** Reference facts the rules need, passed in so the rules stay pure and the data stays dated data. */
export interface ReferenceFacts {
  /** EU adequacy of a country; countries not in the map are NOT_ADEQUATE. */
  euAdequacy(country: string): AdequacyStatus;
  /** Regimes and kinds under which a category (or an ancestor) is special or sensitive. */
  sensitivity(categoryKey: string): { regime: Regime; kind: string }[];
}
