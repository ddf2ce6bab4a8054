import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "../../src/db/connection";
import { authService } from "../../src/modules/auth/auth.service";
import { databaseChecksum } from "../helpers/checksum";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// Who may write organisations, recipients, locations, measures and the taxonomy: roles and organisation scopes.
let s: TestServer;
const tokens: Record<string, string> = {};
let leanplansRecipient: string;
let landupsLocation: string;

function makeKeys(conn: Connection): void {
  conn.db.transaction((tx) => {
    tokens.admin = authService.create(tx, { name: "root", role: "ADMIN" }).token;
    tokens.editor = authService.create(tx, { name: "editor-all", role: "EDITOR" }).token;
    tokens.viewer = authService.create(tx, { name: "viewer-all", role: "VIEWER" }).token;
    tokens.landupsEditor = authService.create(tx, { name: "landups-editor", role: "EDITOR", organizations: ["landups"] }).token;
  });
}

beforeAll(async () => {
  s = await startTestServer({ prepare: makeKeys, security: { auth: "on" } });
  const d = dataOf(await s.gql(`{ leanplans: organization(slug: "leanplans") { recipients { id } } landups: organization(slug: "landups") { storageLocations { id } } }`, {}, tokens.admin));
  leanplansRecipient = d.leanplans.recipients[0].id;
  landupsLocation = d.landups.storageLocations[0].id;
});
afterAll(() => s.close());

/** Sends a write that must be refused with `code`, and checks that no table changed. */
async function refused(token: string, query: string, variables: Record<string, unknown>, code: string): Promise<string> {
  const before = databaseChecksum(s.conn);
  const r = await s.gql(query, variables, token);
  expect(r.body.errors?.[0]?.extensions?.code, JSON.stringify(r.body)).toBe(code);
  expect(databaseChecksum(s.conn)).toBe(before);
  return r.body.errors![0].message;
}

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { slug } } }`;
const CREATE_RECIPIENT = `mutation($input: CreateRecipientInput!) { createRecipient(input: $input) { recipient { name organization { slug } } } }`;
const UPDATE_RECIPIENT = `mutation($id: ID!, $input: RecipientChangesInput!) { updateRecipient(id: $id, expectedVersion: 1, input: $input) { recipient { name } } }`;
const DELETE_LOCATION = `mutation($id: ID!) { deleteStorageLocation(id: $id, expectedVersion: 1) { storageLocation { id } } }`;
const CREATE_CATEGORY = `mutation($input: CreateDataCategoryInput!) { createDataCategory(input: $input) { dataCategory { key } } }`;

describe("writes need a key that may edit the organisation, or every organisation for shared data", () => {
  it("a VIEWER may not create an organisation or delete a location", async () => {
    expect(await refused(tokens.viewer, CREATE_ORG, { input: { slug: "viewer-org", name: "V" } }, "FORBIDDEN")).toContain('"viewer-all"');
    await refused(tokens.viewer, DELETE_LOCATION, { id: landupsLocation }, "FORBIDDEN");
  });

  it("a key limited to Landups may not create organisations or change the taxonomy", async () => {
    await refused(tokens.landupsEditor, CREATE_ORG, { input: { slug: "scoped-org", name: "S" } }, "FORBIDDEN");
    await refused(tokens.landupsEditor, CREATE_CATEGORY, { input: { key: "user.contact.scoped", name: "Scoped" } }, "FORBIDDEN");
  });

  it("a key limited to Landups sees nothing of Leanplans: its slug and its recipients are not found", async () => {
    await refused(tokens.landupsEditor, CREATE_RECIPIENT, { input: { organization: "leanplans", name: "X", kind: "PROCESSOR", named: true } }, "NOT_FOUND");
    await refused(tokens.landupsEditor, UPDATE_RECIPIENT, { id: leanplansRecipient, input: { name: "Hijacked" } }, "NOT_FOUND");
    await refused(tokens.landupsEditor, CREATE_RECIPIENT, { input: { organization: "landups", name: "X", kind: "PROCESSOR", named: true, parent: leanplansRecipient } }, "NOT_FOUND");
  });

  it("a key limited to Landups may add a Landups recipient; only ADMIN adds organisations; keys for every organisation add categories", async () => {
    const r = dataOf(await s.gql(CREATE_RECIPIENT, { input: { organization: "landups", name: "Landups CDN", kind: "PROCESSOR", named: true } }, tokens.landupsEditor)).createRecipient.recipient;
    expect(r).toEqual({ name: "Landups CDN", organization: { slug: "landups" } });
    expect(await refused(tokens.editor, CREATE_ORG, { input: { slug: "editor-org", name: "E" } }, "FORBIDDEN")).toContain("ADMIN");
    expect(dataOf(await s.gql(CREATE_ORG, { input: { slug: "admin-org", name: "A" } }, tokens.admin)).createOrganization.organization.slug).toBe("admin-org");
    expect(dataOf(await s.gql(CREATE_CATEGORY, { input: { key: "user.contact.editor_made", name: "E" } }, tokens.editor)).createDataCategory.dataCategory.key).toBe("user.contact.editor_made");
    expect(dataOf(await s.gql(CREATE_CATEGORY, { input: { key: "user.contact.admin_made", name: "A" } }, tokens.admin)).createDataCategory.dataCategory.key).toBe("user.contact.admin_made");
  });
});
