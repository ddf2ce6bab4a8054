import { createHash } from "node:crypto";
import { analyseTransfers } from "../transfers";
import type { RecordDocument, RecordIdentity, ReferenceFacts } from "../record";
import type { Regime } from "../regimes";
import { RULES } from "./catalogue";
import { SEVERITIES, type Rule, type RuleHit, type Severity } from "./rule";

export interface Finding {
  /** Stable across runs: derived from the rule and the subject, so a finding can be accepted. */
  id: string;
  rule: string;
  severity: Severity;
  regime: Regime | null;
  reference: string;
  message: string;
  remediation: string;
  subjectType: string;
  subjectId: string;
}

export function findingId(rule: string, subjectId: string, detail = ""): string {
  return "f_" + createHash("sha256").update(`${rule}|${subjectId}|${detail}`).digest("base64url").slice(0, 22);
}

export const severityRank = (s: Severity) => SEVERITIES.indexOf(s);

/** The regime and article a hit cites: the rule's own, or for a rule of every regime those of the regimes reaching the subject. */
function citation(rule: Rule, hit: RuleHit): { regime: Regime | null; reference: string } | null {
  if (!rule.references) return { regime: rule.regime, reference: rule.reference };
  const regimes = (hit.regimes ?? []).filter((r) => rule.references![r]);
  if (!regimes.length) return null;
  return { regime: regimes.length === 1 ? regimes[0] : null, reference: regimes.map((r) => rule.references![r]).join("; ") };
}

/** Runs every rule on one record, naming subjects by `identity`. A rule that throws on odd data is a bug in the rule, so it is not swallowed. */
export function evaluate(record: RecordDocument, facts: ReferenceFacts, identity: RecordIdentity): Finding[] {
  const transfers = analyseTransfers(record, facts, identity);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    for (const hit of rule.evaluate({ record, identity, facts, transfers })) {
      const cited = citation(rule, hit);
      // A finding under no regime that reaches its subject is no finding.
      if (!cited) continue;
      findings.push({
        id: findingId(rule.id, hit.subjectId, hit.detail),
        rule: rule.id,
        severity: hit.severity ?? rule.severity,
        regime: cited.regime,
        reference: cited.reference,
        message: hit.message,
        remediation: rule.remediation,
        subjectType: hit.subjectType,
        subjectId: hit.subjectId,
      });
    }
  }
  // Plain code-unit order: ids and rule names are ASCII, and localeCompare is slow on 100,000 findings.
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const rank = new Map(SEVERITIES.map((s, i) => [s, i]));
  return findings.sort((a, b) => rank.get(b.severity)! - rank.get(a.severity)! || cmp(a.rule, b.rule) || cmp(a.id, b.id));
}
