import { expect } from "vitest";
import {
  RECORD_FORMAT,
  RECORD_VERSION,
  type RecordActivity,
  type RecordClaim,
  type RecordDisclosure,
  type RecordDocument,
  type RecordIdentity,
  type RecordLocation,
  type RecordMeasure,
  type RecordOrganization,
  type RecordRecipient,
  type ReferenceFacts,
  type TransferTool,
} from "../../../src/domain/record";
import type { AdequacyStatus, Regime } from "../../../src/domain/regimes";
import { evaluate, type Finding } from "../../../src/domain/rules/engine";
import type { Severity } from "../../../src/domain/rules/rule";

// Hand-built record documents and reference facts for the rule tests. Nothing here reads seeds/ or /work/shared:
// the facts are a small, deliberately incomplete stand-in for the dated reference data. Objects are named by
// key; `identity` gives each a made-up global id from its key (activity "payments" is "act_payments").

export const EEA = ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"];
const ADEQUACY: Record<string, AdequacyStatus> = {
  ...Object.fromEntries(EEA.map((c) => [c, "EEA" as const])),
  GB: "ADEQUATE",
  CH: "ADEQUATE",
  CA: "ADEQUATE",
  JP: "ADEQUATE",
  US: "PARTIAL",
};

/** A stand-in for the UK adequacy regulations: GB is inside, the EEA and a few others adequate, the US only for the data bridge. */
const UK_ADEQUACY: Record<string, AdequacyStatus> = {
  ...Object.fromEntries(EEA.map((c) => [c, "ADEQUATE" as const])),
  GB: "EEA",
  CH: "ADEQUATE",
  JP: "ADEQUATE",
  US: "PARTIAL",
};

/** Only the highest key is listed; descendants inherit (as in the reference data). */
const SENSITIVITY: { category: string; regime: Regime; kind: string }[] = [
  { category: "user.financial", regime: "PIPL", kind: "SENSITIVE" },
  { category: "user.financial.bank_account", regime: "CCPA", kind: "SENSITIVE" },
  { category: "user.location.precise", regime: "CCPA", kind: "SENSITIVE" },
  { category: "user.government_id", regime: "CCPA", kind: "SENSITIVE" },
  { category: "user.health_and_medical", regime: "GDPR", kind: "SPECIAL_CATEGORY" },
  { category: "user.government_id", regime: "PIPL", kind: "SENSITIVE" },
  { category: "user.childrens", regime: "PIPL", kind: "SENSITIVE" },
  { category: "user.location.precise", regime: "PIPL", kind: "SENSITIVE" },
  { category: "user.biometric", regime: "GDPR", kind: "SPECIAL_CATEGORY" },
  { category: "user.biometric", regime: "PIPL", kind: "SENSITIVE" },
  { category: "user.criminal_history", regime: "GDPR", kind: "CRIMINAL_OFFENCE" },
];

/** Kinds of the codes the tests use; any other code is unknown to these facts. */
const KINDS: [RegExp, string][] = [
  [/^A6-1-/, "LAWFUL_BASIS"],
  [/^(A9-2-|A10$)/, "SPECIAL_CONDITION"],
  [/^A4[59]|^A46/, "TRANSFER_MECHANISM"],
  [/^13-/, "LAWFUL_BASIS"],
  [/^(23|29|31|39)$/, "SEPARATE_CONSENT"],
  [/^38-/, "TRANSFER_MECHANISM"],
];

export function facts(): ReferenceFacts {
  return {
    euAdequacy: (country) => ADEQUACY[country] ?? "NOT_ADEQUATE",
    ukAdequacy: (country) => UK_ADEQUACY[country] ?? "NOT_ADEQUATE",
    sensitivity: (key) => SENSITIVITY.filter((s) => key === s.category || key.startsWith(s.category + ".")).map(({ regime, kind }) => ({ regime, kind })),
    legalBasisKind: (_regime, code) => KINDS.find(([re]) => re.test(code))?.[1] ?? null,
  };
}

export function claim(regime: Regime, code: string, over: Partial<RecordClaim> = {}): RecordClaim {
  return { regime, code, consentMechanism: null, note: null, assessment: null, evidence: [], ...over };
}

export function mechanism(regime: Regime, code: string): TransferTool {
  return { regime, code, note: null };
}

/** A disclosure to a recipient (or to a key), of the given categories (none: the activity's). */
export function disclosure(to: RecordRecipient | string, dataCategories: string[] = []): RecordDisclosure {
  return { recipient: typeof to === "string" ? to : to.key, dataCategories, purpose: null, sale: null, sharing: null, evidence: [] };
}

/** An EEA controller with everything Art 30(1)(a) asks for. */
export function organization(over: Partial<RecordOrganization> = {}): RecordOrganization {
  return {
    slug: "acme",
    name: "Acme",
    legalName: null,
    website: null,
    contactEmail: "privacy@acme.example",
    postalAddress: "1 Hauptstrasse, Berlin",
    country: "DE",
    dpo: { name: "Dana Officer", email: "dpo@acme.example", country: null },
    representative: null,
    minimumAge: null,
    doNotTrack: "NOT_STATED",
    globalPrivacyControl: "NOT_STATED",
    subjectJurisdictions: ["EEA"],
    establishments: [],
    parentalConsent: null,
    annualRevenueUsd: null,
    sellingRevenuePercent: null,
    criticalInfrastructure: null,
    evidence: [],
    ...over,
  };
}

/** The security measure every activity of `record()` relies on. */
export function measure(over: Partial<RecordMeasure> = {}): RecordMeasure {
  return { key: "encryption", name: "Encryption at rest", kind: "TECHNICAL", description: null, dpvIri: null, evidence: [], ...over };
}

/** A complete activity that no rule objects to under GDPR. */
export function activity(over: Partial<RecordActivity> = {}): RecordActivity {
  return {
    key: "payments",
    name: "Payments",
    description: null,
    purposes: ["essential.service.payment_processing"],
    legalBases: [claim("GDPR", "A6-1-b")],
    dataSubjects: ["customer"],
    dataCategories: ["user.contact.email"],
    sources: ["PROVIDED_BY_SUBJECT"],
    disclosures: [],
    storageLocations: [],
    securityMeasures: ["encryption"],
    retention: { period: "P6Y", trigger: "ACCOUNT_CLOSURE", description: null, evidence: [] },
    subjectJurisdictions: null,
    noRecipients: true,
    ageBands: [],
    trackers: [],
    marketing: [],
    individualsPerYear: null,
    sensitiveIndividualsPerYear: null,
    automatedDecisions: null,
    impactAssessment: null,
    evidence: [],
    ...over,
  };
}

/** A signed-up processor in Germany; `dpa` fields given replace those of a signed agreement. */
export function recipient(over: Partial<Omit<RecordRecipient, "dpa">> & { dpa?: Partial<RecordRecipient["dpa"]> } = {}): RecordRecipient {
  const { dpa, ...rest } = over;
  return {
    key: "psp",
    name: "PayCo",
    kind: "PROCESSOR",
    role: null,
    category: null,
    named: true,
    country: "DE",
    dpa: { status: "SIGNED", date: null, url: null, ...dpa },
    parent: null,
    description: null,
    transferMechanisms: [],
    evidence: [],
    ...rest,
  };
}

export function location(over: Partial<RecordLocation> = {}): RecordLocation {
  return { key: "frankfurt", name: "Frankfurt DC", country: "DE", region: null, provider: null, hosting: null, hostedBy: null, transferMechanisms: [], evidence: [], ...over };
}

export function record(over: Partial<RecordDocument> = {}): RecordDocument {
  return {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    asOf: null,
    documents: [],
    organization: organization(),
    statements: [],
    rights: [],
    securityMeasures: [measure()],
    recipients: [],
    storageLocations: [],
    activities: [activity()],
    ...over,
  };
}

/** Made-up global ids by key: "act_" + key for activities, "rcp_", "loc_" and "sm_" for the others. */
export function identity(rec: RecordDocument, organizationId = "org_1"): RecordIdentity {
  const ids = (prefix: string, list: { key: string }[]) => new Map(list.map((o) => [o.key, prefix + o.key]));
  return {
    organization: organizationId,
    activities: ids("act_", rec.activities),
    recipients: ids("rcp_", rec.recipients),
    storageLocations: ids("loc_", rec.storageLocations),
    securityMeasures: ids("sm_", rec.securityMeasures),
  };
}

/** `activity()` disclosing to the given recipients (noRecipients off). */
export function disclosing(recipients: RecordRecipient[], over: Partial<RecordActivity> = {}): RecordActivity {
  return activity({ noRecipients: false, disclosures: recipients.map((r) => disclosure(r)), ...over });
}

/** A mainland-China controller serving people in mainland China, with a PIPL basis on its activity. */
export function piplOrganization(over: Partial<RecordOrganization> = {}): RecordOrganization {
  return organization({ slug: "leanplans", name: "Leanplans", country: "CN", subjectJurisdictions: ["CN"], ...over });
}

export function piplActivity(over: Partial<RecordActivity> = {}): RecordActivity {
  return activity({ legalBases: [claim("PIPL", "13-2")], ...over });
}

export function piplRecord(over: Partial<RecordDocument> = {}): RecordDocument {
  return record({ organization: piplOrganization(), activities: [piplActivity()], ...over });
}

export function run(rec: RecordDocument): Finding[] {
  return evaluate(rec, facts(), identity(rec));
}

export function findingsOf(rule: string, rec: RecordDocument): Finding[] {
  return run(rec).filter((f) => f.rule === rule);
}

/** Asserts exactly one finding of `rule`, with `severity`, whose message contains every fragment. */
export function expectOne(rule: string, rec: RecordDocument, severity: Severity, ...fragments: string[]): Finding {
  const found = findingsOf(rule, rec);
  expect(found, `${rule} findings`).toHaveLength(1);
  const [f] = found;
  expect(f.rule).toBe(rule);
  expect(f.severity).toBe(severity);
  for (const fragment of fragments) expect(f.message).toContain(fragment);
  return f;
}

export function expectNone(rule: string, rec: RecordDocument): void {
  expect(findingsOf(rule, rec).map((f) => f.message)).toEqual([]);
}

/** A right the record offers, to people everywhere (null) or in the given places. */
export function piplRight(right: RecordDocument["rights"][number]["right"], jurisdictions: string[] | null = null): RecordDocument["rights"][number] {
  return { right, jurisdictions, description: null, evidence: [] };
}

/** A statement of the record on a topic. */
export function piplStatement(topic: RecordDocument["statements"][number]["topic"], summary: string): RecordDocument["statements"][number] {
  return { topic, summary, evidence: [] };
}

/** A data user established in Hong Kong, serving people there. */
export function hkOrganization(over: Partial<RecordOrganization> = {}): RecordOrganization {
  return organization({ slug: "harbour", name: "Harbour Ltd", country: "HK", subjectJurisdictions: ["HK"], postalAddress: "1 Queen's Road, Central", ...over });
}

/** A complete Hong Kong record: the data user offers access and correction, and its activity is complete. */
export function hkRecord(over: Partial<RecordDocument> = {}): RecordDocument {
  return record({ organization: hkOrganization(), rights: [piplRight("ACCESS"), piplRight("RECTIFICATION")], ...over });
}

/** A business above the CCPA revenue threshold, established in California and serving consumers there. */
export function ccpaOrganization(over: Partial<RecordOrganization> = {}): RecordOrganization {
  return organization({ slug: "sunset", name: "Sunset Inc", country: "US", subjectJurisdictions: ["US-CA"], postalAddress: "1 Market St, San Francisco", annualRevenueUsd: 50_000_000, ...over });
}

/** A complete CCPA record: the business offers the opt-out and the limit, honours GPC, and its activity is complete. */
export function ccpaRecord(over: Partial<RecordDocument> = {}): RecordDocument {
  return record({
    organization: ccpaOrganization({ globalPrivacyControl: "HONOURED" }),
    rights: [piplRight("OPT_OUT_OF_SALE_OR_SHARING"), piplRight("LIMIT_SENSITIVE_USE")],
    ...over,
  });
}

// ---- GDPR and UK GDPR duties (Art 13/14 notice, Art 33, UK GDPR) ----

/** What a complete EEA or UK notice tells people: every Art 13(2)(b)-(d) right, offered everywhere. */
export function euRights(): RecordDocument["rights"] {
  const rights = ["ACCESS", "RECTIFICATION", "ERASURE", "RESTRICTION", "OBJECTION", "PORTABILITY", "WITHDRAW_CONSENT", "COMPLAINT", "AUTOMATED_DECISION", "MARKETING_OPT_OUT"] as const;
  return rights.map((right) => ({ right, jurisdictions: null, description: null, evidence: [] }));
}

/** A breach procedure that notifies the supervisory authority (the ICO in the UK) within 72 hours. */
export function euBreachStatement(summary = "Personal data breaches are notified to the competent supervisory authority within 72 hours and to the people affected when the risk is high."): RecordDocument["statements"][number] {
  return { topic: "INCIDENT_RESPONSE", summary, evidence: [] };
}

/** `record()` with the notice content and breach procedure the GDPR duties ask for. */
export function euRecord(over: Partial<RecordDocument> = {}): RecordDocument {
  return record({ rights: euRights(), statements: [euBreachStatement()], ...over });
}

/** A controller established in Great Britain serving people there (UK GDPR Art 3(1) only). */
export function ukOrganization(over: Partial<RecordOrganization> = {}): RecordOrganization {
  return organization({ slug: "brit", name: "Brit Ltd", postalAddress: "1 High Street, London", country: "GB", subjectJurisdictions: ["GB"], ...over });
}

export function ukActivity(over: Partial<RecordActivity> = {}): RecordActivity {
  return activity({ legalBases: [claim("UK_GDPR", "A6-1-b")], ...over });
}

/** A complete UK record: no UK GDPR rule objects to it. */
export function ukRecord(over: Partial<RecordDocument> = {}): RecordDocument {
  return euRecord({ organization: ukOrganization(), activities: [ukActivity()], ...over });
}

/** The fixture's facts with each GDPR special or criminal category marked so under UK GDPR too (as the reference data does). */
export function ukFacts(): ReferenceFacts {
  const base = facts();
  return {
    ...base,
    sensitivity: (key) => {
      const found = base.sensitivity(key);
      return [...found, ...found.filter((s) => s.regime === "GDPR").map((s) => ({ ...s, regime: "UK_GDPR" as const }))];
    },
  };
}

export function ukRun(rec: RecordDocument): Finding[] {
  return evaluate(rec, ukFacts(), identity(rec));
}

/** `expectOne` over `ukFacts()`. */
export function ukExpectOne(rule: string, rec: RecordDocument, severity: Severity, ...fragments: string[]): Finding {
  const found = ukRun(rec).filter((f) => f.rule === rule);
  expect(found, `${rule} findings`).toHaveLength(1);
  expect(found[0].severity).toBe(severity);
  for (const fragment of fragments) expect(found[0].message).toContain(fragment);
  return found[0];
}

export function ukExpectNone(rule: string, rec: RecordDocument): void {
  expect(ukRun(rec).filter((f) => f.rule === rule).map((f) => f.message)).toEqual([]);
}

/** Transfers: a record whose one activity stores its data in the given locations (and discloses to no one). */
export function storing(locations: RecordLocation[], over: Partial<RecordDocument> = {}, activityOver: Partial<RecordActivity> = {}): RecordDocument {
  return record({ activities: [activity({ storageLocations: locations.map((l) => l.key), ...activityOver })], storageLocations: locations, ...over });
}
