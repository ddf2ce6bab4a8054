// Words for the closed vocabularies of the record, as a RoPA reader expects them, and small text helpers.

export const RIGHT_LABELS: Record<string, string> = {
  ACCESS: "Access",
  RECTIFICATION: "Rectification",
  ERASURE: "Erasure",
  RESTRICTION: "Restriction of processing",
  PORTABILITY: "Data portability",
  OBJECTION: "Objection",
  AUTOMATED_DECISION: "Not to be subject to automated decisions",
  WITHDRAW_CONSENT: "Withdrawal of consent",
  COMPLAINT: "Complaint to a supervisory authority",
  MARKETING_OPT_OUT: "Opt-out of marketing",
  ACCOUNT_CLOSURE: "Account closure",
  OPT_OUT_OF_SALE_OR_SHARING: "Opt-out of sale or sharing",
  LIMIT_SENSITIVE_USE: "Limit use of sensitive personal information",
};

export const AGE_BAND_LABELS: Record<string, string> = {
  UNDER_13: "under 13",
  AGE_13: "13",
  AGE_14_TO_15: "14 to 15",
  AGE_16_TO_17: "16 to 17",
  ADULT: "18 and over",
};

export const AUTOMATED_DECISION_LABELS: Record<string, string> = {
  NONE: "None",
  PERSONALISATION: "Automated personalisation of content, offers or prices",
  SIGNIFICANT_EFFECT: "Automated decisions with legal or similarly significant effects",
};

export const SOURCE_LABELS: Record<string, string> = {
  PROVIDED_BY_SUBJECT: "Provided by the individual",
  AUTOMATIC: "Collected automatically",
  THIRD_PARTY: "From third parties",
  DERIVED: "Derived or inferred",
  PUBLIC: "Publicly available",
};

/** The event a retention trigger names, as a noun phrase. */
export const TRIGGER_LABELS: Record<string, string> = {
  ACCOUNT_CLOSURE: "account closure",
  END_OF_SERVICE: "the end of the service",
  PURPOSE_FULFILLED: "the purpose is fulfilled",
  LEGAL_HOLD_END: "a legal hold ends",
  OTHER: "another event (see the description)",
};

export const RECIPIENT_KIND_LABELS: Record<string, string> = {
  PROCESSOR: "processor",
  SUB_PROCESSOR: "sub-processor",
  INDEPENDENT_CONTROLLER: "independent controller",
  JOINT_CONTROLLER: "joint controller",
  AFFILIATE: "affiliate",
  PUBLIC_AUTHORITY: "public authority",
  ACQUIRER: "acquirer",
  CONTRACTOR: "contractor",
  AGENT: "agent",
  THIRD_PARTY: "third party",
};

export const CONSENT_LABELS: Record<string, string> = {
  EXPLICIT: "explicit consent",
  OPT_IN: "opt-in",
  OPT_OUT: "opt-out",
  CONTINUED_USE: "assumed from continued use",
};

export const DPA_LABELS: Record<string, string> = { UNKNOWN: "not recorded", NONE: "none", CLAIMED: "claimed", SIGNED: "signed" };
export const MEASURE_KIND_LABELS: Record<string, string> = { TECHNICAL: "technical", ORGANISATIONAL: "organisational" };
export const STATUS_LABELS: Record<string, string> = { COVERED: "covered", NOT_COVERED: "not covered", UNDETERMINED: "undetermined" };

const label = (map: Record<string, string>, value: string) => map[value] ?? value;
export const labelOf = label;

/** The items joined for one spreadsheet cell; null when there are none, so the cell stays empty. */
export function joined(items: (string | null | undefined)[], separator = "; "): string | null {
  const list = [...new Set(items.filter((x): x is string => !!x && x.trim() !== ""))];
  return list.length ? list.join(separator) : null;
}

const UNITS: [string, string, string][] = [
  ["Y", "year", "years"],
  ["M", "month", "months"],
  ["W", "week", "weeks"],
  ["D", "day", "days"],
];
const TIME_UNITS: [string, string, string][] = [
  ["H", "hour", "hours"],
  ["M", "minute", "minutes"],
  ["S", "second", "seconds"],
];

/** "P1Y6M" → "1 year 6 months"; the ISO text itself when it does not parse. */
export function humanDuration(iso: string): string {
  const m = /^P([^T]*)(?:T(.*))?$/.exec(iso);
  if (!m) return iso;
  const parts: string[] = [];
  const read = (text: string | undefined, units: [string, string, string][]) => {
    for (const [unit, one, many] of units) {
      const hit = new RegExp(`(\\d+)${unit}`).exec(text ?? "");
      if (hit) parts.push(`${Number(hit[1])} ${Number(hit[1]) === 1 ? one : many}`);
    }
  };
  read(m[1], UNITS);
  read(m[2], TIME_UNITS);
  return parts.length ? parts.join(" ") : iso;
}

/** The retention rule in words: period, trigger, then the record's own description. */
export function retentionText(r: { period: string | null; trigger: string | null; description: string | null } | null): string | null {
  if (!r) return null;
  const trigger = r.trigger ? label(TRIGGER_LABELS, r.trigger) : null;
  const rule = r.period
    ? `${humanDuration(r.period)} (${r.period})${trigger ? ` after ${trigger}` : ""}`
    : trigger
      ? `Until ${trigger}`
      : null;
  return joined([rule && `${rule}.`, r.description], " ");
}
