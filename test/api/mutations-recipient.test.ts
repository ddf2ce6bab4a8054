import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRecordFile } from "../../src/io/record-file";
import { importRecord, SEED_ACTOR } from "../../src/modules/record/record.write";
import { expectRejected, unknownId } from "../helpers/rejection";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// Writing recipients and sub-processor chains over HTTP: happy paths, every validation rule, nothing half-done.
let s: TestServer;
let landupsRecipient: { id: string; name: string };
beforeAll(async () => {
  s = await startTestServer();
  landupsRecipient = dataOf(await s.gql(`{ organization(slug: "landups") { recipients { id name } } }`)).organization.recipients[0];
});
afterAll(() => s.close());

const FIELDS = `id key name kind category named country { code } dpa { status date url } description version
  parent { id name } subProcessors { name } organization { slug }`;
const CREATE = `mutation($input: CreateRecipientInput!) { createRecipient(input: $input) { recipient { ${FIELDS} } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: RecipientChangesInput!) { updateRecipient(id: $id, expectedVersion: $v, input: $input) { recipient { ${FIELDS} } } }`;
const DELETE = `mutation($id: ID!, $v: Int!) { deleteRecipient(id: $id, expectedVersion: $v) { recipient { id version } } }`;

/** A recipient of Leanplans with the given fields. */
async function recipient(input: Record<string, unknown>) {
  return dataOf(await s.gql(CREATE, { input: { organization: "leanplans", kind: "PROCESSOR", named: true, ...input } })).createRecipient.recipient;
}

async function byId(id: string) {
  return dataOf(await s.gql(`query($id: ID!) { node(id: $id) { ... on Recipient { ${FIELDS} } } }`, { id })).node;
}

async function leanplansRecipientNames(): Promise<string[]> {
  return dataOf(await s.gql(`{ recipients(organization: "leanplans", first: 100) { edges { node { name } } } }`)).recipients.edges.map((e: any) => e.node.name);
}

describe("createRecipient", () => {
  it("creates a recipient with every field, Unicode kept as given, and lists it", async () => {
    const r = await recipient({
      name: "深圳 Leanplans 🚀 Cloud",
      kind: "PROCESSOR",
      category: "Cloud hosting 云",
      named: true,
      country: "CN",
      dpa: { status: "SIGNED", date: "2025-03-01", url: "https://cloud.example/dpa" },
      description: "Hosts the shop.",
    });
    expect(r).toMatchObject({
      key: "leanplans-cloud",
      name: "深圳 Leanplans 🚀 Cloud",
      kind: "PROCESSOR",
      category: "Cloud hosting 云",
      named: true,
      country: { code: "CN" },
      dpa: { status: "SIGNED", date: "2025-03-01", url: "https://cloud.example/dpa" },
      description: "Hosts the shop.",
      version: 1,
      parent: null,
      organization: { slug: "leanplans" },
    });
    expect(await leanplansRecipientNames()).toContain("深圳 Leanplans 🚀 Cloud");
    const filtered = dataOf(await s.gql(`{ recipients(filter: { country: "CN", category: "cloud hosting 云" }) { edges { node { id } } } }`)).recipients.edges;
    expect(filtered).toEqual([{ node: { id: r.id } }]);
  });

  it("defaults the agreement to UNKNOWN and numbers keys taken already", async () => {
    const a = await recipient({ name: "Mailer", named: false });
    const b = await recipient({ name: "Mailer" });
    expect(a).toMatchObject({ key: "mailer", named: false, dpa: { status: "UNKNOWN", date: null, url: null }, country: null });
    expect(b.key).toBe("mailer-2");
  });

  it("creates a sub-processor of a recipient of the same organisation", async () => {
    const parent = await recipient({ name: "Parent host" });
    const child = await recipient({ name: "Child CDN", kind: "SUB_PROCESSOR", parent: parent.id });
    expect(child.parent).toEqual({ id: parent.id, name: "Parent host" });
    expect((await byId(parent.id)).subProcessors).toEqual([{ name: "Child CDN" }]);
  });
});

describe("updateRecipient", () => {
  it("changes given fields, clears with null, moves the parent and bumps the version", async () => {
    const p1 = await recipient({ name: "Up one" });
    const p2 = await recipient({ name: "Up two" });
    const r = await recipient({ name: "Movable", country: "US", category: "Email", dpa: { status: "CLAIMED" }, parent: p1.id });
    const u = dataOf(await s.gql(UPDATE, { id: r.id, v: 1, input: { name: "Moved", country: null, dpa: null, parent: p2.id, named: false } })).updateRecipient.recipient;
    expect(u).toMatchObject({ key: "movable", name: "Moved", country: null, category: "Email", named: false, dpa: { status: "UNKNOWN" }, parent: { name: "Up two" }, version: 2 });
    const u2 = dataOf(await s.gql(UPDATE, { id: r.id, v: 2, input: { parent: null, key: "moved" } })).updateRecipient.recipient;
    expect(u2).toMatchObject({ key: "moved", parent: null, version: 3 });
    expect((await byId(p1.id)).subProcessors).toEqual([]);
    expect(await byId(r.id)).toMatchObject({ name: "Moved", key: "moved", version: 3 });
  });

  it("re-keying a recipient keeps disclosures and sub-processors pointing at it", async () => {
    const r = await recipient({ key: "old-key", name: "Rekeyed" });
    const child = await recipient({ name: "Rekeyed child", parent: r.id });
    const a = dataOf(
      await s.gql(`mutation($input: CreateProcessingActivityInput!) { createProcessingActivity(input: $input) { processingActivity { id version } } }`, {
        input: { organization: "leanplans", name: "Uses rekeyed", disclosures: [{ recipient: r.id }] },
      }),
    ).createProcessingActivity.processingActivity;
    dataOf(await s.gql(UPDATE, { id: r.id, v: 1, input: { key: "new-key" } }));
    const act = dataOf(await s.gql(`query($id: ID!) { node(id: $id) { ... on ProcessingActivity { version disclosures { recipient { key } } } } }`, { id: a.id })).node;
    expect(act).toEqual({ version: a.version + 1, disclosures: [{ recipient: { key: "new-key" } }] });
    expect(await byId(child.id)).toMatchObject({ parent: { id: r.id }, version: 2 });
  });
});

describe("deleteRecipient", () => {
  it("archives an unreferenced recipient: gone from lists, not found afterwards", async () => {
    const r = await recipient({ name: "Short-lived vendor" });
    expect(dataOf(await s.gql(DELETE, { id: r.id, v: 1 })).deleteRecipient.recipient.version).toBe(2);
    expect(await leanplansRecipientNames()).not.toContain("Short-lived vendor");
    await expectRejected(s, DELETE, { id: r.id, v: 2 }, { code: "NOT_FOUND", path: "id", mentions: [r.id] });
  });

  it("refuses while live activities disclose data to it, naming them", async () => {
    const paypal = dataOf(await s.gql(`{ organization(slug: "leanplans") { recipients { id name version } } }`)).organization.recipients.find((r: any) => r.name === "PayPal");
    const users = dataOf(await s.gql(`query($id: ID!) { processingActivities(filter: { recipient: $id }) { edges { node { name } } } }`, { id: paypal.id }))
      .processingActivities.edges.map((e: any) => JSON.stringify(e.node.name));
    expect(users.length).toBeGreaterThan(0);
    await expectRejected(s, DELETE, { id: paypal.id, v: paypal.version }, { code: "CONFLICT", path: "id", mentions: ['"PayPal"', ...users] });
  });

  it("refuses while it engages live sub-processors, naming them; succeeds once they are gone", async () => {
    const parent = await recipient({ name: "Engager" });
    const child = await recipient({ name: "Engaged 子处理者", parent: parent.id });
    await expectRejected(s, DELETE, { id: parent.id, v: 1 }, { code: "CONFLICT", path: "id", mentions: ['"Engager"', '"Engaged 子处理者"', "sub-processors"] });
    dataOf(await s.gql(DELETE, { id: child.id, v: 1 }));
    expect(dataOf(await s.gql(DELETE, { id: parent.id, v: 1 })).deleteRecipient.recipient.version).toBe(2);
  });

  it("allows deleting once the only activity disclosing to it is deleted", async () => {
    const r = await recipient({ name: "Once used" });
    const a = dataOf(
      await s.gql(`mutation($input: CreateProcessingActivityInput!) { createProcessingActivity(input: $input) { processingActivity { id } } }`, {
        input: { organization: "leanplans", name: "Temporary use", disclosures: [{ recipient: r.id }] },
      }),
    ).createProcessingActivity.processingActivity;
    await expectRejected(s, DELETE, { id: r.id, v: 1 }, { code: "CONFLICT", path: "id", mentions: ['"Temporary use"'] });
    dataOf(await s.gql(`mutation($id: ID!) { deleteProcessingActivity(id: $id, expectedVersion: 1) { processingActivity { id } } }`, { id: a.id }));
    expect(dataOf(await s.gql(DELETE, { id: r.id, v: 1 })).deleteRecipient.recipient.version).toBe(2);
  });
});

describe("sub-processor chains that would not end are refused", () => {
  it("a recipient as its own sub-processor", async () => {
    const r = await recipient({ name: "Narcissus" });
    await expectRejected(s, UPDATE, { id: r.id, v: 1, input: { parent: r.id } }, { code: "BAD_USER_INPUT", path: "input.parent", mentions: [r.id, '"Narcissus"', "its own sub-processor"] });
  });

  it("a cycle of three recipients", async () => {
    const a = await recipient({ name: "Alpha" });
    const b = await recipient({ name: "Beta", parent: a.id });
    const c = await recipient({ name: "Gamma", parent: b.id });
    const message = await expectRejected(s, UPDATE, { id: a.id, v: 1, input: { parent: c.id } }, { code: "BAD_USER_INPUT", path: "input.parent", mentions: [c.id, "cycle"] });
    expect(message).toContain('"Alpha" → "Gamma" → "Beta" → "Alpha"');
  });

  it("a parent of another organisation (a Landups recipient for a Leanplans one)", async () => {
    await expectRejected(s, CREATE, { input: { organization: "leanplans", name: "Cross", kind: "PROCESSOR", named: true, parent: landupsRecipient.id } }, {
      code: "BAD_USER_INPUT",
      path: "input.parent",
      mentions: [landupsRecipient.id, "same organisation"],
    });
    const r = await recipient({ name: "Cross later" });
    await expectRejected(s, UPDATE, { id: r.id, v: 1, input: { parent: landupsRecipient.id } }, { code: "BAD_USER_INPUT", path: "input.parent", mentions: [landupsRecipient.id] });
  });

  it("a parent that does not exist, or was deleted", async () => {
    await expectRejected(s, CREATE, { input: { organization: "leanplans", name: "Orphan", kind: "PROCESSOR", named: true, parent: unknownId("Recipient") } }, {
      code: "NOT_FOUND",
      path: "input.parent",
      mentions: [unknownId("Recipient")],
    });
    const gone = await recipient({ name: "Gone parent" });
    dataOf(await s.gql(DELETE, { id: gone.id, v: 1 }));
    await expectRejected(s, CREATE, { input: { organization: "leanplans", name: "Orphan", kind: "PROCESSOR", named: true, parent: gone.id } }, {
      code: "NOT_FOUND",
      path: "input.parent",
      mentions: [gone.id],
    });
  });
});

describe("refused recipient input changes nothing and says why", () => {
  const create = (input: Record<string, unknown>) => ({ input: { organization: "leanplans", name: "Vendor", kind: "PROCESSOR", named: true, ...input } });
  const cases: [string, () => Record<string, unknown>, string, string, string[]][] = [
    ["unknown organisation", () => create({ organization: "nobody" }), "NOT_FOUND", "input.organization", ['"nobody"']],
    ["duplicate key", () => create({ key: "paypal" }), "CONFLICT", "input.key", ['"paypal"']],
    ["malformed key", () => create({ key: "-paypal" }), "BAD_USER_INPUT", "input.key", ['"-paypal"', "kebab-case"]],
    ["empty name", () => create({ name: "" }), "BAD_USER_INPUT", "input.name", ['""']],
    ["whitespace-only name", () => create({ name: "\n  " }), "BAD_USER_INPUT", "input.name", ["not only spaces"]],
    ["name over 200 characters", () => create({ name: "n".repeat(201) }), "BAD_USER_INPUT", "input.name", ["at most 200 characters"]],
    ["category over 200 characters", () => create({ category: "c".repeat(201) }), "BAD_USER_INPUT", "input.category", ["at most 200 characters"]],
    ["description over 4000 characters", () => create({ description: "d".repeat(4001) }), "BAD_USER_INPUT", "input.description", ["at most 4000 characters"]],
    ["lower-case country", () => create({ country: "hk" }), "BAD_USER_INPUT", "input.country", ['"hk"', "alpha-2"]],
    ["unknown country", () => create({ country: "ZZ" }), "BAD_USER_INPUT", "input.country", ['"ZZ"']],
    ["alpha-3 country", () => create({ country: "HKG" }), "BAD_USER_INPUT", "input.country", ['"HKG"']],
    ["invalid agreement URL", () => create({ dpa: { status: "SIGNED", url: "javascript:alert(1)" } }), "BAD_USER_INPUT", "input.dpa.url", ['"javascript:alert(1)"', "URL"]],
    ["invalid agreement date", () => create({ dpa: { status: "SIGNED", date: "01/03/2025" } }), "BAD_USER_INPUT", "input.dpa.date", ['"01/03/2025"', "YYYY-MM-DD"]],
    ["garbage parent id", () => create({ parent: "???" }), "NOT_FOUND", "input.parent", ['"???"']],
  ];
  for (const [name, variables, code, path, mentions] of cases) {
    it(`createRecipient: ${name}`, () => expectRejected(s, CREATE, variables(), { code: code as any, path, mentions }));
  }

  it("updateRecipient: unknown id", () =>
    expectRejected(s, UPDATE, { id: unknownId("Recipient"), v: 1, input: { name: "A" } }, { code: "NOT_FOUND", path: "id", mentions: [unknownId("Recipient")] }));

  it("updateRecipient: stale expectedVersion", async () => {
    const r = await recipient({ name: "Versioned vendor" });
    dataOf(await s.gql(UPDATE, { id: r.id, v: 1, input: { category: "Analytics" } }));
    await expectRejected(s, UPDATE, { id: r.id, v: 1, input: { category: "Ads" } }, { code: "CONFLICT", path: "expectedVersion", mentions: ["version 2, not 1"] });
  });

  it("updateRecipient: a key another recipient has", async () => {
    const r = await recipient({ name: "Would-be PayPal" });
    await expectRejected(s, UPDATE, { id: r.id, v: 1, input: { key: "paypal" } }, { code: "CONFLICT", path: "input.key", mentions: ['"paypal"'] });
  });

  it("updateRecipient: named cleared with null", async () => {
    const r = await recipient({ name: "Named vendor" });
    await expectRejected(s, UPDATE, { id: r.id, v: 1, input: { named: null } }, { code: "BAD_USER_INPUT", path: "input.named", mentions: ["null", "true"] });
  });

  it("deleteRecipient: stale expectedVersion", async () => {
    const r = await recipient({ name: "Stale delete" });
    await expectRejected(s, DELETE, { id: r.id, v: 2 }, { code: "CONFLICT", path: "expectedVersion", mentions: ["version 1, not 2"] });
  });

  it("deleteRecipient: unknown id", () =>
    expectRejected(s, DELETE, { id: unknownId("Recipient"), v: 1 }, { code: "NOT_FOUND", path: "id", mentions: [unknownId("Recipient")] }));
});

describe("seed files load recipients through the same service", () => {
  it("creates a sub-processor listed before its parent at version 1, already naming the parent", async () => {
    const acme = readRecordFile(path.resolve(__dirname, "../fixtures/seed-org/acme.yaml"));
    acme.recipients.reverse();
    expect(acme.recipients.map((r) => r.key)).toEqual(["mail-relay", "cloud-host"]);
    const t = await startTestServer({ prepare: (conn) => conn.db.transaction((tx) => importRecord(tx, acme, { actor: SEED_ACTOR })) });
    try {
      const d = dataOf(await t.gql(`{ organization(slug: "acme") { version recipients { key version parent { key } } storageLocations { key version } } }`));
      expect(d.organization.version).toBe(1);
      expect(d.organization.recipients).toEqual([
        { key: "cloud-host", version: 1, parent: null },
        { key: "mail-relay", version: 1, parent: { key: "cloud-host" } },
      ]);
      expect(d.organization.storageLocations).toEqual([{ key: "eu-servers", version: 1 }]);
    } finally {
      await t.close();
    }
  });
});
