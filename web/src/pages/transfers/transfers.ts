import type { TransferStatus, TransfersPageDestinationsQuery, TransfersPageQuery } from "../../gql/graphql";

export type TransferRow = TransfersPageQuery["transfers"][number];
export type Destination = TransfersPageDestinationsQuery["transferDestinations"][number];

export const STATUSES: TransferStatus[] = ["NOT_COVERED", "UNDETERMINED", "COVERED"];
export const STATUS_WORDS: Record<TransferStatus, string> = { NOT_COVERED: "Not covered", UNDETERMINED: "Undetermined", COVERED: "Covered" };
/** Worst first: a country is shown by the worst transfer that goes there. */
const RANK: Record<TransferStatus, number> = { NOT_COVERED: 0, UNDETERMINED: 1, COVERED: 2 };

/** The code the API uses when the record does not say where the importer is. */
export const UNKNOWN_COUNTRY = "ZZ";

/** The table asks for this many rows; the filters narrow the rest down. */
export const TABLE_ROWS = 200;

export interface CountrySummary {
  code: string;
  name: string;
  worst: TransferStatus;
  counts: Record<TransferStatus, number>;
  mechanisms: string[];
}

/** One mechanism as lawyers cite it: the code, and for PIPL the exemption of the 2024 Provisions. */
export const mechanismText = (t: Pick<TransferRow, "mechanism" | "exemption">) => (t.mechanism ? `${t.mechanism}${t.exemption ? ` (exemption ${t.exemption})` : ""}` : null);

const countsOf = (d: Destination): Record<TransferStatus, number> => ({ NOT_COVERED: d.notCovered, UNDETERMINED: d.undetermined, COVERED: d.covered });

/** One regime's destinations as the map shows them: each with its worst status, counts per status and mechanisms, worst first. */
export function countrySummaries(destinations: readonly Destination[]): CountrySummary[] {
  return destinations
    .map((d) => {
      const counts = countsOf(d);
      return { code: d.country.code, name: d.country.name, counts, worst: STATUSES.find((s) => counts[s] > 0) ?? "COVERED", mechanisms: d.mechanisms };
    })
    .sort((a, b) => RANK[a.worst] - RANK[b.worst] || a.name.localeCompare(b.name));
}

export interface TransferFilters {
  regime: string | null;
  status: TransferStatus | null;
  country: string | null;
}

/** How many transfers the filters let through, from the destinations' counts (no transfer downloaded). */
export function matching(destinations: readonly Destination[], f: TransferFilters): number {
  let n = 0;
  for (const d of destinations) {
    if ((f.regime && d.regime !== f.regime) || (f.country && d.country.code !== f.country)) continue;
    const counts = countsOf(d);
    // A status the URL names but the API does not know matches nothing, as before.
    n += f.status ? (counts[f.status] ?? 0) : counts.COVERED + counts.NOT_COVERED + counts.UNDETERMINED;
  }
  return n;
}

/** "2 not covered, 1 covered": counts in words, the worst first, zeros left out. */
export const countsText = (c: CountrySummary) =>
  STATUSES.filter((s) => c.counts[s])
    .map((s) => `${c.counts[s]} ${STATUS_WORDS[s].toLowerCase()}`)
    .join(", ");
