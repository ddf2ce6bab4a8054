import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeNotice } from "../../src/io/notice/analyze";
import { crossCheck, parseRecord } from "../../src/io/record-file";

// The whole analysis on two invented notices unlike the seeds: a careful GDPR notice in Markdown with a table of
// purposes, and a short Hong Kong shop notice that treats use of the site as agreement.

const read = (f: string) => analyzeNotice(fs.readFileSync(path.join(__dirname, "..", "fixtures", "notices", f)), f);

describe("a GDPR notice with a table of purposes (nordic-bikes.md)", () => {
  const a = read("nordic-bikes.md");
  const r = a.record;

  it("drafts a valid record with the controller, its country from its address, and its DPO", () => {
    expect(crossCheck(parseRecord(JSON.parse(JSON.stringify(r)), "draft"))).toEqual([]);
    expect(r.organization).toMatchObject({ name: "Nordic Bikes AB", country: "SE", dpo: { email: "dpo@nordicbikes.example" }, subjectJurisdictions: ["EEA"] });
  });

  it("reads the bases of the table's rows by their Art 6(1) letters, under GDPR only", () => {
    const bases = new Set(r.activities.flatMap((x) => x.legalBases.map((b) => `${b.regime}:${b.code}`)));
    for (const code of ["A6-1-a", "A6-1-b", "A6-1-c", "A6-1-f"]) expect(bases).toContain(`GDPR:${code}`);
    expect([...bases].every((b) => b.startsWith("GDPR:"))).toBe(true);
  });

  it("names the processors, hosting in Ireland by AWS, and the US transfer on standard contractual clauses", () => {
    const keys = r.recipients.map((x) => x.key);
    for (const k of ["stripe", "amazon-web-services", "google-analytics", "twilio", "zendesk"]) expect(keys).toContain(k);
    expect(r.storageLocations).toEqual([expect.objectContaining({ country: "IE", hosting: "PROVIDER", hostedBy: "amazon-web-services" })]);
    expect(r.recipients.find((x) => x.key === "zendesk")).toMatchObject({ country: "US", transferMechanisms: [{ regime: "GDPR", code: "A46-2-c", note: null }] });
  });

  it("gives every right of Arts 15-22 with withdrawal and complaint, and names its measures", () => {
    expect(r.rights.map((x) => x.right)).toEqual(expect.arrayContaining(["ACCESS", "RECTIFICATION", "ERASURE", "RESTRICTION", "OBJECTION", "PORTABILITY", "WITHDRAW_CONSENT", "COMPLAINT"]));
    expect(r.securityMeasures.map((m) => m.key)).toEqual(expect.arrayContaining(["encryption-in-transit", "pseudonymisation", "multi-factor-authentication"]));
    expect(a.items.filter((i) => !i.present).map((i) => i.item)).not.toContain("DPO_CONTACT");
  });
});

describe("a shop notice that treats use of the site as agreement (shop-continued-use.txt)", () => {
  const r = read("shop-continued-use.txt").record;

  it("records the claim as a statement, keeps the data in Singapore, and claims no GDPR basis for a Hong Kong shop", () => {
    expect(r.organization.country).toBe("HK");
    expect(r.statements.map((s) => s.topic)).toContain("CONSENT");
    expect(r.storageLocations.map((l) => l.country)).toEqual(["SG"]);
    expect(r.activities.flatMap((x) => x.legalBases)).toEqual([]);
    expect(r.recipients.map((x) => x.key)).toContain("paypal");
  });

  it("offers only the rights it states: access and correction", () => {
    expect(r.rights.map((x) => x.right)).toEqual(["ACCESS", "RECTIFICATION"]);
  });
});
