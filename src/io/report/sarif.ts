import { REGIMES, type Regime } from "../../domain/regimes";
import { RULES } from "../../domain/rules/catalogue";
import type { Rule, Severity } from "../../domain/rules/rule";
import type { SubjectInfo } from "../../modules/compliance/compliance.service";
import type { Finding } from "../../modules/compliance/compliance.type";
import { defaultRecordUri, type RecordSource } from "./record-sources";
import { sarifLog, type ResultSpec, type RuleSpec } from "./sarif-log";

// Findings as a SARIF 2.1.0 log for GitHub code scanning: each at the line of its subject in the file the
// organisation's record came from (else at datamap/<slug>.ropa.json, line 1), accepted ones as suppressions.

const TYPE_PATH: Record<string, string> = { Organization: "", ProcessingActivity: "processing-activities", Recipient: "recipients", Location: "storage-locations" };

/** The regimes a rule belongs to: its own, those it cites for each regime, or (a rule of every regime citing none) all. */
const regimesOf = (r: Rule): readonly Regime[] => (r.regime ? [r.regime] : r.references ? (Object.keys(r.references) as Regime[]) : REGIMES);

export const ruleSpec = (r: Rule): RuleSpec => ({ id: r.id, severity: r.severity, checks: r.checks, remediation: r.remediation, reference: r.reference, regimes: regimesOf(r) });

export interface FindingsSarifOptions {
  version: string;
  /** The organisation the run is about; undefined for all of them. */
  organization?: string;
  /** The file each organisation's record came from, by slug. */
  sources?: ReadonlyMap<string, RecordSource>;
}

/** Findings as a SARIF log; `omitted` counts the least severe results left out to stay within GitHub's limit. */
export function findingsSarif(findings: readonly Finding[], subjects: ReadonlyMap<string, SubjectInfo>, opts: FindingsSarifOptions): { text: string; omitted: number } {
  const seen = new Map<string, number>();
  const results = findings.map((f): ResultSpec => {
    const s = subjects.get(f.subjectId)!;
    // Slug, rule and the subject's key: the same finding keeps its identity when the record is imported afresh.
    // No rule hits one subject twice today; should one, its later hits are numbered so no two share a fingerprint.
    const base = `finding|${s.slug}|${f.rule}|${s.type}|${s.key}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const source = opts.sources?.get(s.slug);
    const path = [s.slug, TYPE_PATH[s.type], s.type === "Organization" ? "" : s.key].filter(Boolean).join("/");
    return {
      ruleId: f.rule,
      severity: f.severity as Severity,
      message: `${f.message} ${f.remediation}`,
      uri: source?.uri ?? defaultRecordUri(s.slug),
      span: source?.lines.spanOf(s.type, s.key) ?? null,
      logical: { name: s.name, fullyQualifiedName: path, kind: "object" },
      identity: n === 1 ? base : `${base}|${n}`,
      acceptance: f.acceptance,
      properties: { findingId: f.id, organization: s.slug, regime: f.regime, reference: f.reference },
    };
  });
  return sarifLog({ version: opts.version, automationId: `datamap/check/${opts.organization ?? "all"}/`, rules: RULES.map(ruleSpec), results });
}
