import { asc, eq, getTableColumns } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { activityLegalBases, disclosures, documents, evidence, legalBases, processingActivities } from "../../db/schema";

// SQL for the parts of an organisation's record a RoPA export reads besides the version snapshots:
// its source documents and every citation, and the link rows that citations of claims and disclosures name.

export type DocumentRow = typeof documents.$inferSelect;
export type CitationRow = typeof evidence.$inferSelect;

export const ropaStore = {
  documentsOf(db: Db, organizationId: number): DocumentRow[] {
    return db.select().from(documents).where(eq(documents.organizationId, organizationId)).orderBy(asc(documents.id)).all();
  },
  /** Every citation of every document of the organisation, in the order written. */
  citationsOf(db: Db, organizationId: number): CitationRow[] {
    return db
      .select(getTableColumns(evidence))
      .from(evidence)
      .innerJoin(documents, eq(documents.id, evidence.documentId))
      .where(eq(documents.organizationId, organizationId))
      .orderBy(asc(evidence.id))
      .all();
  },
  /** Legal-basis claims of all the organisation's activities, archived ones included (time travel reads them). */
  claimRowsOf(db: Db, organizationId: number): { id: number; activityId: number; regime: string; code: string }[] {
    return db
      .select({ id: activityLegalBases.id, activityId: activityLegalBases.activityId, regime: legalBases.regime, code: legalBases.code })
      .from(activityLegalBases)
      .innerJoin(legalBases, eq(legalBases.id, activityLegalBases.legalBasisId))
      .innerJoin(processingActivities, eq(processingActivities.id, activityLegalBases.activityId))
      .where(eq(processingActivities.organizationId, organizationId))
      .orderBy(asc(activityLegalBases.id))
      .all();
  },
  /** Disclosure rows of all the organisation's activities, archived ones included. */
  disclosureRowsOf(db: Db, organizationId: number): { id: number; activityId: number; recipientId: number }[] {
    return db
      .select({ id: disclosures.id, activityId: disclosures.activityId, recipientId: disclosures.recipientId })
      .from(disclosures)
      .innerJoin(processingActivities, eq(processingActivities.id, disclosures.activityId))
      .where(eq(processingActivities.organizationId, organizationId))
      .orderBy(asc(disclosures.id))
      .all();
  },
};
