import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseChecksum } from "../helpers/checksum";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// Another process holds the write lock (an import, another server): a write answers BUSY at once, the server stays responsive.
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

const UPDATE = `mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, expectedVersion: $v, input: { website: "https://busy.example" }) { organization { website version } } }`;

describe("a write while another process holds the lock", () => {
  it("answers 503 BUSY with Retry-After, writes nothing, keeps reads and /healthz answering, and succeeds once the lock is free", async () => {
    const org = dataOf(await s.gql(`{ organization(slug: "landups") { id version } }`)).organization;
    const other = new Database(s.conn.file);
    other.exec("BEGIN IMMEDIATE");
    const before = databaseChecksum(s.conn);
    try {
      const r = await s.gql(UPDATE, { id: org.id, v: org.version });
      expect(r.status).toBe(503);
      expect(r.headers.get("retry-after")).toBe("1");
      expect(r.body.errors![0].extensions!.code).toBe("BUSY");
      expect(r.body.errors![0].message).toBe("the database is busy with another writer (such as an import); nothing was written: retry in 1 s");
      expect(r.body.data ?? null).toBeNull();
      const read = dataOf(await s.gql(`{ organization(slug: "landups") { website } }`));
      expect(read.organization.website).not.toBe("https://busy.example");
      expect((await fetch(new URL("/healthz", s.url))).status).toBe(200);
      expect(databaseChecksum(s.conn)).toBe(before);
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    const retried = dataOf(await s.gql(UPDATE, { id: org.id, v: org.version }));
    expect(retried.updateOrganization.organization).toEqual({ website: "https://busy.example/", version: org.version + 1 });
  });
});
