import { GraphQLError } from "graphql";
import { DatabaseOpenError, openDatabase, type Connection } from "../db/connection";
import { SeedError } from "../io/seed/errors";

// How the CLI ends when something is wrong: usage errors exit 2, problems people can act on exit 1.

export const env = (name: string, fallback: string) => process.env[name] || fallback;

/** A usage error: message on stderr, exit 2. */
export function usage(message: string): never {
  console.error(`datamap: ${message}`);
  process.exit(2);
}

/** Opens the database file, or ends with a usage error saying why it cannot be opened. */
export function openOrExit(file: string): Connection {
  try {
    return openDatabase(file);
  } catch (err) {
    if (err instanceof DatabaseOpenError) usage(err.message);
    throw err;
  }
}

/** The value if it is one of `allowed`, else a usage error naming the option, the value and the choices. */
export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) usage(`${option} ${JSON.stringify(value)} is not valid; expected one of ${allowed.join(", ")}`);
  return value as T;
}

/** A date (its start, UTC) or an instant given to an option, or a usage error naming the option and the value. */
export function parseInstant(option: string, value: string): Date {
  const d = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(d.getTime())) usage(`${option} ${JSON.stringify(value)} is not a date; expected 2026-03-01 or 2026-03-01T09:00:00Z`);
  return d;
}

/** Errors people can act on are printed as one message and exit 1; anything else keeps its stack. */
export function fail(err: unknown): never {
  if (err instanceof SeedError) console.error(`datamap: seed data rejected, nothing was written:\n${err.message}`);
  else if (err instanceof DatabaseOpenError) console.error(`datamap: ${err.message}`);
  else if (err instanceof GraphQLError) {
    console.error(`datamap: ${err.message}`);
    process.exit(err.extensions.code === "BAD_USER_INPUT" ? 2 : 1);
  } else throw err;
  process.exit(1);
}
