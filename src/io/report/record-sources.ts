import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseRecordText, recordSyntax } from "../record-file";
import { readText } from "../seed/read";
import { defaultSeedDir } from "../seed/seed";
import { recordLines, type RecordLines } from "./record-lines";

// The files organisations' records came from, so SARIF results can point at lines in them: the seed files
// (seeds/*.yaml, found as `datamap seed` finds them) and the record files a user names with `datamap check --source`.

export interface RecordSource {
  /** The file as SARIF names it: relative to the repository root. */
  uri: string;
  lines: RecordLines;
}

/** The folder holding `.git` (a directory, or a worktree's file) at or above `dir`; null outside any repository. */
function repositoryRoot(dir: string): string | null {
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, ".git"))) return d;
    if (path.dirname(d) === d) return null;
  }
}

/**
 * A file as a SARIF artifact URI: its path from the root of the repository holding it (else from the working
 * directory), forward slashes, percent-encoded; an absolute file URI when it lies outside both.
 */
export function repositoryUri(file: string): string {
  const abs = path.resolve(file);
  const base = repositoryRoot(path.dirname(abs)) ?? process.cwd();
  const rel = path.relative(base, abs);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return pathToFileURL(abs).href;
  return rel.split(path.sep).map(encodeURIComponent).join("/");
}

/** Where a record of an organisation without a file of its own is said to be: the same URI every run. */
export const defaultRecordUri = (slug: string): string => `datamap/${slug}.ropa.json`;

/** The seed files of a folder by their organisation's slug; none when the folder is missing. */
export function seedSources(dir = defaultSeedDir()): Map<string, RecordSource> {
  const out = new Map<string, RecordSource>();
  if (!fs.existsSync(dir)) return out;
  for (const name of fs.readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const file = path.join(dir, name);
    const lines = recordLines(readText(file));
    if (lines.slug && !out.has(lines.slug)) out.set(lines.slug, { uri: repositoryUri(file), lines });
  }
  return out;
}

/** A record file (YAML or JSON, what `datamap import ropa` reads) and its organisation; a file that is none is a SeedError. */
export function recordSource(file: string): { slug: string; source: RecordSource } {
  // One read of the file serves both the check that it is a record and the lines of its objects.
  const text = readText(file);
  const record = parseRecordText(text, recordSyntax(file), file);
  return { slug: record.organization.slug, source: { uri: repositoryUri(file), lines: recordLines(text) } };
}
