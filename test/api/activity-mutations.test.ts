import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseChecksum } from "../helpers/checksum";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// Writing processing activities over HTTP: happy paths, every validation rule, concurrency, atomicity.
let s: TestServer;
let ids: { leanplansRecipient: string; landupsRecipient: string; landupsLocation: string; landupsMeasure: string; activity: string };

beforeAll(async () => {
  s = await startTestServer();
  const d = dataOf(
    await s.gql(`{
      leanplans: organization(slug: "leanplans") { recipients { id name } processingActivities(first: 1) { edges { node { id } } } }
      landups: organization(slug: "landups") { recipients { id } storageLocations { id } securityMeasures { id } }
    }`),
  );
  ids = {
    leanplansRecipient: d.leanplans.recipients.find((r: any) => r.name === "PayPal").id,
    landupsRecipient: d.landups.recipients[0].id,
    landupsLocation: d.landups.storageLocations[0].id,
    landupsMeasure: d.landups.securityMeasures[0].id,
    activity: d.leanplans.processingActivities.edges[0].node.id,
  };
});
afterAll(() => s.close());

const CREATE = `mutation($input: CreateProcessingActivityInput!) { createProcessingActivity(input: $input) {
  processingActivity { id key name description version organization { slug } purposes { key } dataCategories { key } sources
    legalBasisClaims { consentMechanism note legalBasis { regime code } } disclosures { purpose recipient { name } dataCategories { key } }
    storageLocations { name } securityMeasures { key } retention { period trigger description } } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: ProcessingActivityChangesInput!) { updateProcessingActivity(id: $id, expectedVersion: $v, input: $input) { processingActivity { id name version description retention { period } purposes { key } } } }`;
const DELETE = `mutation($id: ID!, $v: Int!) { deleteProcessingActivity(id: $id, expectedVersion: $v) { processingActivity { id version } } }`;

async function versionOf(id: string): Promise<number> {
  return dataOf(await s.gql(`query($id: ID!) { node(id: $id) { ... on ProcessingActivity { version } } }`, { id })).node.version;
}

describe("happy paths", () => {
  it("creates an activity with every kind of link and reads it back", async () => {
    const r = dataOf(
      await s.gql(CREATE, {
        input: {
          organization: "leanplans",
          name: "Newsletter 📰 订阅",
          description: "Monthly product news.",
          purposes: ["marketing.communications.email"],
          legalBases: [{ regime: "GDPR", code: "A6-1-a", consentMechanism: "OPT_IN", note: "Double opt-in" }],
          dataSubjects: ["customer"],
          dataCategories: ["user.contact.email", "user.name"],
          sources: ["PROVIDED_BY_SUBJECT"],
          disclosures: [{ recipient: ids.leanplansRecipient, dataCategories: ["user.contact.email"], purpose: "Sends the mail" }],
          retention: { period: "P2Y", trigger: "ACCOUNT_CLOSURE", description: "Two years after closing the account." },
        },
      }),
    ).createProcessingActivity.processingActivity;
    expect(r).toMatchObject({
      key: "newsletter",
      name: "Newsletter 📰 订阅",
      version: 1,
      organization: { slug: "leanplans" },
      purposes: [{ key: "marketing.communications.email" }],
      dataCategories: [{ key: "user.contact.email" }, { key: "user.name" }],
      sources: ["PROVIDED_BY_SUBJECT"],
      legalBasisClaims: [{ consentMechanism: "OPT_IN", note: "Double opt-in", legalBasis: { regime: "GDPR", code: "A6-1-a" } }],
      disclosures: [{ purpose: "Sends the mail", recipient: { name: "PayPal" }, dataCategories: [{ key: "user.contact.email" }] }],
      retention: { period: "P2Y", trigger: "ACCOUNT_CLOSURE", description: "Two years after closing the account." },
    });
    const again = dataOf(await s.gql(`{ processingActivities(organization: "leanplans", filter: { purpose: "marketing.communications" }) { edges { node { name } } } }`));
    expect(again.processingActivities.edges.map((e: any) => e.node.name)).toContain("Newsletter 📰 订阅");
  });

  it("links storage and measures of the same organisation", async () => {
    const r = dataOf(await s.gql(CREATE, { input: { organization: "landups", name: "Backups", storageLocations: [ids.landupsLocation], securityMeasures: [ids.landupsMeasure] } }))
      .createProcessingActivity.processingActivity;
    expect(r.storageLocations).toHaveLength(1);
    expect(r.securityMeasures).toHaveLength(1);
  });

  it("updates only what is given, replaces lists, clears with null, and bumps the version", async () => {
    const v = await versionOf(ids.activity);
    const r = dataOf(await s.gql(UPDATE, { id: ids.activity, v, input: { description: "Changed", purposes: ["essential.service"], retention: null } })).updateProcessingActivity
      .processingActivity;
    expect(r).toMatchObject({ version: v + 1, description: "Changed", retention: null, purposes: [{ key: "essential.service" }] });
    expect(r.name).toBe("Account creation and management");
  });

  it("deletes by archiving: gone from lists and from filters", async () => {
    const created = dataOf(await s.gql(CREATE, { input: { organization: "leanplans", name: "Short-lived", dataCategories: ["user.device.ip_address"] } })).createProcessingActivity
      .processingActivity;
    const r = dataOf(await s.gql(DELETE, { id: created.id, v: 1 })).deleteProcessingActivity.processingActivity;
    expect(r.version).toBe(2);
    const names = dataOf(await s.gql(`{ processingActivities(organization: "leanplans", first: 100) { edges { node { name } } } }`)).processingActivities.edges.map((e: any) => e.node.name);
    expect(names).not.toContain("Short-lived");
    const again = await s.gql(DELETE, { id: created.id, v: 2 });
    expect(again.body.errors![0].extensions!.code).toBe("NOT_FOUND");
  });
});

describe("rejected input changes nothing and says why", () => {
  const long = "x".repeat(201);
  const cases: [string, () => [string, Record<string, unknown>, string, string, string]][] = [
    ["unknown organisation", () => [CREATE, { input: { organization: "nobody", name: "A" } }, "NOT_FOUND", "input.organization", '"nobody"']],
    ["empty name", () => [CREATE, { input: { organization: "leanplans", name: "" } }, "BAD_USER_INPUT", "input.name", '""']],
    ["whitespace name", () => [CREATE, { input: { organization: "leanplans", name: " \t " } }, "BAD_USER_INPUT", "input.name", "not only spaces"]],
    ["name over the limit", () => [CREATE, { input: { organization: "leanplans", name: long } }, "BAD_USER_INPUT", "input.name", "at most 200 characters"]],
    ["unknown category key", () => [CREATE, { input: { organization: "leanplans", name: "A", dataCategories: ["user.contact.email", "user.nope"] } }, "BAD_USER_INPUT", "input.dataCategories[1]", '"user.nope"']],
    ["unknown purpose key", () => [CREATE, { input: { organization: "leanplans", name: "A", purposes: ["world.domination"] } }, "BAD_USER_INPUT", "input.purposes[0]", '"world.domination"']],
    ["unknown data subject", () => [CREATE, { input: { organization: "leanplans", name: "A", dataSubjects: ["martian"] } }, "BAD_USER_INPUT", "input.dataSubjects[0]", '"martian"']],
    ["legal basis of another regime", () => [CREATE, { input: { organization: "leanplans", name: "A", legalBases: [{ regime: "GDPR", code: "13-1" }] } }, "BAD_USER_INPUT", "input.legalBases[0].code", '"13-1"']],
    ["transfer tool as a legal basis", () => [CREATE, { input: { organization: "leanplans", name: "A", legalBases: [{ regime: "GDPR", code: "A46-2-c" }] } }, "BAD_USER_INPUT", "input.legalBases[0].code", "transfer mechanism"]],
    ["retention not ISO 8601", () => [CREATE, { input: { organization: "leanplans", name: "A", retention: { period: "6 months" } } }, "BAD_USER_INPUT", "input.retention.period", '"6 months"']],
    ["empty retention", () => [CREATE, { input: { organization: "leanplans", name: "A", retention: {} } }, "BAD_USER_INPUT", "input.retention", "use null"]],
    ["duplicate key", () => [CREATE, { input: { organization: "leanplans", key: "account-management", name: "A" } }, "CONFLICT", "input.key", '"account-management"']],
    ["malformed key", () => [CREATE, { input: { organization: "leanplans", key: "Not A Key", name: "A" } }, "BAD_USER_INPUT", "input.key", '"Not A Key"']],
    ["recipient of another organisation", () => [CREATE, { input: { organization: "leanplans", name: "A", disclosures: [{ recipient: ids.landupsRecipient }] } }, "BAD_USER_INPUT", "input.disclosures[0]", ids.landupsRecipient]],
    ["storage location of another organisation", () => [CREATE, { input: { organization: "leanplans", name: "A", storageLocations: [ids.landupsLocation] } }, "BAD_USER_INPUT", "input.storageLocations[0]", ids.landupsLocation]],
    ["unknown recipient id", () => [CREATE, { input: { organization: "leanplans", name: "A", disclosures: [{ recipient: "UmVjaXBpZW50Ojk5OTk" }] } }, "NOT_FOUND", "input.disclosures[0].recipient", "UmVjaXBpZW50Ojk5OTk"]],
    ["garbage recipient id", () => [CREATE, { input: { organization: "leanplans", name: "A", disclosures: [{ recipient: "???" }] } }, "NOT_FOUND", "input.disclosures[0].recipient", '"???"']],
    ["same recipient twice", () => [CREATE, { input: { organization: "leanplans", name: "A", disclosures: [{ recipient: ids.leanplansRecipient }, { recipient: ids.leanplansRecipient }] } }, "BAD_USER_INPUT", "input.disclosures[1]", ids.leanplansRecipient]],
    ["unknown activity id", () => [UPDATE, { id: "UHJvY2Vzc2luZ0FjdGl2aXR5Ojk5OTk", v: 1, input: { name: "A" } }, "NOT_FOUND", "id", "UHJvY2Vzc2luZ0FjdGl2aXR5Ojk5OTk"]],
    ["stale version", () => [UPDATE, { id: ids.activity, v: 1, input: { name: "A" } }, "CONFLICT", "expectedVersion", "version"]],
    ["late failure after valid fields", () => [UPDATE, { id: ids.activity, v: 999, input: { name: "Fine", dataCategories: ["user.name"] } }, "CONFLICT", "expectedVersion", "999"]],
  ];

  for (const [name, make] of cases) {
    it(name, async () => {
      if (name === "stale version") await s.gql(UPDATE, { id: ids.activity, v: await versionOf(ids.activity), input: { description: "bump" } });
      const before = databaseChecksum(s.conn);
      const [query, variables, code, path, named] = make();
      const r = await s.gql(query, variables);
      expect(r.body.errors, JSON.stringify(r.body)).toHaveLength(1);
      const e = r.body.errors![0];
      expect(e.extensions!.code).toBe(code);
      expect(e.extensions!.argumentPath).toBe(path);
      expect(e.message).toContain(named);
      expect(databaseChecksum(s.conn)).toBe(before);
    });
  }
});

describe("two editors racing on one activity", () => {
  it("lets exactly one win and tells the other it lost, writing nothing for it", async () => {
    const v = await versionOf(ids.activity);
    const [a, b] = await Promise.all([
      s.gql(UPDATE, { id: ids.activity, v, input: { name: "Editor A's name" } }),
      s.gql(UPDATE, { id: ids.activity, v, input: { name: "Editor B's name" } }),
    ]);
    const results = [a, b];
    const winners = results.filter((r) => !r.body.errors);
    const losers = results.filter((r) => r.body.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].body.errors![0].extensions!.code).toBe("CONFLICT");
    const now = dataOf(await s.gql(`query($id: ID!) { node(id: $id) { ... on ProcessingActivity { name version } } }`, { id: ids.activity })).node;
    const winnerName = (winners[0].body.data as any).updateProcessingActivity.processingActivity.name;
    expect(["Editor A's name", "Editor B's name"]).toContain(winnerName);
    expect(now).toEqual({ name: winnerName, version: v + 1 });
    const history = dataOf(await s.gql(`query($id: ID!) { history(id: $id) { version } }`, { id: ids.activity })).history;
    expect(history[0].version).toBe(v + 1);
  });
});
