import { expect } from "vitest";
import type { OperationCase } from "./types";

export const cases: Record<string, OperationCase> = {
  "TransfersPage.graphql": {
    variables: () => ({ organization: "landups" }),
    check: (d) => {
      const t: any[] = d.transfers;
      expect(t.length).toBeGreaterThan(0);
      expect(t.every((x) => x.regime === "PIPL" && x.fromCountry.code === "CN")).toBe(true);
      // The Hong Kong servers: a storage location as importer, judged per activity.
      const hk = t.filter((x) => x.toCountry.code === "HK" && x.location);
      expect(hk.length).toBeGreaterThan(0);
      expect(hk[0].location.name).toMatch(/Hong Kong/);
      // PIPL exemptions of the 2024 Provisions come with mechanism 38-4.
      expect(t).toContainEqual(expect.objectContaining({ status: "COVERED", mechanism: "38-4", exemption: "Art 5(1)" }));
      expect(t.some((x) => x.status === "NOT_COVERED")).toBe(true);
      // Importers whose country the record does not give are "ZZ" and undetermined.
      expect(t.filter((x) => x.toCountry.code === "ZZ").every((x) => x.status === "UNDETERMINED" && x.recipient)).toBe(true);
      expect(t.every((x) => typeof x.activity.id === "string" && x.activity.name)).toBe(true);
    },
  },
};
