import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Connection } from "../../src/db/connection";
import { SYSTEM } from "../../src/modules/context";
import { seedDatabase } from "../../src/io/seed/seed";
import { complianceService } from "../../src/modules/compliance/compliance.service";
import { tempDir } from "../helpers/server";

// The seeds, judged: each rule id below was reviewed against domain.md. A change to this set needs a new review.
let conn: Connection;
beforeAll(() => {
  conn = openDatabase(path.join(tempDir(), "seed-findings.db"));
  seedDatabase(conn);
});
afterAll(() => conn.close());

const rulesOf = (slug: string) => [...new Set(complianceService.findings(conn.db, SYSTEM, { organization: slug }).map((f) => f.rule))].sort();

describe("the seed organisations' findings", () => {
  it("Landups", () => {
    expect(rulesOf("landups")).toEqual([
      "any-category-recipient-sensitive",
      "any-retention-open-ended",
      "any-transfer-undetermined",
      "pipl-consent-by-continued-use",
      "pipl-cross-border-no-impact-assessment",
      "pipl-cross-border-no-mechanism",
      "pipl-cross-border-no-separate-consent",
      "pipl-sensitive-no-impact-assessment",
      "pipl-sensitive-no-separate-consent",
    ]);
  });

  it("Leanplans", () => {
    expect(rulesOf("leanplans")).toEqual(LEANPLANS);
  });

  it("name the facts the issue calls out", () => {
    const landups = complianceService.findings(conn.db, SYSTEM, { organization: "landups" });
    const sensitive = landups.filter((f) => f.rule === "pipl-sensitive-no-separate-consent").map((f) => f.message).join(" ");
    expect(sensitive).toContain("user.financial.bank_account");
    expect(sensitive).toContain("user.government_id.id_photo");
    expect(landups.find((f) => f.rule === "pipl-cross-border-no-mechanism")!.message).toContain('"HK"');
    const leanplans = complianceService.findings(conn.db, SYSTEM, { organization: "leanplans" });
    expect(leanplans.filter((f) => f.rule === "any-transfer-undetermined").map((f) => f.message).join(" ")).toContain('"PayPal" in an unknown country');
  });
});

const LEANPLANS = [
  "any-retention-open-ended",
  "any-transfer-undetermined",
  "gdpr-art27-representative",
  "gdpr-art30-dpo",
  "gdpr-art30-recipients",
  "gdpr-legitimate-interests-marketing",
  "gdpr-processor-dpa-unverified",
  "gdpr-processor-no-dpa",
  "pipl-cross-border-no-impact-assessment",
  "pipl-cross-border-no-separate-consent",
  "pipl-no-basis",
  "pipl-sensitive-no-impact-assessment",
  "pipl-sensitive-no-separate-consent",
];
