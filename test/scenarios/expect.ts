import { expect } from "vitest";
import type { Finding } from "../../src/domain/rules/engine";
import type { Severity } from "../../src/domain/rules/rule";

// Assertions for the scenario tests: one finding expected (with what matters about it), and the silence expected.

export function finding(found: Finding[], rule: string, want: { severity?: Severity; reference?: string | RegExp; message?: string[] } = {}): Finding {
  const hits = found.filter((f) => f.rule === rule);
  expect(hits, `${rule} in ${found.map((f) => f.rule).join(", ") || "no findings"}`).toHaveLength(1);
  const [f] = hits;
  if (want.severity) expect(f.severity, rule).toBe(want.severity);
  if (typeof want.reference === "string") expect(f.reference, rule).toBe(want.reference);
  else if (want.reference) expect(f.reference, rule).toMatch(want.reference);
  for (const fragment of want.message ?? []) expect(f.message, rule).toContain(fragment);
  return f;
}

export function silent(found: Finding[], ...rules: string[]): void {
  for (const rule of rules) expect(found.filter((f) => f.rule === rule).map((f) => f.message), `${rule} should be silent`).toEqual([]);
}

const PREFIXES = { GDPR: ["gdpr-", "eprivacy-"], UK_GDPR: ["uk-"] };
// A citation of the law itself: "GDPR Art …" not preceded by "UK ", or "UK GDPR Art …" / "PECR reg …".
const CITES = { GDPR: /(^|; )(GDPR Art|ePrivacy Directive)/, UK_GDPR: /(^|; )(UK GDPR Art|PECR reg)/ };

/** No finding under a law at all: none of its rules, and no rule of every regime citing it. */
export function noneUnder(found: Finding[], regime: "GDPR" | "UK_GDPR"): void {
  const under = found.filter((f) => f.regime === regime || PREFIXES[regime].some((p) => f.rule.startsWith(p)) || CITES[regime].test(f.reference));
  expect(under.map((f) => `${f.rule}: ${f.reference}`)).toEqual([]);
}
