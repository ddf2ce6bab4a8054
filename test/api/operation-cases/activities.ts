import { expect } from "vitest";
import type { OperationCase } from "./types";
import { found } from "./recipients";

export const cases: Record<string, OperationCase> = {
  "ActivitiesPageList.graphql": {
    variables: () => ({ slug: "landups", asOf: null, filter: { dataCategory: "user.financial" }, first: 50 }),
    check: (d, live) => {
      const page = d.organization.processingActivities;
      const acts = page.edges.map((e: any) => e.node);
      expect(acts.length).toBe(page.totalCount);
      expect(acts.length).toBeGreaterThan(0);
      expect(acts.length).toBeLessThan(13);
      for (const a of acts) {
        expect(a.dataCategories.some((c: any) => c.key.startsWith("user.financial"))).toBe(true);
        expect(a.storageLocations.map((l: any) => l.country.code)).toContain("HK");
      }
      expect(acts.flatMap((a: any) => a.disclosures.map((x: any) => x.recipient.name))).toContain("Affiliates");
      // Live: the rename after seeding shows.
      expect(acts.find((a: any) => a.id === live.activityId).name).toBe("Renamed for review");
    },
    then: {
      variables: (live) => ({ slug: "landups", asOf: live.seededAt, filter: { dataCategory: "user.financial" }, first: 50 }),
      check: (d, live, now) => {
        const page = d.organization.processingActivities;
        const acts = page.edges.map((e: any) => e.node);
        // The same activities in the same order as live (only a name changed since)...
        expect(page.totalCount).toBe(now.organization.processingActivities.totalCount);
        expect(acts.map((a: any) => a.id)).toEqual(now.organization.processingActivities.edges.map((e: any) => e.node.id));
        for (const a of acts) expect(a.dataCategories.some((c: any) => c.key.startsWith("user.financial"))).toBe(true);
        // ...but the renamed activity has its seed name then.
        expect(acts.find((a: any) => a.id === live.activityId).name).not.toBe("Renamed for review");
      },
    },
  },
  "ActivitiesPageFilters.graphql": {
    variables: () => ({ slug: "leanplans" }),
    check: (d) => {
      const paypal = d.organization.recipients.find((r: any) => r.name === "PayPal");
      expect(paypal).toBeDefined();
      found.paypal = paypal.id;
      expect(d.organization.dataCategories.map((c: any) => c.key)).toContain("user.contact.email");
      expect(d.purposes.map((p: any) => p.key)).toContain("essential.service.authentication");
      expect(d.legalBases).toContainEqual(expect.objectContaining({ regime: "GDPR", code: "A6-1-a" }));
      expect(d.legalBases.every((b: any) => b.code && b.article)).toBe(true);
    },
  },
  "ActivityDetail.graphql": {
    variables: (live) => ({ id: live.activityId, asOf: null }),
    check: (d, live) => {
      const a = d.node;
      expect(a.id).toBe(live.activityId);
      expect(a.name).toBe("Renamed for review");
      expect(a.organization).toMatchObject({ slug: "landups", name: "Landups network", country: { code: "CN" } });
      expect(a.purposes.length).toBeGreaterThan(0);
      expect(a.dataCategories.length).toBeGreaterThan(0);
      expect(a.storageLocations.map((l: any) => l.country.code)).toContain("HK");
      expect(a.storageLocations[0].evidence.map((e: any) => e.section)).toContain("6.1");
      expect(a.legalBasisClaims).toContainEqual(expect.objectContaining({ consentMechanism: "CONTINUED_USE", legalBasis: expect.objectContaining({ regime: "PIPL", code: "13-1" }) }));
      expect(a.evidence.length).toBeGreaterThan(0);
      expect(a.retention.evidence.length).toBeGreaterThan(0);
      expect(a.disclosures.every((x: any) => x.evidence.length > 0)).toBe(true);
      found.activityKey = a.key;
    },
    then: {
      variables: (live) => ({ id: live.activityId, asOf: live.seededAt }),
      check: (d, live) => {
        const a = d.node;
        // As the seeds left it: version 1 with its seed name, before the rename.
        expect(a).toMatchObject({ id: live.activityId, key: found.activityKey, version: 1 });
        expect(a.name).not.toBe("Renamed for review");
        expect(a.organization).toMatchObject({ slug: "landups", name: "Landups network", country: { code: "CN" } });
        expect(a.storageLocations.map((l: any) => l.country.code)).toContain("HK");
        expect(a.evidence.length).toBeGreaterThan(0);
        expect(a.legalBasisClaims).toContainEqual(expect.objectContaining({ legalBasis: expect.objectContaining({ regime: "PIPL" }) }));
      },
    },
  },
  "ActivityDetailFindings.graphql": {
    variables: (live) => ({ organization: "landups", subject: live.activityId }),
    check: (d) => {
      expect(d.findings.length).toBeGreaterThan(0);
      expect(d.findings.map((f: any) => f.regime)).toContain("PIPL");
      for (const f of d.findings) expect(f.reference && f.message && f.severity).toBeTruthy();
    },
  },
  "ActivityChangesDiff.graphql": {
    variables: (live) => ({ organization: "landups", from: live.seededAt, object: live.activityId }),
    check: (d, live) => {
      // Only this activity's entry comes back.
      expect(d.recordDiff.processingActivities).toHaveLength(1);
      const mine = d.recordDiff.processingActivities[0];
      expect(mine).toMatchObject({ id: live.activityId, change: "CHANGED", name: "Renamed for review" });
      const name = mine.changes.find((c: any) => c.field === "name");
      expect(name.new).toBe("Renamed for review");
      expect(typeof name.old).toBe("string");
      expect(name.old).not.toBe("Renamed for review");
    },
  },
};
