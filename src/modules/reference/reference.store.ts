import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { rowsFor, rowsForIds } from "../../db/raw";
import {
  activityDataCategories,
  activityPurposes,
  adequacy,
  categorySensitivities,
  countries,
  dataCategories,
  dataSubjectCategories,
  disclosureCategories,
  disclosures,
  legalBases,
  processingActivities,
  purposes,
  recipients,
  ukAdequacy,
} from "../../db/schema";

// SQL for the reference data: countries and adequacy, the taxonomies, legal bases, sensitivity.

export type CountryRow = typeof countries.$inferSelect & { euAdequacy: string | null; adequacyScope: string | null };
export type CategoryRow = typeof dataCategories.$inferSelect;
export type PurposeRow = typeof purposes.$inferSelect;
export type SubjectRow = typeof dataSubjectCategories.$inferSelect;
export type LegalBasisRow = typeof legalBases.$inferSelect;
export type SensitivityRow = typeof categorySensitivities.$inferSelect;

export const referenceStore = {
  countriesByCodes(db: Db, codes: readonly string[]): CountryRow[] {
    return db
      .select({ code: countries.code, name: countries.name, dpvIri: countries.dpvIri, euAdequacy: adequacy.status, adequacyScope: adequacy.scope })
      .from(countries)
      .leftJoin(adequacy, eq(adequacy.countryCode, countries.code))
      .where(inArray(countries.code, [...codes]))
      .all();
  },
  allCountries(db: Db): CountryRow[] {
    return db
      .select({ code: countries.code, name: countries.name, dpvIri: countries.dpvIri, euAdequacy: adequacy.status, adequacyScope: adequacy.scope })
      .from(countries)
      .leftJoin(adequacy, eq(adequacy.countryCode, countries.code))
      .all();
  },
  allCountryCodes(db: Db): string[] {
    return db.select({ code: countries.code }).from(countries).all().map((r) => r.code);
  },
  allCategories(db: Db): CategoryRow[] {
    return db.select().from(dataCategories).orderBy(dataCategories.key).all();
  },
  allSensitivities(db: Db): SensitivityRow[] {
    return db.select().from(categorySensitivities).all();
  },
  allPurposes(db: Db): PurposeRow[] {
    return db.select().from(purposes).orderBy(purposes.key).all();
  },
  allSubjects(db: Db): SubjectRow[] {
    return db.select().from(dataSubjectCategories).orderBy(dataSubjectCategories.key).all();
  },
  legalBases(db: Db, regime?: string): LegalBasisRow[] {
    const q = db.select().from(legalBases);
    return (regime ? q.where(eq(legalBases.regime, regime)) : q).orderBy(legalBases.regime, legalBases.id).all();
  },
  legalBasesByIds(db: Db, ids: readonly number[]): LegalBasisRow[] {
    return db.select().from(legalBases).where(inArray(legalBases.id, [...ids])).all();
  },
  legalBasisByCode(db: Db, regime: string, code: string): Pick<LegalBasisRow, "id" | "kind"> | undefined {
    // Every claim of every imported activity looks one up: a prepared statement, not a built query.
    return rowsFor<Pick<LegalBasisRow, "id" | "kind">>(db, "/* legalBases.byCode */ select id, kind from legal_bases where regime = ? and code = ?", regime, code)[0];
  },
  /** Live taxonomy entries with the given keys (the table's archived rows left out). */
  liveIdsByKeys(db: Db, table: "data_categories" | "purposes" | "data_subject_categories", keys: readonly string[]): { id: number; key: string }[] {
    const live = table === "data_subject_categories" ? "" : "archived_at is null and ";
    return rowsForIds(db, `/* ${table}.idsByKeys */ select id, key from ${table} where ${live}key in (select value from json_each(?))`, keys);
  },
  categoriesByIds(db: Db, ids: readonly number[]): CategoryRow[] {
    return db.select().from(dataCategories).where(inArray(dataCategories.id, [...ids])).all();
  },
  purposesByIds(db: Db, ids: readonly number[]): PurposeRow[] {
    return db.select().from(purposes).where(inArray(purposes.id, [...ids])).all();
  },
  subjectsByIds(db: Db, ids: readonly number[]): SubjectRow[] {
    return db.select().from(dataSubjectCategories).where(inArray(dataSubjectCategories.id, [...ids])).all();
  },
  hasReferenceData(db: Db): boolean {
    return (db.get<{ n: number }>(sql`select count(*) as n from ${countries}`)?.n ?? 0) > 0;
  },

  // Writes: upserts keyed by the natural key, so re-seeding reference data updates it in place.
  upsertCountries(db: Db, rows: (typeof countries.$inferInsert)[]): void {
    for (const r of rows) {
      db.insert(countries).values(r).onConflictDoUpdate({ target: countries.code, set: { name: r.name, dpvIri: r.dpvIri } }).run();
    }
  },
  replaceAdequacy(db: Db, rows: (typeof adequacy.$inferInsert)[]): void {
    db.delete(adequacy).run();
    if (rows.length) db.insert(adequacy).values(rows).run();
  },
  replaceUkAdequacy(db: Db, rows: (typeof ukAdequacy.$inferInsert)[]): void {
    db.delete(ukAdequacy).run();
    if (rows.length) db.insert(ukAdequacy).values(rows).run();
  },
  upsertCategory(db: Db, r: typeof dataCategories.$inferInsert): number {
    const { key, ...rest } = r;
    return db
      .insert(dataCategories)
      .values(r)
      .onConflictDoUpdate({ target: dataCategories.key, set: rest })
      .returning({ id: dataCategories.id })
      .get().id;
  },
  upsertPurpose(db: Db, r: typeof purposes.$inferInsert): number {
    const { key, ...rest } = r;
    return db.insert(purposes).values(r).onConflictDoUpdate({ target: purposes.key, set: rest }).returning({ id: purposes.id }).get().id;
  },
  upsertSubject(db: Db, r: typeof dataSubjectCategories.$inferInsert): number {
    const { key, ...rest } = r;
    return db
      .insert(dataSubjectCategories)
      .values(r)
      .onConflictDoUpdate({ target: dataSubjectCategories.key, set: rest })
      .returning({ id: dataSubjectCategories.id })
      .get().id;
  },
  upsertLegalBasis(db: Db, r: typeof legalBases.$inferInsert): number {
    const { regime, code, ...rest } = r;
    return db
      .insert(legalBases)
      .values(r)
      .onConflictDoUpdate({ target: [legalBases.regime, legalBases.code], set: rest })
      .returning({ id: legalBases.id })
      .get().id;
  },
  replaceSensitivities(db: Db, rows: (typeof categorySensitivities.$inferInsert)[]): void {
    db.delete(categorySensitivities).run();
    if (rows.length) db.insert(categorySensitivities).values(rows).run();
  },

  // Custom taxonomy entries, written one at a time by the taxonomy write service.
  /** The entry with the key, archived ones included (keys are never reused). */
  categoryByKey(db: Db, key: string): CategoryRow | undefined {
    return db.select().from(dataCategories).where(eq(dataCategories.key, key)).get();
  },
  insertCategory(db: Db, row: typeof dataCategories.$inferInsert): number {
    return db.insert(dataCategories).values(row).returning({ id: dataCategories.id }).get().id;
  },
  updateCategory(db: Db, id: number, fields: Partial<typeof dataCategories.$inferInsert>): void {
    if (Object.keys(fields).length) db.update(dataCategories).set(fields).where(eq(dataCategories.id, id)).run();
  },
  liveChildCategories(db: Db, id: number): { key: string }[] {
    return db
      .select({ key: dataCategories.key })
      .from(dataCategories)
      .where(and(eq(dataCategories.parentId, id), isNull(dataCategories.archivedAt)))
      .orderBy(dataCategories.key)
      .all();
  },
  /** Live activities that process the category. */
  activitiesUsingCategory(db: Db, id: number): { id: number; name: string }[] {
    return db
      .select({ id: processingActivities.id, name: processingActivities.name })
      .from(activityDataCategories)
      .innerJoin(processingActivities, eq(processingActivities.id, activityDataCategories.activityId))
      .where(and(eq(activityDataCategories.categoryId, id), isNull(processingActivities.archivedAt)))
      .orderBy(processingActivities.id)
      .all();
  },
  /** Disclosures of live activities that include the category, by activity and recipient name. */
  disclosuresOfCategory(db: Db, id: number): { activity: string; recipient: string }[] {
    return db
      .select({ activity: processingActivities.name, recipient: recipients.name })
      .from(disclosureCategories)
      .innerJoin(disclosures, eq(disclosures.id, disclosureCategories.disclosureId))
      .innerJoin(processingActivities, eq(processingActivities.id, disclosures.activityId))
      .innerJoin(recipients, eq(recipients.id, disclosures.recipientId))
      .where(and(eq(disclosureCategories.categoryId, id), isNull(processingActivities.archivedAt)))
      .orderBy(disclosures.id)
      .all();
  },
  purposeByKey(db: Db, key: string): PurposeRow | undefined {
    return db.select().from(purposes).where(eq(purposes.key, key)).get();
  },
  insertPurpose(db: Db, row: typeof purposes.$inferInsert): number {
    return db.insert(purposes).values(row).returning({ id: purposes.id }).get().id;
  },
  updatePurpose(db: Db, id: number, fields: Partial<typeof purposes.$inferInsert>): void {
    if (Object.keys(fields).length) db.update(purposes).set(fields).where(eq(purposes.id, id)).run();
  },
  liveChildPurposes(db: Db, id: number): { key: string }[] {
    return db.select({ key: purposes.key }).from(purposes).where(and(eq(purposes.parentId, id), isNull(purposes.archivedAt))).orderBy(purposes.key).all();
  },
  /** Live activities that serve the purpose. */
  activitiesUsingPurpose(db: Db, id: number): { id: number; name: string }[] {
    return db
      .select({ id: processingActivities.id, name: processingActivities.name })
      .from(activityPurposes)
      .innerJoin(processingActivities, eq(processingActivities.id, activityPurposes.activityId))
      .where(and(eq(activityPurposes.purposeId, id), isNull(processingActivities.archivedAt)))
      .orderBy(processingActivities.id)
      .all();
  },
};
