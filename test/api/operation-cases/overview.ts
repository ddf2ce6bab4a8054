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
      expect(o.recipients.length).toBeGreaterThan(0);
      expect(o.storageLocations.length).toBeGreaterThan(0);
      expect(o.dataCategories.length).toBeGreaterThan(0);
    },
  },
  "OverviewFindings.graphql": {
    variables: () => ({ organization: "landups" }),
    check: ({ findings }) => {
      // docs/seed-findings.md: 88 findings on landups (one may be accepted by the FindingsPageAccept case).
      expect(findings.length).toBeGreaterThanOrEqual(87);
      expect(new Set(findings.map((f: any) => f.severity))).toEqual(new Set(["HIGH", "MEDIUM", "LOW"]));
      expect(findings.filter((f: any) => f.regime === "PIPL").length).toBeGreaterThan(10);
    },
  },
  "OverviewTransfers.graphql": {
    variables: () => ({ organization: "landups" }),
    check: ({ transfers }) => {
      expect(transfers.length).toBeGreaterThan(0);
      expect(transfers.every((t: any) => t.regime === "PIPL")).toBe(true);
      expect(transfers.map((t: any) => t.status)).toEqual(expect.arrayContaining(["NOT_COVERED", "UNDETERMINED"]));
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
