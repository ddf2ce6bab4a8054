import type { AdequacyStatus } from "./regimes";

/** A country with no EEA membership and no decision on record is, for the EU, not adequate. */
export function euAdequacy(status: AdequacyStatus | null | undefined): AdequacyStatus {
  return status ?? "NOT_ADEQUATE";
}
