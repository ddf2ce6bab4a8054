import { RECORD_FORMAT, RECORD_VERSION, recordSchema, type RecordDocument } from "../domain/record";

// A deterministic, realistic-looking record for load tests and benchmarks: same seed, same data.

/** mulberry32: a small, fast, well-spread 32-bit PRNG. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = [
  "user.name", "user.contact.email", "user.contact.phone_number", "user.contact.address", "user.account.username",
  "user.authorization.password", "user.financial.bank_account", "user.financial.credit_card", "user.device.ip_address",
  "user.device.cookie_id", "user.location.precise", "user.location.imprecise", "user.behavior.browsing_history",
  "user.demographic.date_of_birth", "user.government_id.passport_number", "user.health_and_medical", "user.job_title",
];
const PURPOSES = ["essential.service", "essential.service.payment_processing", "marketing.advertising", "marketing.communications.email", "analytics.reporting", "essential.fraud_detection", "personalize.content"];
const BASES = [
  { regime: "GDPR", code: "A6-1-a", consentMechanism: "OPT_IN" },
  { regime: "GDPR", code: "A6-1-b" },
  { regime: "GDPR", code: "A6-1-c" },
  { regime: "GDPR", code: "A6-1-f" },
  { regime: "GDPR", code: "A9-2-a" },
  { regime: "PIPL", code: "13-1", consentMechanism: "EXPLICIT" },
  { regime: "PIPL", code: "13-2" },
  { regime: "PIPL", code: "29" },
];
const COUNTRIES = ["DE", "FR", "IE", "NL", "US", "GB", "JP", "CN", "HK", "SG", "IN", "BR", "CA", "CH", "AU", "KR", "ZA", "MX", "AE", "SE"];
const KINDS = ["PROCESSOR", "PROCESSOR", "PROCESSOR", "INDEPENDENT_CONTROLLER", "AFFILIATE", "THIRD_PARTY"];

export interface SyntheticOptions {
  slug: string;
  activities: number;
  recipients: number;
  seed?: number;
}

export function syntheticRecord(o: SyntheticOptions): RecordDocument {
  const r = rng(o.seed ?? 1);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const some = <T>(xs: readonly T[], lo: number, hi: number) => {
    const n = Math.min(xs.length, int(lo, hi));
    const out = new Set<T>();
    while (out.size < n) out.add(pick(xs));
    return [...out];
  };
  const ev = [{ section: "synthetic", basis: "STATED" as const }];
  const locations = COUNTRIES.map((c, i) => ({ key: `dc-${i}`, name: `Data centre ${c}`, country: c, region: `region-${i}`, evidence: ev }));
  const recipients = Array.from({ length: o.recipients }, (_, i) => {
    const named = r() < 0.8;
    const parent = i > 10 && r() < 0.2 ? `vendor-${int(0, i - 1)}` : undefined;
    return {
      key: `vendor-${i}`,
      name: named ? `Vendor ${i} Ltd` : `Vendor category ${i}`,
      kind: parent ? "SUB_PROCESSOR" : pick(KINDS),
      category: pick(["Cloud hosting", "Analytics", "Ad network", "Payment processor", "Email delivery", "CRM"]),
      named,
      country: r() < 0.9 ? pick(COUNTRIES) : undefined,
      dpa: { status: pick(["SIGNED", "SIGNED", "CLAIMED", "UNKNOWN"]) },
      parent,
      transferMechanisms: r() < 0.5 ? [{ regime: "GDPR", code: "A46-2-c" }] : undefined,
      evidence: ev,
    };
  });
  const measures = ["encryption", "access-control", "backups", "training"].map((k) => ({ key: k, name: k, kind: k === "training" ? "ORGANISATIONAL" : "TECHNICAL", evidence: ev }));
  const activities = Array.from({ length: o.activities }, (_, i) => ({
    key: `activity-${i}`,
    name: `Activity ${i}`,
    purposes: some(PURPOSES, 1, 3),
    legalBases: some(BASES, 1, 3).map((b) => ({ ...b, evidence: ev })),
    dataSubjects: some(["customer", "employee", "prospect", "visitor"], 1, 2),
    dataCategories: some(CATEGORIES, 3, 10),
    sources: ["PROVIDED_BY_SUBJECT"],
    disclosures: some(recipients, 1, 5).map((rec) => ({ recipient: rec.key, dataCategories: some(CATEGORIES, 1, 3), evidence: ev })),
    storageLocations: some(locations, 1, 3).map((l) => l.key),
    retention: r() < 0.8 ? { period: pick(["P1Y", "P2Y", "P6M", "P7Y"]), trigger: "ACCOUNT_CLOSURE", evidence: ev } : undefined,
    securityMeasures: some(measures, 0, 3).map((m) => m.key),
    evidence: ev,
  }));
  return recordSchema.parse({
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    documents: [{ title: "Synthetic record" }],
    organization: { slug: o.slug, name: `Synthetic ${o.slug}`, country: "DE", contactEmail: `privacy@${o.slug}.example`, subjectJurisdictions: ["EEA", "CN", "US"], evidence: ev },
    securityMeasures: measures,
    recipients,
    storageLocations: locations,
    activities,
  });
}
