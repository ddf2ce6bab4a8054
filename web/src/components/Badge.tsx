/** Severity and transfer status as text with colour, never colour alone. */
export function SeverityBadge({ severity }: { severity: string }) {
  return <span className={`badge sev-${severity}`}>{severity.toLowerCase()}</span>;
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge status-${status}`}>{status.replace(/_/g, " ").toLowerCase()}</span>;
}

/** Regime names as lawyers write them. */
export const REGIME_LABEL: Record<string, string> = { GDPR: "GDPR", UK_GDPR: "UK GDPR", PIPL: "PIPL", PDPO: "PDPO", CCPA: "CCPA" };
export const regimeLabel = (r: string | null | undefined) => (r ? (REGIME_LABEL[r] ?? r) : "any regime");
