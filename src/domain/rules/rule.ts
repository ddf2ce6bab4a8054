import type { Regime } from "../regimes";
import type { RecordDocument, RecordIdentity, ReferenceFacts } from "../record";
import type { TransferResult } from "../transfers";

export const SEVERITIES = ["INFO", "LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What a rule reads: the record, the global ids of its objects, the reference facts, and the transfers already derived from them. */
export interface RuleInput {
  record: RecordDocument;
  identity: RecordIdentity;
  facts: ReferenceFacts;
  transfers: TransferResult[];
}

/** One problem a rule found, about one object of the record. */
export interface RuleHit {
  subjectType: "Organization" | "ProcessingActivity" | "Recipient" | "Location";
  subjectId: string;
  /** Names the object and says what is wrong. */
  message: string;
  /** Distinguishes several hits of one rule on one subject (e.g. the destination of a transfer). */
  detail?: string;
  /** Where the facts make it graver or lighter than the rule's usual severity (e.g. UNKNOWN against NONE). */
  severity?: Severity;
  /** For a rule of every regime: the regimes reaching the subject under which the hit is judged (cited, and only those). */
  regimes?: Regime[];
}

export interface Rule {
  /** Stable id, e.g. "gdpr-art30-retention". Never reuse or rename: accepted findings refer to it. */
  id: string;
  severity: Severity;
  /** The regime the rule belongs to; null for rules that hold under every regime. */
  regime: Regime | null;
  /** The article it rests on, e.g. "GDPR Art 30(1)(f)"; for a rule of every regime, all of `references`. */
  reference: string;
  /** For a rule of every regime (regime null): its article in each regime; a finding cites those of its hit's `regimes`. */
  references?: Partial<Record<Regime, string>>;
  /** What the rule checks, in one sentence (for the rule table). */
  checks: string;
  /** What to do about a finding, in one sentence. */
  remediation: string;
  evaluate(input: RuleInput): RuleHit[];
}
