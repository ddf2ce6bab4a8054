import { useMemo } from "react";
import { useGql } from "../../api/hooks";
import { OverviewFindingsDocument, type Regime, type Severity } from "../../gql/graphql";

/** Most severe first, as the API orders findings. */
export const SEVERITIES: Severity[] = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO"];
export const REGIMES: Regime[] = ["GDPR", "UK_GDPR", "PIPL", "PDPO", "CCPA"];

export interface FindingCount {
  rule: string;
  regime: Regime | null;
  severity: Severity;
  count: number;
}

/** Findings in force, counted by rule × regime × severity; `accepted` is null when the API does not say. */
export interface FindingSummary {
  total: number;
  accepted: number | null;
  counts: FindingCount[];
}

/** Groups findings into counts (until the API counts them itself). */
export function countFindings(findings: readonly { rule: string; regime: Regime | null; severity: Severity }[]): FindingSummary {
  const byKey = new Map<string, FindingCount>();
  for (const f of findings) {
    const k = `${f.rule}|${f.regime ?? ""}|${f.severity}`;
    const c = byKey.get(k);
    if (c) c.count++;
    else byKey.set(k, { rule: f.rule, regime: f.regime, severity: f.severity, count: 1 });
  }
  const counts = [...byKey.values()].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.rule.localeCompare(b.rule));
  return { total: findings.length, accepted: null, counts };
}

/** The organisation's findings counted, live or as of an instant. */
export function useFindingSummary(organization: string, asOf: string | null) {
  const q = useGql(OverviewFindingsDocument, { organization, asOf });
  const data = useMemo(() => (q.data ? countFindings(q.data.findings) : undefined), [q.data]);
  return { isPending: q.isPending, error: q.error, data };
}

/** Adds query parameters to an app path that may already carry `?asOf=`. */
export function withQuery(path: string, params: Record<string, string | null | undefined>): string {
  const [base, search = ""] = path.split("?");
  const p = new URLSearchParams(search);
  for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
  const q = p.toString();
  return q ? `${base}?${q}` : base;
}
