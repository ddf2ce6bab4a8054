import { createHash } from "node:crypto";
import { expect } from "vitest";
import type { OperationCase } from "./types";

// A finding's id is derived from its rule and subject (src/domain/rules/engine.ts), so a case can name one without asking first.
const findingId = (rule: string, subject: string) => "f_" + createHash("sha256").update(`${rule}|${subject}|`).digest("base64url").slice(0, 22);
// A LOW finding on the runner's landups activity: accepting it disturbs the fewest other cases.
const ACCEPTED_RULE = "pipl-sensitive-no-necessity-notice";

export const cases: Record<string, OperationCase> = {
  "FindingsPageAccept.graphql": {
    variables: (live) => ({ id: findingId(ACCEPTED_RULE, live.activityId!), justification: "Necessity statement is being drafted with counsel.", until: "2099-01-01T00:00:00Z" }),
    check: ({ acceptFinding: { finding } }, live) => {
      expect(finding.id).toBe(findingId(ACCEPTED_RULE, live.activityId!));
      expect(finding.acceptance).toEqual({ justification: "Necessity statement is being drafted with counsel.", until: "2099-01-01T00:00:00.000Z", acceptedBy: "system", acceptedAt: expect.any(String) });
    },
  },
};
