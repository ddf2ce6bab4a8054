import { regexes } from "zod";
import { isCalendarDate } from "../../domain/calendar";
import { badInput } from "./errors";

// Checks for free-text and formatted input values. Each throws BAD_USER_INPUT naming path, value and expectation.

export const LIMITS = { key: 100, name: 200, text: 4000, url: 2048, email: 254 } as const;

const length = (s: string) => [...s].length;

/** A required name: not blank, at most `max` characters; kept exactly as given (Unicode included). */
/** An optional whole number within bounds; anything else is refused naming the argument. */
export function intInRange(path: string, value: number | null | undefined, min: number, max: number): void {
  if (value != null && (!Number.isInteger(value) || value < min || value > max)) throw badInput(path, value, `an integer from ${min} to ${max}`);
}

/** Index of the first UTF-16 surrogate without its pair, or -1: such text cannot be stored as UTF-8 or sent back as JSON. */
export function loneSurrogateAt(value: string): number {
  const m = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(value);
  return m ? m.index : -1;
}

export function requiredText(path: string, value: unknown, max: number = LIMITS.name): string {
  if (typeof value !== "string" || value.trim() === "") throw badInput(path, value, "a non-empty text that is not only spaces");
  const lone = loneSurrogateAt(value);
  if (lone >= 0) {
    const unit = value.charCodeAt(lone).toString(16).toUpperCase();
    throw badInput(path, value.slice(0, 60), `well-formed Unicode text; character ${lone + 1} is a lone surrogate (U+${unit}), which is not a character`);
  }
  if (length(value) > max) throw badInput(path, `${value.slice(0, 40)}…`, `at most ${max} characters (got ${length(value)})`);
  return value;
}

/** Optional text: undefined leaves a field alone, null or blank clears it. */
export function optionalText(path: string, value: string | null | undefined, max: number = LIMITS.text): string | null | undefined {
  if (value === undefined || value === null) return value;
  if (value.trim() === "") return null;
  return requiredText(path, value, max);
}

const KEY = /^[a-z0-9][a-z0-9-]*$/;

export function localKey(path: string, value: string): string {
  if (!KEY.test(value) || value.length > LIMITS.key) throw badInput(path, value, `a kebab-case key of at most ${LIMITS.key} characters, e.g. account-management`);
  return value;
}

/** A key made from a name for objects created without one; non-Latin names fall back to a prefix. */
export function keyFromName(name: string, prefix: string): string {
  const base = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return base || prefix;
}

// The record document checks e-mail addresses with zod's rule; every write path uses the same one, so what is stored can always be read back.
const EMAIL = regexes.email;

export function email(path: string, value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  if (!EMAIL.test(value) || value.length > LIMITS.email) throw badInput(path, value, "an e-mail address like privacy@example.com");
  return value;
}

export function url(path: string, value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  let ok = false;
  try {
    const u = new URL(value);
    ok = (u.protocol === "https:" || u.protocol === "http:") && value.length <= LIMITS.url;
  } catch {
    ok = false;
  }
  if (!ok) throw badInput(path, value, `an http(s) URL of at most ${LIMITS.url} characters, e.g. https://example.com/privacy`);
  return value;
}

const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

export function isoDuration(path: string, value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  if (!DURATION.test(value)) throw badInput(path, value, "an ISO 8601 duration like P6M, P2Y or P30D");
  return value;
}

export function isoDate(path: string, value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  if (!isCalendarDate(value)) throw badInput(path, value, "a date YYYY-MM-DD that exists in the calendar");
  return value;
}

export function countryFormat(path: string, value: string): string {
  if (!/^[A-Z]{2}$/.test(value)) throw badInput(path, value, "an ISO 3166-1 alpha-2 country code in capitals, e.g. HK");
  return value;
}

/** A value of a closed vocabulary (src/domain/regimes.ts). */
export function oneOf(path: string, value: string, allowed: readonly string[]): string {
  if (!allowed.includes(value)) throw badInput(path, value, `one of ${allowed.join(", ")}`);
  return value;
}

/** A yes/no fact the record may leave unknown: undefined leaves it alone, null records "not known". */
export function flag(path: string, value: unknown): boolean | null | undefined {
  if (value === undefined || value === null || typeof value === "boolean") return value;
  throw badInput(path, value, "true, false or null (not known)");
}

/** Reports the first repeated value of a list, at its index. */
export function noRepeats<T>(path: string, values: T[], id: (v: T) => string = String): void {
  const seen = new Set<string>();
  values.forEach((v, i) => {
    const k = id(v);
    if (seen.has(k)) throw badInput(`${path}[${i}]`, k, "each value at most once in the list");
    seen.add(k);
  });
}
