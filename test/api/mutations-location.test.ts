import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRejected, unknownId } from "../helpers/rejection";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// Writing storage locations over HTTP: happy paths, every validation rule, nothing half-done.
let s: TestServer;
let hk: { id: string; name: string; version: number };
beforeAll(async () => {
  s = await startTestServer();
  hk = dataOf(await s.gql(`{ organization(slug: "landups") { storageLocations { id name version } } }`)).organization.storageLocations[0];
});
afterAll(() => s.close());

const FIELDS = "id key name country { code } euAdequacy region provider version organization { slug }";
const CREATE = `mutation($input: CreateStorageLocationInput!) { createStorageLocation(input: $input) { storageLocation { ${FIELDS} } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: StorageLocationChangesInput!) { updateStorageLocation(id: $id, expectedVersion: $v, input: $input) { storageLocation { ${FIELDS} } } }`;
const DELETE = `mutation($id: ID!, $v: Int!) { deleteStorageLocation(id: $id, expectedVersion: $v) { storageLocation { id version } } }`;

async function location(input: Record<string, unknown>) {
  return dataOf(await s.gql(CREATE, { input: { organization: "leanplans", country: "DE", ...input } })).createStorageLocation.storageLocation;
}

async function leanplansLocations() {
  return dataOf(await s.gql(`{ organization(slug: "leanplans") { storageLocations { key name country { code } } } }`)).organization.storageLocations;
}

describe("createStorageLocation", () => {
  it("creates a location, Unicode kept as given, and lists it under the organisation", async () => {
    const l = await location({ name: "深圳 Leanplans 🚀 机房", country: "CN", region: "Guangdong 广东", provider: "Own servers" });
    expect(l).toMatchObject({ key: "leanplans", name: "深圳 Leanplans 🚀 机房", country: { code: "CN" }, euAdequacy: "NOT_ADEQUATE", region: "Guangdong 广东", provider: "Own servers", version: 1, organization: { slug: "leanplans" } });
    expect(await leanplansLocations()).toContainEqual({ key: "leanplans", name: "深圳 Leanplans 🚀 机房", country: { code: "CN" } });
    const found = dataOf(await s.gql(`{ processingActivities(organization: "leanplans", filter: { storageCountry: "CN" }) { totalCount } }`));
    expect(found.processingActivities.totalCount).toBe(0);
  });

  it("makes keys from names, numbering ones taken, and takes a given key", async () => {
    const a = await location({ name: "Frankfurt DC" });
    const b = await location({ name: "Frankfurt DC" });
    const c = await location({ name: "东京", key: "tokyo", country: "JP" });
    expect([a.key, b.key, c.key]).toEqual(["frankfurt-dc", "frankfurt-dc-2", "tokyo"]);
    expect(c.euAdequacy).toBe("ADEQUATE");
  });

  it("lets an activity store data there, found by the storage-country filter", async () => {
    const l = await location({ name: "Singapore region", country: "SG" });
    dataOf(
      await s.gql(`mutation($input: CreateProcessingActivityInput!) { createProcessingActivity(input: $input) { processingActivity { id } } }`, {
        input: { organization: "leanplans", name: "Stored in SG", storageLocations: [l.id] },
      }),
    );
    const found = dataOf(await s.gql(`{ processingActivities(organization: "leanplans", filter: { storageCountry: "SG" }) { edges { node { name } } } }`));
    expect(found.processingActivities.edges).toEqual([{ node: { name: "Stored in SG" } }]);
  });
});

describe("updateStorageLocation", () => {
  it("changes given fields, clears optional ones with null and bumps the version", async () => {
    const l = await location({ name: "Moving DC", region: "Hesse", provider: "Acme Cloud" });
    const u = dataOf(await s.gql(UPDATE, { id: l.id, v: 1, input: { country: "FR", region: null, name: "Paris DC" } })).updateStorageLocation.storageLocation;
    expect(u).toMatchObject({ key: "moving-dc", name: "Paris DC", country: { code: "FR" }, region: null, provider: "Acme Cloud", version: 2 });
    const u2 = dataOf(await s.gql(UPDATE, { id: l.id, v: 2, input: { key: "paris-dc" } })).updateStorageLocation.storageLocation;
    expect(u2).toMatchObject({ key: "paris-dc", version: 3 });
    const node = dataOf(await s.gql(`query($id: ID!) { node(id: $id) { ... on Location { key name version } } }`, { id: l.id })).node;
    expect(node).toEqual({ key: "paris-dc", name: "Paris DC", version: 3 });
  });

  it("updates the seed location of Landups from version 1", async () => {
    expect(hk.version).toBe(1);
    const u = dataOf(await s.gql(UPDATE, { id: hk.id, v: 1, input: { provider: "Landups network" } })).updateStorageLocation.storageLocation;
    expect(u).toMatchObject({ provider: "Landups network", country: { code: "HK" }, version: 2 });
    hk.version = 2;
  });
});

describe("deleteStorageLocation", () => {
  it("archives an unused location: gone from the organisation's list", async () => {
    const l = await location({ name: "Temporary rack" });
    expect(dataOf(await s.gql(DELETE, { id: l.id, v: 1 })).deleteStorageLocation.storageLocation.version).toBe(2);
    expect((await leanplansLocations()).map((x: any) => x.name)).not.toContain("Temporary rack");
    await expectRejected(s, UPDATE, { id: l.id, v: 2, input: { name: "Back" } }, { code: "NOT_FOUND", path: "id", mentions: [l.id] });
  });

  it("refuses while live activities store data there, naming them", async () => {
    const users = dataOf(await s.gql(`{ processingActivities(organization: "landups", filter: { storageCountry: "HK" }, first: 100) { edges { node { name } } } }`))
      .processingActivities.edges.map((e: any) => JSON.stringify(e.node.name));
    expect(users.length).toBeGreaterThan(0);
    await expectRejected(s, DELETE, { id: hk.id, v: hk.version }, { code: "CONFLICT", path: "id", mentions: [JSON.stringify(hk.name), ...users.slice(0, 10)] });
  });
});

describe("refused location input changes nothing and says why", () => {
  const create = (input: Record<string, unknown>) => ({ input: { organization: "leanplans", name: "Rack", country: "DE", ...input } });
  const cases: [string, () => Record<string, unknown>, string, string, string[]][] = [
    ["unknown organisation", () => create({ organization: "nobody" }), "NOT_FOUND", "input.organization", ['"nobody"']],
    ["lower-case country", () => create({ country: "hk" }), "BAD_USER_INPUT", "input.country", ['"hk"', "alpha-2"]],
    ["unknown country", () => create({ country: "ZZ" }), "BAD_USER_INPUT", "input.country", ['"ZZ"']],
    ["alpha-3 country", () => create({ country: "HKG" }), "BAD_USER_INPUT", "input.country", ['"HKG"']],
    ["empty name", () => create({ name: "" }), "BAD_USER_INPUT", "input.name", ['""']],
    ["whitespace-only name", () => create({ name: "   " }), "BAD_USER_INPUT", "input.name", ["not only spaces"]],
    ["name over 200 characters", () => create({ name: "r".repeat(201) }), "BAD_USER_INPUT", "input.name", ["at most 200 characters"]],
    ["region over 200 characters", () => create({ region: "r".repeat(201) }), "BAD_USER_INPUT", "input.region", ["at most 200 characters"]],
    ["malformed key", () => create({ key: "Rack 1" }), "BAD_USER_INPUT", "input.key", ['"Rack 1"']],
    ["key over 100 characters", () => create({ key: "k".repeat(101) }), "BAD_USER_INPUT", "input.key", ["at most 100 characters"]],
  ];
  for (const [name, variables, code, path, mentions] of cases) {
    it(`createStorageLocation: ${name}`, () => expectRejected(s, CREATE, variables(), { code: code as any, path, mentions }));
  }

  it("createStorageLocation: duplicate key", async () => {
    await location({ name: "Keyed", key: "keyed" });
    await expectRejected(s, CREATE, create({ key: "keyed" }), { code: "CONFLICT", path: "input.key", mentions: ['"keyed"'] });
  });

  it("createStorageLocation: a key another organisation uses is fine", async () => {
    const l = await location({ name: "Same key as Landups", key: "hk-servers", country: "HK" });
    expect(l.key).toBe("hk-servers");
  });

  it("updateStorageLocation: country cleared with null", async () => {
    const l = await location({ name: "Countryless" });
    await expectRejected(s, UPDATE, { id: l.id, v: 1, input: { country: null } }, { code: "BAD_USER_INPUT", path: "input.country", mentions: ["null", "must say which country"] });
  });

  it("updateStorageLocation: unknown id", () =>
    expectRejected(s, UPDATE, { id: unknownId("Location"), v: 1, input: { name: "A" } }, { code: "NOT_FOUND", path: "id", mentions: [unknownId("Location")] }));

  it("updateStorageLocation: stale expectedVersion", async () => {
    const l = await location({ name: "Raced" });
    dataOf(await s.gql(UPDATE, { id: l.id, v: 1, input: { region: "North" } }));
    await expectRejected(s, UPDATE, { id: l.id, v: 1, input: { region: "South" } }, { code: "CONFLICT", path: "expectedVersion", mentions: ["version 2, not 1"] });
  });

  it("deleteStorageLocation: stale expectedVersion", async () => {
    const l = await location({ name: "Stale rack" });
    await expectRejected(s, DELETE, { id: l.id, v: 3 }, { code: "CONFLICT", path: "expectedVersion", mentions: ["version 1, not 3"] });
  });

  it("deleteStorageLocation: unknown id", () =>
    expectRejected(s, DELETE, { id: unknownId("Location"), v: 1 }, { code: "NOT_FOUND", path: "id", mentions: [unknownId("Location")] }));
});
