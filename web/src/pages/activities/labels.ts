/** Words for the API's enum values and JSON change values, shared by the activity and recipient pages. */

/** "SUB_PROCESSOR" → "sub processor": enums read as plain words. */
export const words = (v: string | null | undefined): string => (v ? v.replace(/_/g, " ").toLowerCase() : "not recorded");

const ADEQUACY: Record<string, string> = {
  EEA: "inside the EEA",
  ADEQUATE: "EU adequacy decision",
  PARTIAL: "partial adequacy",
  NOT_ADEQUATE: "no EU adequacy decision",
};
export const adequacyLabel = (a: string | null | undefined) => (a ? (ADEQUACY[a] ?? words(a)) : "not recorded");

const VOLUME: Record<string, string> = {
  UNDER_10K: "fewer than 10,000 a year",
  FROM_10K_TO_100K: "10,000 to 100,000 a year",
  FROM_100K_TO_1M: "100,000 to 1 million a year",
  OVER_1M: "over 1 million a year",
};
export const volumeLabel = (v: string | null | undefined) => (v ? (VOLUME[v] ?? words(v)) : "not known");

const AGE: Record<string, string> = { UNDER_13: "under 13", AGE_13: "13", AGE_14_TO_15: "14–15", AGE_16_TO_17: "16–17", ADULT: "18 or older" };
export const ageLabel = (a: string) => AGE[a] ?? words(a);

/** ISO 8601 durations such as P2Y or P6M in words; anything else is shown as written. */
export function periodLabel(p: string | null | undefined): string {
  if (!p) return "no period stated";
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(p);
  if (!m) return p;
  const parts = [
    [m[1], "year"],
    [m[2], "month"],
    [m[3], "week"],
    [m[4], "day"],
  ]
    .filter(([n]) => n)
    .map(([n, unit]) => `${n} ${unit}${n === "1" ? "" : "s"}`);
  return parts.length ? `${parts.join(" ")} (${p})` : p;
}

/** A field value from history or a diff (JSON: strings, numbers, lists of keys, objects) as short text. */
export function changeValue(v: unknown): string {
  if (v === null || v === undefined) return "—";
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return v.length ? v.map(changeValue).join(", ") : "(none)";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

/** An instant in the reader's locale, with the UTC instant kept in a tooltip-free machine form via <time>. */
export const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "medium" });
