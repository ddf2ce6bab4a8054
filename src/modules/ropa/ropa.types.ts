// The plain shape of one organisation's record as the RoPA exports read it (see ropa.source.ts), keyed by natural keys.

/** A citation of a source document: `document` indexes RopaSource.documents. */
export interface Citation {
  document: number;
  section: string;
  basis: string;
  note: string | null;
}
export interface Mechanism {
  regime: string;
  code: string;
  note: string | null;
}
export interface Contact {
  name: string;
  email: string | null;
  country: string | null;
}
export interface SourceOrganization {
  id: number;
  slug: string;
  name: string;
  legalName: string | null;
  website: string | null;
  contactEmail: string | null;
  postalAddress: string | null;
  country: string | null;
  dpo: Contact | null;
  representative: Contact | null;
  minimumAge: number | null;
  doNotTrack: string;
  subjectJurisdictions: string[];
  evidence: Citation[];
}
export interface SourceClaim {
  regime: string;
  code: string;
  consentMechanism: string | null;
  note: string | null;
  assessment: string | null;
  evidence: Citation[];
}
export interface SourceDisclosure {
  recipient: string;
  dataCategories: string[];
  purpose: string | null;
  evidence: Citation[];
}
export interface SourceActivity {
  id: number;
  key: string;
  name: string;
  description: string | null;
  purposes: string[];
  legalBases: SourceClaim[];
  dataSubjects: string[];
  dataCategories: string[];
  sources: string[];
  disclosures: SourceDisclosure[];
  storageLocations: string[];
  securityMeasures: string[];
  retention: { period: string | null; trigger: string | null; description: string | null; evidence: Citation[] } | null;
  subjectJurisdictions: string[] | null;
  noRecipients: boolean;
  evidence: Citation[];
}
export interface SourceRecipient {
  id: number;
  key: string;
  name: string;
  kind: string;
  category: string | null;
  named: boolean;
  country: string | null;
  dpa: { status: string; date: string | null; url: string | null };
  parent: string | null;
  description: string | null;
  transferMechanisms: Mechanism[];
  evidence: Citation[];
}
export interface SourceLocation {
  id: number;
  key: string;
  name: string;
  country: string;
  region: string | null;
  provider: string | null;
  transferMechanisms: Mechanism[];
  evidence: Citation[];
}
export interface SourceMeasure {
  id: number;
  key: string;
  name: string;
  kind: string;
  description: string | null;
  dpvIri: string | null;
  evidence: Citation[];
}
export interface Named {
  name: string;
  dpvIri: string | null;
}
/** Reference data by natural key; legal bases by "REGIME:code". */
export interface ReferenceLookup {
  categories: Map<string, Named>;
  purposes: Map<string, Named>;
  subjects: Map<string, Named>;
  legalBases: Map<string, Named & { kind: string; article: string }>;
  countries: Map<string, Named>;
}
export interface RopaSource {
  /** The instant read (ISO); null for the live record. */
  asOf: string | null;
  organization: SourceOrganization;
  activities: SourceActivity[];
  /** Each recipient after the one that engages it, otherwise in creation order. */
  recipients: SourceRecipient[];
  storageLocations: SourceLocation[];
  securityMeasures: SourceMeasure[];
  statements: { topic: string; summary: string; evidence: Citation[] }[];
  rights: { right: string; jurisdictions: string[] | null; description: string | null; evidence: Citation[] }[];
  documents: { title: string; url: string | null }[];
  reference: ReferenceLookup;
}
