import { eq } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { organizations, processingActivities, recipients, securityMeasures, storageLocations } from "../../db/schema";

// Which organisation an object belongs to, so access can be checked before anything about it is said.

const tables = {
  ProcessingActivity: processingActivities,
  Recipient: recipients,
  Location: storageLocations,
  SecurityMeasure: securityMeasures,
} as const;

/** The owning organisation's row id; null for shared objects (taxonomy, legal bases); undefined when there is no such object. */
export function ownerOf(db: Db, type: string, rowId: number): number | null | undefined {
  if (type === "Organization") return db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, rowId)).get()?.id;
  const table = tables[type as keyof typeof tables];
  if (!table) return null;
  return db.select({ org: table.organizationId }).from(table).where(eq(table.id, rowId)).get()?.org;
}
