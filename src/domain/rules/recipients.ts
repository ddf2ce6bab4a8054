import type { RecipientRecord } from "../record-input";
import { activityById, inCountry, label, quoted, reached, receivedBy, recipientById, PROCESSOR_KINDS } from "./helpers";
import type { Rule, RuleHit, RuleInput } from "./rule";

// Recipients: processor contracts (GDPR Art 28), sub-processors, and recipients named only by category.

const kindLabel = (r: RecipientRecord) => (r.kind === "SUB_PROCESSOR" ? "Sub-processor" : "Processor");

/** Processors that receive data from an activity GDPR reaches (directly or down the sub-processor chain). */
const gdprProcessors = (input: RuleInput): RecipientRecord[] => {
  const received = receivedBy(input.record, reached(input, "GDPR"));
  return input.record.recipients.filter((r) => PROCESSOR_KINDS.includes(r.kind) && received.has(r.id));
};

const recipientHit = (r: RecipientRecord, message: string): RuleHit => ({ subjectType: "Recipient", subjectId: r.id, message });

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
        .filter((r) => r.dpaStatus === "UNKNOWN" || r.dpaStatus === "NONE")
        .map((r) =>
          recipientHit(
            r,
            r.dpaStatus === "NONE"
              ? `${kindLabel(r)} ${label(r)} receives personal data with no data processing agreement.`
              : `${kindLabel(r)} ${label(r)} receives personal data and the record does not say whether a data processing agreement is in place.`,
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
        .filter((r) => r.dpaStatus === "CLAIMED")
        .map((r) => recipientHit(r, `${kindLabel(r)} ${label(r)} is said to have a data processing agreement, but it has not been verified as signed.`)),
  },
  {
    id: "gdpr-subprocessor-no-mechanism",
    severity: "HIGH",
    regime: "GDPR",
    reference: "GDPR Art 28(4), Art 44",
    checks: "Every sub-processor in a third country that receives data under GDPR is covered by a transfer mechanism.",
    remediation: "Require the processor to put a transfer mechanism (e.g. the 2021 standard contractual clauses, module 3) in place with its sub-processor and record it.",
    evaluate: (input) => {
      const hits = new Map<string, { r: RecipientRecord; via: Set<string>; activities: Set<string>; country: string | null }>();
      for (const t of input.transfers) {
        if (t.regime !== "GDPR" || t.viaRecipientId === null || t.status === "COVERED") continue;
        const r = recipientById(input.record, t.recipientId);
        if (!r) continue;
        const entry = hits.get(r.id) ?? { r, via: new Set<string>(), activities: new Set<string>(), country: t.toCountry };
        const parent = recipientById(input.record, t.viaRecipientId);
        entry.via.add(parent ? parent.name || parent.key || parent.id : t.viaRecipientId);
        const a = activityById(input.record, t.activityId);
        entry.activities.add(a ? a.name || a.key || a.id : t.activityId);
        hits.set(r.id, entry);
      }
      return [...hits.values()].map(({ r, via, activities, country }) => {
        return recipientHit(
          r,
          `Sub-processor ${label(r)} (engaged by ${quoted([...via])}) ${inCountry(country)} receives data from ${quoted([...activities])} with no GDPR transfer mechanism recorded.`,
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
      const received = receivedBy(input.record, input.record.activities);
      return input.record.recipients.flatMap((r) => {
        if (r.named) return [];
        const sensitive = [...(received.get(r.id)?.categories ?? [])].filter((c) => input.facts.sensitivity(c).length > 0).sort();
        if (!sensitive.length) return [];
        return [recipientHit(r, `Recipient ${label(r)} is described only by category but receives sensitive data (${quoted(sensitive)}).`)];
      });
    },
  },
];
