import { expect } from "vitest";
import type { OperationCase } from "./types";

export const cases: Record<string, OperationCase> = {
  "Viewer.graphql": {
    variables: () => ({}),
    check: (d) => {
      // The test server runs without authentication: every request acts as the local administrator.
      expect(d.viewer).toEqual({ name: "system", role: "ADMIN", scoped: false });
      expect(d.organizations.map((o: any) => o.slug)).toEqual(expect.arrayContaining(["landups", "leanplans"]));
      expect(d.organizations.find((o: any) => o.slug === "landups").country.code).toBe("CN");
    },
  },
};
