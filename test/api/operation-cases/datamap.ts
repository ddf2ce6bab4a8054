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
      expect(d.dataCategories).toContainEqual({ id: expect.any(String), key: "user.contact", name: expect.any(String) });
      expect(d.purposes.map((p: any) => p.key)).toContain("essential");
    },
  },
};
