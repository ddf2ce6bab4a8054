import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// History snapshots written before version 2 of the record lack its new facts. Reading them must give the facts'
// defaults, and neither the next version's audit entry nor a diff of the record may show those facts as changed.

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

const ADDED: Record<string, string[]> = {
  Organization: ["globalPrivacyControl", "establishments", "parentalConsent", "annualRevenueUsd", "sellingRevenuePercent", "criticalInfrastructure"],
  ProcessingActivity: ["ageBands", "trackers", "marketing", "individualsPerYear", "sensitiveIndividualsPerYear", "automatedDecisions", "impactAssessment"],
  Location: ["hosting", "hostedBy"],
};

/** Rewrites the latest snapshot of every object of these kinds as an older version would have written it. */
function backdate(): number {
  const rows = s.conn.sqlite
    .prepare("select id, entity_type as type, snapshot from versions v where version = (select max(version) from versions w where w.entity_type = v.entity_type and w.entity_id = v.entity_id)")
    .all() as { id: number; type: string; snapshot: string }[];
  const update = s.conn.sqlite.prepare("update versions set snapshot = ? where id = ?");
  let n = 0;
  for (const r of rows.filter((x) => ADDED[x.type])) {
    const snap = JSON.parse(r.snapshot);
    for (const k of ADDED[r.type]) delete snap[k];
    for (const d of snap.disclosures ?? []) {
      delete d.sale;
      delete d.sharing;
    }
    update.run(JSON.stringify(snap), r.id);
    n++;
  }
  return n;
}

const RECORD = `id version globalPrivacyControl establishments parentalConsent annualRevenueUsd sellingRevenuePercent criticalInfrastructure
  storageLocations { id hosting hostedBy { id } }
  processingActivities(first: 100) { edges { node { id version name ageBands trackers { kind } marketing { channel } individualsPerYear sensitiveIndividualsPerYear automatedDecisions impactAssessment disclosures { sale sharing } } } }`;

describe("a snapshot written before the new facts", () => {
  it("reads as their defaults, and the next edit and the record's diff show only what the editor changed", async () => {
    expect(backdate()).toBeGreaterThan(10);
    const at = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    const then = dataOf(await s.gql(`query($at: DateTime) { organization(slug: "landups", asOf: $at) { ${RECORD} } }`, { at })).organization;
    expect(then).toMatchObject({ globalPrivacyControl: "NOT_STATED", establishments: [], parentalConsent: null, annualRevenueUsd: null, sellingRevenuePercent: null, criticalInfrastructure: null });
    expect(then.storageLocations.every((l: any) => l.hosting === null && l.hostedBy === null)).toBe(true);
    const activities = then.processingActivities.edges.map((e: any) => e.node);
    for (const a of activities) {
      expect(a).toMatchObject({ ageBands: [], trackers: [], marketing: [], individualsPerYear: null, sensitiveIndividualsPerYear: null, automatedDecisions: null, impactAssessment: null });
      expect(a.disclosures.every((d: any) => d.sale === null && d.sharing === null)).toBe(true);
    }

    const a = activities.find((x: any) => x.disclosures.length > 0);
    const renamed = await s.gql(`mutation($id: ID!, $v: Int!) { updateProcessingActivity(id: $id, expectedVersion: $v, input: { name: "Renamed" }) { processingActivity { version } } }`, {
      id: a.id,
      v: a.version,
    });
    expect(dataOf(renamed).updateProcessingActivity.processingActivity.version).toBe(a.version + 1);
    const orgRenamed = await s.gql(`mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, expectedVersion: $v, input: { legalName: "Landups Ltd" }) { organization { version } } }`, {
      id: then.id,
      v: then.version,
    });
    dataOf(orgRenamed);

    const history = async (id: string) => dataOf(await s.gql(`query($id: ID!) { history(id: $id) { changes { field } } }`, { id })).history[0].changes.map((c: any) => c.field);
    expect(await history(a.id)).toEqual(["name"]);
    expect(await history(then.id)).toEqual(["legalName"]);

    const diff = dataOf(
      await s.gql(`query($from: DateTime!) { recordDiff(organization: "landups", from: $from) { organization { field } processingActivities { id change changes { field } } storageLocations { id } } }`, { from: at }),
    ).recordDiff;
    expect(diff.organization).toEqual([{ field: "legalName" }]);
    expect(diff.processingActivities).toEqual([{ id: a.id, change: "CHANGED", changes: [{ field: "name" }] }]);
    expect(diff.storageLocations).toEqual([]);
  });
});
