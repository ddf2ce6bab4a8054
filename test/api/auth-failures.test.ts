import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authService } from "../../src/modules/auth/auth.service";
import { databaseChecksum } from "../helpers/checksum";
import { startTestServer, type TestServer } from "../helpers/server";

// Guessing tokens: past a few failures a minute, the client's address waits, whatever it sends next.
let s: TestServer;
let token = "";
const LIMIT = 5;

beforeAll(async () => {
  s = await startTestServer({
    prepare: (conn) => void (token = conn.db.transaction((tx) => authService.create(tx, { name: "reader", role: "VIEWER" })).token),
    security: { auth: "on", authFailuresPerMinute: LIMIT },
  });
});
afterAll(() => s.close());

const guess = (n: number) => `dmk_${String(n).padStart(43, "x")}`;

describe("failed authentication is limited per client address", () => {
  it("answers 401 up to the limit, then 429 with Retry-After, even for a valid token, and changes nothing", async () => {
    const before = databaseChecksum(s.conn);
    // Requests without a token guess nothing, so they do not count.
    for (let i = 0; i < LIMIT * 2; i++) expect((await s.gql("{ organizations { slug } }")).status).toBe(401);
    for (let i = 0; i < LIMIT; i++) {
      const r = await s.gql("{ organizations { slug } }", {}, guess(i));
      expect(r.status).toBe(401);
    }
    const blocked = await s.gql("{ organizations { slug } }", {}, guess(99));
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(blocked.body.errors![0].message).toMatch(/too many failed authentications from this address \(5 a minute\); retry in \d+ s/);
    const valid = await s.gql("{ organizations { slug } }", {}, token);
    expect(valid.status).toBe(429);
    const download = await fetch(new URL("/export/landups/json", s.url), { headers: { authorization: `Bearer ${token}` } });
    expect(download.status).toBe(429);
    expect(download.headers.get("retry-after")).not.toBeNull();
    expect(databaseChecksum(s.conn)).toBe(before);
  });
});
