import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Connection } from "../../src/db/connection";
import { planVendors } from "../../src/io/import/gvl-facts";
import { checkGvlList, readGvlList } from "../../src/io/import/gvl-file";
import { jsonPath, locateJsonError, parseJsonFile } from "../../src/io/json-file";
import { readGvlMapping } from "../../src/io/import/gvl-mapping";
import { SeedError } from "../../src/io/seed/errors";
import { seedDatabase } from "../../src/io/seed/seed";

// Reading a vendor list: every bad file is refused with the file, the place in it, the value and what was expected.

const V1 = path.resolve(__dirname, "..", "fixtures", "gvl", "vendor-list-v1.json");
const fixture = () => JSON.parse(fs.readFileSync(V1, "utf8"));

function problems(work: () => unknown): { path: string; message: string }[] {
  try {
    work();
  } catch (err) {
    if (err instanceof SeedError) return err.problems;
    throw err;
  }
  throw new Error("expected a SeedError");
}

describe("the list's JSON", () => {
  it("names line and column of malformed JSON", () => {
    const text = '{\n  "gvlSpecificationVersion": 3,\n  "vendors": { "1": { "name": "A" },, }\n}';
    const [p] = problems(() => parseJsonFile("list.json", text));
    expect(p.path).toBe("line 3, column 37");
    expect(p.message).toMatch(/malformed JSON: found ","; expected a property name/);
  });

  it("finds where a file ends too early, and text after the end", () => {
    expect(locateJsonError('{"a": [1, 2').message).toMatch(/the end of the file; expected "," or "\]"/);
    expect(locateJsonError('{"a": 1} x')).toEqual({ offset: 9, message: '"x"; expected nothing after the end of the JSON value' });
    expect(locateJsonError('{"a": "open').message).toMatch(/never closed/);
  });

  it("writes JSON paths people can paste", () => {
    expect(jsonPath(["vendors", "12", "urls", 0, "privacy"])).toBe('vendors["12"].urls[0].privacy');
  });
});

describe("the list's format", () => {
  it("refuses another gvlSpecificationVersion, naming it and the expected one", () => {
    const list = { ...fixture(), gvlSpecificationVersion: 2 };
    expect(problems(() => checkGvlList("list.json", list))).toEqual([
      { path: "gvlSpecificationVersion", message: "2 is not supported; expected 3 (the v3 vendor-list format of TCF v2.2 and later)" },
    ]);
  });

  it("refuses a TCF policy version older than the v3 format", () => {
    const [p] = problems(() => checkGvlList("list.json", { ...fixture(), tcfPolicyVersion: 2 }));
    expect(p.path).toBe("tcfPolicyVersion");
    expect(p.message).toMatch(/^2 is not supported; expected a whole number of at least 4/);
  });

  it("names the JSON path of a vendor without a name", () => {
    const list = fixture();
    delete list.vendors["21"].name;
    list.vendors["42"].name = "   ";
    expect(problems(() => checkGvlList("list.json", list))).toEqual([
      { path: 'vendors["21"].name', message: "expected the vendor's name, a text (missing)" },
      { path: 'vendors["42"].name', message: `expected the vendor's name, not an empty text (got "   ")` },
    ]);
  });

  it("names bad URLs and ids that do not match their key", () => {
    const list = fixture();
    list.vendors["3"].urls[0].privacy = "ftp://northwind.example/privacy";
    list.vendors["8"].id = 9;
    const found = problems(() => checkGvlList("list.json", list));
    expect(found).toContainEqual({ path: 'vendors["3"].urls[0].privacy', message: 'expected an http(s) URL of at most 2048 characters (got "ftp://northwind.example/privacy")' });
    expect(found).toContainEqual({ path: 'vendors["8"].id', message: '9 differs from the key it is listed under; expected "8"' });
  });

  it("drops spaces around URLs, as the real list has them", () => {
    const list = fixture();
    list.vendors["3"].deviceStorageDisclosureUrl = "\u00a0https://northwind.example/ds.json  ";
    const read = checkGvlList("list.json", list);
    expect(read.vendors.find((v) => v.id === 3)!.deviceStorageDisclosureUrl).toBe("https://northwind.example/ds.json");
  });

  it("reads the fixture, vendors ordered by id, with the ids the list defines", () => {
    const list = readGvlList(V1);
    expect(list.vendorListVersion).toBe(1);
    expect(list.vendors.map((v) => v.id)).toEqual([3, 8, 21, 42, 77]);
    expect([...list.declared.dataCategories]).toHaveLength(11);
  });
});

describe("TCF ids against the mapping", () => {
  let dir: string;
  let conn: Connection;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "datamap-gvl-file-"));
    conn = openDatabase(path.join(dir, "t.db"));
    seedDatabase(conn);
  });
  afterAll(() => {
    conn.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("leaves out, with a warning, an id the list itself does not define", () => {
    const list = fixture();
    list.vendors["77"].dataDeclaration = [1, 2008, 6];
    const out = planVendors(checkGvlList("list.json", list), readGvlMapping(conn.db));
    expect(out.problems).toEqual([]);
    expect(out.warnings).toEqual([{ path: 'vendors["77"].dataDeclaration[1]', message: "2008 is not a TCF data category this list defines; left out" }]);
    expect(out.plans.find((p) => p.gvlId === 77)!.disclosure.dataCategories).toEqual(["user.behavior", "user.device.ip_address"]);
  });

  it("refuses an id the list defines but the mapping does not know", () => {
    const list = fixture();
    list.purposes["12"] = { id: 12, name: "A future purpose", description: "Not in TCF v2.2." };
    list.vendors["3"].purposes = [1, 12];
    const out = planVendors(checkGvlList("list.json", list), readGvlMapping(conn.db));
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0].path).toBe('vendors["3"].purposes[1]');
    expect(out.problems[0].message).toMatch(/^12 is not a TCF purpose the mapping knows; expected one of 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11/);
  });

  it("refuses a mapping file that names an unknown taxonomy key", () => {
    const file = path.join(dir, "gvl-mapping.yaml");
    const text = fs.readFileSync(path.resolve(__dirname, "..", "..", "seeds", "reference", "gvl-mapping.yaml"), "utf8");
    fs.writeFileSync(file, text.replace('purposes: ["marketing.advertising.profiling"]', 'purposes: ["marketing.advertising.mind_reading"]'));
    expect(problems(() => readGvlMapping(conn.db, file))).toEqual([
      { path: "purposes[2].purposes[0]", message: '"marketing.advertising.mind_reading" is not a purpose key of the taxonomy in the database' },
    ]);
  });
});
