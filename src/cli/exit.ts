import { GraphQLError } from "graphql";
import { DatabaseOpenError } from "../db/connection";
import { SeedError } from "../io/seed/errors";

// How the CLI ends when something is wrong: usage errors exit 2, problems people can act on exit 1.

export const env = (name: string, fallback: string) => process.env[name] || fallback;

/** A usage error: message on stderr, exit 2. */
export function usage(message: string): never {
  console.error(`datamap: ${message}`);
  process.exit(2);
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
