import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRejected, unknownId } from "../helpers/rejection";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// Writing organisations and their security measures over HTTP: happy paths, every validation rule, nothing half-done.
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

const ORG_FIELDS = `id slug name legalName website contactEmail postalAddress country { code } minimumAge doNotTrack version
  dpo { name email countryCode } representative { name email countryCode }`;
const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { ${ORG_FIELDS} } } }`;
const UPDATE_ORG = `mutation($id: ID!, $v: Int!, $input: OrganizationChangesInput!) { updateOrganization(id: $id, expectedVersion: $v, input: $input) { organization { ${ORG_FIELDS} } } }`;
const DELETE_ORG = `mutation($id: ID!, $v: Int!) { deleteOrganization(id: $id, expectedVersion: $v) { organization { id slug version } } }`;

const MEASURE_FIELDS = "id key name kind description dpvIri version";
const CREATE_MEASURE = `mutation($input: CreateSecurityMeasureInput!) { createSecurityMeasure(input: $input) { securityMeasure { ${MEASURE_FIELDS} } } }`;
const UPDATE_MEASURE = `mutation($id: ID!, $v: Int!, $input: SecurityMeasureChangesInput!) { updateSecurityMeasure(id: $id, expectedVersion: $v, input: $input) { securityMeasure { ${MEASURE_FIELDS} } } }`;
const DELETE_MEASURE = `mutation($id: ID!, $v: Int!) { deleteSecurityMeasure(id: $id, expectedVersion: $v) { securityMeasure { id version } } }`;

let serial = 0;
/** A fresh organisation, so each test owns what it changes. */
async function newOrg(extra: Record<string, unknown> = {}) {
  const slug = `org-${++serial}`;
  return dataOf(await s.gql(CREATE_ORG, { input: { slug, name: `Org ${serial}`, ...extra } })).createOrganization.organization;
}

async function orgBySlug(slug: string) {
  return dataOf(await s.gql(`query($slug: String!) { organization(slug: $slug) { ${ORG_FIELDS} } }`, { slug })).organization;
}

async function leanplans() {
  return dataOf(await s.gql(`{ organization(slug: "leanplans") { id version securityMeasures { id key name version } } }`)).organization;
}

describe("createOrganization", () => {
  it("creates an organisation with every field, Unicode kept as given, at version 1, and reads it back", async () => {
    const input = {
      slug: "shenzhen-rocket",
      name: "深圳 Leanplans 🚀",
      legalName: "深圳市精益计划有限公司",
      website: "https://rocket.example/privacy",
      contactEmail: "privacy@rocket.example",
      postalAddress: "1 Keyuan Road, Nanshan, Shenzhen",
      country: "CN",
      dpo: { name: "Li Wei 李伟", email: "dpo@rocket.example", country: "CN" },
      representative: { name: "EU Rep Ltd", email: "rep@eurep.example", country: "IE" },
      minimumAge: 14,
      doNotTrack: "IGNORED",
    };
    const o = dataOf(await s.gql(CREATE_ORG, { input })).createOrganization.organization;
    const expected = {
      slug: "shenzhen-rocket",
      name: "深圳 Leanplans 🚀",
      legalName: "深圳市精益计划有限公司",
      website: "https://rocket.example/privacy",
      contactEmail: "privacy@rocket.example",
      postalAddress: "1 Keyuan Road, Nanshan, Shenzhen",
      country: { code: "CN" },
      dpo: { name: "Li Wei 李伟", email: "dpo@rocket.example", countryCode: "CN" },
      representative: { name: "EU Rep Ltd", email: "rep@eurep.example", countryCode: "IE" },
      minimumAge: 14,
      doNotTrack: "IGNORED",
      version: 1,
    };
    expect(o).toMatchObject(expected);
    expect(await orgBySlug("shenzhen-rocket")).toMatchObject(expected);
    const all = dataOf(await s.gql(`{ organizations { slug } }`)).organizations.map((x: any) => x.slug);
    expect(all).toContain("shenzhen-rocket");
  });

  it("starts with an empty record and NOT_STATED for Do-Not-Track", async () => {
    const o = await newOrg();
    const d = dataOf(await s.gql(`query($slug: String!) { organization(slug: $slug) { doNotTrack dpo { name } recipients { id } securityMeasures { id } processingActivities { totalCount } } }`, { slug: o.slug }));
    expect(d.organization).toEqual({ doNotTrack: "NOT_STATED", dpo: null, recipients: [], securityMeasures: [], processingActivities: { totalCount: 0 } });
  });
});

describe("updateOrganization", () => {
  it("changes only the given fields, clears with null and bumps the version each time", async () => {
    const o = await newOrg({ country: "DE", dpo: { name: "Old DPO", email: "old@x.example" }, minimumAge: 16 });
    const r = dataOf(await s.gql(UPDATE_ORG, { id: o.id, v: 1, input: { name: "Renamed ✓", country: "HK", dpo: null, minimumAge: null } })).updateOrganization.organization;
    expect(r).toMatchObject({ slug: o.slug, name: "Renamed ✓", country: { code: "HK" }, dpo: null, minimumAge: null, version: 2 });
    const r2 = dataOf(await s.gql(UPDATE_ORG, { id: o.id, v: 2, input: { slug: `${o.slug}-new`, doNotTrack: "HONOURED" } })).updateOrganization.organization;
    expect(r2).toMatchObject({ slug: `${o.slug}-new`, name: "Renamed ✓", doNotTrack: "HONOURED", version: 3 });
    expect(await orgBySlug(o.slug)).toBeNull();
    expect(await orgBySlug(`${o.slug}-new`)).toMatchObject({ name: "Renamed ✓", country: { code: "HK" }, version: 3 });
  });

  it("updates a seed organisation from version 1", async () => {
    const lp = await leanplans();
    expect(lp.version).toBe(1);
    const r = dataOf(await s.gql(UPDATE_ORG, { id: lp.id, v: 1, input: { contactEmail: "privacy@leanplans.example" } })).updateOrganization.organization;
    expect(r).toMatchObject({ slug: "leanplans", contactEmail: "privacy@leanplans.example", version: 2 });
  });
});

describe("deleteOrganization", () => {
  it("archives an organisation with an empty record: gone from queries, slug still taken", async () => {
    const o = await newOrg();
    const r = dataOf(await s.gql(DELETE_ORG, { id: o.id, v: 1 })).deleteOrganization.organization;
    expect(r).toMatchObject({ slug: o.slug, version: 2 });
    expect(await orgBySlug(o.slug)).toBeNull();
    expect(dataOf(await s.gql(`{ organizations { slug } }`)).organizations.map((x: any) => x.slug)).not.toContain(o.slug);
    await expectRejected(s, CREATE_ORG, { input: { slug: o.slug, name: "Again" } }, { code: "CONFLICT", path: "input.slug", mentions: [`"${o.slug}"`, "already taken"] });
    await expectRejected(s, UPDATE_ORG, { id: o.id, v: 2, input: { name: "Ghost" } }, { code: "NOT_FOUND", path: "id", mentions: [o.id] });
  });

  it("refuses while the organisation still has activities, recipients and measures, saying how many of each", async () => {
    const lp = await leanplans();
    const counts = dataOf(await s.gql(`{ organization(slug: "leanplans") { processingActivities { totalCount } recipients { id } securityMeasures { id } } }`)).organization;
    const message = await expectRejected(s, DELETE_ORG, { id: lp.id, v: lp.version }, { code: "CONFLICT", path: "id", mentions: ['"leanplans"'] });
    expect(message).toContain(`${counts.processingActivities.totalCount} processing activities`);
    expect(message).toContain(`${counts.recipients.length} recipients`);
    expect(message).toContain(`${counts.securityMeasures.length} security measure`);
  });

  it("refuses while a storage location is left, and succeeds once it is deleted", async () => {
    const o = await newOrg();
    const loc = dataOf(await s.gql(`mutation($input: CreateStorageLocationInput!) { createStorageLocation(input: $input) { storageLocation { id } } }`, { input: { organization: o.slug, name: "Rack", country: "DE" } }))
      .createStorageLocation.storageLocation;
    await expectRejected(s, DELETE_ORG, { id: o.id, v: 1 }, { code: "CONFLICT", path: "id", mentions: ["1 storage location"] });
    dataOf(await s.gql(`mutation($id: ID!) { deleteStorageLocation(id: $id, expectedVersion: 1) { storageLocation { id } } }`, { id: loc.id }));
    expect(dataOf(await s.gql(DELETE_ORG, { id: o.id, v: 1 })).deleteOrganization.organization.version).toBe(2);
  });
});

describe("organisation input that is refused changes nothing and says why", () => {
  const long = "x".repeat(201);
  const create = (input: Record<string, unknown>) => ({ input: { slug: "fresh-org", name: "Fresh", ...input } });
  const cases: [string, () => Record<string, unknown>, string, string, string[]][] = [
    ["duplicate slug", () => create({ slug: "leanplans" }), "CONFLICT", "input.slug", ['"leanplans"', "already taken"]],
    ["slug not kebab-case", () => create({ slug: "Lean Plans" }), "BAD_USER_INPUT", "input.slug", ['"Lean Plans"', "kebab-case"]],
    ["empty name", () => create({ name: "" }), "BAD_USER_INPUT", "input.name", ['""', "non-empty"]],
    ["whitespace-only name", () => create({ name: "  \t " }), "BAD_USER_INPUT", "input.name", ["not only spaces"]],
    ["name over 200 characters", () => create({ name: long }), "BAD_USER_INPUT", "input.name", ["at most 200 characters", "got 201"]],
    ["legal name over 200 characters", () => create({ legalName: long }), "BAD_USER_INPUT", "input.legalName", ["at most 200 characters"]],
    ["postal address over 4000 characters", () => create({ postalAddress: "y".repeat(4001) }), "BAD_USER_INPUT", "input.postalAddress", ["at most 4000 characters"]],
    ["lower-case country", () => create({ country: "hk" }), "BAD_USER_INPUT", "input.country", ['"hk"', "alpha-2"]],
    ["unknown country", () => create({ country: "ZZ" }), "BAD_USER_INPUT", "input.country", ['"ZZ"', "alpha-2"]],
    ["alpha-3 country", () => create({ country: "HKG" }), "BAD_USER_INPUT", "input.country", ['"HKG"', "alpha-2"]],
    ["invalid contact e-mail", () => create({ contactEmail: "privacy at example" }), "BAD_USER_INPUT", "input.contactEmail", ['"privacy at example"', "e-mail"]],
    ["invalid website", () => create({ website: "not a url" }), "BAD_USER_INPUT", "input.website", ['"not a url"', "URL"]],
    ["website of another scheme", () => create({ website: "ftp://files.example" }), "BAD_USER_INPUT", "input.website", ['"ftp://files.example"', "http(s) URL"]],
    ["DPO e-mail", () => create({ dpo: { name: "DPO", email: "dpo@" } }), "BAD_USER_INPUT", "input.dpo.email", ['"dpo@"']],
    // The record document's own rule: an address it would refuse on export is refused on the way in.
    ["e-mail with an underscore in its domain", () => create({ contactEmail: "controller@demo_company.com" }), "BAD_USER_INPUT", "input.contactEmail", ['"controller@demo_company.com"']],
    ["DPO country", () => create({ dpo: { name: "DPO", country: "ZZ" } }), "BAD_USER_INPUT", "input.dpo.country", ['"ZZ"']],
    ["blank DPO name", () => create({ dpo: { name: " " } }), "BAD_USER_INPUT", "input.dpo.name", ["not only spaces"]],
    ["representative country", () => create({ representative: { name: "Rep", country: "HKG" } }), "BAD_USER_INPUT", "input.representative.country", ['"HKG"']],
    ["minimum age above 25", () => create({ minimumAge: 26 }), "BAD_USER_INPUT", "input.minimumAge", ["26", "0 to 25"]],
    ["negative minimum age", () => create({ minimumAge: -1 }), "BAD_USER_INPUT", "input.minimumAge", ["-1", "0 to 25"]],
  ];
  for (const [name, variables, code, path, mentions] of cases) {
    it(`createOrganization: ${name}`, () => expectRejected(s, CREATE_ORG, variables(), { code: code as any, path, mentions }));
  }

  it("updateOrganization: unknown id", () =>
    expectRejected(s, UPDATE_ORG, { id: unknownId("Organization"), v: 1, input: { name: "A" } }, { code: "NOT_FOUND", path: "id", mentions: [unknownId("Organization")] }));

  it("updateOrganization: an id of another type", async () => {
    const lp = await leanplans();
    const measureId = lp.securityMeasures[0].id;
    await expectRejected(s, UPDATE_ORG, { id: measureId, v: 1, input: { name: "A" } }, { code: "NOT_FOUND", path: "id", mentions: [measureId] });
  });

  it("updateOrganization: stale expectedVersion", async () => {
    const o = await newOrg();
    dataOf(await s.gql(UPDATE_ORG, { id: o.id, v: 1, input: { name: "Second" } }));
    await expectRejected(s, UPDATE_ORG, { id: o.id, v: 1, input: { name: "Lost" } }, { code: "CONFLICT", path: "expectedVersion", mentions: ["version 2, not 1"] });
  });

  it("updateOrganization: a slug another organisation has", async () => {
    const o = await newOrg();
    await expectRejected(s, UPDATE_ORG, { id: o.id, v: 1, input: { slug: "landups" } }, { code: "CONFLICT", path: "input.slug", mentions: ['"landups"', "already taken"] });
  });

  it("updateOrganization: the name cleared with null", async () => {
    const o = await newOrg();
    await expectRejected(s, UPDATE_ORG, { id: o.id, v: 1, input: { name: null } }, { code: "BAD_USER_INPUT", path: "input.name", mentions: ["null"] });
  });

  it("updateOrganization: a bad country after valid fields writes none of them", async () => {
    const o = await newOrg();
    await expectRejected(s, UPDATE_ORG, { id: o.id, v: 1, input: { name: "Fine", website: "https://fine.example", country: "hk" } }, { code: "BAD_USER_INPUT", path: "input.country", mentions: ['"hk"'] });
    expect(await orgBySlug(o.slug)).toMatchObject({ name: o.name, website: null, version: 1 });
  });

  it("deleteOrganization: stale expectedVersion", async () => {
    const o = await newOrg();
    await expectRejected(s, DELETE_ORG, { id: o.id, v: 7 }, { code: "CONFLICT", path: "expectedVersion", mentions: ["version 1, not 7"] });
  });

  it("deleteOrganization: unknown id", () =>
    expectRejected(s, DELETE_ORG, { id: unknownId("Organization"), v: 1 }, { code: "NOT_FOUND", path: "id", mentions: [unknownId("Organization")] }));
});

describe("security measures", () => {
  it("creates a measure with a key made from its name, Unicode kept, and lists it under the organisation", async () => {
    const o = await newOrg();
    const m = dataOf(
      await s.gql(CREATE_MEASURE, {
        input: { organization: o.slug, name: "Encryption at rest 加密 🔒", kind: "TECHNICAL", description: "AES-256", dpvIri: "https://w3id.org/dpv#EncryptionAtRest" },
      }),
    ).createSecurityMeasure.securityMeasure;
    expect(m).toMatchObject({ key: "encryption-at-rest", name: "Encryption at rest 加密 🔒", kind: "TECHNICAL", description: "AES-256", dpvIri: "https://w3id.org/dpv#EncryptionAtRest", version: 1 });
    const second = dataOf(await s.gql(CREATE_MEASURE, { input: { organization: o.slug, name: "Encryption at rest", kind: "TECHNICAL" } })).createSecurityMeasure.securityMeasure;
    expect(second.key).toBe("encryption-at-rest-2");
    const chinese = dataOf(await s.gql(CREATE_MEASURE, { input: { organization: o.slug, name: "员工培训", kind: "ORGANISATIONAL" } })).createSecurityMeasure.securityMeasure;
    expect(chinese).toMatchObject({ key: "measure", name: "员工培训" });
    const listed = dataOf(await s.gql(`query($slug: String!) { organization(slug: $slug) { securityMeasures { key name } } }`, { slug: o.slug })).organization.securityMeasures;
    expect(listed).toEqual([
      { key: "encryption-at-rest", name: "Encryption at rest 加密 🔒" },
      { key: "encryption-at-rest-2", name: "Encryption at rest" },
      { key: "measure", name: "员工培训" },
    ]);
  });

  it("updates given fields and bumps the version; reads back through node()", async () => {
    const o = await newOrg();
    const m = dataOf(await s.gql(CREATE_MEASURE, { input: { organization: o.slug, key: "backups", name: "Backups", kind: "TECHNICAL", description: "Nightly" } })).createSecurityMeasure
      .securityMeasure;
    const r = dataOf(await s.gql(UPDATE_MEASURE, { id: m.id, v: 1, input: { kind: "ORGANISATIONAL", description: null, key: "backup-policy" } })).updateSecurityMeasure.securityMeasure;
    expect(r).toMatchObject({ key: "backup-policy", name: "Backups", kind: "ORGANISATIONAL", description: null, version: 2 });
    const node = dataOf(await s.gql(`query($id: ID!) { node(id: $id) { ... on SecurityMeasure { key version } } }`, { id: m.id })).node;
    expect(node).toEqual({ key: "backup-policy", version: 2 });
  });

  it("re-keying a measure keeps the activities that use it, which read the new key", async () => {
    const o = await newOrg();
    const m = dataOf(await s.gql(CREATE_MEASURE, { input: { organization: o.slug, key: "acl", name: "Access control", kind: "TECHNICAL" } })).createSecurityMeasure.securityMeasure;
    const a = dataOf(
      await s.gql(`mutation($input: CreateProcessingActivityInput!) { createProcessingActivity(input: $input) { processingActivity { id version } } }`, {
        input: { organization: o.slug, name: "Logins", securityMeasures: [m.id] },
      }),
    ).createProcessingActivity.processingActivity;
    dataOf(await s.gql(UPDATE_MEASURE, { id: m.id, v: 1, input: { key: "access-control" } }));
    const after = dataOf(await s.gql(`query($id: ID!) { node(id: $id) { ... on ProcessingActivity { version securityMeasures { key } } } }`, { id: a.id })).node;
    expect(after).toEqual({ version: a.version + 1, securityMeasures: [{ key: "access-control" }] });
  });

  it("deletes an unused measure by archiving it", async () => {
    const o = await newOrg();
    const m = dataOf(await s.gql(CREATE_MEASURE, { input: { organization: o.slug, name: "Shredder", kind: "ORGANISATIONAL" } })).createSecurityMeasure.securityMeasure;
    expect(dataOf(await s.gql(DELETE_MEASURE, { id: m.id, v: 1 })).deleteSecurityMeasure.securityMeasure.version).toBe(2);
    const listed = dataOf(await s.gql(`query($slug: String!) { organization(slug: $slug) { securityMeasures { id } } }`, { slug: o.slug })).organization.securityMeasures;
    expect(listed).toEqual([]);
    await expectRejected(s, UPDATE_MEASURE, { id: m.id, v: 2, input: { name: "Back" } }, { code: "NOT_FOUND", path: "id", mentions: [m.id] });
  });

  it("refuses to delete a measure live activities rely on, naming them", async () => {
    const lp = await leanplans();
    const m = lp.securityMeasures[0];
    const users = dataOf(await s.gql(`{ processingActivities(organization: "leanplans", first: 100) { edges { node { name securityMeasures { id } } } } }`))
      .processingActivities.edges.map((e: any) => e.node)
      .filter((a: any) => a.securityMeasures.some((x: any) => x.id === m.id))
      .map((a: any) => a.name);
    expect(users.length).toBeGreaterThan(0);
    await expectRejected(s, DELETE_MEASURE, { id: m.id, v: m.version }, { code: "CONFLICT", path: "id", mentions: [JSON.stringify(m.name), ...users.slice(0, 10).map((n: string) => JSON.stringify(n))] });
  });

  describe("refused measure input changes nothing", () => {
    const create = (input: Record<string, unknown>) => ({ input: { organization: "leanplans", name: "New measure", kind: "TECHNICAL", ...input } });
    const cases: [string, () => Record<string, unknown>, string, string, string[]][] = [
      ["unknown organisation", () => create({ organization: "nobody" }), "NOT_FOUND", "input.organization", ['"nobody"']],
      ["duplicate key", () => create({ key: "technical-organisational-measures" }), "CONFLICT", "input.key", ['"technical-organisational-measures"']],
      ["malformed key", () => create({ key: "Not_a key" }), "BAD_USER_INPUT", "input.key", ['"Not_a key"', "kebab-case"]],
      ["empty name", () => create({ name: "" }), "BAD_USER_INPUT", "input.name", ['""']],
      ["whitespace-only name", () => create({ name: "   " }), "BAD_USER_INPUT", "input.name", ["not only spaces"]],
      ["name over 200 characters", () => create({ name: "m".repeat(201) }), "BAD_USER_INPUT", "input.name", ["at most 200 characters"]],
      ["description over 4000 characters", () => create({ description: "d".repeat(4001) }), "BAD_USER_INPUT", "input.description", ["at most 4000 characters"]],
      ["invalid DPV IRI", () => create({ dpvIri: "dpv:Encryption" }), "BAD_USER_INPUT", "input.dpvIri", ['"dpv:Encryption"', "URL"]],
    ];
    for (const [name, variables, code, path, mentions] of cases) {
      it(`createSecurityMeasure: ${name}`, () => expectRejected(s, CREATE_MEASURE, variables(), { code: code as any, path, mentions }));
    }

    it("updateSecurityMeasure: unknown id", () =>
      expectRejected(s, UPDATE_MEASURE, { id: unknownId("SecurityMeasure"), v: 1, input: { name: "A" } }, { code: "NOT_FOUND", path: "id", mentions: [unknownId("SecurityMeasure")] }));

    it("updateSecurityMeasure: stale expectedVersion", async () => {
      const o = await newOrg();
      const m = dataOf(await s.gql(CREATE_MEASURE, { input: { organization: o.slug, name: "Audit", kind: "ORGANISATIONAL" } })).createSecurityMeasure.securityMeasure;
      dataOf(await s.gql(UPDATE_MEASURE, { id: m.id, v: 1, input: { description: "Yearly" } }));
      await expectRejected(s, UPDATE_MEASURE, { id: m.id, v: 1, input: { description: "Monthly" } }, { code: "CONFLICT", path: "expectedVersion", mentions: ["version 2, not 1"] });
    });

    it("updateSecurityMeasure: a key another measure of the organisation has", async () => {
      const o = await newOrg();
      dataOf(await s.gql(CREATE_MEASURE, { input: { organization: o.slug, key: "first", name: "First", kind: "TECHNICAL" } }));
      const m = dataOf(await s.gql(CREATE_MEASURE, { input: { organization: o.slug, key: "second", name: "Second", kind: "TECHNICAL" } })).createSecurityMeasure.securityMeasure;
      await expectRejected(s, UPDATE_MEASURE, { id: m.id, v: 1, input: { key: "first" } }, { code: "CONFLICT", path: "input.key", mentions: ['"first"'] });
    });

    it("updateSecurityMeasure: kind cleared with null", async () => {
      const lp = await leanplans();
      const m = lp.securityMeasures[0];
      await expectRejected(s, UPDATE_MEASURE, { id: m.id, v: m.version, input: { kind: null } }, { code: "BAD_USER_INPUT", path: "input.kind", mentions: ["TECHNICAL, ORGANISATIONAL"] });
    });

    it("deleteSecurityMeasure: unknown id", () =>
      expectRejected(s, DELETE_MEASURE, { id: unknownId("SecurityMeasure"), v: 1 }, { code: "NOT_FOUND", path: "id", mentions: [unknownId("SecurityMeasure")] }));
  });
});
