import { useState } from "react";

const DAY = 24 * 60 * 60 * 1000;

/** The 30 days before the instant shown (or before now), fixed once per page so the query key stays stable. */
export function useLast30Days(asOf: string | null): { from: string; to: string | null } {
  const [now] = useState(() => Date.now());
  const end = asOf ? Date.parse(asOf) : now;
  return { from: new Date(end - 30 * DAY).toISOString(), to: asOf };
}
