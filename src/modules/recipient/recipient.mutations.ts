import type { Context } from "../context";
import { notFound } from "../common/errors";
import { actorOf, assertCanEdit, inTransaction, showGlobalId, visibleRowId } from "../common/mutation";
import { ownerOf } from "../common/owner.store";
import { organizationStore } from "../organization/organization.store";
import type { CreateRecipientInput, RecipientChangesInput } from "./recipient.mutation.input";
import { recipientStore } from "./recipient.store";
import { recipientView } from "./recipient.views";
import { recipientWriteService, type RecipientChanges } from "./recipient.write.service";

// GraphQL-facing recipient writes: global ids in, the changed recipient out.

function changesFrom(ctx: Context, input: RecipientChangesInput): RecipientChanges {
  const { parent, ...rest } = input;
  return { ...rest, parent: parent == null ? parent : visibleRowId(ctx, "input.parent", parent, "Recipient", "recipient") };
}

/** The recipient behind an id, if the caller may change it. */
function editable(ctx: Context, id: string): number {
  const rowId = visibleRowId(ctx, "id", id, "Recipient", "recipient");
  assertCanEdit(ctx, ownerOf(ctx.db, "Recipient", rowId)!, "id", id, "recipient");
  return rowId;
}

const payload = (ctx: Context, id: number) => ({ recipient: recipientView(recipientStore.byIds(ctx.db, [id])[0]) });

export const recipientMutations = {
  create(ctx: Context, input: CreateRecipientInput) {
    const { organization, ...changes } = input;
    const id = inTransaction(ctx, (db) => {
      const org = organizationStore.bySlug(db, organization);
      if (!org) throw notFound("input.organization", organization, "organisation with that slug");
      assertCanEdit(ctx, org.id, "input.organization", organization, "organisation with that slug");
      return recipientWriteService.create(db, org.id, changesFrom(ctx, changes), actorOf(ctx), "input", showGlobalId);
    });
    return payload(ctx, id);
  },
  update(ctx: Context, id: string, expectedVersion: number, input: RecipientChangesInput) {
    const rowId = editable(ctx, id);
    inTransaction(ctx, (db) => recipientWriteService.update(db, rowId, expectedVersion, changesFrom(ctx, input), actorOf(ctx), "input", showGlobalId));
    return payload(ctx, rowId);
  },
  archive(ctx: Context, id: string, expectedVersion: number) {
    const rowId = editable(ctx, id);
    inTransaction(ctx, (db) => recipientWriteService.archive(db, rowId, expectedVersion, actorOf(ctx), showGlobalId));
    return payload(ctx, rowId);
  },
};
