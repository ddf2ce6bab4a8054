import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { isWithin } from "../../src/domain/taxonomy";
import type { RecordDocument } from "../../src/domain/record";
import { readSeedSet, type SeedSet } from "../../src/io/seed/seed-set";

// The key facts of the two seed organisations, read through the same reader `datamap seed` uses.

const SEEDS = path.resolve(__dirname, "..", "..", "seeds");

let set: SeedSet;
beforeAll(() => {
  set = readSeedSet(SEEDS);
});

function org(slug: string): RecordDocument {
  const found = set.organizations.find((o) => o.record.organization.slug === slug);
  if (!found) throw new Error(`seed organisation ${slug} not found`);
  return found.record;
}

/** Every data category an organisation's activities (and their disclosures) name. */
function categoriesOf(rec: RecordDocument): Set<string> {
  return new Set(rec.activities.flatMap((a) => [...a.dataCategories, ...a.disclosures.flatMap((d) => d.dataCategories)]));
}

/** Expects each key to be a reference category that some activity collects. */
function expectCollected(rec: RecordDocument, keys: string[]): void {
  const known = new Set(set.reference.categories.map((c) => c.key));
  const collected = new Set(rec.activities.flatMap((a) => a.dataCategories));
  for (const k of keys) {
    expect(known.has(k), `${k} is a reference category`).toBe(true);
    expect(collected.has(k), `${rec.organization.slug} collects ${k}`).toBe(true);
  }
}

describe("Leanplans", () => {
  let rec: RecordDocument;
  beforeAll(() => {
    rec = org("leanplans");
  });

  it("is Shenzhen Leanplans Co., Ltd in mainland China, reachable at service@leanplans.com", () => {
    const o = rec.organization;
    expect(o.legalName).toBe("Shenzhen Leanplans Co., Ltd");
    expect(o.contactEmail).toBe("service@leanplans.com");
    expect(o.country).toBe("CN");
    expect(set.reference.countries.countries.some((c) => c.code === o.country)).toBe(true);
  });

  it("serves adults only and ignores Do-Not-Track", () => {
    expect(rec.organization.minimumAge).toBe(18);
    expect(rec.organization.doNotTrack).toBe("IGNORED");
    expect(rec.statements.some((s) => s.topic === "DO_NOT_TRACK")).toBe(true);
  });

  it("says nothing about where it stores data", () => {
    expect(rec.storageLocations).toEqual([]);
    for (const a of rec.activities) expect(a.storageLocations, a.key).toEqual([]);
  });

  it("names PayPal as a recipient without a country, and leaves every recipient's country empty", () => {
    const named = rec.recipients.filter((r) => r.named);
    expect(named.map((r) => r.name)).toEqual(["PayPal"]);
    const paypal = named[0];
    expect(paypal.country).toBeNull();
    expect(paypal.evidence.length).toBeGreaterThan(0);
    expect(rec.recipients.filter((r) => r.country !== null)).toEqual([]);
    const disclosed = rec.activities.flatMap((a) => a.disclosures.filter((d) => d.recipient === paypal.key));
    expect(disclosed.length).toBeGreaterThan(0);
    expect(disclosed.flatMap((d) => d.dataCategories)).toContain("user.financial.credit_card");
  });

  it("grants regional rights to the EEA, GB, CH and CA", () => {
    const regions = new Set(rec.rights.flatMap((r) => r.jurisdictions ?? []));
    expect([...regions].sort()).toEqual(["CA", "CH", "EEA", "GB"]);
    const access = rec.rights.find((r) => r.right === "ACCESS" && r.jurisdictions);
    expect(access?.jurisdictions?.slice().sort()).toEqual(["CA", "CH", "EEA", "GB"]);
    // Rights without jurisdictions are offered to everyone; both kinds exist.
    expect(rec.rights.some((r) => r.jurisdictions === null)).toBe(true);
  });

  it("keeps data until the account is closed, for every activity but legal compliance, kept until the legal hold ends", () => {
    expect(rec.activities.length).toBeGreaterThan(0);
    for (const a of rec.activities) {
      expect(a.retention, a.key).not.toBeNull();
      expect(a.retention?.trigger, a.key).toBe(a.key === "legal-compliance" ? "LEGAL_HOLD_END" : "ACCOUNT_CLOSURE");
      expect(a.retention?.period, `${a.key}: the notice gives no period`).toBeNull();
    }
    expect(rec.activities.filter((a) => a.retention?.trigger === "LEGAL_HOLD_END").map((a) => a.key)).toEqual(["legal-compliance"]);
  });

  it("collects contact, credential, billing, card, device, location and usage data", () => {
    expectCollected(rec, [
      "user.contact.email",
      "user.authorization.password",
      "user.contact.address.billing",
      "user.financial.credit_card",
      "user.device.ip_address",
      "user.location.precise",
      "user.device.cookie",
      "user.device.web_beacon",
      "user.behavior.usage_log",
    ]);
  });

  it("cites only GDPR and PIPL legal bases, each known to the reference data", () => {
    const bases = new Set(set.reference.legalBases.map((b) => `${b.regime}:${b.code}`));
    const claims = rec.activities.flatMap((a) => a.legalBases);
    expect(claims.length).toBeGreaterThan(0);
    for (const b of claims) {
      expect(["GDPR", "PIPL"]).toContain(b.regime);
      expect(bases.has(`${b.regime}:${b.code}`), `${b.regime}:${b.code}`).toBe(true);
    }
    // Every activity has a GDPR basis; PIPL bases are inferred beside the GDPR ones where PIPL has a counterpart
    // (it has none for legitimate interests).
    for (const a of rec.activities) expect(a.legalBases.some((b) => b.regime === "GDPR"), a.key).toBe(true);
    const pipl = Object.fromEntries(
      rec.activities.filter((a) => a.legalBases.some((b) => b.regime === "PIPL")).map((a) => [a.key, a.legalBases.filter((b) => b.regime === "PIPL").map((b) => b.code)]),
    );
    expect(pipl).toEqual({
      "account-management": ["13-2"],
      "service-delivery": ["13-2"],
      "customer-support": ["13-2"],
      "orders-and-payments": ["13-2"],
      "vital-interests": ["13-4"],
      "legal-compliance": ["13-3"],
    });
    for (const b of claims.filter((c) => c.regime === "PIPL")) expect(b.evidence.every((e) => e.basis === "INFERRED")).toBe(true);
  });
});

describe("Landups", () => {
  let rec: RecordDocument;
  beforeAll(() => {
    rec = org("landups");
  });

  it("stores everything in Hong Kong, and every activity says so", () => {
    const hk = new Set(rec.storageLocations.filter((l) => l.country === "HK").map((l) => l.key));
    expect(hk.size).toBeGreaterThan(0);
    expect(rec.storageLocations.every((l) => l.country === "HK")).toBe(true);
    expect(rec.activities.length).toBeGreaterThan(0);
    for (const a of rec.activities) {
      expect(a.storageLocations.length, a.key).toBeGreaterThan(0);
      for (const l of a.storageLocations) expect(hk.has(l), `${a.key} -> ${l}`).toBe(true);
    }
  });

  it("relies on consent by continued use under PIPL 13-1", () => {
    const consent = set.reference.legalBases.find((b) => b.regime === "PIPL" && b.code === "13-1");
    expect(consent?.name).toBe("Consent");
    const claims = rec.activities.flatMap((a) => a.legalBases.filter((b) => b.regime === "PIPL" && b.code === "13-1"));
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.consentMechanism).toBe("CONTINUED_USE");
    // Every activity rests, at least in part, on that consent.
    for (const a of rec.activities) expect(a.legalBases.some((b) => b.regime === "PIPL" && b.code === "13-1"), a.key).toBe(true);
  });

  it("claims no GDPR legal basis at all", () => {
    const regimes = new Set(rec.activities.flatMap((a) => a.legalBases.map((b) => b.regime)));
    expect(regimes.has("GDPR")).toBe(false);
    expect(regimes.has("UK_GDPR")).toBe(false);
    expect(regimes.has("PIPL")).toBe(true);
  });

  it("collects bank accounts, ID photos, instant-messaging handles and business registrations", () => {
    const keys = ["user.financial.bank_account", "user.government_id.id_photo", "user.contact.instant_messaging", "user.workplace.business_registration"];
    expectCollected(rec, keys);
    // Bank-account data is PIPL-sensitive through its ancestor user.financial (or the key itself).
    const piplSensitive = set.reference.sensitivity.filter((s) => s.regime === "PIPL").map((s) => s.category);
    expect(piplSensitive.some((scope) => isWithin("user.financial.bank_account", scope))).toBe(true);
    expect(categoriesOf(rec).has("user.financial.bank_account")).toBe(true);
  });

  it("shares with affiliates, processors, contractors, agents, acquirers and public authorities", () => {
    const kinds = new Set(rec.recipients.map((r) => r.kind));
    for (const k of ["AFFILIATE", "PROCESSOR", "CONTRACTOR", "AGENT", "ACQUIRER", "PUBLIC_AUTHORITY"]) expect(kinds.has(k as never), k).toBe(true);
    // Each of those recipients is actually disclosed to by some activity.
    const disclosedTo = new Set(rec.activities.flatMap((a) => a.disclosures.map((d) => d.recipient)));
    for (const r of rec.recipients) expect(disclosedTo.has(r.key), r.key).toBe(true);
  });

  it("does not state a Do-Not-Track policy", () => {
    expect(rec.organization.doNotTrack).toBe("NOT_STATED");
    expect(rec.statements.some((s) => s.topic === "DO_NOT_TRACK")).toBe(false);
  });
});
