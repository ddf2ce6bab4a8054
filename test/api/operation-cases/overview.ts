import { expect } from "vitest";
import type { OperationCase } from "./types";

// The overview's panels against the seeds: landups (mainland China, servers in Hong Kong) and leanplans (EU).
export const cases: Record<string, OperationCase> = {
  "OverviewOrganization.graphql": {
    variables: () => ({ slug: "landups" }),
    check: ({ organization: o }) => {
      expect(o.slug).toBe("landups");
      expect(o.country.code).toBe("CN");
      expect(o.processingActivities.totalCount).toBeGreaterThan(5);
      expect(o.recipientsConnection.totalCount).toBeGreaterThan(0);
      expect(o.storageLocationsConnection.totalCount).toBeGreaterThan(0);
      expect(o.securityMeasuresConnection.totalCount).toBeGreaterThan(0);
      expect(o.dataCategories.length).toBeGreaterThan(0);
    },
  },
  "OverviewFindings.graphql": {
    variables: () => ({ organization: "landups" }),
    check: ({ findingSummary: d }) => {
      // docs/seed-findings.md: 88 findings on landups; the FindingsPageAccept case may have accepted one LOW finding.
      expect(d.total + d.accepted).toBe(88);
      const by = (sev: string) => d.counts.filter((c: any) => c.severity === sev).reduce((n: number, c: any) => n + c.count, 0);
      expect([by("HIGH"), by("MEDIUM")]).toEqual([25, 50]);
      expect(by("LOW") + d.accepted).toBe(13);
      expect(d.counts).toContainEqual({ rule: "pipl-consent-by-continued-use", regime: "PIPL", severity: "HIGH", count: 10 });
    },
  },
  "OverviewRecentChanges.graphql": {
    variables: (live) => ({ organization: "landups", since: live.seededAt, first: 10 }),
    check: ({ recentChanges: d }, live) => {
      // Since seeding: the runner's rename, and whatever landups changes other cases make (they run in file order).
      expect(d.total).toBeGreaterThanOrEqual(1);
      expect(d.entries.length).toBe(Math.min(d.total, 10));
      const at = d.entries.map((e: any) => e.at);
      expect([...at].sort().reverse()).toEqual(at);
      for (const e of d.entries) {
        expect(e.at >= live.seededAt!).toBe(true);
        expect(["seed", "system"]).toContain(e.actor);
        expect(e.name.length).toBeGreaterThan(0);
      }
      const rename = d.entries.find((e: any) => e.object === live.activityId && e.operation === "UPDATE");
      if (rename || d.total <= 10) expect(rename).toMatchObject({ name: "Renamed for review", fields: ["name"], objectType: "ProcessingActivity" });
    },
  },
  "OverviewTransfers.graphql": {
    variables: () => ({ organization: "landups" }),
    check: ({ transferSummary }) => {
      expect(transferSummary.length).toBeGreaterThan(0);
      expect(transferSummary.every((c: any) => c.regime === "PIPL" && c.count > 0)).toBe(true);
      // One row per status, in the enum's order.
      const statuses = transferSummary.map((c: any) => c.status);
      expect(statuses).toEqual(expect.arrayContaining(["NOT_COVERED", "UNDETERMINED"]));
      expect(statuses).toEqual(["COVERED", "NOT_COVERED", "UNDETERMINED"].filter((s) => statuses.includes(s)));
    },
  },
  "OverviewReach.graphql": {
    variables: () => ({ organization: "landups" }),
    check: ({ reach }) => {
      expect(reach).toContainEqual(expect.objectContaining({ regime: "PIPL", status: "REACHES", article: "PIPL Art 3(1)" }));
      expect(reach).toContainEqual(expect.objectContaining({ regime: "PDPO", status: "UNDETERMINED" }));
      expect(reach.map((r: any) => r.regime)).not.toContain("GDPR");
      for (const r of reach) expect(r.reason.length).toBeGreaterThan(10);
    },
  },
  "OverviewChanges.graphql": {
    variables: (live) => ({ organization: "landups", from: live.seededAt }),
    check: ({ recordDiff: d }, live) => {
      // The runner renames one landups activity after seeding: the only change since.
      expect(d.processingActivities).toEqual([{ id: live.activityId, name: "Renamed for review", change: "CHANGED" }]);
      expect(d.recipients).toEqual([]);
    },
  },
};
