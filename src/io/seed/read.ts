import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import type { z } from "zod";
import { describeIssues, SeedError } from "./errors";

/** A file's text; a file that cannot be read is a SeedError naming it. */
export function readText(file: string, name = file): string {
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_FILE_BYTES) throw new SeedError(name, [{ path: "", message: `${size} bytes; expected at most ${MAX_FILE_BYTES} (${MAX_FILE_BYTES / 1024 / 1024} MiB), the largest file datamap reads` }]);
    bytes = fs.readFileSync(file);
  } catch (err) {
    if (err instanceof SeedError) throw err;
    throw new SeedError(name, [{ path: "", message: `cannot read file: ${(err as Error).message}` }]);
  }
  return decodeUtf8(bytes, name);
}

/** The largest file an import or seed reads (checked before reading it): far above any real record or vendor list. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** UTF-8 text without its byte-order mark; any other encoding (Latin-1, UTF-16) is refused at the first bad byte rather than read with characters replaced. */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const before = new TextDecoder("utf-8").decode(bytes.subarray(0, at));
    const line = before.split("\n").length;
    const column = before.length - before.lastIndexOf("\n");
    const shown = Array.from(bytes.subarray(at, at + 2), (b) => `0x${b.toString(16).padStart(2, "0")}`).join(" ");
    throw new SeedError(name, [{ path: `line ${line}, column ${column} (byte ${at})`, message: `${shown} is not UTF-8; expected the file saved as UTF-8 (it may be Latin-1 or Windows-1252)` }]);
  }
}

/** Byte offset of the first sequence that is not well-formed UTF-8. */
function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points past U+10FFFF.
    if ((c === 0xe0 && b[i + 1] < 0xa0) || (c === 0xed && b[i + 1] > 0x9f) || (c === 0xf0 && b[i + 1] < 0x90) || (c === 0xf4 && b[i + 1] > 0x8f)) return i;
    i += n + 1;
  }
  return b.length;
}

/** Alias uses a file may make: enough for anchors written by hand, far too few for an expansion bomb. */
export const MAX_YAML_ALIASES = 100;

/** YAML text as plain data; a syntax error is a SeedError naming the line. */
export function parseYaml(text: string, name: string): unknown {
  let doc: YAML.Document.Parsed;
  try {
    doc = YAML.parseDocument(text, { prettyErrors: true });
  } catch (err) {
    if (err instanceof RangeError) throw new SeedError(name, [{ path: "", message: "nested too deeply to read safely; expected a hand-written or exported file" }]);
    throw err;
  }
  if (doc.errors.length) {
    throw new SeedError(name, doc.errors.map((e) => ({ path: `line ${e.linePos?.[0]?.line ?? "?"}`, message: e.message.split("\n")[0] })));
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (err) {
    // The yaml package refuses alias expansion past the limit (a "billion laughs" file) and nesting deeper than the stack.
    if (err instanceof ReferenceError || err instanceof RangeError) {
      throw new SeedError(name, [{ path: "", message: `${err instanceof RangeError ? "nested too deeply" : "too many YAML aliases"} to read safely; expected at most ${MAX_YAML_ALIASES} alias uses, as hand-written files have` }]);
    }
    throw err;
  }
}

/** Reads a YAML file and checks it against a schema; any problem becomes a SeedError naming file and path. */
export function readYamlFile<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  const name = path.relative(process.cwd(), file) || file;
  const data = parseYaml(readText(file, name), name);
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new SeedError(name, describeIssues(data, parsed.error.issues));
  return parsed.data;
}
