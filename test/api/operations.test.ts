import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";
import type { Live, OperationCase } from "./operation-cases/types";

// Every named operation in schema/operations/ runs against the seeds and answers what it promises.
const dir = path.resolve(__dirname, "../../schema/operations");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".graphql"));

// Filled in before the tests run: ids and instants that only exist once the server has data.
const live: Live = {};

// Operations the dashboard added keep their cases in operation-cases/, one file per page, merged below.
const caseFiles = fs.readdirSync(path.join(__dirname, "operation-cases")).filter((f) => f.endsWith(".ts") && f !== "types.ts");
const extra: Record<string, OperationCase> = {};

const cases: Record<string, OperationCase> = {
  "ActivityHistory.graphql": {
    variables: () => ({ id: live.activityId }),
    check: (d) => {
      expect(d.node.id).toBe(live.activityId);
      expect(d.history.map((h: any) => h.operation)).toEqual(["UPDATE", "CREATE"]);
      expect(d.history[0].changes).toEqual([{ field: "name", old: d.history[1].changes.find((c: any) => c.field === "name").new, new: "Renamed for review" }]);
      expect(d.history[1].actor).toBe("seed");
    },
  },
  "RecordDiffSince.graphql": {
    variables: () => ({ organization: "landups", from: live.seededAt }),
    check: ({ recordDiff: d }) => {
      expect(d.processingActivities).toEqual([
        expect.objectContaining({ id: live.activityId, change: "CHANGED", changes: [expect.objectContaining({ field: "name", new: "Renamed for review" })] }),
      ]);
      expect(d.recipients).toEqual([]);
    },
  },
  "RecordAsOf.graphql": {
    variables: () => ({ slug: "landups", asOf: live.seededAt }),
    check: (d) => {
      const names = d.organization.processingActivities.edges.map((e: any) => e.node.name);
      expect(names).not.toContain("Renamed for review");
      expect(d.organization.processingActivities.edges.every((e: any) => e.node.version === 1)).toBe(true);
      const recipients = d.organization.recipientsConnection;
      expect(recipients.totalCount).toBeGreaterThan(0);
      expect(recipients.edges).toHaveLength(Math.min(recipients.totalCount, 100));
    },
  },
  "OrganizationRecord.graphql": {
    variables: () => ({ slug: "landups" }),
    check: (d) => {
      const acts = d.organization.processingActivities.edges.map((e: any) => e.node);
      expect(acts.length).toBe(d.organization.processingActivities.totalCount);
      expect(acts.every((a: any) => a.storageLocations.some((l: any) => l.country.code === "HK"))).toBe(true);
      expect(acts.every((a: any) => a.evidence.length > 0)).toBe(true);
      const claims = acts.flatMap((a: any) => a.legalBasisClaims);
      expect(claims).toContainEqual(expect.objectContaining({ consentMechanism: "CONTINUED_USE", legalBasis: expect.objectContaining({ regime: "PIPL", code: "13-1" }) }));
    },
  },
  "CategoryWhereabouts.graphql": {
    variables: () => ({ organization: "landups", category: "user.government_id" }),
    check: (d) => {
      expect(d.processingActivities.totalCount).toBeGreaterThan(0);
      for (const e of d.processingActivities.edges) {
        expect(e.node.dataCategories.some((c: any) => c.key.startsWith("user.government_id"))).toBe(true);
        expect(e.node.storageLocations.map((l: any) => l.country.code)).toContain("HK");
      }
    },
  },
  "RecipientsByCategory.graphql": {
    variables: () => ({ category: "ad network" }),
    check: (d) => {
      expect(d.recipients.totalCount).toBeGreaterThan(0);
      for (const e of d.recipients.edges) expect(e.node.category.toLowerCase()).toBe("ad network");
      expect(d.recipients.edges.map((e: any) => e.node.organization.slug)).toContain("leanplans");
    },
  },
  "DataMap.graphql": {
    variables: () => ({ organization: "leanplans" }),
    check: (d) => {
      const ids = new Set(d.dataMap.nodes.map((n: any) => n.id));
      expect(d.dataMap.edges.length).toBeGreaterThan(0);
      for (const e of d.dataMap.edges) {
        expect(ids.has(e.from)).toBe(true);
        expect(ids.has(e.to)).toBe(true);
      }
      const paypal = d.dataMap.nodes.find((n: any) => n.label === "PayPal");
      const toPaypal = d.dataMap.edges.filter((e: any) => e.to === paypal.id);
      expect(toPaypal.length).toBeGreaterThan(0);
      expect(toPaypal.every((e: any) => e.kind === "DISCLOSED_TO")).toBe(true);
      expect(new Set(d.dataMap.edges.map((e: any) => e.kind))).toEqual(new Set(["PROCESSED_IN", "SERVES", "DISCLOSED_TO"]));
    },
  },
  "DataFlows.graphql": {
    variables: () => ({ organization: "landups", filter: { country: "HK" } }),
    check: ({ dataFlows: d }) => {
      expect(d.activityCount).toBeGreaterThan(0);
      expect(d.nodes).toContainEqual(expect.objectContaining({ kind: "LOCATION", detail: "HK", column: 2 }));
      const ids = new Set(d.nodes.map((n: any) => n.id));
      for (const l of d.links) expect(ids.has(l.source) && ids.has(l.target)).toBe(true);
    },
    // As the data map page asks: at most 30 nodes a column, as of the seeding.
    then: {
      variables: () => ({ organization: "landups", asOf: live.seededAt, filter: { country: "HK" }, maxNodes: 30 }),
      check: ({ dataFlows: f }, _live, { dataFlows: now }) => {
        expect(f.activityCount).toBe(now.activityCount);
        expect(f.aggregated).toBe(false);
        const ids = new Set(f.nodes.map((n: any) => n.id));
        for (const l of f.links) expect(ids.has(l.source) && ids.has(l.target)).toBe(true);
        // Filtered to Hong Kong: the Hong Kong servers are the one storage destination, and the activities are objects with pages.
        const stored = f.nodes.filter((n: any) => n.kind === "LOCATION");
        expect(stored).toEqual([expect.objectContaining({ detail: "HK", label: expect.stringContaining("Hong Kong"), object: expect.any(String) })]);
        const acts = f.nodes.filter((n: any) => n.kind === "PROCESSING_ACTIVITY");
        expect(acts.every((n: any) => n.object && n.column === 1)).toBe(true);
        // The renamed activity carries its seed name then.
        expect(acts.find((n: any) => n.object === live.activityId).label).not.toBe("Renamed for review");
        expect(f.links.some((l: any) => l.kind === "STORED_IN")).toBe(true);
      },
    },
  },
  "FindingSummary.graphql": {
    variables: () => ({ organization: "landups" }),
    check: ({ findingSummary: d }) => {
      expect(d.total).toBeGreaterThan(0);
      expect(d.counts.some((c: any) => c.regime === "PIPL")).toBe(true);
      expect(d.counts.reduce((n: number, c: any) => n + c.count, 0)).toBe(d.total);
    },
  },
  "Findings.graphql": {
    variables: () => ({ organization: "landups", subject: live.activityId }),
    check: ({ findings }) => {
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) expect(f.subject).toMatchObject({ __typename: "ProcessingActivity", id: live.activityId, name: "Renamed for review" });
      expect(findings.every((f: any) => f.reference && f.message && f.remediation)).toBe(true);
    },
    // As the findings page asks: severity, regime and rule filters, accepted ones included, at most 200.
    then: {
      variables: () => ({ organization: "landups", minSeverity: "HIGH", regime: "PIPL", rule: "pipl-consent-by-continued-use", includeAccepted: true, first: 200 }),
      check: ({ findings }) => {
        // 13 in all, 3 of them MEDIUM (docs/seed-findings.md).
        expect(findings.length).toBe(10);
        for (const f of findings) {
          expect(f).toMatchObject({ severity: "HIGH", rule: "pipl-consent-by-continued-use", regime: "PIPL" });
          expect(f.reference).toMatch(/^PIPL Art 14/);
          expect(f.subject.__typename).toBe("ProcessingActivity");
          expect(f.subject.name.length).toBeGreaterThan(0);
          expect(f.message).toContain("continued use");
          expect(f.remediation.length).toBeGreaterThan(0);
        }
      },
    },
  },
  "RecentChanges.graphql": {
    variables: () => ({ organization: "landups", since: live.seededAt }),
    check: ({ recentChanges: d }) => {
      expect(d.total).toBeGreaterThan(0);
      expect(d.entries[0]).toMatchObject({ operation: "UPDATE", objectType: "ProcessingActivity", object: live.activityId, name: "Renamed for review", fields: ["name"] });
    },
  },
  "ActivityList.graphql": {
    variables: () => ({ slug: "landups", filter: { search: "renamed" }, first: 5 }),
    check: ({ organization: o }) => {
      expect(o.slug).toBe("landups");
      expect(o.processingActivities.totalCount).toBe(1);
      expect(o.processingActivities.edges.map((e: any) => e.node.id)).toEqual([live.activityId]);
      expect(o.processingActivities.edges[0].node.storageLocations[0].country.code).toBe("HK");
    },
  },
  "SensitiveCategories.graphql": {
    variables: () => ({}),
    check: (d) => {
      const byKey = new Map(d.dataCategories.map((c: any) => [c.key, c]));
      const bank: any = byKey.get("user.financial.bank_account");
      expect(bank.parent.key).toBe("user.financial");
      expect(bank.sensitivity.map((s: any) => s.regime)).toContain("PIPL");
      const health: any = byKey.get("user.health_and_medical");
      expect(health.sensitivity).toContainEqual(expect.objectContaining({ regime: "GDPR", kind: "SPECIAL_CATEGORY" }));
      const email: any = byKey.get("user.contact.email");
      expect(email.sensitivity).toEqual([]);
    },
  },
};

let s: TestServer;
beforeAll(async () => {
  for (const m of await Promise.all(caseFiles.map((f) => import(`./operation-cases/${f}`)))) Object.assign(extra, m.cases);
  s = await startTestServer();
  const d = dataOf(await s.gql(`{ organization(slug: "landups") { updatedAt processingActivities(first: 1) { edges { node { id version } } } } }`));
  const activity = d.organization.processingActivities.edges[0].node;
  live.activityId = activity.id;
  live.seededAt = d.organization.updatedAt;
  dataOf(
    await s.gql(`mutation($id: ID!, $v: Int!) { updateProcessingActivity(id: $id, expectedVersion: $v, input: { name: "Renamed for review" }) { processingActivity { id } } }`, {
      id: activity.id,
      v: activity.version,
    }),
  );
});
afterAll(() => s.close());

describe("schema/operations", () => {
  it("has a test case for every operation file", () => {
    expect(files.sort()).toEqual([...Object.keys(cases), ...Object.keys(extra)].sort());
  });

  for (const file of files) {
    it(`${file} runs and answers its question`, async () => {
      const c = cases[file] ?? extra[file];
      if (!c) throw new Error(`no test case for ${file}`);
      const doc = fs.readFileSync(path.join(dir, file), "utf8");
      const r = await s.gql(doc, c.variables(live));
      expect(r.status).toBe(200);
      const first = dataOf(r);
      c.check(first, live);
      if (c.then) {
        const r2 = await s.gql(doc, c.then.variables(live));
        expect(r2.status).toBe(200);
        c.then.check(dataOf(r2), live, first);
      }
    });
  }
});
