import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openDatabase, type Connection } from "../../src/db/connection";
import { seedDatabase } from "../../src/io/seed/seed";
import { organizationStore } from "../../src/modules/organization/organization.store";
import { readRecord } from "../../src/modules/record/record.read";
import { tempDir } from "../helpers/server";

// The record read without evidence (what the compliance rules read) is the whole record with every evidence list empty.
let conn: Connection;
beforeAll(() => {
  conn = openDatabase(path.join(tempDir(), "record-read.db"));
  seedDatabase(conn);
});
afterAll(() => conn.close());

/** The value with every `evidence` list, at any depth, emptied. */
const withoutEvidence = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(withoutEvidence) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === "evidence" ? [] : withoutEvidence(x)])) : v;

it.each(["landups", "leanplans"])("reads %s without evidence as the full record less its citations", (slug) => {
  const id = organizationStore.bySlug(conn.db, slug)!.id;
  const full = readRecord(conn.db, id, null)!;
  const bare = readRecord(conn.db, id, null, { evidence: false })!;
  expect(JSON.stringify(full.document)).toContain('"section"');
  expect(bare.document).toEqual(withoutEvidence(full.document));
  expect(bare.identity).toEqual(full.identity);
  expect(bare.versions).toEqual(full.versions);
});
