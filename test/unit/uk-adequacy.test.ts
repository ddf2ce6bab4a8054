import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Connection } from "../../src/db/connection";
import { maintenanceStore } from "../../src/db/maintenance.store";
import { defaultSeedDir } from "../../src/io/seed/seed";
import { readReference } from "../../src/io/seed/seed-set";
import { referenceFacts } from "../../src/modules/compliance/reference-facts";
import { importReference } from "../../src/modules/reference/reference.service";

// The UK's own adequacy list (UK GDPR Art 45A), read from seeds/reference/uk-adequacy.yaml into uk_adequacy.

const reference = () => readReference(path.join(defaultSeedDir(), "reference"));

describe("seeds/reference/uk-adequacy.yaml", () => {
  it("is dated and sourced, with the UK itself inside", () => {
    const uk = reference().ukAdequacy;
    expect(uk.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(uk.source).toContain("Art 45A");
    expect(uk.inside).toEqual(["GB"]);
  });
  it("covers the EEA, Gibraltar and the countries the UK recognised, the US and Canada only in part", () => {
    const status = new Map(reference().ukAdequacy.regulations.map((r) => [r.country, r.status]));
    for (const c of ["DE", "IE", "NO", "GI", "CH", "JP", "KR", "NZ", "IL", "UY", "AR", "AD", "FO", "GG", "IM", "JE"]) expect(status.get(c), c).toBe("ADEQUATE");
    expect(status.get("US")).toBe("PARTIAL");
    expect(status.get("CA")).toBe("PARTIAL");
    // An EU decision is not a UK one: Brazil is adequate for the EU only.
    for (const c of ["BR", "HK", "CN", "IN", "SG"]) expect(status.has(c), c).toBe(false);
  });
});

describe("the uk_adequacy table", () => {
  let conn: Connection;
  beforeEach(() => {
    conn = openDatabase(":memory:");
    conn.db.transaction((tx) => importReference(tx, reference()));
  });
  afterEach(() => conn.close());

  it("answers the rules' UK adequacy, NOT_ADEQUATE by default", () => {
    const facts = referenceFacts(conn.db);
    expect(["GB", "FR", "US", "IN"].map(facts.ukAdequacy)).toEqual(["EEA", "ADEQUATE", "PARTIAL", "NOT_ADEQUATE"]);
    expect(facts.euAdequacy("GB")).toBe("ADEQUATE");
  });
  it("is wiped with the rest of the database", () => {
    expect(() => maintenanceStore.wipeAll(conn.db)).not.toThrow();
    expect(referenceFacts(conn.db).ukAdequacy("FR")).toBe("NOT_ADEQUATE");
  });
});
