import type { ApiError } from "../../api/client";
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

/** Findings in force, counted by rule × regime × severity, and how many acceptances hide. */
export interface FindingSummary {
  total: number;
  accepted: number;
  counts: FindingCount[];
}

/** The organisation's findings counted by the API, live or as of an instant (one query shared by the overview and the filters). */
export function useFindingSummary(organization: string, asOf: string | null): { isPending: boolean; error: ApiError | null; data: FindingSummary | undefined } {
  const q = useGql(OverviewFindingsDocument, { organization, asOf });
  return { isPending: q.isPending, error: q.error, data: q.data?.findingSummary };
}

/** Adds query parameters to an app path that may already carry `?asOf=`. */
export function withQuery(path: string, params: Record<string, string | null | undefined>): string {
  const [base, search = ""] = path.split("?");
  const p = new URLSearchParams(search);
  for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
  const q = p.toString();
  return q ? `${base}?${q}` : base;
}

/** How many findings in force match the filters, from the summary (severity is a minimum). */
export function matching(s: FindingSummary, f: { severity: Severity | null; regime: Regime | null; rule: string | null }): number {
  const min = f.severity ? SEVERITIES.indexOf(f.severity) : SEVERITIES.length;
  return s.counts
    .filter((c) => SEVERITIES.indexOf(c.severity) <= min && (!f.regime || c.regime === f.regime) && (!f.rule || c.rule === f.rule))
    .reduce((n, c) => n + c.count, 0);
}
