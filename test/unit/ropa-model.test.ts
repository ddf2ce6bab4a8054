import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Connection } from "../../src/db/connection";
import type { Principal } from "../../src/domain/principal";
import { SYSTEM } from "../../src/modules/context";
import { CONTROLLER_COLUMNS, PROCESSOR_COLUMNS } from "../../src/io/export/ropa-model";
import { seedDatabase } from "../../src/io/seed/seed";
import { activityStore } from "../../src/modules/activity/activity.store";
import { activityWriteService } from "../../src/modules/activity/activity.write.service";
import { complianceService } from "../../src/modules/compliance/compliance.service";
import { transferService } from "../../src/modules/compliance/transfer.service";
import { historyStore } from "../../src/modules/history/history.store";
import { organizationStore } from "../../src/modules/organization/organization.store";
import { ropaService } from "../../src/modules/ropa/ropa.service";

// The Article 30 document model, built from the seeds: the ICO columns filled from the record and only from it.

let conn: Connection;
beforeAll(() => {
  conn = openDatabase(":memory:");
  seedDatabase(conn);
});
afterAll(() => conn.close());

const build = (organization: string, extra: { asOf?: Date; processor?: boolean } = {}, principal: Principal = SYSTEM) =>
  ropaService.build(conn.db, principal, { organization, ...extra });
const row = (doc: NonNullable<ReturnType<typeof build>>["document"], key: string) => doc.rows.find((r) => r.key === key)!.cells;

const ICO_ORDER = [
  "Business function",
  "Purpose of processing",
  "Joint controller",
  "Categories of individuals",
  "Categories of personal data",
  "Categories of recipients",
  "Link to contract with processor",
  "Third countries or international organisations transferred to",
  "Safeguards for exceptional transfers",
  "Retention schedule",
  "General description of security measures",
  "Article 6 lawful basis",
  "Article 9 condition",
  "Legitimate interests pursued",
  "Link to legitimate-interests assessment",
  "Rights available to individuals",
  "Automated decision-making including profiling",
  "Source of the personal data",
  "Link to consent record",
  "Location of personal data",
  "DPIA required",
  "DPIA progress",
  "Link to DPIA",
  "Personal data breach occurred",
  "Link to breach record",
];

describe("the controller's record (Art 30(1))", () => {
  it("has the activity column, then the ICO template's columns in its order", () => {
    expect(CONTROLLER_COLUMNS.map((c) => c.title)).toEqual(["Processing activity", ...ICO_ORDER]);
  });

  it("fills Landups' account registration from the record", () => {
    const doc = build("landups")!.document;
    expect(doc.header).toMatchObject({ kind: "CONTROLLER", name: "Landups network", country: "China (CN)", website: "https://landups.com", representative: null, dpo: null, asOf: null });
    expect(doc.rows).toHaveLength(13);
    const r = row(doc, "account-registration");
    expect(r.name).toBe("Account registration, management and real-name verification");
    expect(r.purposes).toBe("Authentication; Identity verification");
    expect(r.dataSubjects).toBe("Customer");
    expect(r.dataCategories).toContain("Bank account details");
    expect(r.dataCategories).toContain("Password");
    // Kept on its own servers in Hong Kong and shared (5.1) with four recipient categories whose country the statement never gives.
    expect(r.transferCountries).toBe(
      "Hong Kong (HK); country not recorded (Affiliates); country not recorded (Third-party service providers); country not recorded (Contractors); country not recorded (Agents)",
    );
    expect(r.transferSafeguards).toBe(
      "PIPL transfer to Landups network servers in Hong Kong, Hong Kong (HK): no mechanism recorded; " +
        "PIPL transfer to Affiliates, country not recorded: no mechanism recorded; " +
        "PIPL transfer to Third-party service providers, country not recorded: no mechanism recorded; " +
        "PIPL transfer to Contractors, country not recorded: no mechanism recorded; " +
        "PIPL transfer to Agents, country not recorded: no mechanism recorded",
    );
    expect(r.retention).toMatch(/^Until the end of the service\. Normally kept only while/);
    expect(r.article6).toMatch(/^PIPL Art 13\(1\)\S* Consent \(assumed from continued use\): Consent is assumed/);
    expect(r.article9).toBeNull();
    expect(r.securityMeasures).toContain("Password encryption (technical)");
    expect(r.sources).toBe("Provided by the individual");
    expect(r.locations).toBe("Landups network servers in Hong Kong: Hong Kong (HK), provider Landups network, own infrastructure");
    expect(r.rights).toBe("For everyone: Access, Rectification, Erasure, Withdrawal of consent, Account closure");
  });

  it("leaves empty what the record does not hold, never a guess", () => {
    const doc = build("landups")!.document;
    for (const r of doc.rows) {
      for (const key of ["businessFunction", "consentRecord", "dpiaRequired", "dpiaProgress", "breachOccurred", "breachRecord"]) {
        expect(r.cells[key], `${r.key}.${key}`).toBeNull();
      }
    }
    // Automated decisions are filled only where the record holds them: the recommendations of section 4 (preference settings are none).
    const automated = Object.fromEntries(doc.rows.filter((r) => r.cells.automatedDecisionMaking !== null).map((r) => [r.key, r.cells.automatedDecisionMaking]));
    expect(automated).toEqual({ recommendations: "Automated personalisation of content, offers or prices" });
  });

  it("lists joint controllers by their role in law", () => {
    expect(row(build("leanplans")!.document, "cookies-and-tracking").jointControllers).toBe("Ad networks");
    expect(row(build("leanplans")!.document, "orders-and-payments").jointControllers).toBeNull();
  });

  it("names recipients with their kind and the countries it cannot determine", () => {
    const r = row(build("landups")!.document, "account-registration");
    expect(r.recipients).toBe("Affiliates (affiliate); Third-party service providers (processor); Contractors (contractor); Agents (agent)");
    // Landups only says it will endeavour to bind them: whether an agreement exists is unknown, so the contract column stays empty.
    expect(r.processorContracts).toBeNull();
    expect(r.transferCountries).toContain("country not recorded (Affiliates)");
  });

  it("lists the transfers and findings the compliance service reports", () => {
    const { document: doc, transfers } = build("leanplans")!;
    const live = transferService.transfers(conn.db, SYSTEM, { organization: "leanplans" });
    expect(transfers.map((t) => `${t.activityId}|${t.recipientId}|${t.regime}|${t.status}`).sort()).toEqual(
      live.map((t) => `${t.activityId}|${t.recipientId}|${t.regime}|${t.status}`).sort(),
    );
    expect(doc.transfers.length).toBe(live.length);
    const paypal = doc.transfers.find((t) => t.importer === "Recipient (independent controller): PayPal")!;
    expect(paypal).toMatchObject({ from: "China (CN)", to: "Unknown (not recorded)", status: "undetermined", mechanism: null });
    expect(doc.findings.map((f) => f.id)).toEqual(complianceService.findings(conn.db, SYSTEM, { organization: "leanplans" }).map((f) => f.id));
    expect(doc.findings[0].subject).toMatch(/^(Processing activity|Recipient|Organisation|Storage location)/);
  });

  it("fills the legal-basis columns with each claim's article", () => {
    const doc = build("leanplans")!.document;
    expect(row(doc, "account-management").article6).toBe("GDPR Art 6(1)(b) Contract; PIPL Art 13(2) Contract or HR management");
    expect(row(doc, "marketing-communications").article6).toContain("GDPR Art 6(1)(f) Legitimate interests");
    expect(row(doc, "legal-compliance").article6).toBe("GDPR Art 6(1)(c) Legal obligation; PIPL Art 13(3) Statutory duty or obligation");
  });
});

describe("the processor's record (Art 30(2))", () => {
  it("names the controller it acts for and keeps only the Art 30(2) columns", () => {
    const doc = build("leanplans", { processor: true })!.document;
    expect(doc.kind).toBe("PROCESSOR");
    expect(doc.columns).toBe(PROCESSOR_COLUMNS);
    expect(doc.header.title).toContain("Art 30(2)");
    expect(doc.header.controllers).toBe("Shenzhen Leanplans Co., Ltd, service@leanplans.com, 3rd Floor, Xili Lake Talent Service Center, Chongwen Park, Nanshan Zhiyuan, Shenzhen, Guangdong, China, China (CN)");
    const r = row(doc, "orders-and-payments");
    expect(Object.keys(r)).toEqual(PROCESSOR_COLUMNS.map((c) => c.key));
    expect(r.controller).toBe(doc.header.controllers);
    expect(r.processingCategories).toBeTruthy();
    expect(r.transferSafeguards).toContain("PayPal, country not recorded");
    expect(r.securityMeasures).toBe("Unspecified technical and organisational safeguards (technical)");
  });
});

describe("time travel and scope", () => {
  it("reads the record as it stood before an edit", () => {
    const org = organizationStore.bySlug(conn.db, "landups")!;
    const a = activityStore.byOrgIds(conn.db, [org.id]).find((x) => x.key === "cookies")!;
    conn.db.transaction((tx) => activityWriteService.update(tx, a.id, a.version, { name: "Cookies and similar technologies" }, "test"));
    const edited = historyStore.latestVersion(conn.db, "ProcessingActivity", a.id)!;
    const before = new Date(new Date(edited.validFrom).getTime() - 1);
    const then = build("landups", { asOf: before })!.document;
    expect(then.header.asOf).toBe(before.toISOString());
    expect(row(then, "cookies").name).toBe(a.name);
    expect(row(build("landups")!.document, "cookies").name).toBe("Cookies and similar technologies");
    expect(build("landups", { asOf: new Date("2000-01-01T00:00:00Z") })).toBeNull();
  });

  it("answers null for an unknown organisation or one outside the caller's scope", () => {
    expect(build("nobody")).toBeNull();
    const leanplans = organizationStore.bySlug(conn.db, "leanplans")!;
    const scoped: Principal = { name: "viewer", role: "VIEWER", organizationIds: [leanplans.id] };
    expect(build("landups", {}, scoped)).toBeNull();
    expect(build("landups", { asOf: new Date() }, scoped)).toBeNull();
    expect(build("leanplans", {}, scoped)?.document.header.slug).toBe("leanplans");
  });
});
