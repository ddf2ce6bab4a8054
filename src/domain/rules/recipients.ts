import type { RecordRecipient } from "../record";
import { roleOf } from "../record-index";
import { GDPR, receivedUnder, type GdprLaw } from "./gdpr-law";
import { activityOf, inCountry, label, nameOf, quoted, receivedBy, recipientById, recipientHit } from "./helpers";
import { unnamedHandlers } from "./pipl-duties";
import type { Rule, RuleHit, RuleInput } from "./rule";

// Recipients: processor contracts (GDPR and UK GDPR Art 28), sub-processors, and recipients named only by category.

const kindLabel = (r: RecordRecipient) => (r.kind === "SUB_PROCESSOR" ? "Sub-processor" : "Processor");

const processors = new WeakMap<RuleInput["transfers"], Map<string, RecordRecipient[]>>();

/**
 * Processors that receive data from an activity the law reaches (directly or down the sub-processor chain), once per run and law.
 * A processor by its recorded role, or by its kind while the role is unknown; an independent controller needs no Art 28 contract.
 */
const processorsUnder = (law: GdprLaw, input: RuleInput): RecordRecipient[] => {
  let byLaw = processors.get(input.transfers);
  if (!byLaw) processors.set(input.transfers, (byLaw = new Map()));
  let found = byLaw.get(law.regime);
  if (!found) {
    const received = receivedUnder(law, input);
    found = input.record.recipients.filter((r) => roleOf(r) === "PROCESSOR" && received.has(r.key));
    byLaw.set(law.regime, found);
  }
  return found;
};

/** Art 28(3): a contract binds every processor; NONE is a breach, UNKNOWN a question, CLAIMED a document to check. */
export function processorRulesFor(law: GdprLaw): Rule[] {
  return [
    {
      id: `${law.id}-processor-no-dpa`,
      severity: "HIGH",
      regime: law.regime,
      reference: `${law.name} Art 28(3)`,
      checks: "Every processor or sub-processor that receives personal data is bound by a data processing agreement.",
      remediation: "Sign a data processing agreement with the Art 28(3) terms and record it as signed.",
      evaluate: (input) =>
        processorsUnder(law, input).flatMap((r): RuleHit[] => {
          if (r.dpa.status === "NONE") return [recipientHit(input, r, `${kindLabel(r)} ${label(input, r)} receives personal data with no data processing agreement.`)];
          if (r.dpa.status === "UNKNOWN")
            return [
              {
                ...recipientHit(input, r, `${kindLabel(r)} ${label(input, r)} receives personal data and the record does not say whether a data processing agreement is in place (status unknown).`),
                severity: "MEDIUM",
              },
            ];
          return [];
        }),
    },
    {
      id: `${law.id}-processor-dpa-unverified`,
      severity: "LOW",
      regime: law.regime,
      reference: `${law.name} Art 28(3)`,
      checks: "A data processing agreement that is only claimed is verified and recorded as signed.",
      remediation: "Obtain a copy of the signed data processing agreement, check its Art 28(3) terms and record it as signed.",
      evaluate: (input) =>
        processorsUnder(law, input)
          .filter((r) => r.dpa.status === "CLAIMED")
          .map((r) => recipientHit(input, r, `${kindLabel(r)} ${label(input, r)} is said to have a data processing agreement, but it has not been verified as signed.`)),
    },
  ];
}

export const recipientRules: Rule[] = [
  ...processorRulesFor(GDPR),
  {
    id: "gdpr-subprocessor-no-mechanism",
    severity: "HIGH",
    regime: "GDPR",
    reference: "GDPR Art 28(4), Art 44",
    checks: "Every sub-processor in a third country that receives data under GDPR is covered by a transfer mechanism.",
    remediation: "Require the processor to put a transfer mechanism (e.g. the 2021 standard contractual clauses, module 3) in place with its sub-processor and record it.",
    evaluate: (input) => {
      const hits = new Map<RecordRecipient, { via: Set<string>; activities: Set<string>; country: string | null }>();
      for (const t of input.transfers) {
        if (t.regime !== "GDPR" || t.viaRecipientId === null || t.status !== "NOT_COVERED") continue;
        const r = recipientById(input, t.recipientId);
        if (!r) continue;
        const entry = hits.get(r) ?? { via: new Set<string>(), activities: new Set<string>(), country: t.toCountry };
        const parent = recipientById(input, t.viaRecipientId);
        entry.via.add(parent ? nameOf(input, parent) : t.viaRecipientId);
        const a = activityOf(input, t);
        entry.activities.add(a ? nameOf(input, a) : t.activityId);
        hits.set(r, entry);
      }
      return [...hits].map(([r, { via, activities, country }]) => {
        return recipientHit(
          input,
          r,
          `Sub-processor ${label(input, r)} (engaged by ${quoted([...via])}) ${inCountry(country)} receives data from ${quoted([...activities])} with no GDPR transfer mechanism recorded.`,
        );
      });
    },
  },
  {
    id: "any-category-recipient-sensitive",
    severity: "MEDIUM",
    regime: null,
    // Only PIPL asks for the recipient's name; GDPR Art 13(1)(e), PDPO DPP1(3) and CCPA §1798.100 accept categories of recipients.
    reference: "PIPL Art 23",
    references: { PIPL: "PIPL Art 23" },
    checks: "Another handler given sensitive personal information under PIPL is named, not described only by its category.",
    remediation: "Record the recipient by name and tell people its name and contact, as PIPL Art 23 requires.",
    evaluate: (input) => unnamedHandlers(input, true).map((hit) => ({ ...hit, regimes: ["PIPL"] })),
  },
];
