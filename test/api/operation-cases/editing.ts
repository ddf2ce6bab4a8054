import { expect } from "vitest";
import type { Live, OperationCase } from "./types";

// The edit forms' operations. Writes go to leanplans and only touch objects these cases create, so the seeded
// landups activity the other cases read stays as they expect; the create cases hand their ids to the update cases
// (files run in name order: Create before Update).
type EditLive = Live & { editActivity?: { id: string; version: number }; editRecipient?: { id: string; version: number } };

export const cases: Record<string, OperationCase> = {
  "ActivityEditOptions.graphql": {
    variables: () => ({ slug: "landups" }),
    check: (d) => {
      expect(d.purposes.map((p: any) => p.key)).toContain("essential.service.payment_processing");
      expect(d.dataCategories.map((c: any) => c.key)).toContain("user.contact.email");
      expect(d.dataSubjectCategories.length).toBeGreaterThan(0);
      expect(d.legalBases).toContainEqual(expect.objectContaining({ regime: "PIPL", code: "13-1" }));
      expect(d.organization.storageLocations.map((l: any) => l.country.code)).toContain("HK");
      expect(d.organization.recipients.length).toBeGreaterThan(0);
    },
  },
  "ActivityEditLoad.graphql": {
    variables: (live) => ({ id: live.activityId }),
    check: (d, live) => {
      expect(d.node).toEqual(expect.objectContaining({ id: live.activityId, name: "Renamed for review", version: 2, organization: { id: expect.any(String), slug: "landups" } }));
      expect(d.node.purposes.length).toBeGreaterThan(0);
      expect(d.node.legalBasisClaims.map((c: any) => c.legalBasis.regime)).toContain("PIPL");
      expect(d.history[0]).toEqual(expect.objectContaining({ version: 2, operation: "UPDATE", changes: [{ field: "name" }] }));
    },
  },
  "ActivityEditCreate.graphql": {
    variables: () => ({
      input: { organization: "leanplans", name: "Edit form case: newsletter", key: "edit-form-case", purposes: ["marketing.communications.email"], dataCategories: ["user.contact.email"] },
    }),
    check: (d, live) => {
      const a = d.createProcessingActivity.processingActivity;
      expect(a).toEqual(expect.objectContaining({ key: "edit-form-case", name: "Edit form case: newsletter", version: 1 }));
      (live as EditLive).editActivity = { id: a.id, version: a.version };
    },
  },
  "ActivityEditUpdate.graphql": {
    variables: (live) => ({ id: (live as EditLive).editActivity?.id, expectedVersion: 1, input: { name: "Edit form case: renamed", retention: { period: "P2Y", trigger: "ACCOUNT_CLOSURE" } } }),
    check: (d, live) => {
      const a = d.updateProcessingActivity.processingActivity;
      expect(a).toEqual(expect.objectContaining({ id: (live as EditLive).editActivity?.id, name: "Edit form case: renamed", version: 2 }));
    },
  },
  "RecipientEditOptions.graphql": {
    variables: () => ({ slug: "leanplans" }),
    check: (d) => {
      expect(d.organization.recipients.map((r: any) => r.name)).toContain("PayPal");
    },
  },
  "RecipientEditCreate.graphql": {
    variables: () => ({ input: { organization: "leanplans", name: "Edit form case recipient", kind: "PROCESSOR", named: true, country: "DE", dpa: { status: "CLAIMED" } } }),
    check: (d, live) => {
      const r = d.createRecipient.recipient;
      expect(r).toEqual(expect.objectContaining({ key: "edit-form-case-recipient", name: "Edit form case recipient", version: 1 }));
      (live as EditLive).editRecipient = { id: r.id, version: r.version };
    },
  },
  "RecipientEditLoad.graphql": {
    variables: (live) => ({ id: (live as EditLive).editRecipient?.id }),
    check: (d) => {
      expect(d.node).toEqual(expect.objectContaining({ name: "Edit form case recipient", kind: "PROCESSOR", named: true, country: { code: "DE" }, dpa: { status: "CLAIMED", date: null, url: null }, parent: null }));
      expect(d.history).toEqual([expect.objectContaining({ version: 1, operation: "CREATE" })]);
    },
  },
  "RecipientEditUpdate.graphql": {
    variables: (live) => ({ id: (live as EditLive).editRecipient?.id, expectedVersion: 1, input: { dpa: { status: "SIGNED", date: "2024-05-01" }, category: "Hosting" } }),
    check: (d) => {
      expect(d.updateRecipient.recipient).toEqual(expect.objectContaining({ name: "Edit form case recipient", version: 2 }));
    },
  },
};
