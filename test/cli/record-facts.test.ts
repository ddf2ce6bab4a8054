import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDir, ROOT, runCli, tempDir } from "./run";

// The facts version 2 of the record added, through the command line: `import ropa` reads every one of them,
// `export ropa --format json` writes every one back, and a second round trip changes nothing.

const FACTS = path.join(ROOT, "test", "fixtures", "ropa", "facts.json");
let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => removeDir(dir));

async function exported(db: string, format = "json") {
  const r = await runCli(["export", "ropa", "--org", "initrode", "--format", format, "--db", db]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

describe("the new facts through export and import", () => {
  it("import ropa reads every new fact and export ropa writes it back, the same twice over", async () => {
    const first = path.join(dir, "first.db");
    const imported = await runCli(["import", "ropa", FACTS, "--db", first]);
    expect(imported.code, imported.stderr).toBe(0);
    const text = await exported(first);
    const doc = JSON.parse(text);

    expect(doc.organization).toMatchObject({
      globalPrivacyControl: "HONOURED",
      subjectJurisdictions: ["US-CA", "EEA"],
      establishments: ["IE", "US-CA"],
      parentalConsent: true,
      annualRevenueUsd: 30000000,
      sellingRevenuePercent: 62.5,
      criticalInfrastructure: false,
    });
    expect(doc.rights.map((r: any) => [r.right, r.jurisdictions])).toEqual([
      ["OPT_OUT_OF_SALE_OR_SHARING", ["US-CA"]],
      ["LIMIT_SENSITIVE_USE", ["US-CA"]],
    ]);
    expect(doc.storageLocations.map((l: any) => [l.key, l.hosting, l.hostedBy])).toEqual([
      ["virginia", "PROVIDER", "cloudco"],
      ["office", "OWN", null],
    ]);
    const [ads] = doc.activities;
    expect(ads.disclosures.map((d: any) => [d.recipient, d.sale, d.sharing])).toEqual([
      ["adnet", true, true],
      ["cloudco", false, false],
    ]);
    expect(ads).toMatchObject({
      ageBands: ["AGE_16_TO_17", "ADULT"],
      trackers: [
        { kind: "COOKIE", name: "_ad", purpose: "ADVERTISING", consent: "OPT_OUT", recipient: "adnet" },
        { kind: "LOCAL_STORAGE", name: null, purpose: "STRICTLY_NECESSARY", consent: "NONE", recipient: null },
      ],
      marketing: [
        { channel: "EMAIL", audiences: ["CUSTOMERS"], consentMechanism: "OPT_OUT" },
        { channel: "SMS", audiences: ["CUSTOMERS", "PROSPECTS"], consentMechanism: "OPT_IN" },
      ],
      individualsPerYear: "FROM_100K_TO_1M",
      sensitiveIndividualsPerYear: "UNDER_10K",
      automatedDecisions: "PERSONALISATION",
      impactAssessment: "https://initrode.example/dpia/ads",
    });

    // The export imports into another database and exports again letter for letter.
    const file = path.join(dir, "initrode.json");
    fs.writeFileSync(file, text);
    const second = path.join(dir, "second.db");
    const again = await runCli(["import", "ropa", file, "--db", second]);
    expect(again.code, again.stderr).toBe(0);
    expect(await exported(second)).toBe(text);
  });

  it("shows them in the report's columns where the ICO template has one", async () => {
    const db = path.join(dir, "first.db");
    const csv = await exported(db, "csv");
    expect(csv).toContain("Automated personalisation of content, offers or prices");
    expect(csv).toContain("https://initrode.example/dpia/ads");
    expect(csv).toContain("Office server: United States (US), own infrastructure; Virginia region: United States (US), provider CloudCo, hosted by CloudCo");
    expect(csv).toContain("In US-CA in United States: Opt-out of sale or sharing, Limit use of sensitive personal information");
    const md = await exported(db, "md");
    expect(md).toContain("| Automated decision-making including profiling | Automated personalisation of content, offers or prices |");
    expect(md).toContain("Ages: 16 to 17, 18 and over");
    const jsonld = JSON.parse(await exported(db, "jsonld"));
    const graph = jsonld["@graph"] as Record<string, any>[];
    expect(graph.find((n) => n["@id"] === "urn:datamap:organization:initrode:location:virginia")!["dpv:hasServiceProvider"]).toEqual({
      "@id": "urn:datamap:organization:initrode:recipient:cloudco",
    });
    expect(graph.find((n) => n["@id"] === "urn:datamap:organization:initrode:activity:ads")!["dpv:hasAssessment"]).toMatchObject({
      "@type": "dpv:Assessment",
      "dct:description": "https://initrode.example/dpia/ads",
    });
  });

  it("refuses a file whose location on its own infrastructure names a host, writing nothing", async () => {
    const rec = JSON.parse(fs.readFileSync(FACTS, "utf8"));
    rec.storageLocations[1].hostedBy = "cloudco";
    rec.activities[0].trackers[0].recipient = "nobody";
    const file = path.join(dir, "bad.json");
    fs.writeFileSync(file, JSON.stringify(rec));
    const db = path.join(dir, "bad.db");
    const r = await runCli(["import", "ropa", file, "--db", db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("nothing was written");
    expect(r.stderr).toContain('storageLocations[1].hostedBy: a location on the controller\'s own infrastructure (hosting OWN) has no provider, but hostedBy names "cloudco"');
    expect(r.stderr).toContain('activities[0].trackers[0].recipient: unknown recipient key "nobody"');
    const listed = await runCli(["export", "ropa", "--org", "initrode", "--format", "json", "--db", db]);
    expect(listed.code).not.toBe(0);
  });
});
