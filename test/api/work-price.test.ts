import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authService } from "../../src/modules/auth/auth.service";
import { databaseChecksum } from "../helpers/checksum";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";
import { loadSynthetic } from "../helpers/synthetic";

// Fields whose work grows with the record are priced by its size: many aliases of a heavy field are refused before they run.
let s: TestServer;
let scoped = "";
let admin = "";
const LIMIT = 1_000;

beforeAll(async () => {
  s = await startTestServer({
    prepare: (conn) => {
      loadSynthetic(conn, "big", 300);
      scoped = conn.db.transaction((tx) => authService.create(tx, { name: "landups-only", role: "VIEWER", organizations: ["landups"] })).token;
      admin = conn.db.transaction((tx) => authService.create(tx, { name: "root", role: "ADMIN" })).token;
    },
    security: { workLimit: LIMIT, auth: "on" },
  });
});
afterAll(() => s.close());

const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(" ")} }`;

describe("work-priced limits", () => {
  it("refuses 15 aliases of ropa on a 300-activity record before running any, naming the limit and what it added up", async () => {
    const before = databaseChecksum(s.conn);
    const r = await s.gql(aliases(15, `ropa(organization: "big") { activities { name } }`), {}, admin);
    expect(r.status).toBe(400);
    expect(r.body.errors![0].extensions!.code).toBe("QUERY_TOO_EXPENSIVE");
    expect(r.body.errors![0].message).toBe(
      `this request asks for 4500 activities' worth of record work (ropa on big ×15: 4500); the limit is ${LIMIT} a request: send fewer aliases, or one organisation at a time`,
    );
    expect(r.body.data).toBeUndefined();
    expect(databaseChecksum(s.conn)).toBe(before);
  });

  it("answers what fits: one ropa, and the live judgements of one record, which share one computation", async () => {
    const one = dataOf(await s.gql(`{ ropa(organization: "big") { activities { name } } }`, {}, admin));
    expect(one.ropa.activities).toHaveLength(300);
    const overview = await s.gql(`{ findingSummary(organization: "big") { total } transferSummary(organization: "big") { count } reach(organization: "big") { regime } f: findings(organization: "big", first: 1) { rule } }`, {}, admin);
    expect(overview.body.errors).toBeUndefined();
  });

  it("prices a request without an organisation at every organisation it can see, and variables like literals", async () => {
    const r = await s.gql(`query($o: String!) { a: dataMap(organization: $o) { nodes { id } } b: dataMap(organization: $o) { nodes { id } } c: dataMap(organization: $o) { nodes { id } } d: dataMap(organization: $o) { nodes { id } } }`, { o: "big" }, admin);
    expect(r.body.errors![0].extensions!.code).toBe("QUERY_TOO_EXPENSIVE");
    const all = await s.gql(aliases(4, `ropa(organization: "big") { activities { name } }`), {}, admin);
    expect(all.body.errors![0].message).toContain("ropa on big ×4: 1200");
  });

  it("tells a scoped key nothing about records outside its scope: a hidden record costs nothing and answers as a missing one", async () => {
    const hidden = await s.gql(aliases(15, `ropa(organization: "big") { activities { name } }`), {}, scoped);
    const missing = await s.gql(aliases(15, `ropa(organization: "nobody") { activities { name } }`), {}, scoped);
    expect(hidden.body).toEqual(missing.body);
  });
});
