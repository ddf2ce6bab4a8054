import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Connection } from "../../src/db/connection";
import { SYSTEM } from "../../src/modules/context";
import { crossCheck, parseRecord, readRecordFile } from "../../src/io/record-file";
import { SeedError } from "../../src/io/seed/errors";
import { defaultSeedDir } from "../../src/io/seed/seed";
import { readReference } from "../../src/io/seed/seed-set";
import { importReference } from "../../src/modules/reference/reference.service";
import { parentsFirst } from "../../src/modules/record/record.mapping";
import { IMPORT_ACTOR, importRecord } from "../../src/modules/record/record.write";
import { ropaService } from "../../src/modules/ropa/ropa.service";
import { databaseChecksum } from "../helpers/checksum";
import { asVersion2 } from "../helpers/version2";

// The RoPA JSON format on a record that uses every field the seeds leave empty: it reads back whole, and the
// report columns the seeds cannot show (joint controller, contracts, LIA, Art 9, DPIA links, transfers) fill in.

const RICH = path.join(__dirname, "..", "fixtures", "ropa", "rich.json");
let conn: Connection;
beforeEach(() => {
  conn = openDatabase(":memory:");
  conn.db.transaction((tx) => importReference(tx, readReference(path.join(defaultSeedDir(), "reference"))));
});
afterEach(() => conn.close());

const load = (rec = readRecordFile(RICH)) => conn.db.transaction((tx) => importRecord(tx, rec, { actor: IMPORT_ACTOR }));

describe("RoPA JSON", () => {
  it("reads back exactly what was imported, every field and citation included", () => {
    const summary = load();
    expect(summary).toMatchObject({ slug: "globex", documents: 2, recipients: 3, storageLocations: 2, activities: 2, citations: 11 });
    const { document } = ropaService.record(conn.db, SYSTEM, "globex")!;
    // The fixture is a version 1 file: the same facts, read back as version 2.
    const v1 = JSON.parse(fs.readFileSync(RICH, "utf8"));
    // What version 2 adds takes its default in a version 1 file.
    expect(document).toEqual(asVersion2(v1));
  });

  it("fills the report's columns from it", () => {
    load();
    const { document: doc } = ropaService.build(conn.db, SYSTEM, { organization: "globex" })!;
    expect(doc.header).toMatchObject({
      legalName: "Globex Corporation GmbH",
      country: "Germany (DE)",
      representative: "Globex UK Representative Ltd, rep@globex.example, United Kingdom (GB)",
      dpo: "Dana Officer, dpo@globex.example, Germany (DE)",
    });
    const pay = doc.rows.find((r) => r.key === "payments")!.cells;
    expect(pay.jointControllers).toBe("Partner & Co, Switzerland (CH)");
    expect(pay.recipients).toBe("CloudCo (processor, United States); BackupCo (sub-processor, India, engaged by CloudCo); Partner & Co (joint controller, Switzerland)");
    expect(pay.processorContracts).toBe("CloudCo: agreement signed (2025-01-31), https://cloudco.example/dpa; Partner & Co: agreement claimed");
    expect(pay.transferCountries).toBe("United States (US); India (IN); Switzerland (CH)");
    expect(pay.transferSafeguards).toContain("GDPR transfer to Partner & Co, Switzerland (CH): GDPR Art 45(3) ");
    expect(pay.transferSafeguards).toContain("GDPR transfer to CloudCo, United States (US): GDPR Art 46(2)(c)");
    expect(pay.transferSafeguards).toContain("GDPR transfer to BackupCo, India (IN): no mechanism recorded");
    expect(pay.article6).toBe("GDPR Art 6(1)(b) Contract: Needed to complete the sale.; GDPR Art 6(1)(f) Legitimate interests");
    expect(pay.legitimateInterests).toBe("Preventing payment fraud.");
    expect(pay.legitimateInterestsAssessment).toBe("https://globex.example/lia/payments");
    expect(pay.retention).toBe("10 years (P10Y) after the purpose is fulfilled. Kept for tax law.");
    expect(pay.locations).toBe("Frankfurt data centre: Germany (DE), eu-central-1, provider CloudCo; Virginia data centre: United States (US), us-east-1, provider CloudCo");
    expect(pay.rights).toBe("In the EEA, United Kingdom: Access; For everyone: Complaint to a supervisory authority");
    const health = doc.rows.find((r) => r.key === "health-checks")!.cells;
    expect(health.article9).toMatch(/^GDPR Art 9\(2\)\(b\) /);
    expect(health.dpiaLink).toMatch(/^GDPR Art 9\(2\)\(b\) .*: https:\/\/globex\.example\/dpia\/health$/);
    expect(health.recipients).toBe("None: the record states that no one receives this data");
    expect(doc.transfers.find((t) => t.via === "CloudCo")).toMatchObject({ importer: "Recipient (sub-processor): BackupCo", to: "India (IN)", status: "not covered" });
  });

  it("rejects a write the services refuse, leaving the database as it was", () => {
    const rec = readRecordFile(RICH);
    rec.recipients[0].country = "XX";
    const before = databaseChecksum(conn);
    expect(() => load(rec)).toThrow(/^recipients\[0\]\.country: "XX" is not valid; expected an ISO 3166-1 alpha-2 code of an existing country/);
    expect(databaseChecksum(conn)).toBe(before);
  });

  it("lists a recipient after the one that engages it, keeping every other order", () => {
    const r = (key: string, parent: string | null = null) => ({ key, parent });
    expect(parentsFirst([r("a"), r("b", "a"), r("c")]).map((x) => x.key)).toEqual(["a", "b", "c"]);
    expect(parentsFirst([r("b", "a"), r("c"), r("a"), r("d", "b")]).map((x) => x.key)).toEqual(["c", "a", "b", "d"]);
  });

  it("checks references inside the file before writing", () => {
    const rec = parseRecord(JSON.parse(fs.readFileSync(RICH, "utf8")), RICH);
    rec.recipients[0].parent = "backupco";
    rec.activities[0].evidence[0].document = 5;
    rec.activities.push({ ...rec.activities[1] });
    expect(crossCheck(rec)).toEqual([
      { path: "activities[2].key", message: 'duplicate key "health-checks"' },
      { path: "recipients[0].parent", message: 'recipient "cloudco" cannot be its own sub-processor, directly or through a chain of parents' },
      { path: "recipients[1].parent", message: 'recipient "backupco" cannot be its own sub-processor, directly or through a chain of parents' },
      { path: "activities[0].evidence[0].document", message: "no document has the index 5; the file lists 2" },
    ]);
    expect(() => load(rec)).toThrow(/recipients\[\d\]\.parent: .*cycle/);
  });

  it("names the file and the JSON path of a shape problem", () => {
    const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ropa-json-")), "bad.json");
    fs.writeFileSync(bad, JSON.stringify({ format: "datamap-ropa", version: 2, organization: { slug: "Bad Slug", name: "" } }));
    try {
      readRecordFile(bad);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(SeedError);
      const problems = (err as SeedError).problems.map((p) => p.path);
      expect(problems).toEqual(expect.arrayContaining(["version", "organization.slug", "organization.name"]));
      expect((err as SeedError).message).toContain(`${bad}: version: expected version 1`);
    }
  });
});
