import { and, asc, eq, inArray, isNull, ne } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { rowsByIds } from "../../db/raw";
import { activityDataCategories, activityStorageLocations, processingActivities, storageLocations as l } from "../../db/schema";

// SQL for storage locations and the data categories stored in each.

export type LocationRow = typeof l.$inferSelect;

export const locationStore = {
  byIds(db: Db, ids: readonly number[]): LocationRow[] {
    return rowsByIds(db, l, ids);
  },
  byOrgIds(db: Db, orgIds: readonly number[]): LocationRow[] {
    return db
      .select()
      .from(l)
      .where(and(inArray(l.organizationId, [...orgIds]), isNull(l.archivedAt)))
      .orderBy(asc(l.id))
      .all();
  },
  /** Distinct (location, category) pairs: a category is stored where any activity processing it stores data. */
  categoryLinks(db: Db, ids: readonly number[]): { locationId: number; categoryId: number }[] {
    return db
      .selectDistinct({ locationId: activityStorageLocations.locationId, categoryId: activityDataCategories.categoryId })
      .from(activityStorageLocations)
      .innerJoin(activityDataCategories, eq(activityDataCategories.activityId, activityStorageLocations.activityId))
      .innerJoin(processingActivities, eq(processingActivities.id, activityStorageLocations.activityId))
      .where(and(inArray(activityStorageLocations.locationId, [...ids]), isNull(processingActivities.archivedAt)))
      .all();
  },
  insert(db: Db, row: typeof l.$inferInsert): number {
    return db.insert(l).values(row).returning({ id: l.id }).get().id;
  },
  keyTaken(db: Db, organizationId: number, key: string, exceptId = 0): boolean {
    return !!db.select({ id: l.id }).from(l).where(and(eq(l.organizationId, organizationId), eq(l.key, key), ne(l.id, exceptId))).get();
  },
  update(db: Db, id: number, fields: Partial<typeof l.$inferInsert>): void {
    if (Object.keys(fields).length) db.update(l).set(fields).where(eq(l.id, id)).run();
  },
  /** Live locations the recipient runs. */
  hostedBy(db: Db, recipientId: number): { id: number; name: string }[] {
    return db
      .select({ id: l.id, name: l.name })
      .from(l)
      .where(and(eq(l.hostedById, recipientId), isNull(l.archivedAt)))
      .orderBy(l.id)
      .all();
  },
  /** Live activities that store data at the location. */
  activitiesStoringAt(db: Db, locationId: number): { id: number; name: string }[] {
    return db
      .select({ id: processingActivities.id, name: processingActivities.name })
      .from(activityStorageLocations)
      .innerJoin(processingActivities, eq(processingActivities.id, activityStorageLocations.activityId))
      .where(and(eq(activityStorageLocations.locationId, locationId), isNull(processingActivities.archivedAt)))
      .orderBy(processingActivities.id)
      .all();
  },
};
