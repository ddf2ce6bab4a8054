import { createHash } from "node:crypto";
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from "node-sarif-builder";
import type { Regime } from "../../domain/regimes";
import { SEVERITIES, type Severity } from "../../domain/rules/rule";
import { packageHomepage } from "../../paths";
import { helpUri, linkedReference } from "./law-links";
import type { Span } from "./record-lines";

// What every SARIF log datamap writes has in common (`datamap check`, `datamap notice compare`, GET /export/<slug>/sarif):
// the driver, the rule descriptors, levels and security severities, locations, fingerprints and suppressions, shaped
// for GitHub code scanning (docs/sarif.md lists its requirements and where each is met).

/** SARIF result levels by severity. */
export const LEVEL: Record<Severity, "error" | "warning" | "note"> = { CRITICAL: "error", HIGH: "error", MEDIUM: "warning", LOW: "note", INFO: "note" };

/**
 * GitHub's security severity by severity: a score in the middle of its band (critical >= 9.0, high 7.0-8.9,
 * medium 4.0-6.9, low 0.1-3.9). INFO says nothing is wrong, so it gets 0.0, which GitHub reads as no security severity.
 */
export const SECURITY_SEVERITY: Record<Severity, string> = { CRITICAL: "9.5", HIGH: "8.0", MEDIUM: "5.5", LOW: "2.0", INFO: "0.0" };

/** GitHub rejects a run with more results than this (SARIF support for code scanning, "File compatibility"). */
export const MAX_RESULTS = 25_000;

/** The official text of the GDPR: the law whose Art 30 record datamap keeps, until the project has a public homepage. */
const GDPR_TEXT = "https://eur-lex.europa.eu/eli/reg/2016/679/oj";

export const informationUri = (): string => packageHomepage() ?? GDPR_TEXT;

/** A rule as a SARIF log describes it. */
export interface RuleSpec {
  id: string;
  severity: Severity;
  checks: string;
  remediation: string;
  /** Every article it rests on, e.g. "GDPR Art 30(1)(f)" or "GDPR Art 5(1)(e); PIPL Art 19". */
  reference: string;
  /** The regimes it belongs to (tags). */
  regimes: readonly Regime[];
}

/** Who accepted a finding, why, when and until when. */
export interface Acceptance {
  justification: string;
  acceptedBy: string;
  acceptedAt: Date;
  until: Date;
}

/** One result: what the rule found, where (file and region, and the object of the record), and its stable identity. */
export interface ResultSpec {
  ruleId: string;
  severity: Severity;
  message: string;
  /** A path relative to the repository root, forward slashes. */
  uri: string;
  /** The region in that file; null when the file (or the object in it) is not known: line 1 then. */
  span: Span | null;
  logical: { name: string; fullyQualifiedName: string; kind: string };
  /** The stable identity the fingerprints are derived from (organisation slug, rule id, subject key, ...). */
  identity: string;
  acceptance?: Acceptance | null;
  properties: Record<string, unknown>;
}

const FIRST_LINE: Span = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };

/** GitHub matches alerts across runs by primaryLocationLineHash only: ours names the finding, not the text of its line. */
export function fingerprints(identity: string): Record<string, string> {
  const hash = createHash("sha256").update(identity).digest("hex");
  return { primaryLocationLineHash: `${hash.slice(0, 16)}:1`, "datamapIdentity/v1": hash };
}

function ruleBuilder(r: RuleSpec): SarifRuleBuilder {
  return new SarifRuleBuilder({
    id: r.id,
    name: r.id,
    shortDescription: { text: r.checks },
    fullDescription: { text: `${r.checks} (${r.reference})` },
    help: { text: `${r.remediation} (${r.reference})`, markdown: `${r.remediation}\n\nRests on ${linkedReference(r.reference)}.` },
    helpUri: helpUri(r.reference),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      tags: ["privacy", "security", ...r.regimes],
      "security-severity": SECURITY_SEVERITY[r.severity],
      severity: r.severity,
      reference: r.reference,
    },
  });
}

function resultBuilder(r: ResultSpec): SarifResultBuilder {
  const a = r.acceptance;
  return new SarifResultBuilder({
    ruleId: r.ruleId,
    level: LEVEL[r.severity],
    message: { text: r.message },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: r.uri, uriBaseId: "%SRCROOT%" }, region: { ...(r.span ?? FIRST_LINE) } },
        logicalLocations: [r.logical],
      },
    ],
    partialFingerprints: fingerprints(r.identity),
    ...(a
      ? {
          suppressions: [
            { kind: "external", status: "accepted", justification: a.justification, properties: { acceptedBy: a.acceptedBy, acceptedAt: a.acceptedAt.toISOString(), until: a.until.toISOString() } },
          ],
        }
      : {}),
    properties: { severity: r.severity, ...r.properties },
  });
}

/**
 * A SARIF 2.1.0 log of one run: every rule of the tool (GitHub asks that rules not vary with the results), the results
 * most severe first, at most MAX_RESULTS of them (`omitted` says how many more there were).
 * `automationId` is the run's category ("datamap/check/landups/"): uploads of other categories leave its alerts open.
 */
export function sarifLog(opts: { version: string; automationId: string; rules: readonly RuleSpec[]; results: readonly ResultSpec[] }): { text: string; omitted: number } {
  const rank = (s: Severity) => SEVERITIES.indexOf(s);
  const ordered = opts.results.map((r, i) => ({ r, i })).sort((x, y) => rank(y.r.severity) - rank(x.r.severity) || x.i - y.i);
  const kept = ordered.slice(0, MAX_RESULTS).map((x) => x.r);
  const log = new SarifBuilder({ $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0" });
  const run = new SarifRunBuilder({
    tool: { driver: { name: "datamap", version: opts.version, informationUri: informationUri(), rules: [] } },
    automationDetails: { id: opts.automationId },
    originalUriBaseIds: { "%SRCROOT%": { description: { text: "The root of the repository holding the files the results point at." } } },
    columnKind: "utf16CodeUnits",
  });
  for (const r of opts.rules) run.addRule(ruleBuilder(r));
  for (const r of kept) run.addResult(resultBuilder(r));
  log.addRun(run);
  return { text: log.buildSarifJsonString({ indent: true }), omitted: ordered.length - kept.length };
}
