import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import YAML from "yaml";
import { EVIDENCE_BASES } from "../../src/domain/regimes";
import { SeedError } from "../../src/io/seed/errors";
import type { RecordDocument } from "../../src/domain/record";
import { readRecordFile } from "../../src/io/record-file";
import { checkOrganization, readReference, readSeedSet, type SeedSet } from "../../src/io/seed/seed-set";

// The seed reader on the real seeds/ folder, and on small broken copies built in temporary folders.

const ROOT = path.resolve(__dirname, "..", "..");
const SEEDS = path.join(ROOT, "seeds");
const REFERENCE = path.join(SEEDS, "reference");
const ACME = path.join(ROOT, "test", "fixtures", "seed-org", "acme.yaml");

const temps: string[] = [];
afterAll(() => temps.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "datamap-seedfiles-"));
  temps.push(d);
  return d;
}

/** A seeds folder in a temp dir: a copy of the real reference data plus the given organisation files. */
function seedFolder(orgs: Record<string, string> = {}): string {
  const d = tempDir();
  fs.cpSync(REFERENCE, path.join(d, "reference"), { recursive: true });
  for (const [name, text] of Object.entries(orgs)) fs.writeFileSync(path.join(d, name), text);
  return d;
}

/** Edits a YAML file in place through the yaml document model, keeping its layout. */
function editYaml(file: string, change: (doc: YAML.Document) => void): void {
  const doc = YAML.parseDocument(fs.readFileSync(file, "utf8"));
  change(doc);
  fs.writeFileSync(file, doc.toString());
}

/** The acme fixture's text after a change. */
function acmeWith(change: (doc: YAML.Document) => void): string {
  const doc = YAML.parseDocument(fs.readFileSync(ACME, "utf8"));
  change(doc);
  return doc.toString();
}

/** Runs fn, which must throw a SeedError, and returns it. */
function seedError(fn: () => unknown): SeedError {
  try {
    fn();
  } catch (err) {
    if (err instanceof SeedError) return err;
    throw new Error(`expected a SeedError, got ${String((err as Error)?.stack ?? err)}`);
  }
  throw new Error("expected a SeedError, but nothing was thrown");
}

/** The one problem reported at `at`; fails when there is none. */
function problemAt(err: SeedError, at: string): string {
  const found = err.problems.filter((p) => p.path === at);
  expect(found, `problems: ${JSON.stringify(err.problems)}`).toHaveLength(1);
  expect(err.message).toContain(`${at}: ${found[0].message}`);
  return found[0].message;
}

let ref: SeedSet["reference"];
let acme: RecordDocument;
beforeAll(() => {
  ref = readReference(REFERENCE);
  acme = readRecordFile(ACME);
});
const acmeRecord = (): RecordDocument => structuredClone(acme);

describe("the real seeds folder", () => {
  let set: SeedSet;
  beforeAll(() => {
    set = readSeedSet(SEEDS);
  });

  it("reads both organisations and the full reference data", () => {
    expect(set.organizations.map((o) => o.record.organization.slug).sort()).toEqual(["landups", "leanplans"]);
    expect(set.organizations.map((o) => path.basename(o.file)).sort()).toEqual(["landups.yaml", "leanplans.yaml"]);
    const codes = set.reference.countries.countries.map((c) => c.code);
    expect(codes.length).toBeGreaterThanOrEqual(249);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of ["CN", "HK", "MO", "TW", "GB", "CH", "CA", "DE"]) expect(codes).toContain(c);
    expect(set.reference.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(set.reference.categories.length).toBeGreaterThan(0);
    expect(set.reference.legalBases.length).toBeGreaterThan(0);
  });

  it("has every activity of both seeds citing evidence, and every inferred fact giving its reason", () => {
    for (const { file, record } of set.organizations) {
      expect(record.activities.length, file).toBeGreaterThan(0);
      for (const a of record.activities) {
        expect(a.evidence.length, `${file} ${a.key}`).toBeGreaterThan(0);
        const all = [
          ...a.evidence,
          ...a.legalBases.flatMap((b) => b.evidence),
          ...a.disclosures.flatMap((d) => d.evidence),
          ...(a.retention?.evidence ?? []),
        ];
        for (const e of all) {
          expect(e.section.trim(), `${file} ${a.key}`).not.toBe("");
          expect(EVIDENCE_BASES).toContain(e.basis);
          if (e.basis === "INFERRED") expect(e.note?.trim(), `${file} ${a.key} section ${e.section}`).toBeTruthy();
        }
      }
    }
  });

  it("passes checkOrganization again for each organisation", () => {
    for (const { file, record } of set.organizations) expect(() => checkOrganization(file, record, set.reference)).not.toThrow();
  });

  it("names a missing seed folder", () => {
    const missing = path.join(tempDir(), "nope");
    const err = seedError(() => readSeedSet(missing));
    expect(err.file).toBe(missing);
    expect(err.message).toContain("seed folder not found");
  });
});

describe("the acme fixture", () => {
  it("is valid on its own, so each broken copy below fails for the one thing changed", () => {
    expect(() => checkOrganization("acme.yaml", acmeRecord(), ref)).not.toThrow();
    const set = readSeedSet(seedFolder({ "acme.yaml": fs.readFileSync(ACME, "utf8") }));
    expect(set.organizations.map((o) => o.record.organization.slug)).toEqual(["acme"]);
    expect(set.organizations[0].record.activities[0].retention?.period).toBe("P6M");
  });
});

describe("reference files", () => {
  it("rejects a duplicate data-category key", () => {
    const d = seedFolder();
    const file = path.join(d, "reference", "data-categories.yaml");
    let at = -1;
    editYaml(file, (doc) => {
      const cats = doc.toJS().categories as { key: string }[];
      at = cats.length;
      doc.addIn(["categories"], { ...cats.find((c) => c.key === "user.contact.email"), name: "E-mail again" });
    });
    const err = seedError(() => readReference(path.join(d, "reference")));
    expect(err.file.endsWith("data-categories.yaml")).toBe(true);
    const msg = problemAt(err, `categories[${at}].key`);
    expect(msg).toContain('duplicate key "user.contact.email"');
  });

  it("rejects a child category listed before its parent", () => {
    const d = seedFolder();
    const file = path.join(d, "reference", "data-categories.yaml");
    let at = -1;
    editYaml(file, (doc) => {
      const seq = doc.get("categories") as YAML.YAMLSeq<YAML.YAMLMap>;
      const keyOf = (m: YAML.YAMLMap) => String(m.get("key"));
      const child = seq.items.findIndex((m) => keyOf(m) === "user.financial.bank_account");
      const [moved] = seq.items.splice(child, 1);
      at = seq.items.findIndex((m) => keyOf(m) === "user.financial");
      seq.items.splice(at, 0, moved);
    });
    const err = seedError(() => readReference(path.join(d, "reference")));
    expect(err.file.endsWith("data-categories.yaml")).toBe(true);
    const msg = problemAt(err, `categories[${at}].key`);
    expect(msg).toContain('parent "user.financial" of "user.financial.bank_account" must be listed before it');
  });

  it("rejects a purpose listed before its parent", () => {
    const d = seedFolder();
    const file = path.join(d, "reference", "purposes.yaml");
    editYaml(file, (doc) => {
      const seq = doc.get("purposes") as YAML.YAMLSeq<YAML.YAMLMap>;
      seq.items.unshift(new YAML.Document({ key: "zz_new.child", name: "Orphan", origin: "datamap" }).contents as YAML.YAMLMap);
    });
    const err = seedError(() => readReference(path.join(d, "reference")));
    expect(err.file.endsWith("purposes.yaml")).toBe(true);
    expect(problemAt(err, "purposes[0].key")).toContain('parent "zz_new" of "zz_new.child"');
  });

  it("rejects a sensitivity entry for a category that does not exist", () => {
    const d = seedFolder();
    const file = path.join(d, "reference", "sensitivity.yaml");
    let at = -1;
    editYaml(file, (doc) => {
      at = (doc.get("sensitivity") as YAML.YAMLSeq).items.length;
      doc.addIn(["sensitivity"], { category: "user.no_such_category", regime: "PIPL", kind: "SENSITIVE", reference: "PIPL Art 28" });
    });
    const err = seedError(() => readReference(path.join(d, "reference")));
    expect(err.file.endsWith("sensitivity.yaml")).toBe(true);
    expect(problemAt(err, `sensitivity[${at}].category`)).toContain('unknown data category "user.no_such_category"');
  });

  it("rejects an adequacy decision for an unknown country", () => {
    const d = seedFolder();
    const file = path.join(d, "reference", "adequacy.yaml");
    let at = -1;
    editYaml(file, (doc) => {
      at = (doc.get("decisions") as YAML.YAMLSeq).items.length;
      doc.addIn(["decisions"], { country: "QQ", status: "ADEQUATE" });
    });
    const err = seedError(() => readReference(path.join(d, "reference")));
    expect(err.file.endsWith("adequacy.yaml")).toBe(true);
    expect(problemAt(err, `decisions[${at}].country`)).toContain('unknown country code "QQ"');
  });
});

describe("organisation files", () => {
  it("rejects a slug used by two organisation files, naming the later file", () => {
    const text = fs.readFileSync(ACME, "utf8");
    // Files are read in name order, so zz-acme.yaml is the one that repeats the slug.
    const d = seedFolder({ "acme.yaml": text, "zz-acme.yaml": acmeWith((doc) => doc.setIn(["organization", "name"], "Acme again")) });
    const err = seedError(() => readSeedSet(d));
    expect(path.basename(err.file)).toBe("zz-acme.yaml");
    expect(problemAt(err, "organization.slug")).toContain('duplicate slug "acme"');
  });

  it("rejects a retention period that is not an ISO 8601 duration", () => {
    const d = seedFolder({ "acme.yaml": acmeWith((doc) => doc.setIn(["activities", 0, "retention", "period"], "6 months")) });
    const err = seedError(() => readSeedSet(d));
    expect(path.basename(err.file)).toBe("acme.yaml");
    const msg = problemAt(err, "activities[0].retention.period");
    expect(msg).toContain("ISO 8601");
    expect(msg).toContain('"6 months"');
  });

  it("accepts ISO 8601 durations and rejects look-alikes", () => {
    const d = tempDir();
    const read = (period: string) => {
      const file = path.join(d, "acme.yaml");
      fs.writeFileSync(file, acmeWith((doc) => doc.setIn(["activities", 0, "retention", "period"], period)));
      return () => readRecordFile(file);
    };
    for (const ok of ["P6M", "P2Y", "P1Y6M", "P3W", "P30D", "PT12H", "P1DT12H30M"]) expect(read(ok), ok).not.toThrow();
    for (const bad of ["P", "PT", "6M", "p6m", "P6", "P1.5Y", "P6M "]) {
      const msg = problemAt(seedError(read(bad)), "activities[0].retention.period");
      expect(msg).toContain(JSON.stringify(bad));
    }
  });

  it("rejects an invalid e-mail address", () => {
    const d = seedFolder({ "acme.yaml": acmeWith((doc) => doc.setIn(["organization", "contactEmail"], "privacy at acme")) });
    const err = seedError(() => readSeedSet(d));
    expect(path.basename(err.file)).toBe("acme.yaml");
    const msg = problemAt(err, "organization.contactEmail");
    expect(msg).toMatch(/email/i);
    expect(msg).toContain('"privacy at acme"');
  });

  it("rejects a recipient whose parent is itself", () => {
    const rec = acmeRecord();
    rec.recipients[1].parent = rec.recipients[1].key;
    const err = seedError(() => checkOrganization("acme.yaml", rec, ref));
    expect(err.file).toBe("acme.yaml");
    expect(problemAt(err, "recipients[1].parent")).toContain('recipient "mail-relay" cannot be its own sub-processor');
  });

  it("rejects a recipient whose parent does not exist", () => {
    const rec = acmeRecord();
    rec.recipients[1].parent = "nobody";
    const err = seedError(() => checkOrganization("acme.yaml", rec, ref));
    expect(problemAt(err, "recipients[1].parent")).toContain('unknown recipient key "nobody"');
  });

  it("reports every cross-reference problem of a file at once", () => {
    const rec = acmeRecord();
    rec.activities[0].dataCategories.push("user.contact.telepathy");
    rec.activities[0].storageLocations.push("moon-base");
    rec.activities[0].disclosures[0].recipient = "stranger";
    rec.activities[0].legalBases[0].code = "A99";
    rec.storageLocations[0].country = "ZZ";
    rec.activities.push({ ...structuredClone(rec.activities[0]) });
    const err = seedError(() => checkOrganization("acme.yaml", rec, ref));
    expect(problemAt(err, "activities[0].dataCategories[1]")).toContain('unknown data category key "user.contact.telepathy"');
    expect(problemAt(err, "activities[0].storageLocations[1]")).toContain('unknown storage location key "moon-base"');
    expect(problemAt(err, "activities[0].disclosures[0].recipient")).toContain('unknown recipient key "stranger"');
    expect(problemAt(err, "activities[0].legalBases[0].code")).toContain('unknown legal basis "A99" for regime GDPR');
    expect(problemAt(err, "storageLocations[0].country")).toContain('unknown country code "ZZ"');
    expect(problemAt(err, "activities[1].key")).toContain('duplicate key "newsletters"');
    expect(err.message.split("\n").every((line) => line.startsWith("acme.yaml: "))).toBe(true);
  });
});

// Checks the reader does not make yet. Each of these reproduces a src bug described in the report;
// they fail until src/io/seed/seed-set.ts is fixed.
describe("duplicates and references across reference files", () => {
  it("rejects a country listed twice in the EEA list", () => {
    const d = seedFolder();
    editYaml(path.join(d, "reference", "adequacy.yaml"), (doc) => doc.addIn(["eea"], "AT"));
    const err = seedError(() => readReference(path.join(d, "reference")));
    expect(err.file.endsWith("adequacy.yaml")).toBe(true);
    expect(err.message).toContain('"AT"');
  });

  it("rejects an EEA country that also has an adequacy decision", () => {
    const d = seedFolder();
    editYaml(path.join(d, "reference", "adequacy.yaml"), (doc) => doc.addIn(["decisions"], { country: "FR", status: "ADEQUATE" }));
    const err = seedError(() => readReference(path.join(d, "reference")));
    expect(err.file.endsWith("adequacy.yaml")).toBe(true);
    expect(err.message).toContain('"FR"');
  });

  it("rejects a duplicate sensitivity entry", () => {
    const d = seedFolder();
    editYaml(path.join(d, "reference", "sensitivity.yaml"), (doc) => doc.addIn(["sensitivity"], (doc.toJS().sensitivity as unknown[])[0]));
    const err = seedError(() => readReference(path.join(d, "reference")));
    expect(err.file.endsWith("sensitivity.yaml")).toBe(true);
    expect(err.message).toContain(ref.sensitivity[0].category);
  });

  it("rejects a duplicate country code", () => {
    const d = seedFolder();
    editYaml(path.join(d, "reference", "countries.yaml"), (doc) => doc.addIn(["countries"], { code: "HK", name: "Hong Kong again" }));
    const err = seedError(() => readReference(path.join(d, "reference")));
    expect(err.file.endsWith("countries.yaml")).toBe(true);
    expect(err.message).toContain('"HK"');
  });

  it("rejects a duplicate data-subject key ", () => {
    const d = seedFolder();
    editYaml(path.join(d, "reference", "data-subjects.yaml"), (doc) =>
      doc.addIn(["dataSubjects"], { key: "customer", name: "Customer again", origin: "datamap" }),
    );
    const err = seedError(() => readReference(path.join(d, "reference")));
    expect(err.file.endsWith("data-subjects.yaml")).toBe(true);
    expect(err.message).toContain('duplicate key "customer"');
  });

  it("checks the DPO's country like the representative's", () => {
    const rec = acmeRecord();
    rec.organization.dpo = { name: "Pat Doe", email: null, country: "ZZ" };
    const err = seedError(() => checkOrganization("acme.yaml", rec, ref));
    expect(problemAt(err, "organization.dpo.country")).toContain('unknown country code "ZZ"');
  });

  it("rejects recipients that are each other's sub-processors", () => {
    const rec = acmeRecord();
    rec.recipients[0].parent = "mail-relay"; // mail-relay's parent is already cloud-host
    const err = seedError(() => checkOrganization("acme.yaml", rec, ref));
    expect(err.problems.some((p) => /^recipients\[[01]\]\.parent$/.test(p.path))).toBe(true);
  });
});
