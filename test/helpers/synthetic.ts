import type { Connection } from "../../src/db/connection";
import { RECORD_FORMAT, RECORD_VERSION, recordSchema, type RecordDocument } from "../../src/domain/record";
import { importRecord, SEED_ACTOR } from "../../src/modules/record/record.write";

const ev = [{ section: "1", basis: "STATED" as const }];
const categories = ["user.contact.email", "user.name", "user.financial.bank_account", "user.device.ip_address", "user.location.precise"];
const purposes = ["essential.service", "marketing.advertising", "analytics.reporting"];

/** A made-up organisation with n activities, each with every kind of link, for load-shaped tests. */
export function syntheticRecord(slug: string, n: number): RecordDocument {
  return recordSchema.parse({
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    documents: [{ title: "Synthetic notice" }],
    organization: { slug, name: `Synthetic ${slug}`, country: "DE", evidence: ev },
    securityMeasures: [{ key: "encryption", name: "Encryption at rest", kind: "TECHNICAL", evidence: ev }],
    recipients: [
      { key: "cloud", name: "Cloud Co", kind: "PROCESSOR", category: "Cloud hosting", named: true, country: "US", evidence: ev },
      { key: "cdn", name: "CDN Co", kind: "SUB_PROCESSOR", named: true, country: "SG", parent: "cloud", evidence: ev },
      { key: "ads", name: "Ad networks", kind: "THIRD_PARTY", category: "Ad network", named: false, evidence: ev },
    ],
    storageLocations: [
      { key: "fra", name: "Frankfurt region", country: "DE", region: "eu-central-1", evidence: ev },
      { key: "hk", name: "Hong Kong servers", country: "HK", evidence: ev },
    ],
    activities: Array.from({ length: n }, (_, i) => ({
      key: `activity-${i}`,
      name: `Activity ${i}`,
      purposes: [purposes[i % purposes.length]],
      legalBases: [{ regime: "GDPR", code: i % 2 ? "A6-1-b" : "A6-1-a", consentMechanism: i % 2 ? undefined : "OPT_IN", evidence: ev }],
      dataSubjects: ["customer"],
      dataCategories: [categories[i % categories.length], categories[(i + 1) % categories.length]],
      sources: ["PROVIDED_BY_SUBJECT"],
      disclosures: [
        { recipient: "cloud", dataCategories: [categories[i % categories.length]], evidence: ev },
        { recipient: "ads", dataCategories: [categories[(i + 1) % categories.length]], evidence: ev },
      ],
      storageLocations: [i % 3 ? "fra" : "hk"],
      retention: { period: "P2Y", trigger: "ACCOUNT_CLOSURE", evidence: ev },
      securityMeasures: ["encryption"],
      evidence: ev,
    })),
  });
}

export function loadSynthetic(conn: Connection, slug: string, n: number): void {
  conn.db.transaction((tx) => {
    importRecord(tx, syntheticRecord(slug, n), { actor: SEED_ACTOR });
  });
}
