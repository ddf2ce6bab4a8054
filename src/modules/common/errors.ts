import { HeaderMap } from "@apollo/server";
import { GraphQLError } from "graphql";

/** A rejected argument: names the argument path, the bad value and what was expected. */
export function badInput(path: string, value: unknown, expected: string): GraphQLError {
  return new GraphQLError(`${path}: ${JSON.stringify(value)} is not valid; expected ${expected}`, {
    extensions: { code: "BAD_USER_INPUT", argumentPath: path, value },
  });
}

/** An id that names nothing (or nothing the caller may see). */
export function notFound(path: string, value: unknown, what: string): GraphQLError {
  return new GraphQLError(`${path}: no ${what} has the id ${JSON.stringify(value)}`, { extensions: { code: "NOT_FOUND", argumentPath: path, value } });
}

/** A slug that names no organisation the caller may see: one outside the key's scope answers exactly as a missing one. */
export function unknownOrganization(slug: string, path = "organization"): GraphQLError {
  return new GraphQLError(`${path}: no organisation has the slug ${JSON.stringify(slug)}`, { extensions: { code: "NOT_FOUND", argumentPath: path } });
}

/** A write that clashes with the record as it stands: a taken key, a stale version, live references. */
export function conflict(path: string, message: string): GraphQLError {
  return new GraphQLError(`${path}: ${message}`, { extensions: { code: "CONFLICT", argumentPath: path } });
}

/** The caller is known and may see the object, but its role does not allow the action. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "FORBIDDEN" } });
}

/** Another process (an import, another server) holds the write lock: nothing was written, and the same request may simply be sent again. */
export function busy(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`the database is busy with another writer (such as an import); nothing was written: retry in ${retryAfterSeconds} s`, {
    extensions: { code: "BUSY", retryAfter: retryAfterSeconds, http: { status: 503, headers: new HeaderMap([["retry-after", String(retryAfterSeconds)]]) } },
  });
}
