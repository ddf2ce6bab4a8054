import { expect } from "vitest";
import type { OperationCase } from "./types";

export const cases: Record<string, OperationCase> = {
  "DataMapPageOptions.graphql": {
    variables: () => ({ slug: "landups" }),
    check: (d) => {
      const org = d.organization;
      expect(org.dataCategories.map((c: any) => c.key)).toContain("user.government_id.id_photo");
      // The country filter offers the Hong Kong servers' country.
      expect(org.storageLocations.map((l: any) => l.country.code)).toContain("HK");
      expect(org.recipients.length).toBeGreaterThan(0);
      expect(org.recipients.every((r: any) => typeof r.kind === "string")).toBe(true);
      // Taxonomy names for drilled-down groups and purposes.
      expect(d.dataCategories).toContainEqual({ key: "user.contact", name: expect.any(String) });
      expect(d.purposes.map((p: any) => p.key)).toContain("essential");
    },
  },
};

cases["DataMapPageFlows.graphql"] = {
  variables: () => ({ organization: "landups", filter: { country: "HK" }, maxNodes: 30 }),
  check: ({ dataFlows: f }) => {
    expect(f.activityCount).toBeGreaterThan(0);
    expect(f.aggregated).toBe(false);
    const ids = new Set(f.nodes.map((n: any) => n.id));
    for (const l of f.links) expect(ids.has(l.source) && ids.has(l.target)).toBe(true);
    // Filtered to Hong Kong: the Hong Kong servers are the one storage destination, and the activities are objects with pages.
    const stored = f.nodes.filter((n: any) => n.kind === "LOCATION");
    expect(stored).toEqual([expect.objectContaining({ detail: "HK", label: expect.stringContaining("Hong Kong"), object: expect.any(String) })]);
    expect(f.nodes.filter((n: any) => n.kind === "PROCESSING_ACTIVITY").every((n: any) => n.object && n.column === 1)).toBe(true);
    expect(f.links.some((l: any) => l.kind === "STORED_IN")).toBe(true);
  },
};
