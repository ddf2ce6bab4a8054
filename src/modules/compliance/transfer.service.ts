import type { Db } from "../../db/connection";
import type { Principal } from "../../domain/principal";
import { REGIMES, type Regime } from "../../domain/regimes";
import { analyseTransfers, TRANSFER_STATUSES, type TransferStatus } from "../../domain/transfers";
import { badInput } from "../common/errors";
import { intInRange } from "../common/validate";
import { organizationIdOf, readInstant, readRecord } from "../record/record.read";
import { referenceStore } from "../reference/reference.store";
import type { Transfer, TransferCount, TransferDestination } from "./compliance.type";
import { liveMemo } from "./live-memo";
import { referenceFacts } from "./reference-facts";

// The cross-border transfers of one organisation's record, live (memoised until the next write) or as it stood
// at an instant, judged with today's reference data; filtered, counted and grouped by destination.

export interface TransferQuery {
  organization: string;
  /** Read the record as it stood at this instant. */
  asOf?: Date | null;
}

export interface TransferListQuery extends TransferQuery {
  regime?: Regime | null;
  status?: TransferStatus | null;
  /** ISO alpha-2 code of the importer's country; "ZZ" for importers whose country is not recorded. */
  toCountry?: string | null;
  /** At most this many, after ordering (1 to 1000). */
  first?: number | null;
}

/** ISO 3166's code for "unknown": the transfers whose importer's country the record does not give. */
export const UNKNOWN_COUNTRY_CODE = "ZZ";

// Shared between calls until the next write: callers filter into new arrays and never change a transfer.
const liveTransfers = liveMemo<readonly Transfer[]>();

/** Every transfer of one organisation's record, by row id; null when it did not exist (then). */
function computeTransfers(db: Db, organizationId: number, at: string | null): Transfer[] | null {
  const read = readRecord(db, organizationId, at, { evidence: false });
  if (!read) return null;
  return analyseTransfers(read.document, referenceFacts(db), read.identity).map((t) => ({
    activityId: t.activityId,
    fromCode: t.fromCountry,
    toCode: t.toCountry,
    recipientId: t.recipientId,
    locationId: t.locationId,
    viaRecipientId: t.viaRecipientId,
    categoryKeys: t.dataCategories,
    regime: t.regime,
    mechanism: t.mechanism,
    exemption: t.exemption,
    covered: t.status === "COVERED",
    status: t.status,
  }));
}

/** The organisation's transfers if the caller may see it: live ones from the memo, a past instant's computed afresh. */
function allTransfers(db: Db, principal: Principal, q: TransferQuery, now: Date): readonly Transfer[] {
  const at = readInstant(q.asOf, now);
  // Authorisation first: the memo never answers for an organisation the caller may not see.
  const id = organizationIdOf(db, principal, q.organization, at !== null);
  if (id === null) return [];
  // Only the live record is memoised: a past instant's answer is asked for rarely, and "now" moves.
  return (at === null ? liveTransfers(db, id, () => computeTransfers(db, id, null)) : computeTransfers(db, id, at)) ?? [];
}

function checkToCountry(db: Db, code: string | null | undefined): void {
  if (code == null || code === UNKNOWN_COUNTRY_CODE) return;
  if (!/^[A-Z]{2}$/.test(code) || !referenceStore.countriesByCodes(db, [code]).length) {
    throw badInput("toCountry", code, `an ISO 3166-1 alpha-2 code of an existing country in capitals, e.g. HK, or "${UNKNOWN_COUNTRY_CODE}" for importers whose country is not recorded`);
  }
}

const rank = (list: readonly string[], v: string) => list.indexOf(v);

export const transferService = {
  /** The organisation's transfers (live, or as it stood at `asOf`), filtered; empty for an unknown organisation or one that did not exist then. */
  transfers(db: Db, principal: Principal, q: TransferListQuery, now = new Date()): Transfer[] {
    intInRange("first", q.first, 1, 1000);
    checkToCountry(db, q.toCountry);
    const wanted = q.toCountry === UNKNOWN_COUNTRY_CODE ? null : q.toCountry;
    const out: Transfer[] = [];
    for (const t of allTransfers(db, principal, q, now)) {
      if (q.first != null && out.length >= q.first) break;
      if ((q.regime != null && t.regime !== q.regime) || (q.status != null && t.status !== q.status) || (q.toCountry != null && t.toCode !== wanted)) continue;
      out.push(t);
    }
    return out;
  },

  /** The same transfers as `transfers`, counted by regime and status, in the enums' order; empty when `transfers` is. */
  summary(db: Db, principal: Principal, q: TransferQuery, now = new Date()): TransferCount[] {
    const counts = new Map<string, TransferCount>();
    for (const t of allTransfers(db, principal, q, now)) {
      const key = `${t.regime}|${t.status}`;
      const c = counts.get(key);
      if (c) c.count++;
      else counts.set(key, { regime: t.regime, status: t.status, count: 1 });
    }
    return [...counts.values()].sort((a, b) => rank(REGIMES, a.regime) - rank(REGIMES, b.regime) || rank(TRANSFER_STATUSES, a.status) - rank(TRANSFER_STATUSES, b.status));
  },

  /** The transfers grouped by regime and destination country, ordered by regime then country code ("ZZ" for unrecorded ones). */
  destinations(db: Db, principal: Principal, q: TransferQuery & { regime?: Regime | null }, now = new Date()): TransferDestination[] {
    const groups = new Map<string, TransferDestination & { used: Set<string> }>();
    for (const t of allTransfers(db, principal, q, now)) {
      if (q.regime != null && t.regime !== q.regime) continue;
      const key = `${t.regime}|${t.toCode ?? UNKNOWN_COUNTRY_CODE}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { toCode: t.toCode, regime: t.regime, covered: 0, notCovered: 0, undetermined: 0, mechanisms: [], used: new Set() }));
      if (t.status === "COVERED") g.covered++;
      else if (t.status === "NOT_COVERED") g.notCovered++;
      else g.undetermined++;
      if (t.mechanism) g.used.add(t.mechanism);
    }
    const code = (d: TransferDestination) => d.toCode ?? UNKNOWN_COUNTRY_CODE;
    return [...groups.values()]
      .map(({ used, ...d }) => ({ ...d, mechanisms: [...used].sort() }))
      .sort((a, b) => rank(REGIMES, a.regime) - rank(REGIMES, b.regime) || (code(a) < code(b) ? -1 : code(a) > code(b) ? 1 : 0));
  },
};
