import { expect } from "vitest";
import { databaseChecksum } from "./checksum";
import type { TestServer } from "./server";

/** A global id of the given type that names no object. */
export const unknownId = (type: string) => Buffer.from(`${type}:999999`, "utf8").toString("base64url");

/**
 * Sends a mutation that must be refused: one error with the given code and argument path, a message
 * naming each of `mentions`, and not a single row of any table changed.
 */
export async function expectRejected(
  s: TestServer,
  query: string,
  variables: Record<string, unknown>,
  want: { code: "BAD_USER_INPUT" | "NOT_FOUND" | "CONFLICT"; path: string; mentions: string[] },
): Promise<string> {
  const before = databaseChecksum(s.conn);
  const r = await s.gql(query, variables);
  expect(r.body.errors, JSON.stringify(r.body)).toHaveLength(1);
  const e = r.body.errors![0];
  expect(e.extensions!.code, e.message).toBe(want.code);
  expect(e.extensions!.argumentPath, e.message).toBe(want.path);
  for (const m of want.mentions) expect(e.message).toContain(m);
  expect(databaseChecksum(s.conn)).toBe(before);
  return e.message;
}
