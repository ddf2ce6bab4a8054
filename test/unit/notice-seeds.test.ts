import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recovery } from "../../bench/notice/recovery";
import { openDatabase, type Connection } from "../../src/db/connection";
import type { NoticeGap } from "../../src/domain/notice/compare";
import type { RecordDocument } from "../../src/domain/record";
import { analyzeNotice } from "../../src/io/notice/analyze";
import { readRecordFile } from "../../src/io/record-file";
import { seedDatabase } from "../../src/io/seed/seed";
import { SYSTEM } from "../../src/modules/context";
import { compareWithRecord } from "../../src/modules/notice/notice.service";

// The two seed organisations' notices, as fixtures written from their facts (test/fixtures/notices/README.md): the
// draft recovers what the hand-made seeds hold, and compared with the seeded database reports only what the seeds
// themselves show to be missing from the notice.

const FIXTURES = path.join(__dirname, "..", "fixtures", "notices");
const SEEDS = path.join(__dirname, "..", "..", "seeds");
const notice = (file: string) => fs.readFileSync(path.join(FIXTURES, file), "utf8");
const seed = (slug: string) => readRecordFile(path.join(SEEDS, `${slug}.yaml`));

let conn: Connection;
beforeAll(() => {
  conn = openDatabase(":memory:");
  seedDatabase(conn);
});
afterAll(() => conn.close());

const compare = (slug: string, text: string, name: string) => compareWithRecord(conn.db, SYSTEM, slug, text, name).gaps;

/** Why the seed agrees that the notice omits an item: the fact the item would give is what the seed shows. */
const EXPLAINED: Record<string, (s: RecordDocument) => boolean> = {
  // The seed records a personalised recommendation made by automated means that the notice never explains.
  AUTOMATED_DECISIONS: (s) => s.activities.some((a) => a.automatedDecisions && a.automatedDecisions !== "NONE"),
  RIGHT_PORTABILITY: (s) => !s.rights.some((r) => r.right === "PORTABILITY"),
  MANDATORY_DISCLOSURE: (s) => !s.statements.some((x) => /required|obliged|must provide/i.test(x.summary)),
  CONTROLLER_CONTACT: (s) => s.organization.contactEmail === null && s.organization.postalAddress === null,
};

function unexplained(gaps: NoticeGap[], s: RecordDocument): NoticeGap[] {
  return gaps.filter((g) => g.kind !== "OMITTED" || !EXPLAINED[g.detail]?.(s));
}

describe.each([
  { slug: "landups", file: "landups.html" },
  { slug: "leanplans", file: "leanplans.txt" },
  // The same facts written a second time, by another hand, so the analyser is not measured on one wording only.
  { slug: "landups", file: "landups-saved-page.html" },
  { slug: "leanplans", file: "leanplans-second.txt" },
])("the $slug notice ($file)", ({ slug, file }) => {
  const analysis = analyzeNotice(notice(file), file);

  it("drafts a record recovering at least 90% of the seed's data categories, recipients and purposes", () => {
    const r = recovery(analysis.record, seed(slug));
    for (const part of [r.categories, r.recipients, r.purposes]) expect(part.found / part.of, r.missing.join("; ")).toBeGreaterThanOrEqual(0.9);
    expect(r.storage.invented).toEqual([]);
  });

  it("compared with the seeded record, reports no gap the seed does not explain", () => {
    const gaps = compare(slug, notice(file), file);
    expect(unexplained(gaps, seed(slug)).map((g) => g.message)).toEqual([]);
    for (const g of gaps) expect(g.regimes.length).toBeGreaterThan(0);
  });
});

describe("the seed notices' particular facts", () => {
  it("drafts no storage location for Leanplans, whose notice names none, and Landups' own servers in Hong Kong", () => {
    expect(analyzeNotice(notice("leanplans.txt"), "leanplans.txt").record.storageLocations).toEqual([]);
    const landups = analyzeNotice(notice("landups.html"), "landups.html").record;
    expect(landups.storageLocations.map((l) => [l.country, l.hosting])).toEqual([["HK", "OWN"]]);
    expect(landups.activities.flatMap((a) => a.legalBases).filter((b) => b.consentMechanism === "CONTINUED_USE").length).toBe(landups.activities.length);
    expect(landups.organization.subjectJurisdictions).toEqual(["CN"]);
  });

  it("reports a recipient deleted from the notice as undisclosed, and only that", () => {
    const text = notice("leanplans.txt");
    const without = text.replace(/All payment data is stored by PayPal[^.]*\./, "");
    expect(without).not.toContain("PayPal");
    const before = compare("leanplans", text, "leanplans.txt");
    const after = compare("leanplans", without, "leanplans.txt");
    const added = after.filter((g) => !before.some((b) => b.rule === g.rule && b.subject.key === g.subject.key && b.detail === g.detail));
    expect(added).toEqual([expect.objectContaining({ kind: "NOT_DISCLOSED", rule: "notice-recipient-undisclosed", subject: expect.objectContaining({ type: "Recipient", key: "paypal" }) })]);
    expect(added[0].reference).toContain("GDPR Art 13(1)(e)");
  });
});
