import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { adequacy, categorySensitivities, countries, dataCategories, dataSubjectCategories, legalBases, purposes } from "../../db/schema";

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
  legalBasisByCode(db: Db, regime: string, code: string): LegalBasisRow | undefined {
    return db.select().from(legalBases).where(and(eq(legalBases.regime, regime), eq(legalBases.code, code))).get();
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
};
