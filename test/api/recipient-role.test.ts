import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SeedError } from "../../src/io/seed/errors";
import { parseRecord } from "../../src/io/record-file";
import { renderRopaJson } from "../../src/io/export/ropa-json";
import { organizationStore } from "../../src/modules/organization/organization.store";
import { readRecord } from "../../src/modules/record/record.read";
import { importRecord } from "../../src/modules/record/record.write";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// A recipient's role in law, one fact of the record document: written through the API, kept in history,
// answered as of an instant, exported and imported with the rest of the record.

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

const CREATE = `mutation($input: CreateRecipientInput!) { createRecipient(input: $input) { recipient { id version role } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: RecipientChangesInput!) { updateRecipient(id: $id, expectedVersion: $v, input: $input) { recipient { version role } } }`;

describe("a recipient's role", () => {
  it("is unknown (null) unless the record says, is kept through edits, and answers as of an instant", async () => {
    // Landups' record gives no recipient a role; Leanplans' record gives each of its recipients one.
    const unsaid = dataOf(await s.gql(`{ organization(slug: "landups") { recipients { key role } } }`)).organization.recipients;
    expect(unsaid.find((r: any) => r.key === "affiliates")).toEqual({ key: "affiliates", role: null });
    expect(unsaid.length).toBeGreaterThan(0);
    expect(unsaid.every((r: any) => r.role === null)).toBe(true);
    const said = dataOf(await s.gql(`{ organization(slug: "leanplans") { recipients { key role } } }`)).organization.recipients;
    expect(Object.fromEntries(said.map((r: any) => [r.key, r.role]))).toEqual({
      paypal: "INDEPENDENT_CONTROLLER",
      "ad-networks": "JOINT_CONTROLLER",
      "data-analytics-services": "PROCESSOR",
      "sales-marketing-tools": "PROCESSOR",
      acquirers: "ACQUIRER",
    });

    const created = dataOf(await s.gql(CREATE, { input: { organization: "leanplans", name: "Ad exchange", kind: "THIRD_PARTY", named: true, role: "JOINT_CONTROLLER" } })).createRecipient.recipient;
    expect(created.role).toBe("JOINT_CONTROLLER");
    const between = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    const changed = dataOf(await s.gql(UPDATE, { id: created.id, v: 1, input: { role: null } })).updateRecipient.recipient;
    expect(changed).toEqual({ version: 2, role: null });

    const history = dataOf(await s.gql(`query($id: ID!) { history(id: $id) { version changes { field old new } } }`, { id: created.id })).history;
    expect(history[0].changes).toContainEqual({ field: "role", old: "JOINT_CONTROLLER", new: null });
    const then = dataOf(await s.gql(`query($at: DateTime!) { organization(slug: "leanplans", asOf: $at) { recipients { id role } } }`, { at: between })).organization;
    expect(then.recipients.find((r: any) => r.id === created.id).role).toBe("JOINT_CONTROLLER");
  });

  it("refuses a role that is not one of the roles, naming the field", async () => {
    const r = await s.gql(CREATE, { input: { organization: "leanplans", name: "Somebody", kind: "THIRD_PARTY", named: true, role: "BOSS" } });
    expect(r.body.errors?.[0].message).toContain("BOSS");
    expect(r.body.errors?.[0].message).toContain("RecipientRole");
  });

  it("goes out and back in with the record document", () => {
    const id = organizationStore.bySlug(s.conn.db, "landups")!.id;
    const doc = structuredClone(readRecord(s.conn.db, id, null)!.document);
    doc.organization.slug = "landups-copy";
    doc.recipients[0].role = "PUBLIC_AUTHORITY";
    const text = renderRopaJson(doc);
    expect(text).toContain('"role": "PUBLIC_AUTHORITY"');
    const copy = s.conn.db.transaction((tx) => importRecord(tx, parseRecord(JSON.parse(text), "copy.json"), { actor: "import" }));
    const back = readRecord(s.conn.db, copy.organizationId, null)!.document;
    expect(back.recipients.map((r) => r.role)).toEqual(doc.recipients.map((r) => r.role));

    const bad = JSON.parse(text);
    bad.recipients[1].role = "BOSS";
    let err: unknown;
    try {
      parseRecord(bad, "bad.json");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SeedError);
    expect((err as SeedError).problems).toContainEqual(expect.objectContaining({ path: "recipients[1].role", message: expect.stringContaining('"BOSS"') }));
  });
});
