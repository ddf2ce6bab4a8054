import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organizationStore } from "../../src/modules/organization/organization.store";
import { LIVE, readRecord, readRecordAt } from "../../src/modules/record/record.read";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";
import { loadSynthetic } from "../helpers/synthetic";

// The live record document is read from the tables; the record as of an instant from the version snapshots.
// For the latest instant the two must be the same document, with the same ids and versions, after any edit.

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ prepare: (conn) => loadSynthetic(conn, "synthetic", 40) });
});
afterAll(() => s.close());

function expectSameBothWays(slug: string) {
  const id = organizationStore.bySlug(s.conn.db, slug)!.id;
  const live = readRecord(s.conn.db, id, null);
  expect(live?.document.activities.length).toBeGreaterThan(0);
  expect(live).toEqual(readRecordAt(s.conn.db, id, LIVE));
}

describe("the live record document", () => {
  for (const slug of ["landups", "leanplans", "synthetic"]) it(`${slug}: the tables and the latest snapshots give the same document`, () => expectSameBothWays(slug));

  it("stays the same document after edits, renamed keys, re-parented recipients and deletions", async () => {
    const org = dataOf(await s.gql(`{ organization(slug: "synthetic") { processingActivities(first: 3) { edges { node { id version } } } recipients { id key version } } }`)).organization;
    const [a0, a1] = org.processingActivities.edges.map((e: any) => e.node);
    const cloud = org.recipients.find((r: any) => r.key === "cloud");
    const cdn = org.recipients.find((r: any) => r.key === "cdn");
    const edits = [
      [`mutation($id: ID!, $v: Int!) { updateProcessingActivity(id: $id, expectedVersion: $v, input: { key: "renamed", retention: null, legalBases: [{ regime: GDPR, code: "A6-1-f", note: "Balancing test on file", assessment: "LIA-7" }] }) { processingActivity { id } } }`, { id: a0.id, v: a0.version }],
      [`mutation($id: ID!, $v: Int!) { deleteProcessingActivity(id: $id, expectedVersion: $v) { processingActivity { id } } }`, { id: a1.id, v: a1.version }],
      [`mutation($id: ID!, $v: Int!) { updateRecipient(id: $id, expectedVersion: $v, input: { parent: null, key: "edge", country: "JP" }) { recipient { id } } }`, { id: cdn.id, v: cdn.version }],
      [`mutation($id: ID!, $v: Int!) { updateRecipient(id: $id, expectedVersion: $v, input: { name: "Cloud Company", dpa: { status: SIGNED, date: "2026-01-31" } }) { recipient { id } } }`, { id: cloud.id, v: cloud.version }],
    ] as const;
    for (const [query, variables] of edits) dataOf(await s.gql(query, variables));
    expectSameBothWays("synthetic");
  });
});
