import type { Rule } from "../../domain/rules/rule";

/** The rule table of docs/rules.md, made from the rules themselves so the two cannot drift. */
export function rulesMarkdown(rules: Rule[]): string {
  const rows = rules.map((r) => `| \`${r.id}\` | ${r.severity} | ${r.regime ?? "any"} | ${r.reference} | ${r.checks} | ${r.remediation} |`);
  return [
    "# Compliance rules",
    "",
    "Generated from `src/domain/rules/` by `npm run docs:rules`; a test fails when this file and the code differ.",
    "Rule ids are stable: accepted findings refer to them.",
    "",
    `${rules.length} rules.`,
    "",
    "| id | severity | regime | rests on | checks | remediation |",
    "|---|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}
