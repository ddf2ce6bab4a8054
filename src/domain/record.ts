import { isCalendarDate } from "./calendar";
import { z } from "zod";
import {
  AGE_BANDS,
  AUTOMATED_DECISIONS,
  CONSENT_MECHANISMS,
  DATA_SOURCES,
  DO_NOT_TRACK,
  DPA_STATUSES,
  EVIDENCE_BASES,
  MEASURE_KINDS,
  RECIPIENT_KINDS,
  RECIPIENT_ROLES,
  REGIMES,
  RETENTION_TRIGGERS,
  MARKETING_AUDIENCES,
  MARKETING_CHANNELS,
  RIGHTS,
  STATEMENT_TOPICS,
  STORAGE_HOSTING,
  TRACKER_CONSENT,
  TRACKER_KINDS,
  TRACKER_PURPOSES,
  VOLUME_RANGES,
  type AdequacyStatus,
  type Regime,
} from "./regimes";
import { TAXONOMY_KEY } from "./taxonomy";

// The record document: one organisation's record of processing, defined once. Seed files (its YAML form),
// `datamap export ropa --format json` and `datamap import ropa`, the compliance rules, the RoPA exporters and
// the history snapshots all read and write this shape. docs/record-format.md describes it for people.
// Objects refer to each other by natural key; every fact cites the document section it comes from.

export const RECORD_FORMAT = "datamap-record";
export const RECORD_VERSION = 2;

// Text is kept exactly as written (no trimming), so a record reads back as it was exported.
const text = z.string().refine((s) => s.trim() !== "", "expected a non-empty text that is not only spaces");
/** Optional on input, null when absent: the exporter writes every key. */
const opt = <T extends z.ZodType>(t: T) => t.nullish().transform((v) => (v ?? null) as z.output<T> | null);
const list = <T extends z.ZodType>(t: T) => z.array(t).default([]);
const code = z.union([z.string(), z.number()]).transform(String).pipe(text);

export const localKey = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected a kebab-case key like account-management");
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected a lower-case slug like leanplans");
const taxonomyKey = z.string().regex(TAXONOMY_KEY, "expected a dotted lower-case key like user.contact.email");
const subjectKey = z.string().regex(/^[a-z][a-z0-9_]*$/, "expected a data-subject key like customer");
const countryCode = z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code like HK");
// A country, or a subdivision of one (ISO 3166-2, e.g. US-CA for California).
const jurisdiction = z
  .string()
  .regex(/^(EEA|[A-Z]{2}(-[A-Z0-9]{1,3})?)$/, 'expected "EEA", an ISO 3166-1 alpha-2 code like HK, or an ISO 3166-2 subdivision like US-CA');
const email = z.email("expected an email address like privacy@example.com");
const url = z.url("expected a URL like https://example.com");
const duration = z
  .string()
  .regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/, "expected an ISO 8601 duration like P6M or P2Y");
// YAML reads an unquoted 2024-05-01 as a date; either way the document holds the text.
const date = z
  .union([z.string().refine(isCalendarDate, "expected a date YYYY-MM-DD that exists in the calendar"), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v));

/** A citation: which document (an index into `documents`, 0 when left out), which section, and how. */
export const citationSchema = z
  .object({
    document: z.number().int().min(0).default(0),
    section: code,
    basis: z.enum(EVIDENCE_BASES),
    note: opt(z.string()),
  })
  .strict();
/** Evidence is not versioned: a history snapshot holds an object without it, and reads back with empty lists. */
const evidence = list(citationSchema);
const contact = z.object({ name: text, email: opt(email), country: opt(countryCode) }).strict();
const mechanisms = list(z.object({ regime: z.enum(REGIMES), code, note: opt(text) }).strict());

export const organizationSchema = z
  .object({
    slug,
    name: text,
    legalName: opt(text),
    website: opt(url),
    contactEmail: opt(email),
    postalAddress: opt(text),
    country: opt(countryCode),
    dpo: opt(contact),
    representative: opt(contact),
    minimumAge: opt(z.number().int().min(0).max(25)),
    doNotTrack: z.enum(DO_NOT_TRACK).default("NOT_STATED"),
    /** Whether Global Privacy Control signals are treated as an opt-out of sale and sharing (CCPA Regs §7025). */
    globalPrivacyControl: z.enum(DO_NOT_TRACK).default("NOT_STATED"),
    /** Where the people are, as the record states or infers them (targeting, GDPR Art 3(2), PIPL Art 3(2)). */
    subjectJurisdictions: list(jurisdiction),
    /** Places of establishment besides `country` (branches, subsidiaries in whose context the data is processed). */
    establishments: list(jurisdiction),
    /** Minors may use the service with a parent's or guardian's consent; null when the record does not say. */
    parentalConsent: opt(z.boolean()),
    /** Annual gross revenue in US dollars (CCPA §1798.140(d)(1)(A)); null when unknown. */
    annualRevenueUsd: opt(z.number().min(0)),
    /** Share of annual revenue, in percent, from selling or sharing personal information (CCPA §1798.140(d)(1)(C)). */
    sellingRevenuePercent: opt(z.number().min(0).max(100)),
    /** A critical information infrastructure operator (PIPL Art 40); null when unknown. */
    criticalInfrastructure: opt(z.boolean()),
    evidence,
  })
  .strict();

export const statementSchema = z.object({ topic: z.enum(STATEMENT_TOPICS), summary: text, evidence }).strict();
export const rightSchema = z.object({ right: z.enum(RIGHTS), jurisdictions: opt(z.array(jurisdiction).min(1)), description: opt(text), evidence }).strict();

export const securityMeasureSchema = z
  .object({ key: localKey, name: text, kind: z.enum(MEASURE_KINDS), description: opt(text), dpvIri: opt(url), evidence })
  .strict();

export const recipientSchema = z
  .object({
    key: localKey,
    name: text,
    kind: z.enum(RECIPIENT_KINDS),
    /** Its role in law (processor, independent or joint controller, …); null while the record does not say. */
    role: opt(z.enum(RECIPIENT_ROLES)),
    category: opt(text),
    named: z.boolean(),
    country: opt(countryCode),
    dpa: z
      .object({ status: z.enum(DPA_STATUSES).default("UNKNOWN"), date: opt(date), url: opt(url) })
      .strict()
      .default({ status: "UNKNOWN", date: null, url: null }),
    /** The recipient that engaged this one as its sub-processor. */
    parent: opt(localKey),
    description: opt(text),
    transferMechanisms: mechanisms,
    evidence,
  })
  .strict();

export const storageLocationSchema = z
  .object({
    key: localKey,
    name: text,
    country: countryCode,
    region: opt(text),
    provider: opt(text),
    /** The controller's own infrastructure, or a provider's; null when the record does not say. */
    hosting: opt(z.enum(STORAGE_HOSTING)),
    /** The recipient that runs a provider's location (only with hosting PROVIDER). */
    hostedBy: opt(localKey),
    transferMechanisms: mechanisms,
    evidence,
  })
  .strict();

export const claimSchema = z
  .object({
    regime: z.enum(REGIMES),
    code,
    consentMechanism: opt(z.enum(CONSENT_MECHANISMS)),
    note: opt(text),
    /** Where a supporting assessment is recorded (balancing test, impact assessment). */
    assessment: opt(text),
    evidence,
  })
  .strict();

export const disclosureSchema = z
  .object({
    recipient: localKey,
    dataCategories: list(taxonomyKey),
    purpose: opt(text),
    /** A sale under CCPA §1798.140(ad): for money or other valuable consideration; null when unknown. */
    sale: opt(z.boolean()),
    /** Sharing under CCPA §1798.140(ah): for cross-context behavioural advertising; null when unknown. */
    sharing: opt(z.boolean()),
    evidence,
  })
  .strict();

/** A cookie, pixel, SDK or similar that stores or reads information on the person's device (ePrivacy Art 5(3)). */
export const trackerSchema = z
  .object({
    kind: z.enum(TRACKER_KINDS),
    name: opt(text),
    purpose: opt(z.enum(TRACKER_PURPOSES)),
    consent: opt(z.enum(TRACKER_CONSENT)),
    /** The recipient whose tracker it is (a third-party cookie or pixel); null for the controller's own. */
    recipient: opt(localKey),
  })
  .strict();

/** A channel direct marketing is sent by, and to whom (ePrivacy Art 13). */
export const marketingSchema = z
  .object({
    channel: z.enum(MARKETING_CHANNELS),
    audiences: list(z.enum(MARKETING_AUDIENCES)),
    /** How the person agreed to receive it; null when the record does not say. */
    consentMechanism: opt(z.enum(CONSENT_MECHANISMS)),
  })
  .strict();

export const retentionSchema = z
  .object({ period: opt(duration), trigger: opt(z.enum(RETENTION_TRIGGERS)), description: opt(text), evidence })
  .strict();

export const activitySchema = z
  .object({
    key: localKey,
    name: text,
    description: opt(text),
    purposes: list(taxonomyKey),
    legalBases: list(claimSchema),
    dataSubjects: list(subjectKey),
    dataCategories: list(taxonomyKey),
    sources: list(z.enum(DATA_SOURCES)),
    disclosures: list(disclosureSchema),
    storageLocations: list(localKey),
    securityMeasures: list(localKey),
    retention: opt(retentionSchema),
    /** Where the people are, for this activity; null means the organisation's list. */
    subjectJurisdictions: opt(z.array(jurisdiction)),
    /** The record states that the activity discloses data to no one. */
    noRecipients: z.boolean().default(false),
    /** Ages of the data subjects, as disjoint bands; empty when the record does not say. */
    ageBands: list(z.enum(AGE_BANDS)),
    trackers: list(trackerSchema),
    marketing: list(marketingSchema),
    /** How many people a year the activity concerns, and how many of them with sensitive data; null when unknown. */
    individualsPerYear: opt(z.enum(VOLUME_RANGES)),
    sensitiveIndividualsPerYear: opt(z.enum(VOLUME_RANGES)),
    automatedDecisions: opt(z.enum(AUTOMATED_DECISIONS)),
    /** Where the impact assessment (GDPR Art 35 DPIA, PIPL Art 55) is kept; null when none is recorded. */
    impactAssessment: opt(text),
    evidence,
  })
  .strict();

export const documentSchema = z.object({ title: text, url: opt(url) }).strict();

export const recordSchema = z
  .object({
    format: z.literal(RECORD_FORMAT, { error: `expected "${RECORD_FORMAT}" (a record file: a seed, or written by datamap export ropa --format json)` }),
    version: z.literal(RECORD_VERSION, { error: `expected version ${RECORD_VERSION}` }),
    /** The instant the record was read as of; null for the live record. */
    asOf: opt(z.string()),
    /** The sources the record cites; citations point at them by index. */
    documents: list(documentSchema),
    organization: organizationSchema,
    statements: list(statementSchema),
    rights: list(rightSchema),
    securityMeasures: list(securityMeasureSchema),
    /** A parent before the sub-processors it engages. */
    recipients: list(recipientSchema),
    storageLocations: list(storageLocationSchema),
    activities: list(activitySchema),
  })
  .strict();

/** The record as the exporter writes it and as the importer reads it (every key present after defaults). */
export type RecordDocument = z.output<typeof recordSchema>;
export type RecordOrganization = RecordDocument["organization"];
export type RecordActivity = RecordDocument["activities"][number];
export type RecordRecipient = RecordDocument["recipients"][number];
export type RecordLocation = RecordDocument["storageLocations"][number];
export type RecordMeasure = RecordDocument["securityMeasures"][number];
export type RecordClaim = RecordActivity["legalBases"][number];
export type RecordDisclosure = RecordActivity["disclosures"][number];
export type RecordRetention = NonNullable<RecordActivity["retention"]>;
export type Citation = z.output<typeof citationSchema>;
export type TransferTool = RecordRecipient["transferMechanisms"][number];
export type RecordTracker = RecordActivity["trackers"][number];
export type RecordMarketing = RecordActivity["marketing"][number];

/** An object of the record as a history snapshot holds it: without its evidence, which is not versioned. */
export type Unevidenced<T> = T extends (infer U)[]
  ? Unevidenced<U>[]
  : T extends object
    ? { [K in keyof T as K extends "evidence" ? never : K]: Unevidenced<T[K]> }
    : T;

/** Kinds of objects in a record that have an identity of their own (a row, a global id, a history). */
export type RecordObjectType = "Organization" | "ProcessingActivity" | "Recipient" | "Location" | "SecurityMeasure";

/**
 * Where a document's objects live in a database: the global id of each by natural key. The document itself
 * carries no ids (it imports into any database); readers hand this alongside, so findings and answers can
 * name the objects they are about.
 */
export interface RecordIdentity {
  organization: string;
  activities: Map<string, string>;
  recipients: Map<string, string>;
  storageLocations: Map<string, string>;
  securityMeasures: Map<string, string>;
}

/** Reference facts the rules need, passed in so the rules stay pure and the data stays dated data. */
export interface ReferenceFacts {
  /** EU adequacy of a country; countries not in the map are NOT_ADEQUATE. */
  euAdequacy(country: string): AdequacyStatus;
  /** UK adequacy (UK GDPR Art 45A, adequacy regulations): GB itself is "EEA" (inside), countries not listed are NOT_ADEQUATE. */
  ukAdequacy(country: string): AdequacyStatus;
  /** Regimes and kinds under which a category (or an ancestor) is special or sensitive. */
  sensitivity(categoryKey: string): { regime: Regime; kind: string }[];
  /** LAWFUL_BASIS, SPECIAL_CONDITION, TRANSFER_MECHANISM, … of a code of a regime; null for a code the reference data lacks. */
  legalBasisKind(regime: Regime, code: string): string | null;
}
