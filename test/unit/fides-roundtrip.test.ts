import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import YAML from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Connection } from "../../src/db/connection";
import { exportFides } from "../../src/io/export/fides";
import { importFides, readFidesManifests } from "../../src/io/import/fides";
import { importGvl } from "../../src/io/import/gvl";
import { readGvlList } from "../../src/io/import/gvl-file";
import { readGvlMapping } from "../../src/io/import/gvl-mapping";
import { SeedError } from "../../src/io/seed/errors";
import { seedDatabase } from "../../src/io/seed/seed";
import { activityStore } from "../../src/modules/activity/activity.store";
import { organizationStore } from "../../src/modules/organization/organization.store";
import { organizationWriteService } from "../../src/modules/organization/organization.write.service";
import { recipientStore } from "../../src/modules/recipient/recipient.store";
import { databaseChecksum } from "../helpers/checksum";

// Fides manifests: Landups (with five TCF vendors) exported, read back into a fresh organisation, compared.

let dir: string;
let conn: Connection;
let manifestFile: string;
let manifest: any;
const GVL = path.resolve(__dirname, "..", "fixtures", "gvl", "vendor-list-v1.json");

function newOrganization(slug: string): number {
  return conn.db.transaction((tx) => organizationWriteService.create(tx, { slug, name: `Fresh ${slug}` }, "test"));
}

/** Each live activity by key, as the record states it. */
function activities(slug: string) {
  const org = organizationStore.bySlug(conn.db, slug)!;
  return Object.fromEntries(
    activityStore.byOrgIds(conn.db, [org.id]).map((a) => {
      const l = activityStore.linkKeys(conn.db, a.id);
      const retention = { period: a.retentionPeriod, trigger: a.retentionTrigger, description: a.retentionDescription };
      return [a.key, { name: a.name, purposes: l.purposes, dataCategories: l.dataCategories, dataSubjects: l.dataSubjects, disclosures: l.disclosures, legalBases: l.legalBases.map((b) => `${b.regime} ${b.code} ${b.consentMechanism ?? ""}`), retention }];
    }),
  );
}

function recipients(slug: string) {
  const org = organizationStore.bySlug(conn.db, slug)!;
  const rows = recipientStore.byOrgIds(conn.db, [org.id]);
  const keyOf = new Map(rows.map((r) => [r.id, r.key]));
  return rows.map((r) => ({ key: r.key, name: r.name, kind: r.kind, category: r.category, named: r.named, country: r.countryCode, parent: r.parentId && keyOf.get(r.parentId), privacyUrl: r.privacyUrl, gvlId: r.gvlId, usesCookies: r.usesCookies }));
}

function rejected(file: string, slug: string): SeedError {
  try {
    importFides(conn.db, organizationStore.bySlug(conn.db, slug)!.id, slug, readFidesManifests([file]));
  } catch (err) {
    if (err instanceof SeedError) return err;
    throw err;
  }
  throw new Error("expected the import to be refused");
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "datamap-fides-"));
  conn = openDatabase(path.join(dir, "t.db"));
  seedDatabase(conn);
  const landups = organizationStore.bySlug(conn.db, "landups")!.id;
  importGvl(conn.db, landups, readGvlList(GVL), readGvlMapping(conn.db));
  const out = exportFides(conn.db, "landups");
  manifestFile = path.join(dir, "landups.yml");
  fs.writeFileSync(manifestFile, out.yaml);
  manifest = YAML.parse(out.yaml);
});
afterAll(() => {
  conn.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("datamap export fides", () => {
  it("writes one system for the organisation with a privacy declaration per activity", () => {
    const own = manifest.system[0];
    const record = activities("landups");
    expect(own).toMatchObject({ fides_key: "landups", system_type: "Service", responsibility: ["Controller"] });
    expect(own.privacy_declarations).toHaveLength(Object.keys(record).length);
    const tcf = own.privacy_declarations.find((d: any) => d.name === "Advertising through IAB TCF vendors");
    expect(tcf.data_use).toBe(record["iab-tcf-vendors"].purposes[0]);
    expect(tcf.data_categories).toEqual(record["iab-tcf-vendors"].dataCategories);
    expect(tcf.egress).toEqual(["northwind-ads-ltd", "contoso-measurement-gmbh", "fabrikam-data-sas", "tailspin-video-inc", "adatum-exchange"]);
    expect(own.egress.map((f: any) => f.fides_key)).toContain("northwind-ads-ltd");
  });

  it("writes one system per recipient, with vendor-list facts in Fides' own fields", () => {
    const northwind = manifest.system.find((s: any) => s.fides_key === "northwind-ads-ltd");
    expect(northwind).toMatchObject({
      name: "Northwind Ads Ltd",
      vendor_id: "gvl.3",
      privacy_policy: "https://northwind.example/privacy",
      legitimate_interest_disclosure_url: "https://northwind.example/legitimate-interest",
      uses_cookies: true,
      cookie_max_age_seconds: 31536000,
      responsibility: ["Controller"],
      ingress: [{ fides_key: "landups", type: "system", data_categories: ["user.behavior", "user.device", "user.device.ip_address"] }],
      privacy_declarations: [],
    });
    expect(manifest.system).toHaveLength(1 + recipients("landups").length);
  });
});

describe("datamap import fides", () => {
  it("reads the export into a fresh organisation with the same activities, uses, categories, subjects and recipients", () => {
    newOrganization("fresh");
    const s = importFides(conn.db, organizationStore.bySlug(conn.db, "fresh")!.id, "fresh", readFidesManifests([manifestFile]));
    expect(s.activities).toEqual({ added: Object.keys(activities("landups")).length, changed: 0, unchanged: 0 });
    expect(s).toMatchObject({ ownSystems: 1, thirdPartySystems: recipients("landups").length });
    expect(activities("fresh")).toEqual(activities("landups"));
    expect(recipients("fresh")).toEqual(recipients("landups"));
  });

  it("changes nothing when the same manifest is read again, into either organisation", () => {
    const checksum = databaseChecksum(conn);
    for (const slug of ["fresh", "landups"]) {
      const s = importFides(conn.db, organizationStore.bySlug(conn.db, slug)!.id, slug, readFidesManifests([manifestFile]));
      expect(s.recipients.added + s.recipients.changed + s.activities.added + s.activities.changed).toBe(0);
    }
    expect(databaseChecksum(conn)).toBe(checksum);
  });

  it("reads a plain Fides manifest without datamap's meta: one purpose per declaration, disclosures from egress", () => {
    newOrganization("plain");
    const plain = structuredClone(manifest);
    for (const s of plain.system) delete s.meta;
    plain.system[0].fides_key = "plain";
    const file = path.join(dir, "plain.yml");
    fs.writeFileSync(file, YAML.stringify(plain));
    importFides(conn.db, organizationStore.bySlug(conn.db, "plain")!.id, "plain", readFidesManifests([file]));
    const got = activities("plain");
    const want = activities("landups");
    const byName = (list: Record<string, any>): Record<string, any> => Object.fromEntries(Object.values(list).map((a) => [a.name, a]));
    for (const [name, a] of Object.entries(byName(want))) {
      expect(byName(got)[name].purposes).toEqual(a.purposes.slice(0, 1));
      expect(byName(got)[name].dataCategories).toEqual(a.dataCategories);
      expect(byName(got)[name].dataSubjects).toEqual(a.dataSubjects);
      expect(byName(got)[name].disclosures.map((d: any) => d.recipient)).toEqual(a.disclosures.map((d: any) => d.recipient));
    }
  });

  it("names an unknown taxonomy key by its place in the manifest, and writes nothing", () => {
    newOrganization("broken");
    const bad = structuredClone(manifest);
    bad.system[0].privacy_declarations[1].data_categories = ["user.contact.email", "user.telepathy"];
    const file = path.join(dir, "bad.yml");
    fs.writeFileSync(file, YAML.stringify(bad));
    const checksum = databaseChecksum(conn);
    const err = rejected(file, "broken");
    expect(err.problems).toEqual([
      {
        path: 'system[0] "landups" privacy_declarations[1] data_categories[1]',
        message: '"user.telepathy" is an unknown taxonomy key; expected a data-category key of the taxonomy or one defined in the files',
      },
    ]);
    expect(databaseChecksum(conn)).toBe(checksum);
  });

  it("names a data flow to a system the manifest does not have", () => {
    const bad = structuredClone(manifest);
    bad.system[0].privacy_declarations[0].egress = ["nobody-at-all"];
    const file = path.join(dir, "egress.yml");
    fs.writeFileSync(file, YAML.stringify(bad));
    expect(rejected(file, "broken").problems[0]).toMatchObject({ path: 'system[0] "landups" privacy_declarations[0] egress[0]' });
  });
});
