import { art30RulesFor } from "./art30";
import { eprivacyRulesFor } from "./eprivacy";
import { gdprDutyRulesFor } from "./gdpr-duties";
import { UK_GDPR } from "./gdpr-law";
import { gdprBasisRulesFor } from "./lawful-basis";
import { processorRulesFor } from "./recipients";
import { activityHit, claimsOf, label, quoted, reached } from "./helpers";
import type { Rule } from "./rule";

// UK GDPR: the GDPR rules built again with UK citations (ids uk-…), PECR for cookies and marketing, and the
// DPA 2018 Schedule 1 conditions that some Art 9(2) and Art 10 grounds need in the UK.

/** DPA 2018 s.10: Art 9(2)(b), (h), (i), (j) need a Sch 1 Part 1 condition, (g) a Part 2 one, Art 10 one of Parts 1-3. */
const NEEDS_SCHEDULE_1 = ["A9-2-b", "A9-2-g", "A9-2-h", "A9-2-i", "A9-2-j", "A10"];
// The record has no field for the Schedule 1 paragraph; a claim names it in its note or assessment.
const NAMES_SCHEDULE_1 = /\bSch(edule|\.)?\s*1\b|\bpara(graph)?\.?\s*\d+/i;

const schedule1Rule: Rule = {
  id: "uk-dpa-sch1-condition",
  severity: "LOW",
  regime: "UK_GDPR",
  reference: "UK GDPR Art 9(2), Art 10; DPA 2018 s.10, Sch 1",
  checks: "A UK claim of Art 9(2)(b), (g), (h), (i), (j) or Art 10 names the DPA 2018 Schedule 1 condition it meets.",
  remediation: "Name the Schedule 1 condition in the claim's note (and keep the appropriate policy document Schedule 1 Part 4 asks for where it applies).",
  evaluate: (input) =>
    reached(input, "UK_GDPR").flatMap((a) => {
      const open = claimsOf(a, "UK_GDPR").filter((c) => NEEDS_SCHEDULE_1.includes(c.code) && !NAMES_SCHEDULE_1.test(`${c.note ?? ""} ${c.assessment ?? ""}`));
      if (!open.length) return [];
      return [
        activityHit(
          input,
          a,
          `Processing activity ${label(input, a)} relies on ${quoted([...new Set(open.map((c) => c.code))])} under UK GDPR, and the record does not name the DPA 2018 Schedule 1 condition that the ground needs in the UK.`,
        ),
      ];
    }),
};

export const ukRules: Rule[] = [
  ...art30RulesFor(UK_GDPR),
  ...gdprBasisRulesFor(UK_GDPR),
  schedule1Rule,
  ...gdprDutyRulesFor(UK_GDPR),
  ...processorRulesFor(UK_GDPR),
  ...eprivacyRulesFor(UK_GDPR),
];
