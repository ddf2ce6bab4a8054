import { sql } from "drizzle-orm";
import type { Db } from "./connection";

// Whole-database statements used by `datamap seed --reset` and the seed-on-first-start check.

/** Children before parents, so foreign keys hold while rows are removed. */
const TABLES_IN_DELETE_ORDER = [
  "vendor_list_imports",
  "finding_acceptances",
  "transfer_mechanisms",
  "api_key_organizations",
  "api_keys",
  "audit_log",
  "versions",
  "disclosure_categories",
  "disclosures",
  "activity_security_measures",
  "activity_storage_locations",
  "activity_sources",
  "activity_data_categories",
  "activity_data_subjects",
  "activity_legal_bases",
  "activity_purposes",
  "processing_activities",
  "storage_locations",
  "recipients",
  "security_measures",
  "rights",
  "statements",
  "evidence",
  "documents",
  "organizations",
  "category_sensitivities",
  "legal_bases",
  "data_subject_categories",
  "purposes",
  "data_categories",
  "adequacy",
  "uk_adequacy",
  "countries",
];

export const maintenanceStore = {
  wipeAll(db: Db): void {
    // Self-referencing parents (taxonomy trees, sub-processors) are cleared first.
    db.run(sql`update recipients set parent_id = null`);
    db.run(sql`update data_categories set parent_id = null`);
    db.run(sql`update purposes set parent_id = null`);
    for (const t of TABLES_IN_DELETE_ORDER) db.run(sql.raw(`delete from ${t}`));
  },
  /** The cheapest statement that proves the database answers (GET /healthz). */
  ping(db: Db): void {
    db.get(sql`select 1`);
  },
  organizationCount(db: Db): number {
    return db.get<{ n: number }>(sql`select count(*) as n from organizations`)?.n ?? 0;
  },
  organizationSlugs(db: Db): string[] {
    return db.all<{ slug: string }>(sql`select slug from organizations`).map((r) => r.slug);
  },
};
