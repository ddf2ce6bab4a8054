import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { apiKeyOrganizations, apiKeys, organizations } from "../../db/schema";

// SQL for API keys and their organisation scopes.

export type ApiKeyRow = typeof apiKeys.$inferSelect;

export const authStore = {
  activeByHash(db: Db, tokenHash: string): ApiKeyRow | undefined {
    return db.select().from(apiKeys).where(and(eq(apiKeys.tokenHash, tokenHash), isNull(apiKeys.revokedAt))).get();
  },
  byName(db: Db, name: string): ApiKeyRow | undefined {
    return db.select().from(apiKeys).where(eq(apiKeys.name, name)).get();
  },
  all(db: Db): ApiKeyRow[] {
    return db.select().from(apiKeys).orderBy(asc(apiKeys.id)).all();
  },
  activeCount(db: Db): number {
    return db.select({ id: apiKeys.id }).from(apiKeys).where(isNull(apiKeys.revokedAt)).all().length;
  },
  scopeOf(db: Db, keyIds: number[]): { keyId: number; organizationId: number; slug: string }[] {
    if (!keyIds.length) return [];
    return db
      .select({ keyId: apiKeyOrganizations.keyId, organizationId: apiKeyOrganizations.organizationId, slug: organizations.slug })
      .from(apiKeyOrganizations)
      .innerJoin(organizations, eq(organizations.id, apiKeyOrganizations.organizationId))
      .where(inArray(apiKeyOrganizations.keyId, keyIds))
      .all();
  },
  insert(db: Db, row: typeof apiKeys.$inferInsert, organizationIds: number[]): number {
    const id = db.insert(apiKeys).values(row).returning({ id: apiKeys.id }).get().id;
    if (organizationIds.length) db.insert(apiKeyOrganizations).values(organizationIds.map((organizationId) => ({ keyId: id, organizationId }))).run();
    return id;
  },
  revoke(db: Db, id: number, at: string): void {
    db.update(apiKeys).set({ revokedAt: at }).where(eq(apiKeys.id, id)).run();
  },
  organizationIdBySlug(db: Db, slug: string): number | undefined {
    return db.select({ id: organizations.id }).from(organizations).where(and(eq(organizations.slug, slug), isNull(organizations.archivedAt))).get()?.id;
  },
};
