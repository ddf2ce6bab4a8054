import { SeedError } from "../seed/errors";

// Reading JSON with errors that say where: Node 20's JSON.parse often names no position at all.

/** Line and column (both from 1) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** Where a text stops being JSON, and why; only called once JSON.parse has failed. */
export function locateJsonError(text: string): { offset: number; message: string } {
  let i = 0;
  const fail = (message: string): never => {
    throw { offset: i, message };
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const at = () => (i >= text.length ? "the end of the file" : JSON.stringify(text[i]));
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text[i];
      if (c === '"') return void i++;
      if (c === "\\") i += 2;
      else if (c < " ") fail("a control character inside a string; expected it escaped");
      else i++;
    }
    fail("a string that is never closed; expected a closing double quote");
  };
  const number = () => {
    const re = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
    re.lastIndex = i;
    if (!re.exec(text)) fail(`${at()}; expected a number`);
    i = re.lastIndex;
  };
  const list = (close: string, item: () => void, what: string) => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      ws();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === close) return void i++;
      fail(`${at()}; expected "," or "${close}" after ${what}`);
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") {
      return list(
        "}",
        () => {
          ws();
          if (text[i] !== '"') fail(`${at()}; expected a property name in double quotes`);
          string();
          ws();
          if (text[i] !== ":") fail(`${at()}; expected ":" after the property name`);
          i++;
          value();
        },
        "a property",
      );
    }
    if (c === "[") return list("]", value, "an array element");
    if (c === '"') return string();
    if (c === "-" || (c >= "0" && c <= "9")) return number();
    for (const literal of ["true", "false", "null"]) {
      if (text.startsWith(literal, i)) return void (i += literal.length);
    }
    fail(`${at()}; expected a JSON value`);
  };
  try {
    value();
    ws();
    if (i < text.length) fail(`${at()}; expected nothing after the end of the JSON value`);
  } catch (err) {
    if (err && typeof err === "object" && "offset" in err) return err as { offset: number; message: string };
    throw err;
  }
  return { offset: 0, message: "not valid JSON" };
}

/** Parses JSON; malformed text is a SeedError naming the file, line and column. */
export function parseJsonFile(file: string, text: string): unknown {
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
