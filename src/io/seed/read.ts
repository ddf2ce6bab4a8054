import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import type { z } from "zod";
import { describeIssues, SeedError } from "./errors";

/** A file's text; a file that cannot be read is a SeedError naming it. */
export function readText(file: string, name = file): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (err) {
    throw new SeedError(name, [{ path: "", message: `cannot read file: ${(err as Error).message}` }]);
  }
}

/** YAML text as plain data; a syntax error is a SeedError naming the line. */
export function parseYaml(text: string, name: string): unknown {
  const doc = YAML.parseDocument(text, { prettyErrors: true });
  if (doc.errors.length) {
    throw new SeedError(name, doc.errors.map((e) => ({ path: `line ${e.linePos?.[0]?.line ?? "?"}`, message: e.message.split("\n")[0] })));
  }
  return doc.toJS();
}

/** Reads a YAML file and checks it against a schema; any problem becomes a SeedError naming file and path. */
export function readYamlFile<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  const name = path.relative(process.cwd(), file) || file;
  const data = parseYaml(readText(file, name), name);
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new SeedError(name, describeIssues(data, parsed.error.issues));
  return parsed.data;
}
