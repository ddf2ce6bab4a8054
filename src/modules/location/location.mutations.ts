import type { Context } from "../context";
import { notFound } from "../common/errors";
import { actorOf, assertCanEdit, inTransaction, showGlobalId, visibleRowId } from "../common/mutation";
import { ownerOf } from "../common/owner.store";
import { organizationStore } from "../organization/organization.store";
import type { CreateStorageLocationInput, StorageLocationChangesInput } from "./location.mutation.input";
import { locationStore } from "./location.store";
import { locationView } from "./location.views";
import { locationWriteService, type LocationChanges } from "./location.write.service";

// GraphQL-facing storage-location writes: global ids in, the changed location out.

function changesFrom(ctx: Context, input: StorageLocationChangesInput): LocationChanges {
  const { hostedBy, ...rest } = input;
  return { ...rest, hostedBy: hostedBy == null ? hostedBy : visibleRowId(ctx, "input.hostedBy", hostedBy, "Recipient", "recipient") };
}

/** The storage location behind an id, if the caller may change it. */
function editable(ctx: Context, id: string): number {
  const rowId = visibleRowId(ctx, "id", id, "Location", "storage location");
  assertCanEdit(ctx, ownerOf(ctx.db, "Location", rowId)!, "id", id, "storage location");
  return rowId;
}

const payload = (ctx: Context, id: number) => ({ storageLocation: locationView(locationStore.byIds(ctx.db, [id])[0]) });

export const locationMutations = {
  create(ctx: Context, input: CreateStorageLocationInput) {
    const { organization, ...changes } = input;
    const id = inTransaction(ctx, (db) => {
      const org = organizationStore.bySlug(db, organization);
      if (!org) throw notFound("input.organization", organization, "organisation with that slug");
      assertCanEdit(ctx, org.id, "input.organization", organization, "organisation with that slug");
      return locationWriteService.create(db, org.id, changesFrom(ctx, changes), actorOf(ctx), "input", showGlobalId);
    });
    return payload(ctx, id);
  },
  update(ctx: Context, id: string, expectedVersion: number, input: StorageLocationChangesInput) {
    const rowId = editable(ctx, id);
    inTransaction(ctx, (db) => locationWriteService.update(db, rowId, expectedVersion, changesFrom(ctx, input), actorOf(ctx), "input", showGlobalId));
    return payload(ctx, rowId);
  },
  archive(ctx: Context, id: string, expectedVersion: number) {
    const rowId = editable(ctx, id);
    inTransaction(ctx, (db) => locationWriteService.archive(db, rowId, expectedVersion, actorOf(ctx), showGlobalId));
    return payload(ctx, rowId);
  },
};
