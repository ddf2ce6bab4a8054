import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordSchema } from "../../src/domain/record";
import { importRecord, SEED_ACTOR } from "../../src/modules/record/record.write";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";
import { syntheticRecord } from "../helpers/synthetic";

// Organization.recipients and its kin grow without bound (698 recipients after a vendor-list import): they are paged now,
// and the whole lists the contract names stay, deprecated, answering the same items.
const ev = [{ section: "1", basis: "STATED" as const }];
const SUBS = 45;

function bigRecord() {
  const base = syntheticRecord("paged", 2);
  return recordSchema.parse({
    ...base,
    recipients: [
      ...base.recipients,
      ...Array.from({ length: SUBS }, (_, i) => ({ key: `sub-${i}`, name: `Sub ${i}`, kind: "SUB_PROCESSOR", named: true, country: "IE", parent: "cloud", evidence: ev })),
    ],
    storageLocations: [...base.storageLocations, ...Array.from({ length: 5 }, (_, i) => ({ key: `dc-${i}`, name: `Data centre ${i}`, country: "FR", evidence: ev }))],
    securityMeasures: [...base.securityMeasures, ...Array.from({ length: 4 }, (_, i) => ({ key: `m-${i}`, name: `Measure ${i}`, kind: "ORGANISATIONAL", evidence: ev }))],
  });
}

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ prepare: (conn) => conn.db.transaction((tx) => void importRecord(tx, bigRecord(), { actor: SEED_ACTOR })) });
});
afterAll(() => s.close());

const PAGE = (field: string, on = `organization(slug: "paged", asOf: $asOf)`) => `query($first: Int, $after: String, $asOf: DateTime) {
  ${on} { ${field}(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }
}`;

/** Walks a connection page by page; returns the ids in order and every page's totalCount. */
async function walk(query: string, pick: (d: any) => any, size: number, asOf?: string) {
  const ids: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const c = pick(dataOf(await s.gql(query, { first: size, after, asOf })));
    totals.push(c.totalCount);
    ids.push(...c.edges.map((e: any) => e.node.id));
    expect(c.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(c.pageInfo.endCursor).toBe(c.edges.at(-1)?.cursor ?? null);
    if (!c.pageInfo.hasNextPage) return { ids, totals };
    after = c.pageInfo.endCursor;
  }
  throw new Error("the connection never ended");
}

const wholeList = async (field: string, on = `organization(slug: "paged")`) =>
  (dataOf(await s.gql(`{ ${on} { ${field} { id } } }`)) as any)[on.slice(0, on.indexOf("("))][field].map((x: any) => x.id) as string[];

describe("the paged lists of an organisation and a recipient", () => {
  it.each([
    ["recipientsConnection", "recipients", 3 + SUBS],
    ["storageLocationsConnection", "storageLocations", 2 + 5],
    ["securityMeasuresConnection", "securityMeasures", 1 + 4],
  ])("%s pages through exactly the items of %s, in the same order", async (field, old, count) => {
    const { ids, totals } = await walk(PAGE(field), (d) => d.organization[field], 4);
    expect(ids).toHaveLength(count);
    expect(new Set(totals)).toEqual(new Set([count]));
    expect(ids).toEqual(await wholeList(old));
  });

  it("pages a recipient's sub-processors", async () => {
    const cloud = dataOf(await s.gql(`{ recipients(organization: "paged", filter: { kind: PROCESSOR }) { edges { node { id } } } }`)).recipients.edges[0].node.id;
    const on = `node(id: "${cloud}", asOf: $asOf) { ... on Recipient { id subProcessorsConnection(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } } }`;
    const query = `query($first: Int, $after: String, $asOf: DateTime) { ${on} }`;
    const { ids } = await walk(query, (d) => d.node.subProcessorsConnection, 20);
    expect(ids).toHaveLength(1 + SUBS);
    const whole = dataOf(await s.gql(`{ node(id: "${cloud}") { ... on Recipient { subProcessors { id } } } }`)).node.subProcessors.map((x: any) => x.id);
    expect(ids).toEqual(whole);
  });

  it("defaults to 20 items and answers an empty page with first: 0", async () => {
    const d = dataOf(await s.gql(`{ organization(slug: "paged") { a: recipientsConnection { totalCount edges { node { id } } pageInfo { hasNextPage } } b: recipientsConnection(first: 0) { totalCount edges { node { id } } } } }`));
    expect(d.organization.a.edges).toHaveLength(20);
    expect(d.organization.a.pageInfo.hasNextPage).toBe(true);
    expect(d.organization.b).toEqual({ totalCount: 3 + SUBS, edges: [] });
  });

  it("pages the record as it stood at an instant: a recipient added later is not in it", async () => {
    const before = dataOf(await s.gql(`{ organization(slug: "paged") { updatedAt } }`)).organization.updatedAt;
    await new Promise((r) => setTimeout(r, 5));
    const added = await s.gql(`mutation($input: CreateRecipientInput!) { createRecipient(input: $input) { recipient { id } } }`, {
      input: { organization: "paged", name: "Added later", kind: "PROCESSOR", named: true },
    });
    const newId = dataOf(added).createRecipient.recipient.id;
    const now = await walk(PAGE("recipientsConnection"), (d) => d.organization.recipientsConnection, 30);
    const then = await walk(PAGE("recipientsConnection"), (d) => d.organization.recipientsConnection, 30, before);
    expect(now.ids).toContain(newId);
    expect(then.ids).toEqual(now.ids.filter((id) => id !== newId));
  });

  it("reads the pages of every organisation with the same batched statements as the whole lists", async () => {
    // Each is asked twice and the second counted, so reference data cached per process counts for neither;
    // the alias makes the second a different query, which the response cache cannot answer.
    const twice = async (q: string) => (await s.gql(q), s.gql(q.replace("{ organizations", "{ again: organizations")));
    const whole = await twice(`{ organizations { recipients { id country { code } } } }`);
    const paged = await twice(`{ organizations { recipientsConnection(first: 2) { totalCount edges { node { id country { code } } } } } }`);
    expect(dataOf(paged).again.length).toBeGreaterThan(2);
    expect(paged.statements).toBeGreaterThan(1); // ran, not answered from the response cache
    expect(paged.statements).toBeLessThanOrEqual(whole.statements);
  });

  it("refuses a bad page size or cursor in one line naming the value", async () => {
    const big = await s.gql(`{ organization(slug: "paged") { recipientsConnection(first: 101) { totalCount } } }`);
    expect(big.body.errors?.[0].message).toMatch(/first.*101.*0 to 100/);
    const bad = await s.gql(`{ organization(slug: "paged") { storageLocationsConnection(after: "nonsense") { totalCount } } }`);
    expect(bad.body.errors?.[0].message).toMatch(/after.*nonsense.*cursor/);
    for (const r of [big, bad]) expect(r.body.errors?.[0].message).not.toContain("\n");
  });

  it("marks the whole lists deprecated, each pointing to its connection", async () => {
    const fields = async (type: string) =>
      dataOf(await s.gql(`query($t: String!) { __type(name: $t) { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }`, { t: type })).__type.fields;
    const deprecated = [...(await fields("Organization")), ...(await fields("Recipient"))].filter((f: any) => f.isDeprecated);
    expect(deprecated.map((f: any) => [f.name, f.deprecationReason])).toEqual(
      expect.arrayContaining([
        ["recipients", expect.stringContaining("recipientsConnection")],
        ["storageLocations", expect.stringContaining("storageLocationsConnection")],
        ["securityMeasures", expect.stringContaining("securityMeasuresConnection")],
        ["subProcessors", expect.stringContaining("subProcessorsConnection")],
      ]),
    );
  });
});

describe("global ids", () => {
  it("still resolves an id in the format issued before (base64url of Type:row, unpadded)", async () => {
    const row = s.conn.sqlite.prepare("select id from recipients where key = 'cloud'").get() as { id: number };
    const id = Buffer.from(`Recipient:${row.id}`, "utf8").toString("base64url");
    expect(id).not.toMatch(/[=+/]/);
    const d = dataOf(await s.gql(`query($id: ID!) { node(id: $id) { id ... on Recipient { name } } }`, { id }));
    expect(d.node).toEqual({ id, name: "Cloud Co" });
    // A pinned id from before this change: the first organisation of a freshly seeded database.
    const pinned = dataOf(await s.gql(`{ node(id: "T3JnYW5pemF0aW9uOjE") { id ... on Organization { slug } } }`)).node;
    expect(pinned).toEqual({ id: "T3JnYW5pemF0aW9uOjE", slug: expect.stringMatching(/^(leanplans|landups)$/) });
  });
});
