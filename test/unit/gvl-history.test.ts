import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openDatabase, type Connection } from "../../src/db/connection";
import { importGvl } from "../../src/io/import/gvl";
import { readGvlList } from "../../src/io/import/gvl-file";
import { readGvlMapping } from "../../src/io/import/gvl-mapping";
import { seedDatabase } from "../../src/io/seed/seed";
import { organizationStore } from "../../src/modules/organization/organization.store";

// A vendor's first version already holds its vendor-list facts, so history and time travel see them from the start.
let dir: string;
let conn: Connection;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "datamap-gvl-history-"));
  conn = openDatabase(path.join(dir, "gvl.db"));
  seedDatabase(conn);
  const orgId = organizationStore.bySlug(conn.db, "landups")!.id;
  const file = path.resolve(__dirname, "..", "fixtures", "gvl", "vendor-list-v1.json");
  conn.db.transaction((tx) => importGvl(tx, orgId, readGvlList(file), readGvlMapping(tx), { dryRun: false }));
});
afterAll(() => {
  conn.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it("records the GVL id and URLs in each new vendor's version 1", () => {
  const rows = conn.sqlite
    .prepare("select r.gvl_id as gvlId, r.privacy_url as privacyUrl, v.version, v.snapshot from recipients r join versions v on v.entity_type = 'Recipient' and v.entity_id = r.id where r.gvl_id is not null and v.version = 1")
    .all() as { gvlId: number; privacyUrl: string | null; version: number; snapshot: string }[];
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows) {
    const gvl = JSON.parse(r.snapshot).gvl;
    expect(gvl, `vendor ${r.gvlId}`).toBeDefined();
    expect(gvl.gvlId).toBe(r.gvlId);
    expect(gvl.privacyUrl).toBe(r.privacyUrl);
  }
});
