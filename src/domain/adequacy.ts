import type { ReferenceFacts } from "./record";
import type { AdequacyStatus, Regime } from "./regimes";

/** A country with no EEA membership and no decision on record is, for the EU, not adequate. */
export function euAdequacy(status: AdequacyStatus | null | undefined): AdequacyStatus {
  return status ?? "NOT_ADEQUATE";
}

/** A country the UK adequacy regulations do not list is, for the UK, not adequate; "EEA" there means the UK itself. */
export function ukAdequacy(status: AdequacyStatus | null | undefined): AdequacyStatus {
  return status ?? "NOT_ADEQUATE";
}

/** Where a country stands for transfers out of a regime with adequacy (GDPR: EU decisions; UK GDPR: UK regulations). "EEA" means inside. */
export function adequacyUnder(regime: "GDPR" | "UK_GDPR", country: string, facts: ReferenceFacts): AdequacyStatus {
  return regime === "GDPR" ? facts.euAdequacy(country) : facts.ukAdequacy(country);
}

/** The regimes whose transfers are judged against an adequacy list. */
export const ADEQUACY_REGIMES: Regime[] = ["GDPR", "UK_GDPR"];
