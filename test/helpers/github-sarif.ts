import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import Ajv from "ajv-draft-04";

// What GitHub code scanning asks of an uploaded SARIF file, written as checks from its documentation ("SARIF support
// for code scanning", docs.github.com/en/code-security/reference/code-scanning/sarif-files/sarif-support-for-code-scanning,
// and its table of upload limits), plus the OASIS SARIF 2.1.0 JSON schema. Each check returns what is wrong, [] when nothing.

const ROOT = path.resolve(__dirname, "..", "..");

/** Problems against the SARIF 2.1.0 JSON schema (the OASIS schema as @microsoft/jest-sarif ships it). */
export function schemaProblems(log: unknown): string[] {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
  // The published schema has a pattern that is invalid as a Unicode regular expression.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false });
  return ajv.validate(schema, log) ? [] : (ajv.errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message}`);
}

// "File compatibility": the upload limits. A file over any maximum is rejected.
export const LIMITS = { gzipBytes: 10 * 1024 * 1024, runs: 20, results: 25_000, rules: 25_000, extensions: 100, locations: 1_000, tags: 20 };
const LEVELS = ["note", "warning", "error"];
const PRECISIONS = ["very-high", "high", "medium", "low"];

const text = (v: unknown) => typeof v === "string" && v.trim() !== "";
const int = (v: unknown, min: number) => Number.isInteger(v) && (v as number) >= min;

/** Problems against GitHub's documented requirements for an upload; `raw` is the file as written. */
export function githubProblems(raw: string): string[] {
  const out: string[] = [];
  const fail = (where: string, what: string) => out.push(`${where}: ${what}`);
  if (gzipSync(raw).length > LIMITS.gzipBytes) fail("file", "over 10 MB gzip-compressed");
  const log = JSON.parse(raw);
  // sarifLog: $schema, version 2.1.0 and runs[] are required.
  if (!text(log.$schema)) fail("$schema", "missing");
  if (log.version !== "2.1.0") fail("version", `${log.version}, not 2.1.0`);
  if (!Array.isArray(log.runs) || !log.runs.length) return [...out, "runs: missing or empty"];
  if (log.runs.length > LIMITS.runs) fail("runs", `${log.runs.length} > ${LIMITS.runs}`);
  log.runs.forEach((run: any, ri: number) => {
    const at = `runs[${ri}]`;
    // run: tool.driver (with name and rules[]) and results[] are required.
    const driver = run.tool?.driver;
    if (!text(driver?.name)) fail(`${at}.tool.driver.name`, "missing");
    if (!Array.isArray(driver?.rules)) return fail(`${at}.tool.driver.rules`, "missing");
    if (!Array.isArray(run.results)) return fail(`${at}.results`, "missing");
    if (driver.rules.length > LIMITS.rules) fail(`${at}.tool.driver.rules`, `${driver.rules.length} > ${LIMITS.rules}`);
    if (run.results.length > LIMITS.results) fail(`${at}.results`, `${run.results.length} > ${LIMITS.results}`);
    if ((run.tool.extensions ?? []).length > LIMITS.extensions) fail(`${at}.tool.extensions`, `more than ${LIMITS.extensions}`);
    // runAutomationDetails.id is "category/run-id": a category is everything up to the last slash.
    if (run.automationDetails !== undefined && !(text(run.automationDetails.id) && run.automationDetails.id.includes("/"))) fail(`${at}.automationDetails.id`, "no category/ in it");
    const ids = new Map<string, number>();
    driver.rules.forEach((rule: any, i: number) => {
      const r = `${at}.tool.driver.rules[${i}]`;
      // reportingDescriptor: id, shortDescription.text, fullDescription.text and help.text are required; name and
      // the descriptions are limited; level is note, warning or error; tags and security-severity as below.
      if (!text(rule.id)) fail(`${r}.id`, "missing");
      else if (ids.has(rule.id)) fail(`${r}.id`, `${rule.id} twice`);
      else ids.set(rule.id, i);
      if (rule.name !== undefined && !(text(rule.name) && rule.name.length <= 255)) fail(`${r}.name`, "empty or over 255 characters");
      for (const d of ["shortDescription", "fullDescription"]) if (!(text(rule[d]?.text) && rule[d].text.length <= 1024)) fail(`${r}.${d}.text`, "missing or over 1024 characters");
      if (!text(rule.help?.text)) fail(`${r}.help.text`, "missing");
      if (rule.defaultConfiguration?.level !== undefined && !LEVELS.includes(rule.defaultConfiguration.level)) fail(`${r}.defaultConfiguration.level`, rule.defaultConfiguration.level);
      const p = rule.properties ?? {};
      if (p.tags !== undefined && !(Array.isArray(p.tags) && p.tags.length <= LIMITS.tags && p.tags.every(text))) fail(`${r}.properties.tags`, `not up to ${LIMITS.tags} strings`);
      if (p.precision !== undefined && !PRECISIONS.includes(p.precision)) fail(`${r}.properties.precision`, p.precision);
      // security-severity: a string holding a score from 0.0 to 10.0 (0.0 meaning none).
      const sev = p["security-severity"];
      if (sev !== undefined && !(typeof sev === "string" && /^\d{1,2}(\.\d)?$/.test(sev) && Number(sev) >= 0 && Number(sev) <= 10)) fail(`${r}.properties.security-severity`, JSON.stringify(sev));
      if (rule.helpUri !== undefined && !/^https?:\/\/\S+$/.test(rule.helpUri)) fail(`${r}.helpUri`, rule.helpUri);
    });
    const seen = new Set<string>();
    run.results.forEach((res: any, i: number) => {
      const r = `${at}.results[${i}]`;
      // result: ruleId names a rule of the run (and ruleIndex, when given, the same one); message.text is required;
      // at least one location, at most the limit; only the first is used, so it must carry the physical location.
      if (!ids.has(res.ruleId)) fail(`${r}.ruleId`, `${res.ruleId} is no rule of the run`);
      if (res.ruleIndex !== undefined && res.ruleIndex !== ids.get(res.ruleId)) fail(`${r}.ruleIndex`, `${res.ruleIndex} is not ${res.ruleId}`);
      if (res.level !== undefined && !LEVELS.includes(res.level)) fail(`${r}.level`, res.level);
      if (!text(res.message?.text)) fail(`${r}.message.text`, "missing");
      if (!Array.isArray(res.locations) || !res.locations.length) return fail(`${r}.locations`, "none");
      if (res.locations.length > LIMITS.locations) fail(`${r}.locations`, `more than ${LIMITS.locations}`);
      const phys = res.locations[0].physicalLocation;
      const uri = phys?.artifactLocation?.uri;
      // physicalLocation: artifactLocation.uri (best a path relative to the repository root) and the region.
      if (!text(uri)) fail(`${r}.locations[0].physicalLocation.artifactLocation.uri`, "missing");
      else if (/^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.startsWith("/") || uri.split("/").includes("..")) fail(`${r}.locations[0]...uri`, `${uri} is not relative to the repository root`);
      const g = phys?.region ?? {};
      if (!int(g.startLine, 1)) fail(`${r}.locations[0].physicalLocation.region.startLine`, `${g.startLine}`);
      if (!int(g.startColumn, 1)) fail(`${r}...region.startColumn`, `${g.startColumn}`);
      if (!int(g.endLine, g.startLine)) fail(`${r}...region.endLine`, `${g.endLine} before startLine ${g.startLine}`);
      if (!int(g.endColumn, g.endLine === g.startLine ? g.startColumn : 1)) fail(`${r}...region.endColumn`, `${g.endColumn}`);
      // partialFingerprints: required; code scanning uses primaryLocationLineHash ("hash:n"), which must tell results apart.
      const hash = res.partialFingerprints?.primaryLocationLineHash;
      if (!(typeof hash === "string" && /^[0-9a-f]+:\d+$/.test(hash))) fail(`${r}.partialFingerprints.primaryLocationLineHash`, `${hash}`);
      else if (seen.has(`${res.ruleId}|${hash}`)) fail(`${r}.partialFingerprints`, `${res.ruleId} ${hash} twice`);
      else seen.add(`${res.ruleId}|${hash}`);
    });
  });
  return out;
}
