import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import YAML from "yaml";
import { ROOT, SEEDS, count, removeDir, runCli, startServe, tempDir, withDb } from "./run";

// The real binary against real SQLite files in temporary folders.

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => removeDir(dir));

const readYaml = (file: string) => YAML.parse(fs.readFileSync(file, "utf8"));

/** Every row of the organisation tables, so "changes nothing" can be checked exactly. */
function orgRows(file: string) {
  return withDb(file, (db) =>
    Object.fromEntries(
      ["organizations", "processing_activities", "recipients", "storage_locations", "evidence", "disclosures"].map((t) => [
        t,
        db.prepare(`select * from ${t} order by id`).all(),
      ]),
    ),
  );
}

const orgCounts = (file: string) => ({
  organizations: count(file, "organizations"),
  processing_activities: count(file, "processing_activities"),
  recipients: count(file, "recipients"),
});

describe("datamap --help and unknown commands", () => {
  it("--help exits 0 and lists every command", async () => {
    const r = await runCli(["--help"]);
    expect(r.code).toBe(0);
    for (const cmd of ["serve", "migrate", "seed", "schema"]) expect(r.stdout).toMatch(new RegExp(`^\\s+${cmd}\\b`, "m"));
  });

  it("an unknown command exits 2 and names the command", async () => {
    const r = await runCli(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
  });
});

describe("datamap migrate", () => {
  it("creates the database file with the schema, and a second run is fine", async () => {
    const db = path.join(dir, "nested", "x.db");
    const first = await runCli(["migrate", "--db", db]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`${db} is up to date`);
    expect(fs.existsSync(db)).toBe(true);
    const tables = () => withDb(db, (d) => (d.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[]).map((t) => t.name));
    const before = tables();
    expect(before).toEqual(expect.arrayContaining(["organizations", "processing_activities", "recipients", "countries"]));
    expect(count(db, "organizations")).toBe(0);

    const second = await runCli(["migrate", "--db", db]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toBe("");
    expect(tables()).toEqual(before);
  });

  it("fails with a one-line message and no stack when --db is a directory", async () => {
    const target = path.join(dir, "a-folder");
    fs.mkdirSync(target);
    const r = await runCli(["migrate", "--db", target]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain("    at ");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(/^datamap: cannot /);
    expect(r.stderr).toContain(target);
    expect(r.stdout).not.toContain("up to date");
  });

  it("fails with a one-line message and no stack when the file is not a database, and leaves it alone", async () => {
    const target = path.join(dir, "garbage.db");
    fs.writeFileSync(target, "not a database");
    const r = await runCli(["migrate", "--db", target]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain("    at ");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(/^datamap: cannot /);
    expect(r.stderr).toContain(target);
    expect(fs.readFileSync(target, "utf8")).toBe("not a database");
  });
});

describe("datamap seed", () => {
  it("loads both organisations, then skips them, and --reset reloads them", async () => {
    const db = path.join(dir, "x.db");
    const ref = (n: string) => readYaml(path.join(SEEDS, "reference", n));
    const expected = {
      countries: ref("countries.yaml").countries.length,
      categories: ref("data-categories.yaml").categories.length,
      purposes: ref("purposes.yaml").purposes.length,
      legalBases: ref("legal-bases.yaml").legalBases.length,
    };
    const summary = `datamap: reference data: ${expected.countries} countries, ${expected.categories} data categories, ${expected.purposes} purposes, ${expected.legalBases} legal bases`;

    const first = await runCli(["seed", "--db", db]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(summary);
    expect(first.stdout).toContain("loaded landups, leanplans");
    expect(count(db, "countries")).toBe(expected.countries);
    expect(count(db, "data_categories")).toBe(expected.categories);
    expect(count(db, "purposes")).toBe(expected.purposes);
    expect(count(db, "legal_bases")).toBe(expected.legalBases);
    const orgFiles = ["landups.yaml", "leanplans.yaml"].map((n) => readYaml(path.join(SEEDS, n)));
    const counts = orgCounts(db);
    expect(counts).toEqual({
      organizations: 2,
      processing_activities: orgFiles.reduce((n, f) => n + f.activities.length, 0),
      recipients: orgFiles.reduce((n, f) => n + f.recipients.length, 0),
    });
    const rows = orgRows(db);

    const second = await runCli(["seed", "--db", db]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain("already present: landups, leanplans");
    expect(second.stdout).not.toContain("loaded landups");
    expect(orgCounts(db)).toEqual(counts);
    expect(orgRows(db)).toEqual(rows);

    const reset = await runCli(["seed", "--reset", "--db", db]);
    expect(reset.code, reset.stderr).toBe(0);
    expect(reset.stdout).toContain("loaded landups, leanplans");
    expect(reset.stdout).not.toContain("already present");
    expect(orgCounts(db)).toEqual(counts);
    expect(count(db, "countries")).toBe(expected.countries);
    const slugs = withDb(db, (d) => (d.prepare("select slug from organizations order by slug").all() as { slug: string }[]).map((r) => r.slug));
    expect(slugs).toEqual(["landups", "leanplans"]);
  });

  it("--reset with bad seed data fails before wiping anything", async () => {
    const db = path.join(dir, "x.db");
    const good = await runCli(["seed", "--db", db]);
    expect(good.code, good.stderr).toBe(0);
    const rows = orgRows(db);
    expect(rows.organizations).toHaveLength(2);

    const seeds = path.join(dir, "broken-seeds");
    fs.cpSync(SEEDS, seeds, { recursive: true });
    const file = path.join(seeds, "leanplans.yaml");
    const doc = YAML.parseDocument(fs.readFileSync(file, "utf8"));
    doc.setIn(["organization", "contactEmail"], "service at leanplans");
    fs.writeFileSync(file, doc.toString());

    const r = await runCli(["seed", "--reset", "--db", db, "--seeds", seeds]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("leanplans.yaml");
    expect(r.stderr).toContain("organization.contactEmail");
    expect(r.stderr).toContain('"service at leanplans"');
    expect(orgRows(db)).toEqual(rows);
  });

  describe("bad seed data stops the seed and writes nothing", () => {
    let seeds: string;
    let db: string;
    beforeEach(async () => {
      seeds = path.join(dir, "seeds");
      fs.cpSync(SEEDS, seeds, { recursive: true });
      db = path.join(dir, "x.db");
      const m = await runCli(["migrate", "--db", db]);
      expect(m.code, m.stderr).toBe(0);
      expect(count(db, "organizations")).toBe(0);
      expect(count(db, "countries")).toBe(0);
    });

    /** Edits one YAML file in the copied seed folder, keeping its comments and layout. */
    function edit(rel: string, change: (doc: YAML.Document) => void): void {
      const file = path.join(seeds, rel);
      const doc = YAML.parseDocument(fs.readFileSync(file, "utf8"));
      change(doc);
      fs.writeFileSync(file, doc.toString());
    }

    async function seedFails(): Promise<string> {
      const r = await runCli(["seed", "--db", db, "--seeds", seeds], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("datamap: seed data rejected, nothing was written");
      expect(r.stderr).not.toContain("    at ");
      expect(r.stdout).not.toContain("loaded");
      expect(count(db, "organizations")).toBe(0);
      expect(count(db, "countries")).toBe(0);
      expect(count(db, "data_categories")).toBe(0);
      return r.stderr;
    }

    it("an unknown storage-location country (landups HK -> ZZ)", async () => {
      edit("landups.yaml", (doc) => {
        expect(doc.getIn(["storageLocations", 0, "country"])).toBe("HK");
        doc.setIn(["storageLocations", 0, "country"], "ZZ");
      });
      const err = await seedFails();
      expect(err).toContain("landups.yaml");
      expect(err).toContain("storageLocations[0].country");
      expect(err).toContain('"ZZ"');
    });

    it("an unknown key in an activity (leanplans activities[0].colour)", async () => {
      edit("leanplans.yaml", (doc) => doc.setIn(["activities", 0, "colour"], "red"));
      const err = await seedFails();
      expect(err).toContain("leanplans.yaml");
      expect(err).toContain("activities[0]");
      expect(err).toContain('"colour"');
      expect(err).toMatch(/unknown key/);
    });

    it("a missing required field (leanplans recipients[0].name)", async () => {
      edit("leanplans.yaml", (doc) => {
        expect(doc.deleteIn(["recipients", 0, "name"])).toBe(true);
      });
      const err = await seedFails();
      expect(err).toContain("leanplans.yaml");
      expect(err).toContain("recipients[0].name");
      expect(err).toContain("missing");
    });

    it("an unknown country code in the adequacy EEA list", async () => {
      let index = -1;
      edit("reference/adequacy.yaml", (doc) => {
        const eea = doc.get("eea") as YAML.YAMLSeq;
        index = eea.items.length;
        doc.addIn(["eea"], "QQ");
      });
      const err = await seedFails();
      expect(err).toContain("adequacy.yaml");
      expect(err).toContain(`eea[${index}]`);
      expect(err).toContain('"QQ"');
      expect(err).toContain("unknown country code");
    });

    // A repeat must be caught by the reader, not by a unique index halfway through the write.
    it("a country listed twice in the adequacy EEA list", async () => {
      let index = -1;
      edit("reference/adequacy.yaml", (doc) => {
        index = (doc.get("eea") as YAML.YAMLSeq).items.length;
        doc.addIn(["eea"], "AT");
      });
      const err = await seedFails();
      expect(err).toContain("adequacy.yaml");
      expect(err).toContain(`eea[${index}]`);
      expect(err).toContain('"AT"');
    });

    it("an activity citing an unknown data category key", async () => {
      let index = -1;
      edit("landups.yaml", (doc) => {
        const cats = doc.getIn(["activities", 1, "dataCategories"]) as YAML.YAMLSeq;
        index = cats.items.length;
        doc.addIn(["activities", 1, "dataCategories"], "user.contact.carrier_pigeon");
      });
      const err = await seedFails();
      expect(err).toContain("landups.yaml");
      expect(err).toContain(`activities[1].dataCategories[${index}]`);
      expect(err).toContain('"user.contact.carrier_pigeon"');
      expect(err).toContain("unknown data category");
    });
  });
});

describe("datamap serve", () => {
  async function getJson(url: string, init?: RequestInit) {
    const res = await fetch(url, init);
    return { status: res.status, body: (await res.json()) as any };
  }
  const query = (url: string, q: string, token?: string) =>
    getJson(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: q }),
    });

  it("seeds an empty database, answers, and stops cleanly on SIGTERM then SIGINT without seeding twice", async () => {
    const db = path.join(dir, "serve.db");
    let firstRows: ReturnType<typeof orgRows> | undefined;
    let token: string | undefined;
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      const s = await startServe(["--db", db]);
      try {
        // The first start makes an ADMIN key and shows its token once; the second start shows none.
        if (token) expect(s.token).toBeUndefined();
        else token = s.token;
        expect(token).toMatch(/^dmk_[A-Za-z0-9_-]{43}$/);
        const port = Number(new URL(s.url).port);
        expect(port).toBeGreaterThan(0);
        const health = await getJson(new URL("/healthz", s.url).toString());
        expect(health).toEqual({ status: 200, body: { status: "ok" } });
        const anonymous = await query(s.url, "{ organizations { slug } }");
        expect(anonymous.status).toBe(401);
        const r = await query(s.url, "{ organizations { slug } }", token);
        expect(r.status).toBe(200);
        expect(r.body.errors).toBeUndefined();
        expect(r.body.data.organizations.map((o: { slug: string }) => o.slug).sort()).toEqual(["landups", "leanplans"]);
      } finally {
        s.child.kill(signal);
      }
      const exit = await s.exited;
      expect(exit, s.stderr()).toEqual({ code: 0, signal: null });
      expect(s.stderr()).toBe("");
      expect(count(db, "organizations")).toBe(2);
      // The second start finds the organisations already there and leaves every row as it was.
      if (firstRows) expect(orgRows(db)).toEqual(firstRows);
      else firstRows = orgRows(db);
    }
  });
});

describe("datamap schema", () => {
  it("prints the committed SDL", async () => {
    const r = await runCli(["schema"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("type Query");
    expect(r.stdout).toBe(fs.readFileSync(path.join(ROOT, "schema", "schema.graphql"), "utf8"));
  });

  it("--out writes the same SDL to a new file", async () => {
    const out = path.join(dir, "deep", "schema.graphql");
    const r = await runCli(["schema", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`schema written to ${out}`);
    expect(fs.readFileSync(out, "utf8")).toBe(fs.readFileSync(path.join(ROOT, "schema", "schema.graphql"), "utf8"));
  });
});
