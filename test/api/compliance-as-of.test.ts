import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// Findings and transfers of the record as it stood at an instant, through GraphQL: the seed judged again after edits.
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

const FINDINGS = `query($org: String, $asOf: DateTime, $acc: Boolean) { findings(organization: $org, asOf: $asOf, includeAccepted: $acc) {
  id rule severity regime reference message remediation subject { id } acceptance { justification } } }`;
const TRANSFERS = `query($org: String!, $asOf: DateTime) { transfers(organization: $org, asOf: $asOf) {
  activity { key } dataCategories { key } fromCountry { code } toCountry { code } recipient { key } via { key } location { key } regime mechanism covered status } }`;

const findings = async (vars: Record<string, unknown>) => dataOf(await s.gql(FINDINGS, vars)).findings;
const transfers = async (vars: Record<string, unknown>) => dataOf(await s.gql(TRANSFERS, vars)).transfers;

/** The instant the seed finished writing Landups: the newest version of any of its objects. */
async function seedInstant(): Promise<string> {
  const o = dataOf(
    await s.gql(`{ organization(slug: "landups") { updatedAt processingActivities(first: 100) { edges { node { updatedAt } } }
      recipients { updatedAt } storageLocations { updatedAt } securityMeasures { updatedAt } } }`),
  ).organization;
  const all: string[] = [o.updatedAt, ...o.processingActivities.edges.map((e: any) => e.node.updatedAt), ...[...o.recipients, ...o.storageLocations, ...o.securityMeasures].map((x: any) => x.updatedAt)];
  return all.sort().at(-1)!;
}

describe("findings and transfers as of an instant", () => {
  let seeded: string;
  let seedFindings: any[];
  let seedTransfers: any[];

  beforeAll(async () => {
    seeded = await seedInstant();
    seedFindings = await findings({ org: "landups" });
    seedTransfers = await transfers({ org: "landups" });
  });

  it("as of the seed instant equal the live answers before any edit", async () => {
    expect(seedFindings.length).toBeGreaterThan(10);
    expect(await findings({ org: "landups", asOf: seeded })).toEqual(seedFindings);
    expect(seedTransfers.length).toBeGreaterThan(5);
    expect(await transfers({ org: "landups", asOf: seeded })).toEqual(seedTransfers);
  });

  it("are empty before the organisation existed, and the live answers for a future instant", async () => {
    expect(await findings({ org: "landups", asOf: "2000-01-01T00:00:00Z" })).toEqual([]);
    expect(await transfers({ org: "landups", asOf: "2000-01-01T00:00:00Z" })).toEqual([]);
    expect(await findings({ org: "landups", asOf: "2999-01-01T00:00:00Z" })).toEqual(seedFindings);
    expect(await transfers({ org: "landups", asOf: "2999-01-01T00:00:00Z" })).toEqual(seedTransfers);
  });

  it("keep the earlier answer after an edit changes the live findings", async () => {
    const a = dataOf(await s.gql(`{ organization(slug: "landups") { processingActivities(first: 100) { edges { node { id key version } } } } }`)).organization.processingActivities.edges
      .map((e: any) => e.node)
      // Surveys keep data until the service ends with no maximum period (account data kept for the life of the service draws no such finding).
      .find((n: any) => n.key === "surveys");
    const openEnded = seedFindings.filter((f) => f.rule === "any-retention-open-ended" && f.subject.id === a.id);
    expect(openEnded).toHaveLength(1);
    dataOf(
      await s.gql(`mutation($id: ID!, $v: Int!) { updateProcessingActivity(id: $id, expectedVersion: $v, input: { retention: { period: "P2Y", trigger: END_OF_SERVICE } }) { processingActivity { id } } }`, {
        id: a.id,
        v: a.version,
      }),
    );
    const live = await findings({ org: "landups" });
    expect(live.map((f: any) => f.id)).not.toContain(openEnded[0].id);
    expect(live).toHaveLength(seedFindings.length - 1);
    expect(await findings({ org: "landups", asOf: seeded })).toEqual(seedFindings);
    expect(await findings({ org: "landups", asOf: new Date().toISOString() })).toEqual(live);
  });

  it("keep the earlier transfers after an edit covers them", async () => {
    const loc = dataOf(await s.gql(`{ organization(slug: "landups") { storageLocations { id key version } } }`)).organization.storageLocations.find((l: any) => l.key === "hk-servers");
    dataOf(
      await s.gql(`mutation($id: ID!, $v: Int!) { updateStorageLocation(id: $id, expectedVersion: $v, input: { transferMechanisms: [{ regime: PIPL, code: "38-3" }] }) { storageLocation { id } } }`, {
        id: loc.id,
        v: loc.version,
      }),
    );
    const stored = (ts: any[]) => ts.filter((t) => t.location?.key === "hk-servers");
    expect(stored(seedTransfers).length).toBeGreaterThan(5);
    expect(stored(seedTransfers).some((t) => t.status === "NOT_COVERED")).toBe(true);
    expect(stored(seedTransfers).some((t) => t.mechanism === "38-3")).toBe(false);
    const live = await transfers({ org: "landups" });
    expect(stored(live)).toHaveLength(stored(seedTransfers).length);
    // The contract is the recorded mechanism everywhere; whether it suffices turns on facts the seed lacks (CIIO status, volumes).
    expect(stored(live).every((t) => t.status !== "NOT_COVERED" && t.mechanism === "38-3")).toBe(true);
    expect(await transfers({ org: "landups", asOf: seeded })).toEqual(seedTransfers);
  });

  it("hide findings accepted now, in the record as it stood too", async () => {
    const [target] = seedFindings;
    dataOf(await s.gql(`mutation($id: ID!) { acceptFinding(id: $id, justification: "Reviewed", until: "2999-01-01T00:00:00Z") { finding { id } } }`, { id: target.id }));
    const then = await findings({ org: "landups", asOf: seeded });
    expect(then.map((f: any) => f.id)).toEqual(seedFindings.filter((f) => f.id !== target.id).map((f) => f.id));
    const withAccepted = await findings({ org: "landups", asOf: seeded, acc: true });
    expect(withAccepted.find((f: any) => f.id === target.id).acceptance).toEqual({ justification: "Reviewed" });
  });

  it("cover every organisation the key may see when none is named", async () => {
    expect(await findings({ asOf: "2999-01-01T00:00:00Z" })).toEqual(await findings({}));
    const landups = new Set(seedFindings.map((f) => f.id));
    expect((await findings({ asOf: seeded })).filter((f: any) => landups.has(f.id))).toHaveLength(seedFindings.length - 1);
  });
});
