import { useLocation, useNavigate } from "react-router";
import type { Regime, Severity } from "../../gql/graphql";
import { REGIMES, SEVERITIES } from "./summary";

/** The findings filters, read from and written to the URL so a filtered view can be shared as a link. */
export interface FindingFilters {
  severity: Severity | null;
  regime: Regime | null;
  rule: string | null;
  accepted: boolean;
}

export function useFindingFilters(): [FindingFilters, (next: Partial<FindingFilters>) => void] {
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const p = new URLSearchParams(search);
  const sev = p.get("severity") as Severity | null;
  const reg = p.get("regime") as Regime | null;
  const filters: FindingFilters = {
    severity: sev && SEVERITIES.includes(sev) ? sev : null,
    regime: reg && REGIMES.includes(reg) ? reg : null,
    rule: p.get("rule") || null,
    accepted: p.get("accepted") === "1",
  };
  const set = (next: Partial<FindingFilters>) => {
    const f = { ...filters, ...next };
    const q = new URLSearchParams(search);
    const put = (k: string, v: string | null) => (v ? q.set(k, v) : q.delete(k));
    put("severity", f.severity);
    put("regime", f.regime);
    put("rule", f.rule);
    put("accepted", f.accepted ? "1" : null);
    const s = q.toString();
    navigate(`${pathname}${s ? `?${s}` : ""}`, { replace: false });
  };
  return [filters, set];
}
