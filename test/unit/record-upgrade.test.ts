import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { RECORD_FORMAT, RECORD_VERSION, recordSchema } from "../../src/domain/record";
import { upgradeRecord } from "../../src/domain/record-upgrade";
import { readRecordFile } from "../../src/io/record-file";
import { SeedError } from "../../src/io/seed/errors";
import { readSeedSet } from "../../src/io/seed/seed-set";
import { asVersion2 } from "../helpers/version2";

// Version 1 record files (RoPA JSON and the old seed dialect) upgraded to version 2; everything else left alone.

const FIXTURES = path.resolve(__dirname, "..", "fixtures");
const SEEDS = path.resolve(__dirname, "..", "..", "seeds");
const RICH = path.join(FIXTURES, "ropa", "rich.json");
const SEED_V1 = path.join(FIXTURES, "record", "seed-v1.yaml");
const json = (file: string) => JSON.parse(fs.readFileSync(file, "utf8"));
const yaml = (file: string) => YAML.parse(fs.readFileSync(file, "utf8"));
const V2 = { format: RECORD_FORMAT, version: RECORD_VERSION };

describe("RoPA JSON version 1", () => {
  it("becomes version 2 with every other field as it was", () => {
    const v1 = json(RICH);
    expect(v1).toMatchObject({ format: "datamap-ropa", version: 1 });
    const up = upgradeRecord(v1);
    expect(up).toEqual({ ...v1, ...V2 });
    // What version 2 adds takes its default in a version 1 file: unknown, an empty list or NOT_STATED.
    expect(recordSchema.parse(up)).toEqual(asVersion2(v1));
  });

  it("reads an agreement written as null as the UNKNOWN one", () => {
    const v1 = json(RICH);
    v1.recipients[0].dpa = null;
    const doc = recordSchema.parse(upgradeRecord(v1));
    expect(doc.recipients[0].dpa).toEqual({ status: "UNKNOWN", date: null, url: null });
  });
});

describe("the version 1 seed dialect", () => {
  it("gets a format, a list of documents and dpvIri, and its citations cite the one document", () => {
    const v1 = yaml(SEED_V1);
    expect(v1).not.toHaveProperty("format");
    const up = upgradeRecord(v1) as Record<string, any>;
    expect(up).toMatchObject(V2);
    expect(up.documents).toEqual([{ title: "Initech privacy notice", url: "https://initech.example/privacy" }]);
    expect(up).not.toHaveProperty("document");
    expect(up.securityMeasures[0]).toEqual({ key: "encryption", name: "Encryption at rest", kind: "TECHNICAL", dpvIri: "https://w3id.org/dpv#Encryption", evidence: v1.securityMeasures[0].evidence });
    const doc = recordSchema.parse(up);
    expect(doc.activities[0].evidence).toEqual([{ document: 0, section: "2", basis: "STATED", note: null }]);
    expect(doc.recipients[0].evidence[0]).toMatchObject({ document: 0, basis: "INFERRED" });
  });

  it("reads the same through the file reader as the same facts written as version 2", () => {
    const v1 = yaml(SEED_V1);
    const { document, securityMeasures, ...rest } = v1;
    const v2 = {
      ...V2,
      documents: [document],
      ...rest,
      securityMeasures: securityMeasures.map(({ dpv, ...m }: Record<string, unknown>) => ({ ...m, dpvIri: dpv })),
    };
    expect(readRecordFile(SEED_V1)).toEqual(recordSchema.parse(v2));
  });

  it("keeps a measure that has both dpv and dpvIri as it is, so the schema names the stray key", () => {
    const v1 = yaml(SEED_V1);
    v1.securityMeasures[0].dpvIri = "https://w3id.org/dpv#Encryption";
    const parsed = recordSchema.safeParse(upgradeRecord(v1));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toEqual([expect.objectContaining({ code: "unrecognized_keys", keys: ["dpv"], path: ["securityMeasures", 0] })]);
  });

  it("loads as a seed file next to version 2 ones", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "record-upgrade-"));
    try {
      fs.cpSync(path.join(SEEDS, "reference"), path.join(dir, "reference"), { recursive: true });
      fs.copyFileSync(SEED_V1, path.join(dir, "initech.yaml"));
      fs.copyFileSync(path.join(FIXTURES, "seed-org", "acme.yaml"), path.join(dir, "acme.yaml"));
      const set = readSeedSet(dir);
      expect(set.organizations.map((o) => [o.record.organization.slug, o.record.documents.length])).toEqual([
        ["acme", 1],
        ["initech", 1],
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("anything else", () => {
  it("comes back unchanged", () => {
    const v2 = { ...json(RICH), ...V2 };
    expect(upgradeRecord(v2)).toBe(v2);
    for (const other of [null, 42, "datamap-ropa", [1, 2], { format: "datamap-ropa", version: 2 }, { format: "fides" }, { version: 1, documents: [] }]) {
      expect(upgradeRecord(other)).toBe(other);
    }
  });

  it("never changes its input", () => {
    for (const input of [json(RICH), yaml(SEED_V1)]) {
      const copy = structuredClone(input);
      upgradeRecord(input);
      expect(input).toEqual(copy);
    }
  });

  it("is refused by the reader with what was expected", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "record-upgrade-"));
    try {
      const file = path.join(dir, "other.json");
      fs.writeFileSync(file, JSON.stringify({ format: "something-else", version: 1, organization: { slug: "x", name: "X" } }));
      expect(() => readRecordFile(file)).toThrow(SeedError);
      expect(() => readRecordFile(file)).toThrow(`${file}: format: expected "datamap-record"`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
