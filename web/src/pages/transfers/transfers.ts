import type { TransferStatus, TransfersPageQuery } from "../../gql/graphql";

export type TransferRow = TransfersPageQuery["transfers"][number];

export const STATUSES: TransferStatus[] = ["NOT_COVERED", "UNDETERMINED", "COVERED"];
export const STATUS_WORDS: Record<TransferStatus, string> = { NOT_COVERED: "Not covered", UNDETERMINED: "Undetermined", COVERED: "Covered" };
/** Worst first: a country is shown by the worst transfer that goes there. */
const RANK: Record<TransferStatus, number> = { NOT_COVERED: 0, UNDETERMINED: 1, COVERED: 2 };

/** The code the API uses when the record does not say where the importer is. */
export const UNKNOWN_COUNTRY = "ZZ";

export interface CountrySummary {
  code: string;
  name: string;
  worst: TransferStatus;
  counts: Record<TransferStatus, number>;
  mechanisms: string[];
}

/** One mechanism as lawyers cite it: the code, and for PIPL the exemption of the 2024 Provisions. */
export const mechanismText = (t: Pick<TransferRow, "mechanism" | "exemption">) => (t.mechanism ? `${t.mechanism}${t.exemption ? ` (exemption ${t.exemption})` : ""}` : null);

/** Destination countries of the given transfers, each with its worst status, counts per status and mechanisms. */
export function byDestination(rows: readonly TransferRow[]): CountrySummary[] {
  const out = new Map<string, CountrySummary>();
  for (const t of rows) {
    let c = out.get(t.toCountry.code);
    if (!c) out.set(t.toCountry.code, (c = { code: t.toCountry.code, name: t.toCountry.name, worst: t.status, counts: { NOT_COVERED: 0, UNDETERMINED: 0, COVERED: 0 }, mechanisms: [] }));
    c.counts[t.status]++;
    if (RANK[t.status] < RANK[c.worst]) c.worst = t.status;
    const m = mechanismText(t);
    if (m && !c.mechanisms.includes(m)) c.mechanisms.push(m);
  }
  return [...out.values()].sort((a, b) => RANK[a.worst] - RANK[b.worst] || a.name.localeCompare(b.name));
}

/** "2 not covered, 1 covered": counts in words, the worst first, zeros left out. */
export const countsText = (c: CountrySummary) =>
  STATUSES.filter((s) => c.counts[s])
    .map((s) => `${c.counts[s]} ${STATUS_WORDS[s].toLowerCase()}`)
    .join(", ");
