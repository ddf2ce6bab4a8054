import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderRopaJson } from "../../src/io/export/ropa-json";
import { parseRecord } from "../../src/io/record-file";
import { organizationStore } from "../../src/modules/organization/organization.store";
import { readRecord } from "../../src/modules/record/record.read";
import { importRecord } from "../../src/modules/record/record.write";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// The facts version 2 of the record added, over real HTTP: written by the create and update mutations, read back
// live and as of an instant (from the history snapshots), named in history, and carried out and back in by the
// record document.

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

const pause = () => new Promise((r) => setTimeout(r, 5));
const instant = async () => {
  const at = new Date().toISOString();
  await pause();
  return at;
};

const ORG_FACTS = "globalPrivacyControl establishments parentalConsent annualRevenueUsd sellingRevenuePercent criticalInfrastructure subjectJurisdictions";
const orgAt = async (at?: string) =>
  dataOf(await s.gql(`query($at: DateTime) { organization(slug: "leanplans", asOf: $at) { id version ${ORG_FACTS} } }`, { at })).organization;
const historyOf = async (id: string) => dataOf(await s.gql(`query($id: ID!) { history(id: $id) { version changes { field old new } } }`, { id })).history;

describe("an organisation's new facts", () => {
  it("go in through updateOrganization, come out live and as of an instant, and history names only them", async () => {
    const before = await orgAt();
    // The seed records that Leanplans lets a parent or guardian allow a minor to use the services (notice section 8).
    expect(before).toMatchObject({ globalPrivacyControl: "NOT_STATED", establishments: [], parentalConsent: true, annualRevenueUsd: null, sellingRevenuePercent: null, criticalInfrastructure: null });
    const then = await instant();
    const facts = {
      globalPrivacyControl: "HONOURED",
      establishments: ["US-CA", "IE"],
      parentalConsent: false,
      annualRevenueUsd: 26_625_000,
      sellingRevenuePercent: 50.5,
      criticalInfrastructure: false,
      subjectJurisdictions: ["EEA", "US-CA"],
    };
    const u = await s.gql(`mutation($id: ID!, $v: Int!, $input: OrganizationChangesInput!) { updateOrganization(id: $id, expectedVersion: $v, input: $input) { organization { ${ORG_FACTS} } } }`, {
      id: before.id,
      v: before.version,
      input: facts,
    });
    expect(dataOf(u).updateOrganization.organization).toEqual(facts);
    expect(await orgAt()).toMatchObject(facts);
    expect(await orgAt(then)).toEqual(before);
    expect(await orgAt(new Date().toISOString())).toEqual(await orgAt());

    const [latest] = await historyOf(before.id);
    expect(latest.changes.map((c: { field: string }) => c.field).sort()).toEqual(Object.keys(facts).sort());
    expect(latest.changes).toContainEqual({ field: "establishments", old: [], new: ["US-CA", "IE"] });
    expect(latest.changes).toContainEqual({ field: "parentalConsent", old: true, new: false });

    // null clears each of them back to the record's default.
    const cleared = await s.gql(`mutation($id: ID!, $v: Int!, $input: OrganizationChangesInput!) { updateOrganization(id: $id, expectedVersion: $v, input: $input) { organization { ${ORG_FACTS} } } }`, {
      id: before.id,
      v: before.version + 1,
      input: { ...Object.fromEntries(Object.keys(facts).map((k) => [k, null])), subjectJurisdictions: before.subjectJurisdictions },
    });
    expect(dataOf(cleared).updateOrganization.organization).toEqual({
      globalPrivacyControl: "NOT_STATED",
      establishments: [],
      parentalConsent: null,
      annualRevenueUsd: null,
      sellingRevenuePercent: null,
      criticalInfrastructure: null,
      subjectJurisdictions: before.subjectJurisdictions,
    });
  });
});

const CREATE_RECIPIENT = `mutation($input: CreateRecipientInput!) { createRecipient(input: $input) { recipient { id key version } } }`;
const recipient = async (name: string, org = "leanplans") =>
  dataOf(await s.gql(CREATE_RECIPIENT, { input: { organization: org, name, kind: "PROCESSOR", named: true } })).createRecipient.recipient;

const LOCATION = "id key version hosting hostedBy { id key name }";
const locationAt = async (id: string, at?: string) =>
  dataOf(await s.gql(`query($at: DateTime) { organization(slug: "leanplans", asOf: $at) { storageLocations { ${LOCATION} } } }`, { at })).organization.storageLocations.find(
    (l: { id: string }) => l.id === id,
  );

describe("a storage location's hosting", () => {
  it("names the recipient that runs it, live and as of an instant, and follows the recipient's key", async () => {
    const host = await recipient("Hosting Co");
    const created = dataOf(
      await s.gql(`mutation($input: CreateStorageLocationInput!) { createStorageLocation(input: $input) { storageLocation { ${LOCATION} } } }`, {
        input: { organization: "leanplans", name: "Hosted DC", country: "DE", hosting: "PROVIDER", hostedBy: host.id },
      }),
    ).createStorageLocation.storageLocation;
    expect(created).toMatchObject({ hosting: "PROVIDER", hostedBy: { id: host.id, key: "hosting-co", name: "Hosting Co" } });
    expect(await locationAt(created.id)).toEqual(created);
    const then = await instant();

    // A new key for the recipient re-records the location, whose snapshot names its host by key.
    dataOf(await s.gql(`mutation($id: ID!) { updateRecipient(id: $id, expectedVersion: 1, input: { key: "hoster" }) { recipient { key } } }`, { id: host.id }));
    const orgId = organizationStore.bySlug(s.conn.db, "leanplans")!.id;
    expect(readRecord(s.conn.db, orgId, null)!.document.storageLocations.find((l) => l.key === created.key)).toMatchObject({ hosting: "PROVIDER", hostedBy: "hoster" });
    expect((await locationAt(created.id, new Date().toISOString())).hostedBy).toMatchObject({ id: host.id, key: "hoster" });

    const cleared = dataOf(
      await s.gql(`mutation($id: ID!, $v: Int!) { updateStorageLocation(id: $id, expectedVersion: $v, input: { hosting: OWN, hostedBy: null }) { storageLocation { ${LOCATION} } } }`, {
        id: created.id,
        v: 2,
      }),
    ).updateStorageLocation.storageLocation;
    expect(cleared).toMatchObject({ hosting: "OWN", hostedBy: null, version: 3 });
    expect(await locationAt(created.id, then)).toEqual(created);
    const [latest] = await historyOf(created.id);
    expect(latest.changes).toEqual([
      { field: "hostedBy", old: "hoster", new: null },
      { field: "hosting", old: "PROVIDER", new: "OWN" },
    ]);
  });
});

const ACTIVITY = `id version ageBands individualsPerYear sensitiveIndividualsPerYear automatedDecisions impactAssessment
  trackers { kind name purpose consent recipient { id key } }
  marketing { channel audiences consentMechanism }
  disclosures { sale sharing recipient { id key } }`;
const activityAt = async (id: string, at?: string) =>
  dataOf(await s.gql(`query($at: DateTime) { organization(slug: "leanplans", asOf: $at) { processingActivities(first: 100) { edges { node { ${ACTIVITY} } } } } }`, { at }))
    .organization.processingActivities.edges.map((e: { node: { id: string } }) => e.node)
    .find((a: { id: string }) => a.id === id);

describe("an activity's new facts", () => {
  it("go in through create and update, come out live and as of an instant, trackers naming their recipients", async () => {
    const adnet = await recipient("Ad Network");
    const input = {
      organization: "leanplans",
      name: "Behavioural ads",
      ageBands: ["AGE_16_TO_17", "ADULT"],
      trackers: [
        { kind: "PIXEL", name: "ad-pixel", purpose: "ADVERTISING", consent: "OPT_IN", recipient: adnet.id },
        { kind: "COOKIE", name: "session", purpose: "STRICTLY_NECESSARY", consent: "NONE" },
      ],
      marketing: [{ channel: "EMAIL", audiences: ["CUSTOMERS", "PROSPECTS"], consentMechanism: "OPT_IN" }, { channel: "POST" }],
      individualsPerYear: "OVER_1M",
      sensitiveIndividualsPerYear: "FROM_10K_TO_100K",
      automatedDecisions: "SIGNIFICANT_EFFECT",
      impactAssessment: "https://leanplans.example/dpia/ads",
      disclosures: [{ recipient: adnet.id, dataCategories: ["user.contact.email"], sale: true, sharing: false }],
    };
    const created = dataOf(
      await s.gql(`mutation($input: CreateProcessingActivityInput!) { createProcessingActivity(input: $input) { processingActivity { ${ACTIVITY} } } }`, { input }),
    ).createProcessingActivity.processingActivity;
    const expected = {
      ageBands: ["AGE_16_TO_17", "ADULT"],
      trackers: [
        { kind: "PIXEL", name: "ad-pixel", purpose: "ADVERTISING", consent: "OPT_IN", recipient: { id: adnet.id, key: "ad-network" } },
        { kind: "COOKIE", name: "session", purpose: "STRICTLY_NECESSARY", consent: "NONE", recipient: null },
      ],
      marketing: [
        { channel: "EMAIL", audiences: ["CUSTOMERS", "PROSPECTS"], consentMechanism: "OPT_IN" },
        { channel: "POST", audiences: [], consentMechanism: null },
      ],
      individualsPerYear: "OVER_1M",
      sensitiveIndividualsPerYear: "FROM_10K_TO_100K",
      automatedDecisions: "SIGNIFICANT_EFFECT",
      impactAssessment: "https://leanplans.example/dpia/ads",
      disclosures: [{ sale: true, sharing: false, recipient: { id: adnet.id, key: "ad-network" } }],
    };
    expect(created).toMatchObject(expected);
    expect(await activityAt(created.id)).toEqual(created);
    expect(await activityAt(created.id, new Date().toISOString())).toEqual(created);
    const then = await instant();

    const update = await s.gql(
      `mutation($id: ID!, $input: ProcessingActivityChangesInput!) { updateProcessingActivity(id: $id, expectedVersion: 1, input: $input) { processingActivity { ${ACTIVITY} } } }`,
      { id: created.id, input: { ageBands: null, trackers: [], marketing: null, individualsPerYear: null, automatedDecisions: "NONE", impactAssessment: null, disclosures: [{ recipient: adnet.id }] } },
    );
    expect(dataOf(update).updateProcessingActivity.processingActivity).toMatchObject({
      ageBands: [],
      trackers: [],
      marketing: [],
      individualsPerYear: null,
      sensitiveIndividualsPerYear: "FROM_10K_TO_100K",
      automatedDecisions: "NONE",
      impactAssessment: null,
      disclosures: [{ sale: null, sharing: null }],
    });
    expect(await activityAt(created.id, then)).toEqual(created);
    const [latest] = await historyOf(created.id);
    expect(latest.changes.map((c: { field: string }) => c.field)).toEqual(["ageBands", "automatedDecisions", "disclosures", "impactAssessment", "individualsPerYear", "marketing", "trackers"]);
  });

  it("keep a tracker's recipient from being deleted, and follow its new key", async () => {
    const cdn = await recipient("Tracker Co");
    const a = dataOf(
      await s.gql(`mutation($input: CreateProcessingActivityInput!) { createProcessingActivity(input: $input) { processingActivity { id key } } }`, {
        input: { organization: "leanplans", name: "Measured pages", trackers: [{ kind: "SDK", recipient: cdn.id }] },
      }),
    ).createProcessingActivity.processingActivity;
    const del = await s.gql(`mutation($id: ID!) { deleteRecipient(id: $id, expectedVersion: 1) { recipient { id } } }`, { id: cdn.id });
    expect(del.body.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(del.body.errors?.[0].message).toContain('it runs trackers of the activities "Measured pages"');

    dataOf(await s.gql(`mutation($id: ID!) { updateRecipient(id: $id, expectedVersion: 1, input: { key: "tracker-co-2" }) { recipient { key } } }`, { id: cdn.id }));
    const orgId = organizationStore.bySlug(s.conn.db, "leanplans")!.id;
    const doc = readRecord(s.conn.db, orgId, null)!.document;
    expect(doc.activities.find((x) => x.key === a.key)!.trackers).toEqual([{ kind: "SDK", name: null, purpose: null, consent: null, recipient: "tracker-co-2" }]);
  });
});

describe("the record document", () => {
  it("carries every new fact out and back in", () => {
    const orgId = organizationStore.bySlug(s.conn.db, "leanplans")!.id;
    const doc = structuredClone(readRecord(s.conn.db, orgId, null)!.document);
    doc.organization.slug = "leanplans-copy";
    const text = renderRopaJson(doc);
    const copy = s.conn.db.transaction((tx) => importRecord(tx, parseRecord(JSON.parse(text), "copy.json"), { actor: "import" }));
    const back = readRecord(s.conn.db, copy.organizationId, null)!.document;
    expect(renderRopaJson(back)).toBe(text);
    expect(back.activities.some((x) => x.trackers.length && x.trackers.some((t) => t.recipient !== null))).toBe(true);
    expect(back.storageLocations.some((l) => l.hosting === "OWN")).toBe(true);
  });
});
