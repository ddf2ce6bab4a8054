import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/domain/rules/catalogue";
import { rulesMarkdown } from "../../src/io/report/rules-table";

describe("docs/rules.md", () => {
  it("is the table the rules make (run `npm run docs:rules` after changing a rule)", () => {
    expect(fs.readFileSync(path.resolve(__dirname, "../../docs/rules.md"), "utf8")).toBe(rulesMarkdown(RULES));
  });

  it("lists at least 25 rules with unique ids, each with an article and a remediation", () => {
    expect(RULES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.reference, r.id).toMatch(/(GDPR|PIPL|CCPA|PDPO|PECR|ePrivacy Directive) /);
      expect(r.remediation.length, r.id).toBeGreaterThan(10);
    }
  });
});
