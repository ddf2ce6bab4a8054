import type { Context } from "../../graphql/context";
import { notFound } from "../../graphql/errors";
import { actorOf, inTransaction, rowIdOf, showGlobalId } from "../common/mutation";
import { organizationStore } from "../organization/organization.store";
import { activityStore } from "./activity.store";
import { activityView } from "./activity.views";
import type { CreateProcessingActivityInput, ProcessingActivityChangesInput } from "./activity.mutation.input";
import { activityWriteService, type ActivityChanges } from "./activity.write.service";

// GraphQL-facing activity writes: global ids in, the changed activity out.

function changesFrom(input: ProcessingActivityChangesInput): ActivityChanges {
  return {
    ...input,
    disclosures: input.disclosures?.map((d, i) => ({
      recipient: rowIdOf(`input.disclosures[${i}].recipient`, d.recipient, "Recipient", "recipient"),
      dataCategories: d.dataCategories,
      purpose: d.purpose,
    })),
    storageLocations: input.storageLocations?.map((id, i) => rowIdOf(`input.storageLocations[${i}]`, id, "Location", "storage location")),
    securityMeasures: input.securityMeasures?.map((id, i) => rowIdOf(`input.securityMeasures[${i}]`, id, "SecurityMeasure", "security measure")),
  };
}

const payload = (ctx: Context, id: number) => ({ processingActivity: activityView(activityStore.byIds(ctx.db, [id])[0]) });

export const activityMutations = {
  create(ctx: Context, input: CreateProcessingActivityInput) {
    const id = inTransaction(ctx, (db) => {
      const org = organizationStore.bySlug(db, input.organization);
      if (!org) throw notFound("input.organization", input.organization, "organisation with that slug");
      return activityWriteService.create(db, org.id, changesFrom(input), actorOf(ctx), "input", showGlobalId);
    });
    return payload(ctx, id);
  },
  update(ctx: Context, id: string, expectedVersion: number, input: ProcessingActivityChangesInput) {
    const rowId = rowIdOf("id", id, "ProcessingActivity", "processing activity");
    inTransaction(ctx, (db) => activityWriteService.update(db, rowId, expectedVersion, changesFrom(input), actorOf(ctx), "input", showGlobalId));
    return payload(ctx, rowId);
  },
  archive(ctx: Context, id: string, expectedVersion: number) {
    const rowId = rowIdOf("id", id, "ProcessingActivity", "processing activity");
    inTransaction(ctx, (db) => activityWriteService.archive(db, rowId, expectedVersion, actorOf(ctx), showGlobalId));
    return payload(ctx, rowId);
  },
};
