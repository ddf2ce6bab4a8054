import { expect } from "vitest";
import type {
  ActivityRecord,
  ClaimInput,
  LocationRecord,
  MechanismInput,
  OrganizationRecord,
  RecipientRecord,
  RecordInput,
  ReferenceFacts,
} from "../../../src/domain/record-input";
import type { AdequacyStatus, Regime } from "../../../src/domain/regimes";
import { evaluate, type Finding } from "../../../src/domain/rules/engine";
import type { Severity } from "../../../src/domain/rules/rule";

// Hand-built records and reference facts for the rule tests. Nothing here reads seeds/ or /work/shared:
// the facts are a small, deliberately incomplete stand-in for the dated reference data.

export const EEA = ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"];
const ADEQUACY: Record<string, AdequacyStatus> = {
  ...Object.fromEntries(EEA.map((c) => [c, "EEA" as const])),
  GB: "ADEQUATE",
  CH: "ADEQUATE",
  CA: "ADEQUATE",
  JP: "ADEQUATE",
  US: "PARTIAL",
};

/** Only the highest key is listed; descendants inherit (as in the reference data). */
const SENSITIVITY: { category: string; regime: Regime; kind: string }[] = [
  { category: "user.financial", regime: "PIPL", kind: "SENSITIVE" },
  { category: "user.financial.bank_account", regime: "CCPA", kind: "SENSITIVE" },
  { category: "user.health_and_medical", regime: "GDPR", kind: "SPECIAL_CATEGORY" },
  { category: "user.government_id", regime: "PIPL", kind: "SENSITIVE" },
  { category: "user.childrens", regime: "PIPL", kind: "SENSITIVE" },
  { category: "user.location.precise", regime: "PIPL", kind: "SENSITIVE" },
  { category: "user.biometric", regime: "GDPR", kind: "SPECIAL_CATEGORY" },
  { category: "user.biometric", regime: "PIPL", kind: "SENSITIVE" },
  { category: "user.criminal_history", regime: "GDPR", kind: "CRIMINAL_OFFENCE" },
];

export function facts(): ReferenceFacts {
  return {
    euAdequacy: (country) => ADEQUACY[country] ?? "NOT_ADEQUATE",
    sensitivity: (key) => SENSITIVITY.filter((s) => key === s.category || key.startsWith(s.category + ".")).map(({ regime, kind }) => ({ regime, kind })),
  };
}

const KINDS: [RegExp, string][] = [
  [/^A6-1-/, "LAWFUL_BASIS"],
  [/^(A9-2-|A10$)/, "SPECIAL_CONDITION"],
  [/^A4[59]|^A46/, "TRANSFER_MECHANISM"],
  [/^13-/, "LAWFUL_BASIS"],
  [/^(29|31|39)$/, "SEPARATE_CONSENT"],
  [/^38-/, "TRANSFER_MECHANISM"],
];
const kindOf = (code: string) => KINDS.find(([re]) => re.test(code))?.[1] ?? "LAWFUL_BASIS";

export function claim(regime: Regime, code: string, over: Partial<ClaimInput> = {}): ClaimInput {
  return { regime, code, kind: kindOf(code), consentMechanism: null, assessment: null, ...over };
}

export function mechanism(regime: Regime, code: string): MechanismInput {
  return { regime, code, kind: "TRANSFER_MECHANISM" };
}

/** An EEA controller with everything Art 30(1)(a) asks for. */
export function organization(over: Partial<OrganizationRecord> = {}): OrganizationRecord {
  return {
    id: "org_1",
    slug: "acme",
    name: "Acme",
    country: "DE",
    contactEmail: "privacy@acme.example",
    postalAddress: "1 Hauptstrasse, Berlin",
    dpo: { name: "Dana Officer", email: "dpo@acme.example" },
    representative: null,
    subjectJurisdictions: ["EEA"],
    ...over,
  };
}

/** A complete activity that no rule objects to under GDPR. */
export function activity(over: Partial<ActivityRecord> = {}): ActivityRecord {
  return {
    id: "act_payments",
    key: "payments",
    name: "Payments",
    purposes: ["essential.service.payment_processing"],
    legalBases: [claim("GDPR", "A6-1-b")],
    dataSubjects: ["customer"],
    dataCategories: ["user.contact.email"],
    sources: ["PROVIDED_BY_SUBJECT"],
    disclosures: [],
    storageLocationIds: [],
    retention: { period: "P6Y", trigger: "ACCOUNT_CLOSURE", description: null },
    securityMeasureIds: ["sm_encryption"],
    subjectJurisdictions: null,
    noRecipients: true,
    ...over,
  };
}

export function recipient(over: Partial<RecipientRecord> = {}): RecipientRecord {
  return {
    id: "rcp_psp",
    key: "psp",
    name: "PayCo",
    kind: "PROCESSOR",
    category: null,
    named: true,
    country: "DE",
    dpaStatus: "SIGNED",
    parentId: null,
    mechanisms: [],
    ...over,
  };
}

export function location(over: Partial<LocationRecord> = {}): LocationRecord {
  return { id: "loc_1", key: "frankfurt", name: "Frankfurt DC", country: "DE", mechanisms: [], ...over };
}

export function record(over: Partial<RecordInput> = {}): RecordInput {
  return { organization: organization(), activities: [activity()], recipients: [], storageLocations: [], ...over };
}

/** `activity()` disclosing to the given recipients (noRecipients off). */
export function disclosing(recipients: RecipientRecord[], over: Partial<ActivityRecord> = {}): ActivityRecord {
  return activity({ noRecipients: false, disclosures: recipients.map((r) => ({ recipientId: r.id, dataCategories: [] })), ...over });
}

/** A mainland-China controller serving people in mainland China, with a PIPL basis on its activity. */
export function piplOrganization(over: Partial<OrganizationRecord> = {}): OrganizationRecord {
  return organization({ id: "org_cn", slug: "leanplans", name: "Leanplans", country: "CN", subjectJurisdictions: ["CN"], ...over });
}

export function piplActivity(over: Partial<ActivityRecord> = {}): ActivityRecord {
  return activity({ legalBases: [claim("PIPL", "13-2")], ...over });
}

export function piplRecord(over: Partial<RecordInput> = {}): RecordInput {
  return record({ organization: piplOrganization(), activities: [piplActivity()], ...over });
}

export function run(rec: RecordInput): Finding[] {
  return evaluate(rec, facts());
}

export function findingsOf(rule: string, rec: RecordInput): Finding[] {
  return run(rec).filter((f) => f.rule === rule);
}

/** Asserts exactly one finding of `rule`, with `severity`, whose message contains every fragment. */
export function expectOne(rule: string, rec: RecordInput, severity: Severity, ...fragments: string[]): Finding {
  const found = findingsOf(rule, rec);
  expect(found, `${rule} findings`).toHaveLength(1);
  const [f] = found;
  expect(f.rule).toBe(rule);
  expect(f.severity).toBe(severity);
  for (const fragment of fragments) expect(f.message).toContain(fragment);
  return f;
}

export function expectNone(rule: string, rec: RecordInput): void {
  expect(findingsOf(rule, rec).map((f) => f.message)).toEqual([]);
}
