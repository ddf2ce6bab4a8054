import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Connection } from "../../src/db/connection";
import { importFideslang } from "../../src/io/import/fideslang";
import { SeedError } from "../../src/io/seed/errors";
import { seedDatabase } from "../../src/io/seed/seed";
import { databaseChecksum } from "../helpers/checksum";

// `datamap import fideslang` through its service: entries added or updated by fides_key, deprecations, history, bad files.

const FIXTURES = path.resolve(__dirname, "..", "fixtures", "fides");

let dir: string;
let conn: Connection;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "datamap-fideslang-"));
  conn = openDatabase(path.join(dir, "t.db"));
  seedDatabase(conn);
});
afterEach(() => {
  conn.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const row = (table: string, key: string) => conn.sqlite.prepare(`select * from ${table} where key = ?`).get(key) as any;
const audit = (type: string, id: number) =>
  conn.sqlite.prepare("select actor, operation, version from audit_log where entity_type = ? and entity_id = ? order by version").all(type, id);

function rejected(file: string): SeedError {
  try {
    importFideslang(conn.db, file);
  } catch (err) {
    if (err instanceof SeedError) return err;
    throw err;
  }
  throw new Error("expected the import to be refused");
}

function writeFixture(name: string, edit: (text: string) => string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, edit(fs.readFileSync(path.join(FIXTURES, "data_categories.yml"), "utf8")));
  return file;
}

describe("importing a fideslang data_category file", () => {
  it("updates existing entries, adds new ones below their parent, and marks deprecated ones", () => {
    const s = importFideslang(conn.db, path.join(FIXTURES, "data_categories.yml"));
    expect(s.kinds).toEqual([{ kind: "data_category", what: "data categories", entries: 3, added: 1, changed: 2, unchanged: 0, kept: 0, deprecated: 1 }]);
    expect(row("data_categories", "user.contact.email")).toMatchObject({ name: "Email address (fixture)", origin: "fideslang", deprecated: 0 });
    const pager = row("data_categories", "user.contact.pager");
    // Not in Fides' default taxonomy (is_default: false): an entry of our own, which export fides writes along.
    expect(pager).toMatchObject({ name: "Pager number", origin: "datamap", parent_id: row("data_categories", "user.contact").id, version: 1 });
    expect(row("data_categories", "user.contact.fax_number").deprecated).toBe(1);
  });

  it("records history: the seeded state as version 1, the import's change as version 2, new entries as created by import", () => {
    importFideslang(conn.db, path.join(FIXTURES, "data_categories.yml"));
    expect(audit("DataCategory", row("data_categories", "user.contact.email").id)).toEqual([
      { actor: "seed", operation: "CREATE", version: 1 },
      { actor: "import", operation: "UPDATE", version: 2 },
    ]);
    expect(audit("DataCategory", row("data_categories", "user.contact.pager").id)).toEqual([{ actor: "import", operation: "CREATE", version: 1 }]);
  });

  it("changes nothing the second time", () => {
    importFideslang(conn.db, path.join(FIXTURES, "data_categories.yml"));
    const checksum = databaseChecksum(conn);
    expect(importFideslang(conn.db, path.join(FIXTURES, "data_categories.yml")).kinds[0]).toMatchObject({ added: 0, changed: 0, unchanged: 3 });
    expect(databaseChecksum(conn)).toBe(checksum);
  });

  it("reports a dry run and writes nothing", () => {
    const checksum = databaseChecksum(conn);
    const s = importFideslang(conn.db, path.join(FIXTURES, "data_categories.yml"), { dryRun: true });
    expect(s).toMatchObject({ kinds: [{ added: 1, changed: 2 }], dryRun: true });
    expect(databaseChecksum(conn)).toBe(checksum);
  });
});

describe("a taxonomy file with several kinds", () => {
  it("adds data categories, uses and subjects from one file, parents first", () => {
    const s = importFideslang(conn.db, path.join(FIXTURES, "extended_taxonomy.yml"));
    expect(s.kinds.map((k) => [k.kind, k.added, k.changed])).toEqual([
      ["data_category", 2, 1],
      ["data_use", 1, 0],
      ["data_subject", 1, 0],
    ]);
    expect(row("data_categories", "user.loyalty.points").parent_id).toBe(row("data_categories", "user.loyalty").id);
    expect(row("purposes", "marketing.advertising.third_party.targeted.direct_marketing").origin).toBe("datamap");
    expect(row("data_subject_categories", "potential_customer").name).toBe("Potential customer");
  });

  it("with keepNames, adds only the new entries and leaves our wording of existing ones", () => {
    const before = row("data_categories", "user.contact.email");
    const s = importFideslang(conn.db, path.join(FIXTURES, "extended_taxonomy.yml"), { keepNames: true });
    expect(s.kinds[0]).toMatchObject({ kind: "data_category", added: 2, changed: 0, kept: 1 });
    expect(row("data_categories", "user.contact.email")).toEqual(before);
  });
});

describe("importing data uses and data subjects", () => {
  it("adds a data use as a purpose below its parent", () => {
    expect(importFideslang(conn.db, path.join(FIXTURES, "data_uses.yml")).kinds).toMatchObject([{ kind: "data_use", added: 1 }]);
    const podcast = row("purposes", "marketing.advertising.podcast");
    expect(podcast).toMatchObject({ name: "Podcast advertising", origin: "datamap", parent_id: row("purposes", "marketing.advertising").id });
    expect(audit("Purpose", podcast.id)).toEqual([{ actor: "import", operation: "CREATE", version: 1 }]);
  });

  it("adds a data subject", () => {
    expect(importFideslang(conn.db, path.join(FIXTURES, "data_subjects.yml")).kinds).toMatchObject([{ kind: "data_subject", added: 1 }]);
    expect(row("data_subject_categories", "volunteer")).toMatchObject({ name: "Volunteer", origin: "datamap", deprecated: 0 });
  });
});

describe("a bad fideslang file", () => {
  it("names an unknown parent key, and writes nothing", () => {
    const checksum = databaseChecksum(conn);
    const file = writeFixture("unknown-parent.yml", (t) => t.replace("fides_key: user.contact.pager", "fides_key: user.beeper.pager").replace(/parent_key: user.contact\n- version_added: 2.0.0\n  version_deprecated: 2.1.0/, "parent_key: user.beeper\n- version_added: 2.0.0\n  version_deprecated: 2.1.0"));
    const err = rejected(file);
    expect(err.problems).toEqual([
      { path: 'data_category[1] "user.beeper.pager" parent_key', message: '"user.beeper" is an unknown taxonomy key; expected a data categories key in the files or in the database' },
    ]);
    expect(databaseChecksum(conn)).toBe(checksum);
  });

  it("names a parent_key that does not match the key", () => {
    const err = rejected(writeFixture("mismatch.yml", (t) => t.replace("parent_key: user.contact\n- version_added: 2.1.0", "parent_key: user.name\n- version_added: 2.1.0")));
    expect(err.problems[0]).toEqual({ path: 'data_category[0] "user.contact.email" parent_key', message: '"user.name" does not match the key "user.contact.email"; expected "user.contact" (the key up to its last dot)' });
  });

  it("names a data subject given a parent, and a key datamap cannot hold", () => {
    const file = path.join(dir, "subjects.yml");
    fs.writeFileSync(file, "data_subject:\n  - fides_key: member\n    name: Member\n    parent_key: customer\n  - fides_key: Big-Customer\n    name: Big\n");
    expect(rejected(file).problems).toEqual([
      { path: 'data_subject[0] "member" parent_key', message: "\"customer\" is given, but fideslang's data subjects have no parent; expected none" },
      { path: 'data_subject[1] "Big-Customer" fides_key', message: '"Big-Customer" is not a key datamap can hold; expected a lower-case data-subject key like customer (letters, digits, _)' },
    ]);
  });

  it("names the line of malformed YAML", () => {
    const err = rejected(writeFixture("broken.yml", (t) => t.replace("  name: Pager number", "  name: [Pager number")));
    expect(err.problems[0].path).toMatch(/^line \d+$/);
  });

  it("names a resource that is no taxonomy entry", () => {
    const file = path.join(dir, "other.yml");
    fs.writeFileSync(file, "dataset:\n  - fides_key: x\n    collections: []\n");
    expect(rejected(file).problems[0]).toEqual({ path: 'dataset[0] "x"', message: expect.stringMatching(/expected only taxonomy entries .* read dataset resources with datamap import fides/) });
  });

  it("names a top-level key that is no Fides resource kind", () => {
    const file = path.join(dir, "typo.yml");
    fs.writeFileSync(file, "data_categories:\n  - fides_key: user.x\n");
    expect(rejected(file).problems[0]).toEqual({ path: "", message: 'unknown key(s) "data_categories"' });
  });
});
