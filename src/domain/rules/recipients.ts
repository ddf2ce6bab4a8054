import type { RecordRecipient } from "../record";
import { globalId } from "../record-index";
import { activityOf, inCountry, label, nameOf, quoted, reached, receivedBy, recipientById, PROCESSOR_KINDS } from "./helpers";
import type { Rule, RuleHit, RuleInput } from "./rule";

// Recipients: processor contracts (GDPR Art 28), sub-processors, and recipients named only by category.

const kindLabel = (r: RecordRecipient) => (r.kind === "SUB_PROCESSOR" ? "Sub-processor" : "Processor");

const processors = new WeakMap<RuleInput["transfers"], RecordRecipient[]>();

/** Processors that receive data from an activity GDPR reaches (directly or down the sub-processor chain); two rules ask, once per run. */
const gdprProcessors = (input: RuleInput): RecordRecipient[] => {
  let found = processors.get(input.transfers);
  if (!found) {
    const received = receivedBy(input, reached(input, "GDPR"));
    found = input.record.recipients.filter((r) => PROCESSOR_KINDS.includes(r.kind) && received.has(r.key));
    processors.set(input.transfers, found);
  }
  return found;
};

const recipientHit = (input: RuleInput, r: RecordRecipient, message: string): RuleHit => ({ subjectType: "Recipient", subjectId: globalId(input.identity.recipients, r.key), message });

export const recipientRules: Rule[] = [
  {
    id: "gdpr-processor-no-dpa",
    severity: "HIGH",
    regime: "GDPR",
    reference: "GDPR Art 28(3)",
    checks: "Every processor or sub-processor that receives personal data is bound by a data processing agreement.",
    remediation: "Sign a data processing agreement with the Art 28(3) terms and record it as signed.",
    evaluate: (input) =>
      gdprProcessors(input)
        .filter((r) => r.dpa.status === "UNKNOWN" || r.dpa.status === "NONE")
        .map((r) =>
          recipientHit(
            input,
            r,
            r.dpa.status === "NONE"
              ? `${kindLabel(r)} ${label(input, r)} receives personal data with no data processing agreement.`
              : `${kindLabel(r)} ${label(input, r)} receives personal data and the record does not say whether a data processing agreement is in place.`,
          ),
        ),
  },
  {
    id: "gdpr-processor-dpa-unverified",
    severity: "LOW",
    regime: "GDPR",
    reference: "GDPR Art 28(3)",
    checks: "A data processing agreement that is only claimed is verified and recorded as signed.",
    remediation: "Obtain a copy of the signed data processing agreement, check its Art 28(3) terms and record it as signed.",
    evaluate: (input) =>
      gdprProcessors(input)
        .filter((r) => r.dpa.status === "CLAIMED")
        .map((r) => recipientHit(input, r, `${kindLabel(r)} ${label(input, r)} is said to have a data processing agreement, but it has not been verified as signed.`)),
  },
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
    reference: "PIPL Art 23; GDPR Art 13(1)(e)",
    checks: "A recipient of special-category or sensitive data is named, not described only by its category.",
    remediation: "Record the recipient by name (PIPL Art 23 requires naming it to the people concerned) instead of by category.",
    evaluate: (input) => {
      const received = receivedBy(input, input.record.activities);
      return input.record.recipients.flatMap((r) => {
        if (r.named) return [];
        const sensitive = [...(received.get(r.key) ?? [])].filter((c) => input.facts.sensitivity(c).length > 0).sort();
        if (!sensitive.length) return [];
        return [recipientHit(input, r, `Recipient ${label(input, r)} is described only by category but receives sensitive data (${quoted(sensitive)}).`)];
      });
    },
  },
];
