import type { Context } from "../context";
import { notFound } from "../common/errors";
import { actorOf, assertCanEdit, inTransaction, showGlobalId, visibleRowId } from "../common/mutation";
import { ownerOf } from "../common/owner.store";
import { organizationStore } from "./organization.store";
import { measureView } from "./organization.views";
import type { CreateSecurityMeasureInput, SecurityMeasureChangesInput } from "./security-measure.mutation.input";
import { securityMeasureWriteService } from "./security-measure.write.service";

// GraphQL-facing security-measure writes: global ids in, the changed measure out.

/** The security measure behind an id, if the caller may change it. */
function editable(ctx: Context, id: string): number {
  const rowId = visibleRowId(ctx, "id", id, "SecurityMeasure", "security measure");
  assertCanEdit(ctx, ownerOf(ctx.db, "SecurityMeasure", rowId)!, "id", id, "security measure");
  return rowId;
}

const payload = (ctx: Context, id: number) => ({ securityMeasure: measureView(organizationStore.measuresByIds(ctx.db, [id])[0]) });

export const securityMeasureMutations = {
  create(ctx: Context, input: CreateSecurityMeasureInput) {
    const id = inTransaction(ctx, (db) => {
      const org = organizationStore.bySlug(db, input.organization);
      if (!org) throw notFound("input.organization", input.organization, "organisation with that slug");
      assertCanEdit(ctx, org.id, "input.organization", input.organization, "organisation with that slug");
      const { organization: _slug, ...changes } = input;
      return securityMeasureWriteService.create(db, org.id, changes, actorOf(ctx), "input");
    });
    return payload(ctx, id);
  },
  update(ctx: Context, id: string, expectedVersion: number, input: SecurityMeasureChangesInput) {
    const rowId = editable(ctx, id);
    inTransaction(ctx, (db) => securityMeasureWriteService.update(db, rowId, expectedVersion, { ...input }, actorOf(ctx), "input", showGlobalId));
    return payload(ctx, rowId);
  },
  archive(ctx: Context, id: string, expectedVersion: number) {
    const rowId = editable(ctx, id);
    inTransaction(ctx, (db) => securityMeasureWriteService.archive(db, rowId, expectedVersion, actorOf(ctx), showGlobalId));
    return payload(ctx, rowId);
  },
};
