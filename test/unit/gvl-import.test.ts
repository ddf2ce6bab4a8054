import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import YAML from "yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Connection } from "../../src/db/connection";
import { importGvl } from "../../src/io/import/gvl";
import { readGvlList } from "../../src/io/import/gvl-file";
import { readGvlMapping } from "../../src/io/import/gvl-mapping";
import { SeedError } from "../../src/io/seed/errors";
import { seedDatabase } from "../../src/io/seed/seed";
import { activityWriteService } from "../../src/modules/activity/activity.write.service";
import { organizationStore } from "../../src/modules/organization/organization.store";
import { databaseChecksum } from "../helpers/checksum";

// The vendor-list importer through its service: recipients, the TCF activity, history, re-imports and dry runs.

const ROOT = path.resolve(__dirname, "..", "..");
const V1 = path.join(ROOT, "test", "fixtures", "gvl", "vendor-list-v1.json");
const V2 = path.join(ROOT, "test", "fixtures", "gvl", "vendor-list-v2.json");

let dir: string;
let conn: Connection;
let orgId: number;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "datamap-gvl-"));
  conn = openDatabase(path.join(dir, "gvl.db"));
  seedDatabase(conn);
  orgId = organizationStore.bySlug(conn.db, "landups")!.id;
});
afterEach(() => {
  conn.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const run = (file: string, dryRun = false) => importGvl(conn.db, orgId, readGvlList(file), readGvlMapping(conn.db), { dryRun });
const all = <T = any>(sql: string, ...params: unknown[]) => conn.sqlite.prepare(sql).all(...params) as T[];
const one = <T = any>(sql: string, ...params: unknown[]) => conn.sqlite.prepare(sql).get(...params) as T;
const vendor = (gvlId: number) => one("select * from recipients where organization_id = ? and gvl_id = ? order by id desc", orgId, gvlId);
const disclosureCategories = (gvlId: number) =>
  all<{ key: string }>(
    `select c.key from disclosures d join disclosure_categories dc on dc.disclosure_id = d.id join data_categories c on c.id = dc.category_id
     join recipients r on r.id = d.recipient_id where r.gvl_id = ? and r.organization_id = ? order by c.key`,
    gvlId,
    orgId,
  ).map((r) => r.key);

describe("importing a vendor list", () => {
  it("makes each vendor a recipient with its GVL id, URLs, cookie facts and mapped categories", () => {
    const s = run(V1);
    expect(s).toMatchObject({ vendors: 5, added: 5, changed: 0, removed: 0, unchanged: 0, activity: "created", dryRun: false });
    const rows = all("select * from recipients where organization_id = ? and gvl_id is not null order by gvl_id", orgId);
    expect(rows.map((r) => r.gvl_id)).toEqual([3, 8, 21, 42, 77]);
    for (const r of rows) expect(r).toMatchObject({ kind: "INDEPENDENT_CONTROLLER", category: "Ad tech vendor", named: 1, archived_at: null, version: 1 });
    expect(vendor(3)).toMatchObject({
      name: "Northwind Ads Ltd",
      privacy_url: "https://northwind.example/privacy",
      legitimate_interest_url: "https://northwind.example/legitimate-interest",
      uses_cookies: 1,
      cookie_max_age_seconds: 31536000,
      cookie_refresh: 1,
      uses_non_cookie_access: 0,
      device_storage_disclosure_url: "https://northwind.example/device-storage.json",
      retention_days: 365,
    });
    // English is preferred over the first language; without English the first one is taken.
    expect(vendor(8).privacy_url).toBe("https://contoso.example/en/privacy");
    expect(vendor(21)).toMatchObject({ privacy_url: "https://fabrikam.example/confidentialite", legitimate_interest_url: null, cookie_max_age_seconds: null });
    const facts = JSON.parse(vendor(8).gvl_facts);
    expect(facts).toMatchObject({ purposes: [1], legIntPurposes: [7, 8, 9, 10], flexiblePurposes: [7, 8], retention: { purposes: { "7": 30 } } });
    expect(facts.legIntPurposeKeys).toContain("analytics.reporting.ad_performance");
    // Data declarations 1 (IP), 3 (device ids) and 6 (browsing) of vendor 3, in our taxonomy.
    expect(disclosureCategories(3)).toEqual(["user.behavior", "user.device", "user.device.ip_address"]);
  });

  it("keeps one TCF activity whose disclosures name each vendor's purposes", () => {
    run(V1);
    const activity = one("select * from processing_activities where organization_id = ? and key = 'iab-tcf-vendors'", orgId);
    expect(activity.name).toBe("Advertising through IAB TCF vendors");
    const purposes = all<{ key: string }>("select p.key from activity_purposes ap join purposes p on p.id = ap.purpose_id where ap.activity_id = ? order by p.key", activity.id).map((p) => p.key);
    expect(purposes).toContain("functional.storage");
    expect(purposes).toContain("marketing.advertising.serving");
    const text = one("select d.purpose from disclosures d join recipients r on r.id = d.recipient_id where r.gvl_id = 8 and d.activity_id = ?", activity.id).purpose;
    expect(text).toContain("IAB TCF vendor 8.");
    expect(text).toMatch(/Legitimate-interest purposes: 7 [^;]+; 8 /);
    expect(all("select * from disclosures where activity_id = ?", activity.id)).toHaveLength(5);
  });

  it("records every object it writes in history, by the actor import", () => {
    run(V1);
    const actors = all<{ actor: string; entity_type: string; operation: string; n: number }>(
      "select actor, entity_type, operation, count(*) as n from audit_log where actor = 'import' group by actor, entity_type, operation order by entity_type",
    );
    expect(actors).toEqual([
      { actor: "import", entity_type: "ProcessingActivity", operation: "CREATE", n: 1 },
      { actor: "import", entity_type: "Recipient", operation: "CREATE", n: 5 },
    ]);
  });

  it("updates a newer list by GVL id: one changed, one removed, one added, and only they get new versions", () => {
    run(V1);
    const before = Object.fromEntries([3, 8, 21, 42, 77].map((id) => [id, vendor(id)]));
    const s = run(V2);
    expect(s).toMatchObject({ vendors: 6, added: 1, changed: 1, removed: 1, unchanged: 3, activity: "updated" });
    expect(vendor(8)).toMatchObject({ id: before[8].id, version: 2, privacy_url: "https://contoso.example/en/privacy-notice" });
    expect(JSON.parse(vendor(8).gvl_facts).legIntPurposes).toEqual([7, 8]);
    for (const id of [3, 42, 77]) expect(vendor(id)).toMatchObject({ version: 1, updated_at: before[id].updated_at });
    expect(vendor(21).archived_at).not.toBeNull();
    expect(vendor(99)).toMatchObject({ name: "Wingtip Audiences BV", version: 1, privacy_url: "https://wingtip.example/en/privacy" });
    const audit = all("select operation, version from audit_log where entity_type = 'Recipient' and entity_id = ? order by version", before[21].id);
    expect(audit).toEqual([
      { operation: "CREATE", version: 1 },
      { operation: "DELETE", version: 2 },
    ]);
    const activity = one("select * from processing_activities where key = 'iab-tcf-vendors' and organization_id = ?", orgId);
    expect(activity.version).toBe(2);
    const disclosed = all<{ gvl_id: number }>("select r.gvl_id from disclosures d join recipients r on r.id = d.recipient_id where d.activity_id = ? order by r.gvl_id", activity.id);
    expect(disclosed.map((d) => d.gvl_id)).toEqual([3, 8, 42, 77, 99]);
  });

  it("changes nothing at all when the same list is imported again", () => {
    run(V1);
    const checksum = databaseChecksum(conn);
    expect(run(V1)).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 5, activity: "unchanged" });
    expect(databaseChecksum(conn)).toBe(checksum);
    run(V2);
    const after = databaseChecksum(conn);
    expect(run(V2)).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 5, skippedDeleted: 1 });
    expect(databaseChecksum(conn)).toBe(after);
  });

  it("reports in a dry run what would change, and writes nothing", () => {
    const empty = databaseChecksum(conn);
    expect(run(V1, true)).toMatchObject({ added: 5, activity: "created", dryRun: true });
    expect(databaseChecksum(conn)).toBe(empty);
    run(V1);
    const checksum = databaseChecksum(conn);
    expect(run(V2, true)).toMatchObject({ added: 1, changed: 1, removed: 1, unchanged: 3, dryRun: true });
    expect(databaseChecksum(conn)).toBe(checksum);
  });

  it("refuses to remove a vendor another activity still uses, and writes nothing", () => {
    run(V1);
    const fabrikam = vendor(21);
    conn.db.transaction((tx) =>
      activityWriteService.create(tx, orgId, { key: "header-bidding", name: "Header bidding", purposes: ["marketing.advertising"], disclosures: [{ recipient: fabrikam.id }] }, "test"),
    );
    const checksum = databaseChecksum(conn);
    const err = (() => {
      try {
        run(V2);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(SeedError);
    expect((err as Error).message).toContain('vendors["21"].deletedDate');
    expect((err as Error).message).toContain("Header bidding");
    expect(databaseChecksum(conn)).toBe(checksum);
  });
});

describe("seeds/reference/gvl-mapping.yaml", () => {
  const ref = (name: string) => YAML.parse(fs.readFileSync(path.join(ROOT, "seeds", "reference", name), "utf8"));
  const mapping = ref("gvl-mapping.yaml");

  it("is dated, names its source, and uses only keys of the reference taxonomy", () => {
    expect(mapping.source).toMatch(/fideslang/);
    expect(String(mapping.asOf instanceof Date ? mapping.asOf.toISOString() : mapping.asOf)).toMatch(/^\d{4}-\d{2}-\d{2}/);
    const purposes = new Set(ref("purposes.yaml").purposes.map((p: { key: string }) => p.key));
    const categories = new Set(ref("data-categories.yaml").categories.map((c: { key: string }) => c.key));
    for (const e of [...mapping.purposes, ...mapping.specialPurposes]) for (const k of e.purposes) expect(purposes.has(k), k).toBe(true);
    for (const e of mapping.dataCategories) for (const k of e.dataCategories) expect(categories.has(k), k).toBe(true);
  });

  it("covers every TCF v2.2 purpose, special purpose, feature and data category id", () => {
    const ids = (list: { id: number }[]) => list.map((e) => e.id);
    expect(ids(mapping.purposes)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(ids(mapping.specialPurposes)).toEqual([1, 2, 3]);
    expect(ids(mapping.features)).toEqual([1, 2, 3]);
    expect(ids(mapping.specialFeatures)).toEqual([1, 2]);
    expect(ids(mapping.dataCategories)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});
