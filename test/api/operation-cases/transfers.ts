import { expect } from "vitest";
import type { OperationCase } from "./types";

export const cases: Record<string, OperationCase> = {
  "TransfersPage.graphql": {
    variables: () => ({ organization: "landups", regime: "PIPL", toCountry: "HK", first: 200 }),
    check: (d) => {
      const t: any[] = d.transfers;
      expect(t.length).toBeGreaterThan(0);
      expect(t.length).toBeLessThanOrEqual(200);
      // Only what the filters ask for: PIPL transfers from mainland China to Hong Kong.
      expect(t.every((x) => x.regime === "PIPL" && x.fromCountry.code === "CN" && x.toCountry.code === "HK" && x.toCountry.name === "Hong Kong")).toBe(true);
      // The Hong Kong servers: a storage location as importer, judged per activity.
      const hk = t.filter((x) => x.location);
      expect(hk.length).toBeGreaterThan(0);
      expect(hk[0].location.name).toMatch(/Hong Kong/);
      // PIPL exemptions of the 2024 Provisions come with mechanism 38-4.
      expect(t).toContainEqual(expect.objectContaining({ status: "COVERED", mechanism: "38-4", exemption: "Art 5(1)" }));
      expect(t.some((x) => x.status === "NOT_COVERED")).toBe(true);
      expect(t.every((x) => typeof x.activity.id === "string" && x.activity.name)).toBe(true);
    },
  },
  "TransfersPageDestinations.graphql": {
    variables: () => ({ organization: "landups" }),
    check: (d) => {
      const list: any[] = d.transferDestinations;
      expect(list.length).toBeGreaterThan(0);
      expect(list.every((x) => x.regime === "PIPL")).toBe(true);
      // Ordered by country code within the regime, each (regime, country) once.
      const codes = list.map((x) => x.country.code);
      expect(codes).toEqual([...codes].sort());
      expect(new Set(codes).size).toBe(codes.length);
      const hk = list.find((x) => x.country.code === "HK");
      expect(hk).toMatchObject({ country: { name: "Hong Kong" } });
      expect(hk.notCovered).toBeGreaterThan(0);
      expect(hk.covered).toBeGreaterThan(0);
      expect(hk.mechanisms).toContain("38-4");
      expect(hk.mechanisms).toEqual([...hk.mechanisms].sort());
      // Importers whose country the record does not give are "ZZ" (Unknown) and undetermined.
      for (const zz of list.filter((x) => x.country.code === "ZZ")) expect(zz).toMatchObject({ country: { name: "Unknown" }, covered: 0, notCovered: 0 });
      expect(list.every((x) => x.covered + x.notCovered + x.undetermined > 0)).toBe(true);
    },
  },
};
