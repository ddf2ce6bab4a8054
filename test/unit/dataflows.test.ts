import { describe, expect, it } from "vitest";
import { dataFlows, type FlowContext, type FlowResult } from "../../src/domain/dataflows";
import type { RecordDocument } from "../../src/domain/record";
import { syntheticRecord } from "../../src/io/synthetic";

// The aggregation on plain records: no database, ids made up from keys.
const contextOf = (doc: RecordDocument, regimes: (key: string) => string[] = () => []): FlowContext => ({
  identity: {
    organization: "org",
    activities: new Map(doc.activities.map((a) => [a.key, `A:${a.key}`])),
    recipients: new Map(doc.recipients.map((r) => [r.key, `R:${r.key}`])),
    storageLocations: new Map(doc.storageLocations.map((l) => [l.key, `L:${l.key}`])),
    securityMeasures: new Map(),
  },
  categoryName: () => null,
  categoryId: (k) => `C:${k}`,
  purposeName: () => null,
  purposeId: (k) => `P:${k}`,
  countryName: () => null,
  regimesOf: (a) => regimes(a.key) as never,
});

/** Every link joins two nodes of adjacent columns, and no link carries more activities than either end. */
function assertWellFormed(r: FlowResult) {
  const nodes = new Map(r.nodes.map((n) => [n.id, n]));
  expect(nodes.size).toBe(r.nodes.length);
  for (const l of r.links) {
    const [s, t] = [nodes.get(l.source)!, nodes.get(l.target)!];
    expect(t.column - s.column).toBe(1);
    expect(l.value).toBeLessThanOrEqual(Math.min(s.activityCount, t.activityCount));
    expect(l.value).toBeGreaterThan(0);
  }
}

describe("dataFlows aggregation", () => {
  const big = syntheticRecord({ slug: "big", activities: 10_000, recipients: 300 });

  it("groups every column of 10,000 activities into a drawable diagram, in linear time", () => {
    const started = performance.now();
    const r = dataFlows(big, {}, 40, contextOf(big));
    expect(performance.now() - started).toBeLessThan(2000);
    assertWellFormed(r);
    expect(r.activityCount).toBe(10_000);
    expect(r.aggregated).toBe(true);
    expect(r.nodes.some((n) => n.kind === "PROCESSING_ACTIVITY")).toBe(false);
    expect(r.nodes.filter((n) => n.column === 1).every((n) => n.kind === "PURPOSE")).toBe(true);
    // 300 recipients are more than 40: recipient kinds instead, each with the drill that opens it.
    const kinds = r.nodes.filter((n) => n.column === 2 && n.kind === "RECIPIENT_KIND");
    expect(kinds.length).toBeGreaterThan(1);
    expect(kinds.every((n) => n.drill?.recipientKind === n.detail && n.object === null)).toBe(true);
    expect(r.nodes.length).toBeLessThan(60);
  });

  it("counts activities, not facts, on nodes and links", () => {
    // 17 distinct categories are more than 10: category groups such as user.contact.
    const r = dataFlows(big, {}, 10, contextOf(big));
    expect(r.nodes.filter((n) => n.column === 0).every((n) => n.kind === "CATEGORY_GROUP")).toBe(true);
    const essential = r.nodes.find((n) => n.id === "purpose:essential.service")!;
    expect(essential.activityCount).toBe(big.activities.filter((a) => a.purposes.includes("essential.service")).length);
    const contact = r.links.find((l) => l.source === "category:user.contact" && l.target === "purpose:essential.service");
    const expected = big.activities.filter((a) => a.purposes.includes("essential.service") && a.dataCategories.some((k) => k.startsWith("user.contact."))).length;
    expect(contact?.value).toBe(expected);
  });

  it("shows each activity, purpose, recipient and location when few match", () => {
    const small = syntheticRecord({ slug: "small", activities: 5, recipients: 8 });
    const r = dataFlows(small, {}, 40, contextOf(small));
    assertWellFormed(r);
    expect(r.aggregated).toBe(false);
    expect(r.nodes.filter((n) => n.kind === "PROCESSING_ACTIVITY").map((n) => n.object).sort()).toEqual(small.activities.map((a) => `A:${a.key}`).sort());
    expect(r.nodes.filter((n) => n.kind === "PURPOSE").every((n) => n.column === 2)).toBe(true);
    expect(new Set(r.links.map((l) => l.kind))).toEqual(new Set(["PROCESSED_IN", "SERVES", "DISCLOSED_TO", "STORED_IN"]));
  });

  it("keeps only the destinations in the country filtered on, and the categories below the one drilled into", () => {
    const r = dataFlows(big, { country: "HK", dataCategory: "user.contact" }, 40, contextOf(big));
    assertWellFormed(r);
    const destinations = r.nodes.filter((n) => n.column === 2);
    expect(destinations.length).toBeGreaterThan(0);
    expect(destinations.every((n) => n.kind === "LOCATION" ? n.detail === "HK" : true)).toBe(true);
    expect(r.nodes.filter((n) => n.column === 0).every((n) => n.kind === "DATA_CATEGORY" && n.detail!.startsWith("user.contact."))).toBe(true);
  });

  it("drops activities the regime does not reach", () => {
    const r = dataFlows(big, { regime: "PIPL" }, 40, contextOf(big, (k) => (k === "activity-7" ? ["PIPL"] : ["GDPR"])));
    expect(r.activityCount).toBe(1);
    expect(r.nodes.find((n) => n.kind === "PROCESSING_ACTIVITY")?.object).toBe("A:activity-7");
  });
});
