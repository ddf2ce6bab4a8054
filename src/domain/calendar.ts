// Dates people type: JavaScript rolls 2026-02-31 over to 3 March, so a date is checked against the calendar itself.

/** True for YYYY-MM-DD naming a day that exists (2024-02-29 yes, 2026-02-29 and 2026-04-31 no). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
