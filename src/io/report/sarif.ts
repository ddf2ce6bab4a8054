import type { Severity } from "../../domain/rules/rule";
import type { Rule } from "../../domain/rules/rule";
import type { Finding } from "../../modules/compliance/compliance.type";

// Findings as a SARIF 2.1.0 log, so code-scanning dashboards and CI systems can read them.

/** SARIF result levels by severity, for every SARIF log datamap writes. */
export const LEVEL: Record<Severity, "error" | "warning" | "note"> = { CRITICAL: "error", HIGH: "error", MEDIUM: "warning", LOW: "note", INFO: "note" };

export interface SarifSubject {
  slug: string;
  /** A readable path to the object, e.g. leanplans/processing-activities/orders-and-payments. */
  path: string;
  name: string;
}

export function toSarif(findings: Finding[], rules: Rule[], subjectOf: (f: Finding) => SarifSubject, version: string): object {
  const used = rules.filter((r) => findings.some((f) => f.rule === r.id));
  const index = new Map(used.map((r, i) => [r.id, i]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "datamap",
            version,
            informationUri: "https://github.com/datamap/datamap",
            rules: used.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.checks },
              fullDescription: { text: `${r.checks} (${r.reference})` },
              help: { text: r.remediation },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { severity: r.severity, regime: r.regime ?? "ANY", reference: r.reference },
            })),
          },
        },
        results: findings.map((f) => {
          const s = subjectOf(f);
          return {
            ruleId: f.rule,
            ruleIndex: index.get(f.rule),
            level: LEVEL[f.severity as Severity],
            message: { text: `${f.message} ${f.remediation}` },
            locations: [{ logicalLocations: [{ name: s.name, fullyQualifiedName: s.path, kind: "object" }] }],
            partialFingerprints: { datamapFindingId: f.id },
            properties: { severity: f.severity, reference: f.reference, organization: s.slug, accepted: f.acceptance !== null },
          };
        }),
      },
    ],
  };
}
