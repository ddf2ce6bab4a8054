import { parse, ParseErrorCode, printParseErrorCode, type ParseError } from "jsonc-parser";
import { SeedError } from "./seed/errors";

// Reading JSON with errors that say where: Node 20's JSON.parse often names no position at all, so jsonc-parser finds it.

/** Line and column (both from 1) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** What was expected where jsonc-parser stopped, in words. */
const EXPECTED: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidSymbol]: "expected a JSON value",
  [ParseErrorCode.InvalidNumberFormat]: "expected a number",
  [ParseErrorCode.PropertyNameExpected]: "expected a property name in double quotes",
  [ParseErrorCode.ValueExpected]: "expected a JSON value",
  [ParseErrorCode.ColonExpected]: 'expected ":" after the property name',
  [ParseErrorCode.CommaExpected]: 'expected "," between elements',
  [ParseErrorCode.CloseBraceExpected]: 'expected "," or "}" after a property',
  [ParseErrorCode.CloseBracketExpected]: 'expected "," or "]" after an array element',
  [ParseErrorCode.EndOfFileExpected]: "expected nothing after the end of the JSON value",
  [ParseErrorCode.InvalidCommentToken]: "expected no comments (JSON has none)",
  [ParseErrorCode.UnexpectedEndOfComment]: "expected no comments (JSON has none)",
  [ParseErrorCode.UnexpectedEndOfString]: "expected a closing double quote (the string is never closed)",
  [ParseErrorCode.UnexpectedEndOfNumber]: "expected a number",
  [ParseErrorCode.InvalidUnicode]: "expected four hexadecimal digits after \\u",
  [ParseErrorCode.InvalidEscapeCharacter]: 'expected one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u after a backslash',
  [ParseErrorCode.InvalidCharacter]: "expected control characters inside a string to be escaped",
};

/** Where a text stops being JSON, and why (jsonc-parser, with JSON's own rules: no comments, no trailing commas). */
export function locateJsonError(text: string): { offset: number; message: string } {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return { offset: 0, message: "not valid JSON" };
  const complete = (prefix: string) => {
    const e: ParseError[] = [];
    parse(prefix, e, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    return e.length === 0;
  };
  // jsonc-parser names a stray token after a whole value as a bad symbol; people need to hear the value had ended.
  const expected = first.offset > 0 && complete(text.slice(0, first.offset)) ? EXPECTED[ParseErrorCode.EndOfFileExpected] : EXPECTED[first.error];
  const found = first.offset >= text.length ? "the end of the file" : JSON.stringify(text.slice(first.offset, first.offset + Math.max(1, Math.min(first.length, 20))));
  return { offset: first.offset, message: `${found}; ${expected ?? `expected JSON (${printParseErrorCode(first.error)})`}` };
}

/** Deeper nesting than any record, vendor list or query needs; past it, walking the value could exhaust the stack. */
export const MAX_JSON_DEPTH = 64;

/** The offset where brackets first nest deeper than `max` (outside strings), or -1. */
export function tooDeep(text: string, max = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}

/** Parses JSON; malformed or too deeply nested text is a SeedError naming the file, line and column. */
export function parseJsonFile(file: string, text: string): unknown {
  const deep = tooDeep(text);
  if (deep >= 0) {
    const { line, column } = lineColumn(text, deep);
    throw new SeedError(file, [{ path: `line ${line}, column ${column}`, message: `nested more than ${MAX_JSON_DEPTH} levels deep; expected a record, a vendor list or a manifest, which nest far less` }]);
  }
  try {
    return JSON.parse(text);
  } catch {
    const { offset, message } = locateJsonError(text);
    const { line, column } = lineColumn(text, offset);
    throw new SeedError(file, [{ path: `line ${line}, column ${column}`, message: `malformed JSON: found ${message}` }]);
  }
}

/** A JSON path for people: vendors["12"].urls[0].privacy. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((s) => (typeof s === "number" ? `[${s}]` : /^[A-Za-z_$][\w$]*$/.test(String(s)) ? `.${String(s)}` : `[${JSON.stringify(String(s))}]`))
    .join("")
    .replace(/^\./, "");
}
