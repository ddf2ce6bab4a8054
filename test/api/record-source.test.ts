import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// The live record and the record as of an instant are answered by the same resolvers from two sources
// (the tables, the record document then): asked the same deep query, they must give the same answer.

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

const EVIDENCE = "evidence { document documentUrl section basis note }";
const CATEGORY = "dataCategories { key name }";
const TOOLS = "transferMechanisms { regime note legalBasis { code } }";
const RECIPIENT = `id key name kind category named dpa { status date url } description version updatedAt country { code name }
  ${CATEGORY} ${TOOLS} ${EVIDENCE} privacyUrl legitimateInterestUrl organization { slug version }
  parent { key } subProcessors { key subProcessors { key } }`;
const LOCATION = `id key name region provider hosting hostedBy { id key } version updatedAt country { code } euAdequacy ${CATEGORY} organization { slug } ${TOOLS} ${EVIDENCE}`;
const MEASURE = `id key name kind description dpvIri version updatedAt ${EVIDENCE}`;
const ACTIVITY = `id key name description subjectJurisdictions noRecipients version updatedAt organization { slug name }
  ageBands individualsPerYear sensitiveIndividualsPerYear automatedDecisions impactAssessment
  trackers { kind name purpose consent recipient { id key } } marketing { channel audiences consentMechanism }
  purposes { key name } legalBases { regime code } dataSubjects { key } ${CATEGORY} sources
  legalBasisClaims { consentMechanism note assessment legalBasis { regime code } ${EVIDENCE} }
  disclosures { purpose sale sharing recipient { id key version } ${CATEGORY} ${EVIDENCE} }
  storageLocations { id key version country { code } } retention { period trigger description ${EVIDENCE} }
  securityMeasures { id key version } ${EVIDENCE}`;
// Two queries, so each stays under the server's query cost limit.
const ACTIVITIES = `processingActivities(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ACTIVITY} } } }
  firstTwo: processingActivities(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { key } } }`;
const RECORD = `id slug name legalName website contactEmail postalAddress dpo { name email countryCode } representative { name email countryCode }
  minimumAge doNotTrack subjectJurisdictions globalPrivacyControl establishments parentalConsent annualRevenueUsd sellingRevenuePercent
  criticalInfrastructure version updatedAt country { code }
  recipients { ${RECIPIENT} } storageLocations { ${LOCATION} } ${CATEGORY} securityMeasures { ${MEASURE} }
  rights { right jurisdictions description ${EVIDENCE} } statements { topic summary ${EVIDENCE} } ${EVIDENCE}`;

async function read(slug: string, at?: string) {
  const parts = await Promise.all(
    [RECORD, ACTIVITIES].map((fields) => s.gql(`query($slug: String!, $at: DateTime) { organization(slug: $slug, asOf: $at) { ${fields} } }`, { slug, at })),
  );
  return Object.assign({}, ...parts.map((p) => dataOf(p).organization));
}
const live = (slug: string) => read(slug);
const asOf = (slug: string, at: string) => read(slug, at);

describe("the record as of an instant", () => {
  for (const slug of ["landups", "leanplans"]) {
    it(`${slug}: as of now answers exactly what the live record answers, every nested field included`, async () => {
      const now = await live(slug);
      expect(now.processingActivities.totalCount).toBeGreaterThan(5);
      expect(await asOf(slug, new Date().toISOString())).toEqual(now);
    });
  }

  it("keeps answering the earlier state after edits, while the live record moves on", async () => {
    const before = await live("leanplans");
    const at = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    const activity = before.processingActivities.edges[0].node;
    const recipient = before.recipients.find((r: any) => r.parent === null && r.subProcessors.length === 0);
    const edit = await s.gql(
      `mutation($id: ID!, $v: Int!, $r: ID!) { updateProcessingActivity(id: $id, expectedVersion: $v, input: { name: "Renamed", disclosures: [{ recipient: $r, dataCategories: ["user.contact.email"] }], storageLocations: [] }) { processingActivity { version } } }`,
      { id: activity.id, v: activity.version, r: recipient.id },
    );
    expect(dataOf(edit).updateProcessingActivity.processingActivity.version).toBe(activity.version + 1);
    const after = await live("leanplans");
    expect(after.processingActivities.edges[0].node.name).toBe("Renamed");
    expect(after).not.toEqual(before);
    expect(await asOf("leanplans", at)).toEqual(before);
  });
});
