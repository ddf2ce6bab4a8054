import { expect } from "vitest";
import type { OperationCase } from "./types";

/**
 * Ids only the server knows, picked up by an earlier case (ActivitiesPageFilters runs before every Recipient*
 * file: the cases run in file-name order): Leanplans' PayPal; and the renamed landups activity's key, from ActivityDetail.
 */
export const found: { paypal?: string; activityKey?: string } = {};

const now = () => new Date().toISOString();

export const cases: Record<string, OperationCase> = {
  "RecipientsPageList.graphql": {
    variables: () => ({ slug: "leanplans" }),
    check: (d) => {
      const names = d.organization.recipients.map((r: any) => r.name);
      expect(names).toEqual(expect.arrayContaining(["PayPal", "Ad networks", "Data analytics services"]));
      const paypal = d.organization.recipients.find((r: any) => r.name === "PayPal");
      expect(paypal).toMatchObject({ kind: "INDEPENDENT_CONTROLLER", role: "INDEPENDENT_CONTROLLER", category: "Payment provider", named: true, dpa: { status: "UNKNOWN" }, parent: null, subProcessors: [] });
      expect(d.organization.recipients.find((r: any) => r.name === "Data analytics services").dpa.status).toBe("CLAIMED");
    },
  },
  "RecipientDetail.graphql": {
    variables: () => ({ id: found.paypal, asOf: null }),
    check: (d) => {
      expect(d.node).toMatchObject({ id: found.paypal, name: "PayPal", key: "paypal", kind: "INDEPENDENT_CONTROLLER", organization: { slug: "leanplans" }, parent: null });
      expect(d.node.evidence.map((e: any) => e.section)).toContain("1");
      expect(d.node.dataCategories.length).toBeGreaterThan(0);
    },
    then: {
      variables: () => ({ id: found.paypal, asOf: now() }),
      check: (d, _live, live) => {
        // Unchanged since seeding: as of now it is the live recipient, field for field.
        expect(d.node).toMatchObject({ id: found.paypal, name: "PayPal", key: "paypal", version: 1, category: "Payment provider", dpa: { status: "UNKNOWN" }, organization: { slug: "leanplans" } });
        expect(d.node).toEqual(live.node);
      },
    },
  },
  "RecipientDetailActivities.graphql": {
    variables: () => ({ slug: "leanplans", asOf: null, recipient: found.paypal }),
    check: (d) => {
      const page = d.organization.processingActivities;
      const acts = page.edges.map((e: any) => e.node);
      expect(page.totalCount).toBe(acts.length);
      expect(acts.length).toBeGreaterThan(0);
      for (const a of acts) {
        const toPaypal = a.disclosures.filter((x: any) => x.recipient.id === found.paypal);
        expect(toPaypal.length).toBeGreaterThan(0);
      }
      expect(acts.map((a: any) => a.name)).toContain("Orders and payments");
    },
    then: {
      variables: () => ({ slug: "leanplans", asOf: now(), recipient: found.paypal }),
      check: (d, _live, live) => {
        const acts = d.organization.processingActivities.edges.map((e: any) => e.node);
        expect(acts.map((a: any) => a.name)).toContain("Orders and payments");
        for (const a of acts) expect(a.disclosures.some((x: any) => x.recipient.id === found.paypal)).toBe(true);
        // Leanplans is untouched since seeding: the same activities, in the same order, as live.
        expect(acts.map((a: any) => a.id)).toEqual(live.organization.processingActivities.edges.map((e: any) => e.node.id));
      },
    },
  },
};
