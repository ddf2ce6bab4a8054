import { parseJsonFile } from "./json-file";
import { recordSchema, type Citation, type RecordDocument } from "../domain/record";
import { ROPA_V1, upgradeRecord } from "../domain/record-upgrade";
import { NOTICE_ANALYSIS_FORMAT } from "../domain/notice/analysis";
import { describeIssues, SeedError, show } from "./seed/errors";
import { parseYaml, readText } from "./seed/read";

// The one reader of record files (docs/record-format.md): seeds/<org>.yaml, `datamap import ropa` input, YAML or
// JSON, version 1 or 2. It upgrades, checks the shape with recordSchema, then checks what the shape cannot:
// keys unique, references between the file's own objects resolvable, no sub-processor chain that loops.
// Reference data (taxonomy, countries, legal bases) is checked by whoever writes the record into a database.

export type Problem = { path: string; message: string };

export interface ReadOptions {
  /** How errors name the file; the path as given by default. */
  name?: string;
  /** More checks of the parsed record, reported together with the file's own. */
  check?: (doc: RecordDocument) => Problem[];
}

/** A RoPA JSON file claiming a version that never existed: said plainly, and the rest read as version 1. */
function unknownRopaVersion(data: unknown): Problem | null {
  if (typeof data !== "object" || data === null) return null;
  const d = data as { format?: unknown; version?: unknown };
  if (d.format !== ROPA_V1.format || d.version === ROPA_V1.version) return null;
  return { path: "version", message: `expected version ${ROPA_V1.version}, the only version of "${ROPA_V1.format}" (got ${show(d.version)})` };
}

/** A `datamap notice analyze` output is read for its draft record, so the draft imports as written. */
const draftOf = (data: unknown): unknown =>
  typeof data === "object" && data !== null && (data as { format?: unknown }).format === NOTICE_ANALYSIS_FORMAT ? (data as { record?: unknown }).record : data;

/** Plain data (parsed YAML or JSON) as a record document, upgraded from version 1 when it is one; shape only. */
export function parseRecord(raw: unknown, name: string): RecordDocument {
  const data = draftOf(raw);
  const header = unknownRopaVersion(data);
  const input = upgradeRecord(header ? { ...(data as object), version: ROPA_V1.version } : data);
  const parsed = recordSchema.safeParse(input);
  if (parsed.success && !header) return parsed.data;
  throw new SeedError(name, [...(header ? [header] : []), ...(parsed.success ? [] : describeIssues(input, parsed.error.issues))]);
}

/** The key of every object on a cycle of parents (a chain of sub-processors that comes back to where it started). */
function onParentCycle(parentOf: Map<string, string | null>, start: string): boolean {
  const seen = new Set<string>();
  for (let p = parentOf.get(start); p != null && !seen.has(p); p = parentOf.get(p)) {
    if (p === start) return true;
    seen.add(p);
  }
  return false;
}

/** Checks what the shape cannot: keys unique, references to the file's own keys and documents resolvable, no parent cycles. */
export function crossCheck(rec: RecordDocument): Problem[] {
  const problems: Problem[] = [];
  const keys = (items: { key: string }[], at: string) => {
    const seen = new Set<string>();
    items.forEach((x, i) => {
      if (seen.has(x.key)) problems.push({ path: `${at}[${i}].key`, message: `duplicate key ${show(x.key)}` });
      seen.add(x.key);
    });
    return seen;
  };
  const recipients = keys(rec.recipients, "recipients");
  const locations = keys(rec.storageLocations, "storageLocations");
  const measures = keys(rec.securityMeasures, "securityMeasures");
  keys(rec.activities, "activities");
  const has = (set: Set<string>, value: string, at: string, what: string) =>
    set.has(value) || problems.push({ path: at, message: `unknown ${what} ${show(value)}; expected one of the file's ${what}s` });
  const cites = (list: Citation[], at: string) =>
    list.forEach((c, i) => {
      if (c.document >= rec.documents.length) problems.push({ path: `${at}.evidence[${i}].document`, message: `no document has the index ${c.document}; the file lists ${rec.documents.length}` });
    });
  cites(rec.organization.evidence, "organization");
  rec.statements.forEach((s, i) => cites(s.evidence, `statements[${i}]`));
  rec.rights.forEach((r, i) => cites(r.evidence, `rights[${i}]`));
  rec.securityMeasures.forEach((m, i) => cites(m.evidence, `securityMeasures[${i}]`));
  rec.storageLocations.forEach((l, i) => {
    cites(l.evidence, `storageLocations[${i}]`);
    if (l.hostedBy === null) return;
    if (l.hosting === "OWN") problems.push({ path: `storageLocations[${i}].hostedBy`, message: `a location on the controller's own infrastructure (hosting OWN) has no provider, but hostedBy names ${show(l.hostedBy)}; expected hosting PROVIDER or no hostedBy` });
    else has(recipients, l.hostedBy, `storageLocations[${i}].hostedBy`, "recipient key");
  });
  const parentOf = new Map(rec.recipients.map((r) => [r.key, r.parent]));
  rec.recipients.forEach((r, i) => {
    cites(r.evidence, `recipients[${i}]`);
    if (r.parent === null) return;
    if (!recipients.has(r.parent)) has(recipients, r.parent, `recipients[${i}].parent`, "recipient key");
    else if (onParentCycle(parentOf, r.key)) {
      problems.push({ path: `recipients[${i}].parent`, message: `recipient ${show(r.key)} cannot be its own sub-processor, directly or through a chain of parents` });
    }
  });
  rec.activities.forEach((a, i) => {
    const at = `activities[${i}]`;
    cites(a.evidence, at);
    if (a.retention) cites(a.retention.evidence, `${at}.retention`);
    a.legalBases.forEach((b, k) => cites(b.evidence, `${at}.legalBases[${k}]`));
    a.disclosures.forEach((d, k) => {
      has(recipients, d.recipient, `${at}.disclosures[${k}].recipient`, "recipient key");
      cites(d.evidence, `${at}.disclosures[${k}]`);
    });
    a.storageLocations.forEach((k, j) => has(locations, k, `${at}.storageLocations[${j}]`, "storage location key"));
    a.trackers.forEach((t, j) => t.recipient !== null && has(recipients, t.recipient, `${at}.trackers[${j}].recipient`, "recipient key"));
    a.securityMeasures.forEach((k, j) => has(measures, k, `${at}.securityMeasures[${j}]`, "security measure key"));
  });
  return problems;
}

/** YAML or JSON text as a checked record document; any problem is a SeedError naming the file, the path and what was expected. */
export function parseRecordText(text: string, syntax: "yaml" | "json", name: string, check?: ReadOptions["check"]): RecordDocument {
  let data: unknown;
  if (syntax === "yaml") data = parseYaml(text, name);
  else data = parseJsonFile(name, text);
  const doc = parseRecord(data, name);
  const problems = [...crossCheck(doc), ...(check?.(doc) ?? [])];
  if (problems.length) throw new SeedError(name, problems);
  return doc;
}

/** A record file's syntax: YAML when it is named .yaml or .yml, JSON otherwise. */
export const recordSyntax = (file: string): "yaml" | "json" => (/\.ya?ml$/i.test(file) ? "yaml" : "json");

/** Reads a record file (recordSyntax tells YAML from JSON). */
export function readRecordFile(file: string, opts: ReadOptions = {}): RecordDocument {
  const name = opts.name ?? file;
  return parseRecordText(readText(file, name), recordSyntax(file), name, opts.check);
}
