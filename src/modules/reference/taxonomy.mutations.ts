import { canEditShared } from "../../domain/principal";
import type { Context } from "../context";
import { forbidden } from "../common/errors";
import { actorOf, inTransaction, rowIdOf, showGlobalId } from "../common/mutation";
import type { CreateDataCategoryInput, CreatePurposeInput, DataCategoryChangesInput, PurposeChangesInput } from "./taxonomy.mutation.input";
import { referenceStore } from "./reference.store";
import { categoryView, purposeView } from "./reference.views";
import { taxonomyWriteService } from "./taxonomy.write.service";

// GraphQL-facing writes of custom taxonomy entries: global ids in, the changed entry out.

/** The taxonomy is shared by every organisation: only keys for all of them may change it. */
function assertCanEditTaxonomy(ctx: Context): void {
  if (!canEditShared(ctx.principal)) throw forbidden(`the key "${ctx.principal.name}" may not change the shared taxonomy: that needs an EDITOR or ADMIN key for every organisation`);
}

const categoryPayload = (ctx: Context, id: number) => ({ dataCategory: categoryView(referenceStore.categoriesByIds(ctx.db, [id])[0]) });
const purposePayload = (ctx: Context, id: number) => ({ purpose: purposeView(referenceStore.purposesByIds(ctx.db, [id])[0]) });

export const taxonomyMutations = {
  createCategory(ctx: Context, input: CreateDataCategoryInput) {
    assertCanEditTaxonomy(ctx);
    return categoryPayload(ctx, inTransaction(ctx, (db) => taxonomyWriteService.createCategory(db, { ...input }, actorOf(ctx), "input")));
  },
  updateCategory(ctx: Context, id: string, expectedVersion: number, input: DataCategoryChangesInput) {
    assertCanEditTaxonomy(ctx);
    const rowId = rowIdOf("id", id, "DataCategory", "data category");
    inTransaction(ctx, (db) => taxonomyWriteService.updateCategory(db, rowId, expectedVersion, { ...input }, actorOf(ctx), "input", showGlobalId));
    return categoryPayload(ctx, rowId);
  },
  archiveCategory(ctx: Context, id: string, expectedVersion: number) {
    assertCanEditTaxonomy(ctx);
    const rowId = rowIdOf("id", id, "DataCategory", "data category");
    inTransaction(ctx, (db) => taxonomyWriteService.archiveCategory(db, rowId, expectedVersion, actorOf(ctx), showGlobalId));
    return categoryPayload(ctx, rowId);
  },
  createPurpose(ctx: Context, input: CreatePurposeInput) {
    assertCanEditTaxonomy(ctx);
    return purposePayload(ctx, inTransaction(ctx, (db) => taxonomyWriteService.createPurpose(db, { ...input }, actorOf(ctx), "input")));
  },
  updatePurpose(ctx: Context, id: string, expectedVersion: number, input: PurposeChangesInput) {
    assertCanEditTaxonomy(ctx);
    const rowId = rowIdOf("id", id, "Purpose", "purpose");
    inTransaction(ctx, (db) => taxonomyWriteService.updatePurpose(db, rowId, expectedVersion, { ...input }, actorOf(ctx), "input", showGlobalId));
    return purposePayload(ctx, rowId);
  },
  archivePurpose(ctx: Context, id: string, expectedVersion: number) {
    assertCanEditTaxonomy(ctx);
    const rowId = rowIdOf("id", id, "Purpose", "purpose");
    inTransaction(ctx, (db) => taxonomyWriteService.archivePurpose(db, rowId, expectedVersion, actorOf(ctx), showGlobalId));
    return purposePayload(ctx, rowId);
  },
};
