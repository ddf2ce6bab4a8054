import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Connection } from "../../src/db/connection";
import { seedFindingsMarkdown } from "../../src/io/report/seed-findings";
import { seedDatabase } from "../../src/io/seed/seed";
import { complianceService } from "../../src/modules/compliance/compliance.service";
import { SYSTEM } from "../../src/modules/context";
import { tempDir } from "../helpers/server";

// The seeds, judged: docs/seed-findings.md is the reviewed list of every finding on both seeds. A change to the
// rules or the seeds that changes a finding fails here until the document is regenerated (and reviewed).
let conn: Connection;
beforeAll(() => {
  conn = openDatabase(path.join(tempDir(), "seed-findings.db"));
  seedDatabase(conn);
});
afterAll(() => conn.close());

const findingsOf = (slug: string) => complianceService.findings(conn.db, SYSTEM, { organization: slug });

describe("the seed organisations' findings", () => {
  it("are those docs/seed-findings.md lists (run `npm run docs:seeds` after changing a rule or a seed)", () => {
    const doc = readFileSync(path.resolve(__dirname, "../../docs/seed-findings.md"), "utf8");
    expect(seedFindingsMarkdown(conn.db)).toBe(doc);
  });

  it("cite only the regimes that reach each organisation", () => {
    // Landups is established in mainland China and serves people there: GDPR does not reach it.
    expect(findingsOf("landups").filter((f) => /GDPR/.test(f.reference))).toEqual([]);
    expect(findingsOf("landups").some((f) => f.regime === "PIPL")).toBe(true);
    // Leanplans is reached by GDPR and UK GDPR (its rights notice) and by PIPL (its Shenzhen establishment), not by CCPA.
    expect(findingsOf("leanplans").filter((f) => f.regime === "CCPA")).toEqual([]);
  });

  it("name the facts of the notices", () => {
    const landups = findingsOf("landups");
    const sensitive = landups.filter((f) => f.rule === "pipl-sensitive-no-impact-assessment").map((f) => f.message).join(" ");
    expect(sensitive).toContain("user.financial.bank_account");
    expect(sensitive).toContain("user.government_id.id_photo");
    expect(landups.filter((f) => f.rule === "pipl-cross-border-no-mechanism").map((f) => f.message).join(" ")).toContain('"HK"');
  });
});
