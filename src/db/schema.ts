// Drizzle table definitions. No GraphQL imports here: drizzle-kit loads this file through esbuild.
import { sql } from "drizzle-orm";
import { sqliteTable, text, integer, real, index, uniqueIndex, primaryKey } from "drizzle-orm/sqlite-core";

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

// Columns every editable record carries, so history and optimistic concurrency can build on them.
const versioned = {
  version: integer("version").notNull().default(1),
  createdAt: text("created_at").notNull().default(now),
  updatedAt: text("updated_at").notNull().default(now),
  /** Deletes archive: the row stays so history, time travel and old references still resolve. */
  archivedAt: text("archived_at"),
};

export const countries = sqliteTable("countries", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  dpvIri: text("dpv_iri"),
});

/** UK adequacy as dated data (UK GDPR Art 45A regulations, the UK-US data bridge): one row per country with regulations. */
export const ukAdequacy = sqliteTable("uk_adequacy", {
  countryCode: text("country_code").primaryKey().references(() => countries.code),
  status: text("status", { enum: ["EEA", "ADEQUATE", "PARTIAL", "NOT_ADEQUATE"] }).notNull(),
  scope: text("scope"),
  regulation: text("regulation"),
  adopted: text("adopted"),
  asOf: text("as_of").notNull(),
  source: text("source").notNull(),
});

/** EU adequacy as dated data: one row per country that is in the EEA or has a decision. */
export const adequacy = sqliteTable("adequacy", {
  countryCode: text("country_code").primaryKey().references(() => countries.code),
  status: text("status", { enum: ["EEA", "ADEQUATE", "PARTIAL", "NOT_ADEQUATE"] }).notNull(),
  scope: text("scope"),
  decision: text("decision"),
  adopted: text("adopted"),
  asOf: text("as_of").notNull(),
  source: text("source").notNull(),
});

export const dataCategories = sqliteTable(
  "data_categories",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    key: text("key").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    parentId: integer("parent_id").references((): any => dataCategories.id),
    dpvIri: text("dpv_iri"),
    origin: text("origin").notNull(),
    deprecated: integer("deprecated", { mode: "boolean" }).notNull().default(false),
    ...versioned,
  },
  (t) => [uniqueIndex("data_categories_key_uq").on(t.key), index("data_categories_parent_idx").on(t.parentId)],
);

export const categorySensitivities = sqliteTable(
  "category_sensitivities",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    categoryId: integer("category_id").notNull().references(() => dataCategories.id),
    regime: text("regime").notNull(),
    kind: text("kind").notNull(),
    reference: text("reference").notNull(),
    note: text("note"),
  },
  (t) => [uniqueIndex("category_sensitivities_uq").on(t.categoryId, t.regime, t.kind)],
);

export const purposes = sqliteTable(
  "purposes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    key: text("key").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    parentId: integer("parent_id").references((): any => purposes.id),
    dpvIri: text("dpv_iri"),
    origin: text("origin").notNull(),
    ...versioned,
    /** True when the taxonomy the entry comes from has retired it (fideslang version_deprecated). */
    deprecated: integer("deprecated", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [uniqueIndex("purposes_key_uq").on(t.key), index("purposes_parent_idx").on(t.parentId)],
);

export const dataSubjectCategories = sqliteTable(
  "data_subject_categories",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    key: text("key").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    dpvIri: text("dpv_iri"),
    origin: text("origin").notNull(),
    /** True when the taxonomy the entry comes from has retired it (fideslang version_deprecated). */
    deprecated: integer("deprecated", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [uniqueIndex("data_subject_categories_key_uq").on(t.key)],
);

export const legalBases = sqliteTable(
  "legal_bases",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    regime: text("regime").notNull(),
    code: text("code").notNull(),
    kind: text("kind").notNull(),
    name: text("name").notNull(),
    article: text("article").notNull(),
    description: text("description"),
    dpvIri: text("dpv_iri"),
  },
  (t) => [uniqueIndex("legal_bases_regime_code_uq").on(t.regime, t.code)],
);

export const organizations = sqliteTable(
  "organizations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    legalName: text("legal_name"),
    website: text("website"),
    contactEmail: text("contact_email"),
    postalAddress: text("postal_address"),
    countryCode: text("country_code").references(() => countries.code),
    dpoName: text("dpo_name"),
    dpoEmail: text("dpo_email"),
    dpoCountryCode: text("dpo_country_code").references(() => countries.code),
    representativeName: text("representative_name"),
    representativeEmail: text("representative_email"),
    representativeCountryCode: text("representative_country_code").references(() => countries.code),
    minimumAge: integer("minimum_age"),
    doNotTrack: text("do_not_track").notNull().default("NOT_STATED"),
    /** JSON array of where the people whose data is processed are: "EEA" or ISO country codes. */
    subjectJurisdictions: text("subject_jurisdictions").notNull().default("[]"),
    globalPrivacyControl: text("global_privacy_control").notNull().default("NOT_STATED"),
    /** JSON array of further places of establishment, like subject_jurisdictions. */
    establishments: text("establishments").notNull().default("[]"),
    parentalConsent: integer("parental_consent", { mode: "boolean" }),
    annualRevenueUsd: real("annual_revenue_usd"),
    sellingRevenuePercent: real("selling_revenue_percent"),
    criticalInfrastructure: integer("critical_infrastructure", { mode: "boolean" }),
    ...versioned,
  },
  (t) => [
    uniqueIndex("organizations_slug_uq").on(t.slug),
    index("organizations_country_idx").on(t.countryCode),
    index("organizations_rep_country_idx").on(t.representativeCountryCode),
    index("organizations_dpo_country_idx").on(t.dpoCountryCode),
  ],
);

/** The documents (privacy notices, contracts) that facts in the record are taken from. */
export const documents = sqliteTable(
  "documents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organizationId: integer("organization_id").notNull().references(() => organizations.id),
    title: text("title").notNull(),
    url: text("url"),
  },
  (t) => [index("documents_org_idx").on(t.organizationId)],
);

/** Which section of which document supports a fact; subject is a (type, row id) pair. */
export const evidence = sqliteTable(
  "evidence",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    documentId: integer("document_id").notNull().references(() => documents.id),
    subjectType: text("subject_type").notNull(),
    subjectId: integer("subject_id").notNull(),
    section: text("section").notNull(),
    basis: text("basis").notNull(),
    note: text("note"),
  },
  (t) => [index("evidence_subject_idx").on(t.subjectType, t.subjectId), index("evidence_document_idx").on(t.documentId)],
);

export const statements = sqliteTable(
  "statements",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organizationId: integer("organization_id").notNull().references(() => organizations.id),
    topic: text("topic").notNull(),
    summary: text("summary").notNull(),
  },
  (t) => [index("statements_org_idx").on(t.organizationId)],
);

export const rights = sqliteTable(
  "rights",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organizationId: integer("organization_id").notNull().references(() => organizations.id),
    right: text("right").notNull(),
    /** JSON array of "EEA" or ISO country codes; NULL means offered to everyone. */
    jurisdictions: text("jurisdictions"),
    description: text("description"),
  },
  (t) => [index("rights_org_idx").on(t.organizationId)],
);

export const securityMeasures = sqliteTable(
  "security_measures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organizationId: integer("organization_id").notNull().references(() => organizations.id),
    key: text("key").notNull(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    description: text("description"),
    dpvIri: text("dpv_iri"),
    ...versioned,
  },
  (t) => [uniqueIndex("security_measures_org_key_uq").on(t.organizationId, t.key)],
);

export const recipients = sqliteTable(
  "recipients",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organizationId: integer("organization_id").notNull().references(() => organizations.id),
    key: text("key").notNull(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    /** Role in law (RECIPIENT_ROLES); null while the record does not say. */
    role: text("role"),
    category: text("category"),
    named: integer("named", { mode: "boolean" }).notNull(),
    countryCode: text("country_code").references(() => countries.code),
    dpaStatus: text("dpa_status").notNull().default("UNKNOWN"),
    dpaDate: text("dpa_date"),
    dpaUrl: text("dpa_url"),
    parentId: integer("parent_id").references((): any => recipients.id),
    description: text("description"),
    ...versioned,
    /** The recipient's published privacy notice. */
    privacyUrl: text("privacy_url"),
    /** Where the recipient explains the legitimate interests it claims. */
    legitimateInterestUrl: text("legitimate_interest_url"),
    /** Vendor id in the IAB TCF Global Vendor List; several archived rows may share one, at most one live row per organisation. */
    gvlId: integer("gvl_id"),
    usesCookies: integer("uses_cookies", { mode: "boolean" }),
    cookieMaxAgeSeconds: integer("cookie_max_age_seconds"),
    cookieRefresh: integer("cookie_refresh", { mode: "boolean" }),
    usesNonCookieAccess: integer("uses_non_cookie_access", { mode: "boolean" }),
    deviceStorageDisclosureUrl: text("device_storage_disclosure_url"),
    /** How long the recipient says it keeps data, in days (the vendor list's standard retention). */
    retentionDays: integer("retention_days"),
    /** JSON: the vendor's TCF declarations (purpose, feature and data-declaration ids, their mapped keys, per-purpose retention). */
    gvlFacts: text("gvl_facts"),
  },
  (t) => [
    uniqueIndex("recipients_org_key_uq").on(t.organizationId, t.key),
    index("recipients_country_idx").on(t.countryCode),
    index("recipients_parent_idx").on(t.parentId),
    index("recipients_gvl_idx").on(t.organizationId, t.gvlId),
    // Keyset pages (organisation, id > cursor, ordered by id) read in index order instead of sorting the organisation.
    index("recipients_org_id_idx").on(t.organizationId, t.id),
  ],
);

export const storageLocations = sqliteTable(
  "storage_locations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organizationId: integer("organization_id").notNull().references(() => organizations.id),
    key: text("key").notNull(),
    name: text("name").notNull(),
    countryCode: text("country_code").notNull().references(() => countries.code),
    region: text("region"),
    provider: text("provider"),
    /** OWN or PROVIDER (STORAGE_HOSTING); null while the record does not say. */
    hosting: text("hosting"),
    hostedById: integer("hosted_by_id").references(() => recipients.id),
    ...versioned,
  },
  (t) => [uniqueIndex("storage_locations_org_key_uq").on(t.organizationId, t.key), index("storage_locations_country_idx").on(t.countryCode)],
);

export const processingActivities = sqliteTable(
  "processing_activities",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organizationId: integer("organization_id").notNull().references(() => organizations.id),
    key: text("key").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    retentionPeriod: text("retention_period"),
    retentionTrigger: text("retention_trigger"),
    retentionDescription: text("retention_description"),
    /** JSON array like organizations.subject_jurisdictions; NULL means the organisation's. */
    subjectJurisdictions: text("subject_jurisdictions"),
    /** The record states that the activity discloses data to no one (GDPR Art 30(1)(d) answered "none"). */
    noRecipients: integer("no_recipients", { mode: "boolean" }).notNull().default(false),
    /** JSON array of AGE_BANDS. */
    ageBands: text("age_bands").notNull().default("[]"),
    /** JSON array of trackers (kind, name, purpose, consent, recipientId): the record document's, with the recipient by row id so a new key needs no rewrite. */
    trackers: text("trackers").notNull().default("[]"),
    /** JSON array of marketing channels (channel, audiences, consentMechanism). */
    marketing: text("marketing").notNull().default("[]"),
    individualsPerYear: text("individuals_per_year"),
    sensitiveIndividualsPerYear: text("sensitive_individuals_per_year"),
    automatedDecisions: text("automated_decisions"),
    impactAssessment: text("impact_assessment"),
    ...versioned,
  },
  (t) => [
    uniqueIndex("processing_activities_org_key_uq").on(t.organizationId, t.key),
    // Keyset pages (organisation, id > cursor, ordered by id) read in index order instead of sorting the organisation.
    index("processing_activities_org_id_idx").on(t.organizationId, t.id),
  ],
);

export const activityPurposes = sqliteTable(
  "activity_purposes",
  {
    activityId: integer("activity_id").notNull().references(() => processingActivities.id),
    purposeId: integer("purpose_id").notNull().references(() => purposes.id),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.purposeId] }), index("activity_purposes_purpose_idx").on(t.purposeId)],
);

export const activityLegalBases = sqliteTable(
  "activity_legal_bases",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    activityId: integer("activity_id").notNull().references(() => processingActivities.id),
    legalBasisId: integer("legal_basis_id").notNull().references(() => legalBases.id),
    consentMechanism: text("consent_mechanism"),
    note: text("note"),
    /** Where the supporting assessment is (legitimate-interests balancing test, PIPL impact assessment). */
    assessment: text("assessment"),
  },
  (t) => [
    uniqueIndex("activity_legal_bases_uq").on(t.activityId, t.legalBasisId),
    index("activity_legal_bases_basis_idx").on(t.legalBasisId),
  ],
);

export const activityDataSubjects = sqliteTable(
  "activity_data_subjects",
  {
    activityId: integer("activity_id").notNull().references(() => processingActivities.id),
    subjectId: integer("subject_id").notNull().references(() => dataSubjectCategories.id),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.subjectId] }), index("activity_data_subjects_subject_idx").on(t.subjectId)],
);

export const activityDataCategories = sqliteTable(
  "activity_data_categories",
  {
    activityId: integer("activity_id").notNull().references(() => processingActivities.id),
    categoryId: integer("category_id").notNull().references(() => dataCategories.id),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.categoryId] }), index("activity_data_categories_category_idx").on(t.categoryId)],
);

export const activitySources = sqliteTable(
  "activity_sources",
  {
    activityId: integer("activity_id").notNull().references(() => processingActivities.id),
    source: text("source").notNull(),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.source] })],
);

export const activityStorageLocations = sqliteTable(
  "activity_storage_locations",
  {
    activityId: integer("activity_id").notNull().references(() => processingActivities.id),
    locationId: integer("location_id").notNull().references(() => storageLocations.id),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.locationId] }), index("activity_storage_locations_location_idx").on(t.locationId)],
);

export const activitySecurityMeasures = sqliteTable(
  "activity_security_measures",
  {
    activityId: integer("activity_id").notNull().references(() => processingActivities.id),
    measureId: integer("measure_id").notNull().references(() => securityMeasures.id),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.measureId] }), index("activity_security_measures_measure_idx").on(t.measureId)],
);

export const disclosures = sqliteTable(
  "disclosures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    activityId: integer("activity_id").notNull().references(() => processingActivities.id),
    recipientId: integer("recipient_id").notNull().references(() => recipients.id),
    purpose: text("purpose"),
    /** CCPA sale / sharing for cross-context behavioural advertising; null when unknown. */
    sale: integer("sale", { mode: "boolean" }),
    sharing: integer("sharing", { mode: "boolean" }),
  },
  (t) => [
    uniqueIndex("disclosures_activity_recipient_uq").on(t.activityId, t.recipientId),
    index("disclosures_recipient_idx").on(t.recipientId),
  ],
);

export const disclosureCategories = sqliteTable(
  "disclosure_categories",
  {
    disclosureId: integer("disclosure_id").notNull().references(() => disclosures.id),
    categoryId: integer("category_id").notNull().references(() => dataCategories.id),
  },
  (t) => [primaryKey({ columns: [t.disclosureId, t.categoryId] }), index("disclosure_categories_category_idx").on(t.categoryId)],
);

/** One row per version of an editable object: its whole state from `validFrom` until the next version. */
export const versions = sqliteTable(
  "versions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entityType: text("entity_type").notNull(),
    entityId: integer("entity_id").notNull(),
    organizationId: integer("organization_id").references(() => organizations.id),
    version: integer("version").notNull(),
    validFrom: text("valid_from").notNull(),
    snapshot: text("snapshot").notNull(),
  },
  (t) => [
    uniqueIndex("versions_entity_version_uq").on(t.entityType, t.entityId, t.version),
    index("versions_org_time_idx").on(t.organizationId, t.validFrom),
  ],
);

/** Who changed what and when, with the changed fields' old and new values. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: text("at").notNull(),
    actor: text("actor").notNull(),
    operation: text("operation").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: integer("entity_id").notNull(),
    organizationId: integer("organization_id").references(() => organizations.id),
    version: integer("version").notNull(),
    changes: text("changes").notNull(),
  },
  (t) => [index("audit_log_entity_idx").on(t.entityType, t.entityId), index("audit_log_org_idx").on(t.organizationId, t.at)],
);

/** API keys: only a hash of the token is kept; the token itself is shown once, when the key is made. */
export const apiKeys = sqliteTable(
  "api_keys",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    role: text("role", { enum: ["VIEWER", "EDITOR", "ADMIN"] }).notNull(),
    tokenHash: text("token_hash").notNull(),
    /** True when the key may see every organisation; otherwise api_key_organizations lists them. */
    allOrganizations: integer("all_organizations", { mode: "boolean" }).notNull(),
    createdAt: text("created_at").notNull().default(now),
    revokedAt: text("revoked_at"),
  },
  (t) => [uniqueIndex("api_keys_name_uq").on(t.name), uniqueIndex("api_keys_token_hash_uq").on(t.tokenHash)],
);

export const apiKeyOrganizations = sqliteTable(
  "api_key_organizations",
  {
    keyId: integer("key_id").notNull().references(() => apiKeys.id),
    organizationId: integer("organization_id").notNull().references(() => organizations.id),
  },
  (t) => [primaryKey({ columns: [t.keyId, t.organizationId] }), index("api_key_organizations_org_idx").on(t.organizationId)],
);

/** A recorded legal tool for transfers to a recipient or a storage location (adequacy, SCCs, CAC contract, …). */
export const transferMechanisms = sqliteTable(
  "transfer_mechanisms",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    recipientId: integer("recipient_id").references(() => recipients.id),
    locationId: integer("location_id").references(() => storageLocations.id),
    legalBasisId: integer("legal_basis_id").notNull().references(() => legalBases.id),
    note: text("note"),
  },
  (t) => [
    index("transfer_mechanisms_recipient_idx").on(t.recipientId),
    index("transfer_mechanisms_location_idx").on(t.locationId),
    index("transfer_mechanisms_basis_idx").on(t.legalBasisId),
  ],
);

/** A finding someone has accepted, with why and until when; findings are recomputed, acceptances kept. */
export const findingAcceptances = sqliteTable(
  "finding_acceptances",
  {
    findingId: text("finding_id").primaryKey(),
    organizationId: integer("organization_id").notNull().references(() => organizations.id),
    rule: text("rule").notNull(),
    justification: text("justification").notNull(),
    until: text("until").notNull(),
    acceptedBy: text("accepted_by").notNull(),
    acceptedAt: text("accepted_at").notNull(),
  },
  (t) => [index("finding_acceptances_org_idx").on(t.organizationId)],
);

/** The newest IAB vendor list imported into each organisation, so an older one cannot roll its vendors back unasked. */
export const vendorListImports = sqliteTable("vendor_list_imports", {
  organizationId: integer("organization_id")
    .primaryKey()
    .references(() => organizations.id),
  vendorListVersion: integer("vendor_list_version").notNull(),
  lastUpdated: text("last_updated"),
  importedAt: text("imported_at").notNull(),
});
