import fs from "node:fs";
import path from "node:path";
import { GraphQLError } from "graphql";
import { describeIssues, SeedError } from "../seed/errors";
import { parseYaml, readText } from "../seed/read";
import { fidesManifest, TAXONOMY_KINDS, type FidesDataset, type FidesOrganization, type FidesSystem, type TaxonomyEntry, type TaxonomyKind } from "./fides-manifest";

// Reading Fides manifests: files or directories of them, each a mapping of resource kinds to lists, merged into one
// bundle where every resource remembers its file and its place, so an error can name file, kind, fides_key and field.

export interface Problem {
  file: string;
  path: string;
  message: string;
}

/** Problems in one or more files, each line naming its own file. */
export class FidesFilesError extends SeedError {
  constructor(readonly all: Problem[]) {
    super(all[0].file, all.map(({ path, message }) => ({ path, message })));
    this.message = all.map((p) => `${p.file}: ${p.path || "(top level)"}: ${p.message}`).join("\n");
  }
}

/** A resource and where it was read: `at` reads like `system[1] "demo_marketing_system"`. */
export interface Located<T> {
  file: string;
  at: string;
  value: T;
}

export interface FidesBundle {
  files: string[];
  organizations: Located<FidesOrganization>[];
  systems: Located<FidesSystem>[];
  datasets: Located<FidesDataset>[];
  taxonomy: Record<TaxonomyKind, Located<TaxonomyEntry>[]>;
  /** Policy resources seen (Fides' evaluation rules, which the record does not hold). */
  policies: number;
}

const shown = (p: string) => path.relative(process.cwd(), p) || p;

/** The files to read: each file given, and the .yml/.yaml files directly inside each directory given, by name. */
export function manifestFiles(inputs: string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      throw new FidesFilesError([{ file: shown(input), path: "", message: "no such file or directory; expected a Fides manifest (.yml) or a directory of them" }]);
    }
    if (!stat.isDirectory()) {
      files.push(input);
      continue;
    }
    const inside = fs
      .readdirSync(input)
      .filter((n) => /\.ya?ml$/i.test(n))
      .sort()
      .map((n) => path.join(input, n));
    if (!inside.length) throw new FidesFilesError([{ file: shown(input), path: "", message: "the directory has no .yml or .yaml file; expected Fides manifests" }]);
    files.push(...inside);
  }
  return [...new Set(files.map((f) => path.resolve(f)))];
}

/** `kind[i] "fides_key"` for a resource, from the raw document (so zod's paths can name it too). */
function placeOf(raw: unknown, kind: string, index: number): string {
  const item = (raw as Record<string, unknown[]> | null)?.[kind]?.[index] as { fides_key?: unknown } | undefined;
  return typeof item?.fides_key === "string" ? `${kind}[${index}] ${JSON.stringify(item.fides_key)}` : `${kind}[${index}]`;
}

/** A zod path such as system.0.privacy_declarations.1.data_use, with the resource named by its fides_key. */
function describePath(raw: unknown, p: string): string {
  const m = /^([a-z_]+)\[(\d+)\](.*)$/.exec(p);
  if (!m) return p;
  const rest = m[3].replace(/^\./, "");
  return `${placeOf(raw, m[1], Number(m[2]))}${rest ? ` ${rest}` : ""}`;
}

/** Reads and checks every file; all problems of all files are reported together. */
export function readFidesBundle(inputs: string[]): FidesBundle {
  const bundle: FidesBundle = { files: [], organizations: [], systems: [], datasets: [], taxonomy: { data_category: [], data_use: [], data_subject: [] }, policies: 0 };
  const problems: Problem[] = [];
  const seen = new Map<string, Located<unknown>>();
  for (const abs of manifestFiles(inputs)) {
    const file = shown(abs);
    bundle.files.push(file);
    let raw: unknown;
    try {
      raw = parseYaml(readText(abs, file), file);
    } catch (err) {
      if (!(err instanceof SeedError)) throw err;
      problems.push(...err.problems.map((p) => ({ file, ...p })));
      continue;
    }
    const parsed = fidesManifest.safeParse(raw);
    if (!parsed.success) {
      problems.push(...describeIssues(raw, parsed.error.issues).map((p) => ({ file, path: describePath(raw, p.path), message: p.message })));
      continue;
    }
    const m = parsed.data;
    if (!Object.values(m).some((v) => v?.length)) problems.push({ file, path: "", message: "the manifest lists no resources; expected at least one of organization, system, dataset, data_category, data_use, data_subject" });
    bundle.policies += m.policy?.length ?? 0;
    const add = <T extends { fides_key: string }>(kind: string, items: T[] | undefined, into: Located<T>[]) =>
      (items ?? []).forEach((value, i) => {
        const located = { file, at: placeOf(raw, kind, i), value };
        const first = seen.get(`${kind} ${value.fides_key}`);
        if (first) problems.push({ file, path: `${located.at} fides_key`, message: `${JSON.stringify(value.fides_key)} is listed twice (also ${first.file}: ${first.at}); expected each ${kind} once` });
        else seen.set(`${kind} ${value.fides_key}`, located);
        into.push(located);
      });
    add("organization", m.organization, bundle.organizations);
    add("system", m.system, bundle.systems);
    add("dataset", m.dataset, bundle.datasets);
    for (const kind of TAXONOMY_KINDS) add(kind, m[kind], bundle.taxonomy[kind]);
  }
  if (problems.length) throw new FidesFilesError(problems);
  return bundle;
}

/** Runs a write, turning a rejected value into an error naming the file it came from. */
export function inFile<T>(file: string, work: () => T): T {
  try {
    return work();
  } catch (err) {
    if (!(err instanceof GraphQLError)) throw err;
    const at = typeof err.extensions.argumentPath === "string" ? err.extensions.argumentPath : "";
    throw new FidesFilesError([{ file, path: at, message: at && err.message.startsWith(`${at}: `) ? err.message.slice(at.length + 2) : err.message }]);
  }
}
