import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordDocument } from "../../src/domain/record";
import { organizationStore } from "../../src/modules/organization/organization.store";
import { readRecord } from "../../src/modules/record/record.read";
import { importRecord } from "../../src/modules/record/record.write";
import { databaseChecksum } from "../helpers/checksum";
import { expectRejected, unknownId } from "../helpers/rejection";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// Bad values of the new facts are refused with the field, the value and what was expected, and change nothing.

let s: TestServer;
let org: { id: string; version: number };
let host: string;
let foreign: string;
beforeAll(async () => {
  s = await startTestServer();
  org = dataOf(await s.gql(`{ organization(slug: "leanplans") { id version } }`)).organization;
  const create = `mutation($input: CreateRecipientInput!) { createRecipient(input: $input) { recipient { id } } }`;
  host = dataOf(await s.gql(create, { input: { organization: "leanplans", name: "Host", kind: "PROCESSOR", named: true } })).createRecipient.recipient.id;
  foreign = dataOf(await s.gql(create, { input: { organization: "landups", name: "Elsewhere", kind: "PROCESSOR", named: true } })).createRecipient.recipient.id;
});
afterAll(() => s.close());

const UPDATE_ORG = `mutation($id: ID!, $v: Int!, $input: OrganizationChangesInput!) { updateOrganization(id: $id, expectedVersion: $v, input: $input) { organization { id } } }`;
const CREATE_ACTIVITY = `mutation($input: CreateProcessingActivityInput!) { createProcessingActivity(input: $input) { processingActivity { id } } }`;
const CREATE_LOCATION = `mutation($input: CreateStorageLocationInput!) { createStorageLocation(input: $input) { storageLocation { id version } } }`;
const UPDATE_LOCATION = `mutation($id: ID!, $v: Int!, $input: StorageLocationChangesInput!) { updateStorageLocation(id: $id, expectedVersion: $v, input: $input) { storageLocation { id } } }`;
const activity = (input: Record<string, unknown>) => ({ input: { organization: "leanplans", name: "Refused", ...input } });

describe("an organisation's facts", () => {
  it("refuses a percentage above 100, a negative revenue and a jurisdiction that is none", async () => {
    const org2 = (input: Record<string, unknown>) => ({ id: org.id, v: org.version, input: { name: "Changed too", ...input } });
    await expectRejected(s, UPDATE_ORG, org2({ sellingRevenuePercent: 100.5 }), { code: "BAD_USER_INPUT", path: "input.sellingRevenuePercent", mentions: ["100.5", "a percentage from 0 to 100"] });
    await expectRejected(s, UPDATE_ORG, org2({ annualRevenueUsd: -1 }), { code: "BAD_USER_INPUT", path: "input.annualRevenueUsd", mentions: ["-1", "0 or more"] });
    await expectRejected(s, UPDATE_ORG, org2({ establishments: ["GB", "ZZ"] }), { code: "BAD_USER_INPUT", path: "input.establishments[1]", mentions: ['"ZZ"', "ISO 3166-2 subdivision"] });
    await expectRejected(s, UPDATE_ORG, org2({ establishments: ["US-CALIF"] }), { code: "BAD_USER_INPUT", path: "input.establishments[0]", mentions: ['"US-CALIF"', "like US-CA"] });
    await expectRejected(s, UPDATE_ORG, org2({ subjectJurisdictions: ["XX-CA"] }), { code: "BAD_USER_INPUT", path: "input.subjectJurisdictions[0]", mentions: ['"XX-CA"', "existing country"] });
    await expectRejected(s, UPDATE_ORG, org2({ establishments: ["US-CA", "US-CA"] }), { code: "BAD_USER_INPUT", path: "input.establishments[1]", mentions: ['"US-CA"', "at most once"] });
  });
});

describe("an activity's facts", () => {
  it("refuses an unknown age band, naming the value and the bands", async () => {
    const before = databaseChecksum(s.conn);
    const r = await s.gql(CREATE_ACTIVITY, activity({ ageBands: ["UNDER_5"] }));
    expect(r.body.errors?.[0].message).toContain('"UNDER_5"');
    expect(r.body.errors?.[0].message).toContain("AgeBand");
    expect(databaseChecksum(s.conn)).toBe(before);
    await expectRejected(s, CREATE_ACTIVITY, activity({ ageBands: ["ADULT", "ADULT"] }), { code: "BAD_USER_INPUT", path: "input.ageBands[1]", mentions: ['"ADULT"', "at most once"] });
  });

  it("refuses a tracker naming a recipient that does not exist, or another organisation's", async () => {
    const missing = unknownId("Recipient");
    await expectRejected(s, CREATE_ACTIVITY, activity({ trackers: [{ kind: "COOKIE" }, { kind: "PIXEL", recipient: missing }] }), {
      code: "NOT_FOUND",
      path: "input.trackers[1].recipient",
      mentions: [missing, "recipient"],
    });
    await expectRejected(s, CREATE_ACTIVITY, activity({ trackers: [{ kind: "PIXEL", recipient: foreign }] }), {
      code: "BAD_USER_INPUT",
      path: "input.trackers[0].recipient",
      mentions: [foreign, "same organisation", '"Elsewhere"'],
    });
  });

  it("refuses a marketing channel sent to the same audience twice", async () => {
    await expectRejected(s, CREATE_ACTIVITY, activity({ marketing: [{ channel: "SMS", audiences: ["PROSPECTS", "PROSPECTS"] }] }), {
      code: "BAD_USER_INPUT",
      path: "input.marketing[0].audiences[1]",
      mentions: ['"PROSPECTS"', "at most once"],
    });
  });

  it("refuses, in a record written by code, a value the schema would have caught, and writes nothing of it", () => {
    const id = organizationStore.bySlug(s.conn.db, "landups")!.id;
    const doc = structuredClone(readRecord(s.conn.db, id, null)!.document) as RecordDocument;
    doc.organization.slug = "landups-bad";
    (doc.activities[2] as { ageBands: string[] }).ageBands = ["TODDLER"];
    const before = databaseChecksum(s.conn);
    expect(() => s.conn.db.transaction((tx) => importRecord(tx, doc, { actor: "import" }))).toThrow('activities[2].ageBands[0]: "TODDLER" is not valid; expected one of UNDER_13, AGE_13');
    expect(databaseChecksum(s.conn)).toBe(before);
  });
});

describe("a storage location's hosting", () => {
  it("refuses a host for a location on the organisation's own infrastructure, however it is asked", async () => {
    await expectRejected(s, CREATE_LOCATION, { input: { organization: "leanplans", name: "Basement", country: "DE", hosting: "OWN", hostedBy: host } }, {
      code: "BAD_USER_INPUT",
      path: "input.hostedBy",
      mentions: [host, "hosting OWN", "has no hostedBy"],
    });
    const l = dataOf(await s.gql(CREATE_LOCATION, { input: { organization: "leanplans", name: "Rented rack", country: "DE", hostedBy: host } })).createStorageLocation.storageLocation;
    await expectRejected(s, UPDATE_LOCATION, { id: l.id, v: l.version, input: { hosting: "OWN" } }, { code: "BAD_USER_INPUT", path: "input.hosting", mentions: ['"OWN"', "has no hostedBy"] });
    await expectRejected(s, UPDATE_LOCATION, { id: l.id, v: l.version, input: { hostedBy: foreign } }, { code: "BAD_USER_INPUT", path: "input.hostedBy", mentions: [foreign, "same organisation"] });
    await expectRejected(s, UPDATE_LOCATION, { id: l.id, v: l.version, input: { hostedBy: unknownId("Recipient") } }, { code: "NOT_FOUND", path: "input.hostedBy", mentions: ["recipient"] });
  });

  it("keeps the recipient that hosts a location from being deleted", async () => {
    const del = `mutation($id: ID!) { deleteRecipient(id: $id, expectedVersion: 1) { recipient { id } } }`;
    await expectRejected(s, del, { id: host }, { code: "CONFLICT", path: "id", mentions: ['it hosts the storage locations "Rented rack"'] });
  });
});
