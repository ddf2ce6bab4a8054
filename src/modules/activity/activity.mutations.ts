import type { Context } from "../context";
import { notFound } from "../common/errors";
import { actorOf, assertCanEdit, inTransaction, showGlobalId, visibleRowId } from "../common/mutation";
import { ownerOf } from "../common/owner.store";
import { organizationStore } from "../organization/organization.store";
import { activityStore } from "./activity.store";
import { activityView } from "./activity.views";
import type { CreateProcessingActivityInput, ProcessingActivityChangesInput } from "./activity.mutation.input";
import { activityWriteService, type ActivityChanges } from "./activity.write.service";

// GraphQL-facing activity writes: global ids in, the changed activity out.

function changesFrom(ctx: Context, input: ProcessingActivityChangesInput): ActivityChanges {
  return {
    ...input,
    disclosures: input.disclosures?.map((d, i) => ({
      recipient: visibleRowId(ctx, `input.disclosures[${i}].recipient`, d.recipient, "Recipient", "recipient"),
      dataCategories: d.dataCategories,
      purpose: d.purpose,
      sale: d.sale,
      sharing: d.sharing,
    })),
    trackers: input.trackers?.map((t, i) => ({
      ...t,
      recipient: t.recipient == null ? t.recipient : visibleRowId(ctx, `input.trackers[${i}].recipient`, t.recipient, "Recipient", "recipient"),
    })),
    storageLocations: input.storageLocations?.map((id, i) => visibleRowId(ctx, `input.storageLocations[${i}]`, id, "Location", "storage location")),
    securityMeasures: input.securityMeasures?.map((id, i) => visibleRowId(ctx, `input.securityMeasures[${i}]`, id, "SecurityMeasure", "security measure")),
  };
}

/** The activity behind an id, if the caller may change it. */
function editableActivity(ctx: Context, id: string): number {
  const rowId = visibleRowId(ctx, "id", id, "ProcessingActivity", "processing activity");
  assertCanEdit(ctx, ownerOf(ctx.db, "ProcessingActivity", rowId)!, "id", id, "processing activity");
  return rowId;
}

const payload = (ctx: Context, id: number) => ({ processingActivity: activityView(activityStore.byIds(ctx.db, [id])[0]) });

export const activityMutations = {
  create(ctx: Context, input: CreateProcessingActivityInput) {
    const id = inTransaction(ctx, (db) => {
      const org = organizationStore.bySlug(db, input.organization);
      if (!org) throw notFound("input.organization", input.organization, "organisation with that slug");
      assertCanEdit(ctx, org.id, "input.organization", input.organization, "organisation with that slug");
      return activityWriteService.create(db, org.id, changesFrom(ctx, input), actorOf(ctx), "input", showGlobalId);
    });
    return payload(ctx, id);
  },
  update(ctx: Context, id: string, expectedVersion: number, input: ProcessingActivityChangesInput) {
    const rowId = editableActivity(ctx, id);
    inTransaction(ctx, (db) => activityWriteService.update(db, rowId, expectedVersion, changesFrom(ctx, input), actorOf(ctx), "input", showGlobalId));
    return payload(ctx, rowId);
  },
  archive(ctx: Context, id: string, expectedVersion: number) {
    const rowId = editableActivity(ctx, id);
    inTransaction(ctx, (db) => activityWriteService.archive(db, rowId, expectedVersion, actorOf(ctx), showGlobalId));
    return payload(ctx, rowId);
  },
};
