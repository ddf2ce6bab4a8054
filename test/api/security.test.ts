import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "../../src/db/connection";
import { authService } from "../../src/modules/auth/auth.service";
import { databaseChecksum } from "../helpers/checksum";
import { dataOf, startTestServer, type GqlResult, type TestServer } from "../helpers/server";

// The abuse table: each case asserts the response and that nothing in the database changed.
let s: TestServer;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};

function makeKeys(conn: Connection): void {
  conn.db.transaction((tx) => {
    tokens.admin = authService.create(tx, { name: "root", role: "ADMIN" }).token;
    tokens.editor = authService.create(tx, { name: "editor-all", role: "EDITOR" }).token;
    tokens.viewer = authService.create(tx, { name: "viewer-all", role: "VIEWER" }).token;
    tokens.landupsEditor = authService.create(tx, { name: "landups-editor", role: "EDITOR", organizations: ["landups"] }).token;
    tokens.landupsViewer = authService.create(tx, { name: "landups-viewer", role: "VIEWER", organizations: ["landups"] }).token;
    tokens.doomed = authService.create(tx, { name: "doomed", role: "VIEWER" }).token;
  });
}

beforeAll(async () => {
  s = await startTestServer({ prepare: makeKeys, security: { auth: "on" } });
  const d = dataOf(
    await s.gql(
      `{ leanplans: organization(slug: "leanplans") { id recipients { id } processingActivities(first: 1) { edges { node { id version } } } }
         landups: organization(slug: "landups") { processingActivities(first: 1) { edges { node { id version } } } } }`,
      {},
      tokens.admin,
    ),
  );
  ids.leanplans = d.leanplans.id;
  ids.leanplansRecipient = d.leanplans.recipients[0].id;
  ids.leanplansActivity = d.leanplans.processingActivities.edges[0].node.id;
  ids.landupsActivity = d.landups.processingActivities.edges[0].node.id;
});
afterAll(() => s.close());

async function raw(init: RequestInit & { path?: string; search?: string } = {}): Promise<{ status: number; headers: Headers; text: string }> {
  const url = new URL(init.path ?? "/graphql", s.url);
  if (init.search) url.search = init.search;
  const res = await fetch(url, init);
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** Runs a case and checks that every table is exactly as before. */
async function unchanged<T>(run: () => Promise<T>): Promise<T> {
  const before = databaseChecksum(s.conn);
  const result = await run();
  expect(databaseChecksum(s.conn)).toBe(before);
  return result;
}

const code = (r: GqlResult) => r.body.errors?.[0]?.extensions?.code;
const jsonPost = (body: string, headers: Record<string, string> = {}) =>
  raw({ method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${tokens.admin}`, ...headers }, body });

describe("who is calling", () => {
  it("1. no token: 401 UNAUTHENTICATED with a Bearer challenge", async () => {
    const r = await unchanged(() => jsonPost(JSON.stringify({ query: "{ organizations { slug } }" }), { authorization: "" }));
    expect(r.status).toBe(401);
    expect(r.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(JSON.parse(r.text).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("2. malformed Authorization header: 401 saying what is expected", async () => {
    for (const header of ["Token abc", "Bearer", "Bearer a b", `bearer ${tokens.admin}`, "Bearer not-a-datamap-token"]) {
      const r = await unchanged(() => jsonPost(JSON.stringify({ query: "{ organizations { slug } }" }), { authorization: header }));
      expect(r.status, header).toBe(401);
      expect(r.text, header).toMatch(/malformed|missing/);
    }
  });

  it("3. unknown but well-formed token: 401", async () => {
    const r = await unchanged(() => s.gql("{ organizations { slug } }", {}, "dmk_" + "A".repeat(43)));
    expect(r.status).toBe(401);
    expect(code(r)).toBe("UNAUTHENTICATED");
  });

  it("4. revoked token: works, then fails on the very next request", async () => {
    expect(dataOf(await s.gql("{ organizations { slug } }", {}, tokens.doomed)).organizations).toHaveLength(2);
    dataOf(await s.gql(`mutation { revokeApiKey(name: "doomed") { apiKey { revokedAt } } }`, {}, tokens.admin));
    const r = await unchanged(() => s.gql("{ organizations { slug } }", {}, tokens.doomed));
    expect(r.status).toBe(401);
    expect(r.body.errors![0].message).toContain("revoked");
  });
});

describe("what a role may do", () => {
  it("5. VIEWER calling a mutation: FORBIDDEN, nothing written", async () => {
    const r = await unchanged(() =>
      s.gql(`mutation($id: ID!) { updateProcessingActivity(id: $id, expectedVersion: 1, input: { name: "x" }) { processingActivity { id } } }`, { id: ids.landupsActivity }, tokens.viewer),
    );
    expect(code(r)).toBe("FORBIDDEN");
  });

  it("6. EDITOR creating or listing keys: FORBIDDEN", async () => {
    const create = await unchanged(() => s.gql(`mutation { createApiKey(input: { name: "sneaky", role: ADMIN }) { token } }`, {}, tokens.editor));
    expect(code(create)).toBe("FORBIDDEN");
    const list = await unchanged(() => s.gql(`{ apiKeys { name } }`, {}, tokens.editor));
    expect(code(list)).toBe("FORBIDDEN");
  });

  it("7. ADMIN makes a key whose token works at once and whose name is recorded as the actor", async () => {
    const made = dataOf(await s.gql(`mutation { createApiKey(input: { name: "auditor-bot", role: EDITOR, organizations: ["landups"] }) { token apiKey { name role organizations } } }`, {}, tokens.admin))
      .createApiKey;
    expect(made.apiKey).toEqual({ name: "auditor-bot", role: "EDITOR", organizations: ["landups"] });
    const upd = dataOf(
      await s.gql(`mutation($id: ID!) { updateProcessingActivity(id: $id, expectedVersion: 1, input: { description: "checked" }) { processingActivity { version } } }`, { id: ids.landupsActivity }, made.token),
    );
    expect(upd.updateProcessingActivity.processingActivity.version).toBe(2);
    const h = dataOf(await s.gql(`query($id: ID!) { history(id: $id) { actor } }`, { id: ids.landupsActivity }, tokens.admin)).history;
    expect(h[0].actor).toBe("auditor-bot");
    const keys = dataOf(await s.gql(`{ apiKeys { name } }`, {}, tokens.admin)).apiKeys.map((k: any) => k.name);
    expect(keys).toContain("auditor-bot");
    expect(JSON.stringify(keys)).not.toContain("dmk_");
  });
});

describe("a Landups-scoped key cannot see, count or infer Leanplans", () => {
  const t = () => tokens.landupsViewer;

  it("8. by slug", async () => {
    expect(dataOf(await unchanged(() => s.gql(`{ organization(slug: "leanplans") { name } }`, {}, t()))).organization).toBeNull();
  });
  it("9. by node(id:) with Leanplans ids", async () => {
    for (const id of [ids.leanplans, ids.leanplansActivity, ids.leanplansRecipient]) {
      expect(dataOf(await s.gql(`query($id: ID!) { node(id: $id) { id } }`, { id }, t())).node).toBeNull();
    }
  });
  it("10. through lists and counts", async () => {
    const d = dataOf(await s.gql(`{ organizations { slug } processingActivities(first: 100) { totalCount edges { node { organization { slug } } } } recipients(first: 100) { totalCount edges { node { organization { slug } } } } }`, {}, t()));
    expect(d.organizations).toEqual([{ slug: "landups" }]);
    const slugs = [...d.processingActivities.edges, ...d.recipients.edges].map((e: any) => e.node.organization.slug);
    expect(new Set(slugs)).toEqual(new Set(["landups"]));
    const all = dataOf(await s.gql(`{ processingActivities(organization: "landups") { totalCount } }`, {}, tokens.admin));
    expect(d.processingActivities.totalCount).toBe(all.processingActivities.totalCount);
  });
  it("11. through filters", async () => {
    const d = dataOf(
      await s.gql(`query($r: ID!) { a: processingActivities(organization: "leanplans") { totalCount } b: processingActivities(filter: { recipient: $r }) { totalCount } }`, { r: ids.leanplansRecipient }, t()),
    );
    expect(d).toEqual({ a: { totalCount: 0 }, b: { totalCount: 0 } });
  });
  it("12. through dataMap: the same NOT_FOUND as a slug that does not exist", async () => {
    const hidden = await s.gql(`{ dataMap(organization: "leanplans") { nodes { id } } }`, {}, t());
    const missing = await s.gql(`{ dataMap(organization: "leanplanz") { nodes { id } } }`, {}, t());
    expect(code(hidden)).toBe("NOT_FOUND");
    expect(hidden.body.errors![0].message.replace("leanplans", "X")).toBe(missing.body.errors![0].message.replace("leanplanz", "X"));
  });
  it("13. through history, diffs and time travel", async () => {
    const d = dataOf(
      await s.gql(
        `query($id: ID!) { history(id: $id) { version } recordDiff(organization: "leanplans", from: "2020-01-01T00:00:00Z") { from } organization(slug: "leanplans", asOf: "2999-01-01T00:00:00Z") { name } }`,
        { id: ids.leanplansActivity },
        t(),
      ),
    );
    expect(d).toEqual({ history: [], recordDiff: null, organization: null });
  });
  it("14. through writes: NOT_FOUND, never FORBIDDEN, and nothing written", async () => {
    const e = tokens.landupsEditor;
    const update = await unchanged(() =>
      s.gql(`mutation($id: ID!) { updateProcessingActivity(id: $id, expectedVersion: 1, input: { name: "x" }) { processingActivity { id } } }`, { id: ids.leanplansActivity }, e),
    );
    expect(code(update)).toBe("NOT_FOUND");
    const create = await unchanged(() => s.gql(`mutation { createProcessingActivity(input: { organization: "leanplans", name: "x" }) { processingActivity { id } } }`, {}, e));
    expect(code(create)).toBe("NOT_FOUND");
    const link = await unchanged(() =>
      s.gql(`mutation($r: ID!) { createProcessingActivity(input: { organization: "landups", name: "x", disclosures: [{ recipient: $r }] }) { processingActivity { id } } }`, { r: ids.leanplansRecipient }, e),
    );
    expect(code(link)).toBe("NOT_FOUND");
  });
});

describe("diagnostics stay with administrators", () => {
  it("8b. x-sql-statements goes to ADMIN keys only: a scoped key cannot tell a hidden organisation from a missing one by it", async () => {
    const q = (slug: string) => `{ organization(asOf: "2030-01-01T00:00:00Z", slug: "${slug}") { name } }`;
    const hidden = await unchanged(() => s.gql(q("leanplans"), {}, tokens.landupsViewer));
    const missing = await unchanged(() => s.gql(q("nobody"), {}, tokens.landupsViewer));
    expect(hidden.headers.get("x-sql-statements")).toBeNull();
    expect(missing.headers.get("x-sql-statements")).toBeNull();
    expect(hidden.body).toEqual(missing.body);
    const admin = await s.gql(q("leanplans"), {}, tokens.admin);
    expect(Number(admin.headers.get("x-sql-statements"))).toBeGreaterThan(0);
  });
});

describe("what a request may be", () => {
  it("15. a query 50 levels deep is refused", async () => {
    const deep = "{ dataCategories " + "{ parent ".repeat(48) + "{ key }" + " }".repeat(48) + " }";
    const r = await unchanged(() => s.gql(deep, {}, tokens.admin));
    expect(r.status).toBe(400);
    expect(r.body.errors![0].message).toMatch(/depth|cost/i);
  });
  it("16. 1,000 aliases of one field are refused", async () => {
    const q = "{ " + Array.from({ length: 1000 }, (_, i) => `a${i}: organizations { slug }`).join(" ") + " }";
    const r = await unchanged(() => s.gql(q, {}, tokens.admin));
    expect(r.status).toBe(400);
    expect(r.body.errors![0].message).toMatch(/alias|token/i);
  });
  it("17. a fragment cycle is refused", async () => {
    const r = await unchanged(() => s.gql(`query { organizations { ...A } } fragment A on Organization { ...B } fragment B on Organization { ...A }`, {}, tokens.admin));
    expect(r.status).toBe(400);
    expect(r.body.errors![0].message).toMatch(/cannot spread fragment/i);
  });
  it("18. a 10 MB body: 413", async () => {
    const r = await unchanged(() => jsonPost(JSON.stringify({ query: "{ organizations { slug } }", variables: { x: "y".repeat(10 * 1024 * 1024) } })));
    expect(r.status).toBe(413);
  });
  it("19. a page size of 1,000,000 is refused before it runs; 1,000 is refused naming the limit", async () => {
    const huge = await unchanged(() => s.gql(`{ processingActivities(first: 1000000) { totalCount } }`, {}, tokens.admin));
    expect(huge.status).toBe(400);
    expect(huge.body.errors![0].message).toMatch(/cost limit/i);
    const big = await unchanged(() => s.gql(`{ processingActivities(first: 1000) { totalCount } }`, {}, tokens.admin));
    expect(code(big)).toBe("BAD_USER_INPUT");
    expect(big.body.errors![0].message).toContain("0 to 100");
  });
  it("20. malformed JSON: 400", async () => {
    const r = await unchanged(() => jsonPost(`{"query": "{ organizations { slug } }"`));
    expect(r.status).toBe(400);
  });
  it("20b. JSON nested 100,000 levels deep: 400 naming the limit", async () => {
    const r = await unchanged(() => jsonPost(`{"query": "{ organizations { slug } }", "variables": {"x": ${"[".repeat(100_000)}${"]".repeat(100_000)}}}`));
    expect(r.status).toBe(400);
    expect(r.text).toContain("nested more than 64 levels deep");
  });
  it("21. a wrong content type: refused", async () => {
    const r = await unchanged(() => jsonPost(JSON.stringify({ query: "{ organizations { slug } }" }), { "content-type": "text/plain" }));
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
  });
  it("22. a mutation sent by GET: 405", async () => {
    const r = await unchanged(() =>
      raw({
        method: "GET",
        search: `?query=${encodeURIComponent(`mutation { revokeApiKey(name: "root") { apiKey { name } } }`)}`,
        headers: { authorization: `Bearer ${tokens.admin}`, "apollo-require-preflight": "1" },
      }),
    );
    expect(r.status).toBe(405);
  });
  it("22b. a GET query with a token and no other header works: Authorization forces a preflight, so it is no CSRF", async () => {
    const r = await unchanged(() => raw({ method: "GET", search: `?query=${encodeURIComponent("{ organizations { slug } }")}`, headers: { authorization: `Bearer ${tokens.viewer}` } }));
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text).data.organizations.map((o: { slug: string }) => o.slug)).toEqual(["landups", "leanplans"]);
  });
  it("23. variables of the wrong types: 400 naming the variable", async () => {
    const r = await unchanged(() => s.gql(`query($n: Int) { processingActivities(first: $n) { totalCount } }`, { n: "ten" }, tokens.admin));
    expect(r.status).toBe(400);
    expect(r.body.errors![0].message).toContain("$n");
  });
  it("24. batched requests are off", async () => {
    const r = await unchanged(() => jsonPost(JSON.stringify([{ query: "{ organizations { slug } }" }, { query: "{ organizations { slug } }" }])));
    expect(r.status).toBe(400);
  });
});

describe("hostile strings are data", () => {
  const injection = "Robert'); DROP TABLE processing_activities;-- \" OR 1=1";

  it("25. SQL-injection strings in names are stored and returned verbatim", async () => {
    const made = dataOf(
      await s.gql(`mutation($n: String!) { createProcessingActivity(input: { organization: "landups", name: $n, description: $n }) { processingActivity { name description } } }`, { n: injection }, tokens.editor),
    ).createProcessingActivity.processingActivity;
    expect(made).toEqual({ name: injection, description: injection });
    const count = dataOf(await s.gql(`{ processingActivities { totalCount } }`, {}, tokens.admin)).processingActivities.totalCount;
    expect(count).toBeGreaterThan(20);
  });
  it("26. SQL-injection strings in filters are values, not SQL", async () => {
    const a = await unchanged(() => s.gql(`query($c: String!) { processingActivities(filter: { dataCategory: $c }) { totalCount } }`, { c: "user' OR '1'='1" }, tokens.admin));
    expect(code(a)).toBe("BAD_USER_INPUT");
    const b = dataOf(await unchanged(() => s.gql(`query($o: String!) { processingActivities(organization: $o) { totalCount } }`, { o: "x' OR '1'='1" }, tokens.admin)));
    expect(b.processingActivities.totalCount).toBe(0);
    const c = dataOf(await unchanged(() => s.gql(`query($c: String!) { recipients(filter: { category: $c }) { totalCount } }`, { c: "%' OR 1=1 --" }, tokens.admin)));
    expect(c.recipients.totalCount).toBe(0);
  });
  it("27. NUL bytes are stored and returned verbatim", async () => {
    const name = "before\u0000after";
    const made = dataOf(await s.gql(`mutation($n: String!) { createProcessingActivity(input: { organization: "landups", name: $n }) { processingActivity { id name } } }`, { n: name }, tokens.editor))
      .createProcessingActivity.processingActivity;
    expect(made.name).toBe(name);
    const again = dataOf(await s.gql(`query($id: ID!) { node(id: $id) { ... on ProcessingActivity { name } } }`, { id: made.id }, tokens.admin));
    expect(again.node.name).toBe(name);
  });
  it("28. a 100,000-character name: a clear length error", async () => {
    const r = await unchanged(() => s.gql(`mutation($n: String!) { createProcessingActivity(input: { organization: "landups", name: $n }) { processingActivity { id } } }`, { n: "n".repeat(100_000) }, tokens.editor));
    expect(code(r)).toBe("BAD_USER_INPUT");
    expect(r.body.errors![0].message).toContain("at most 200 characters (got 100000)");
  });
  it("28b. a lone surrogate in a name: refused naming the field and the character, nothing stored", async () => {
    const r = await unchanged(() => s.gql(`mutation($n: String!) { createProcessingActivity(input: { organization: "landups", name: $n }) { processingActivity { id } } }`, { n: "ab\uD800cd" }, tokens.editor));
    expect(code(r)).toBe("BAD_USER_INPUT");
    expect(r.body.errors![0].message).toContain("input.name");
    expect(r.body.errors![0].message).toContain("character 3 is a lone surrogate (U+D800)");
  });
  it("28c. createApiKey with a lone surrogate in its name: refused, and no key exists afterwards", async () => {
    const r = await unchanged(() => s.gql(`mutation($n: String!) { createApiKey(input: { name: $n, role: ADMIN }) { token } }`, { n: "evil\uDC00" }, tokens.admin));
    expect(code(r)).toBe("BAD_USER_INPUT");
    expect(r.body.errors![0].message).toContain("lone surrogate (U+DC00)");
  });
  it("28d. an impossible date (2026-02-31): refused, not rolled over to March", async () => {
    const r = await unchanged(() =>
      s.gql(`mutation($d: String) { createRecipient(input: { organization: "landups", name: "Datecheck Ltd", kind: PROCESSOR, named: true, dpa: { status: SIGNED, date: $d } }) { recipient { id } } }`, { d: "2026-02-31" }, tokens.editor),
    );
    expect(code(r)).toBe("BAD_USER_INPUT");
    expect(r.body.errors![0].message).toContain('"2026-02-31"');
    expect(r.body.errors![0].message).toContain("exists in the calendar");
  });
});

describe("slugs cannot probe other organisations", () => {
  it("14b. a scoped EDITOR changing a slug: the same FORBIDDEN for a free slug and another organisation's, nothing written", async () => {
    const landups = dataOf(await s.gql(`{ organization(slug: "landups") { id version } }`, {}, tokens.admin)).organization;
    const change = (slug: string) => s.gql(`mutation($id: ID!, $v: Int!, $s: String) { updateOrganization(id: $id, expectedVersion: $v, input: { slug: $s }) { organization { slug } } }`, { id: landups.id, v: landups.version, s: slug }, tokens.landupsEditor);
    const taken = await unchanged(() => change("leanplans"));
    const free = await unchanged(() => change("nobody-has-this"));
    expect(code(taken)).toBe("FORBIDDEN");
    expect(taken.body.errors![0].message).toBe(free.body.errors![0].message);
    expect(taken.body.errors![0].message).not.toContain("leanplans");
  });
});

describe("null for an optional list", () => {
  it("28e. null for transferMechanisms empties the list on every mutation that takes it, never an internal error", async () => {
    const d = dataOf(await s.gql(`{ organization(slug: "landups") { storageLocationsConnection(first: 1) { edges { node { id version } } } recipientsConnection(first: 1) { edges { node { id version } } } } }`, {}, tokens.admin)).organization;
    const loc = d.storageLocationsConnection.edges[0].node;
    const rec = d.recipientsConnection.edges[0].node;
    const cases: [string, Record<string, unknown>][] = [
      [`mutation($id: ID!, $v: Int!) { updateStorageLocation(id: $id, expectedVersion: $v, input: { transferMechanisms: null }) { storageLocation { transferMechanisms { regime } } } }`, { id: loc.id, v: loc.version }],
      [`mutation($id: ID!, $v: Int!) { updateRecipient(id: $id, expectedVersion: $v, input: { transferMechanisms: null }) { recipient { transferMechanisms { regime } } } }`, { id: rec.id, v: rec.version }],
      [`mutation { createRecipient(input: { organization: "landups", name: "Null Lists Ltd", kind: PROCESSOR, named: true, transferMechanisms: null }) { recipient { transferMechanisms { regime } } } }`, {}],
      [`mutation { createStorageLocation(input: { organization: "landups", name: "Null lists store", country: "DE", transferMechanisms: null }) { storageLocation { transferMechanisms { regime } } } }`, {}],
    ];
    for (const [query, variables] of cases) {
      const r = await s.gql(query, variables, tokens.editor);
      expect(r.body.errors, query).toBeUndefined();
      expect(JSON.stringify(r.body.data)).toContain('"transferMechanisms":[]');
    }
  });
});

describe("the edges of the server", () => {
  it("29. a burst over the rate limit: 429 with Retry-After", async () => {
    const limited = await startTestServer({ prepare: makeKeys, security: { auth: "on", rateLimitPerMinute: 5 } });
    try {
      const statuses: number[] = [];
      let retry: string | null = null;
      for (let i = 0; i < 8; i++) {
        const res = await fetch(limited.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${tokens.viewer}` }, body: '{"query":"{ organizations { slug } }"}' });
        statuses.push(res.status);
        if (res.status === 429) retry = res.headers.get("retry-after");
      }
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses.slice(5)).toEqual([429, 429, 429]);
      expect(Number(retry)).toBeGreaterThanOrEqual(1);
      // Another key has its own allowance.
      const other = await fetch(limited.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${tokens.editor}` }, body: '{"query":"{ organizations { slug } }"}' });
      expect(other.status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it("30. introspection when disabled: refused, and field suggestions hidden", async () => {
    const closed = await startTestServer({ prepare: makeKeys, security: { auth: "on", introspection: false } });
    try {
      const r = await closed.gql(`{ __schema { types { name } } }`, {}, tokens.admin);
      expect(r.status).toBe(400);
      expect(r.body.errors![0].message).toMatch(/introspection/i);
      const typo = await closed.gql(`{ organizatons { slug } }`, {}, tokens.admin);
      expect(typo.body.errors![0].message).not.toMatch(/Did you mean/);
    } finally {
      await closed.close();
    }
  });

  it("31. the explorer page carries CSP, frame-ancestors and nosniff; the API refuses unlisted origins", async () => {
    const page = await raw({ headers: { accept: "text/html" } });
    expect(page.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    const preflight = await raw({ method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": "POST" } });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("32. an allow-listed origin gets CORS headers", async () => {
    const open = await startTestServer({ prepare: makeKeys, security: { auth: "on", corsOrigins: ["https://dash.example"] } });
    try {
      const pre = await fetch(open.url, { method: "OPTIONS", headers: { origin: "https://dash.example", "access-control-request-method": "POST" } });
      expect(pre.status).toBe(204);
      expect(pre.headers.get("access-control-allow-origin")).toBe("https://dash.example");
      expect(pre.headers.get("access-control-allow-headers")).toContain("authorization");
    } finally {
      await open.close();
    }
  });

  it("34. an unexpected failure is masked: the caller gets a request id, the log gets the cause", async () => {
    const log: string[] = [];
    const broken = await startTestServer({ seed: false, log });
    try {
      broken.conn.sqlite.close();
      const res = await fetch(broken.url, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ organizations { slug } }"}' });
      const text = await res.text();
      const requestId = res.headers.get("x-request-id")!;
      expect(JSON.parse(text).errors[0]).toMatchObject({ message: `internal error; quote request id ${requestId} when reporting it`, extensions: { code: "INTERNAL_SERVER_ERROR" } });
      expect(text).not.toMatch(/database connection is not open|\.ts:|node_modules/);
      const entries = log.map((l) => JSON.parse(l)).filter((e) => e.requestId === requestId);
      expect(entries.some((e) => e.msg === "unexpected error" && /not open/.test(JSON.stringify(e.err)))).toBe(true);
      expect(entries.some((e) => e.msg === "request")).toBe(true);
    } finally {
      await broken.close().catch(() => undefined);
    }
  });

  it("33. every response names its request id, and errors carry no stack or SQL", async () => {
    const r = await jsonPost(JSON.stringify({ query: `{ processingActivities(filter: { dataCategory: "user'" }) { totalCount } }` }));
    expect(r.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.text).not.toMatch(/stacktrace|\bat .*\.ts:|select |sqlite/i);
  });
});
