import { isAdmin } from "../../domain/principal";
import type { Context } from "../context";
import { forbidden } from "../common/errors";
import { actorOf, assertCanEdit, inTransaction, showGlobalId, visibleRowId } from "../common/mutation";
import type { CreateOrganizationInput, OrganizationChangesInput } from "./organization.mutation.input";
import { organizationStore } from "./organization.store";
import { organizationView } from "./organization.views";
import { organizationWriteService } from "./organization.write.service";

// GraphQL-facing organisation writes: global ids in, the changed organisation out.

/** The organisation behind an id, if the caller may change it. */
function editableOrganization(ctx: Context, id: string): number {
  const rowId = visibleRowId(ctx, "id", id, "Organization", "organisation");
  assertCanEdit(ctx, rowId, "id", id, "organisation");
  return rowId;
}

/** Organisations themselves are an administrator's business (issue 4: ADMIN "also keys and organisations"). */
function requireAdmin(ctx: Context, action: string): void {
  if (!isAdmin(ctx.principal)) throw forbidden(`the key "${ctx.principal.name}" may not ${action}: that needs an ADMIN key`);
}

const payload = (ctx: Context, id: number) => ({ organization: organizationView(organizationStore.byIds(ctx.db, [id])[0]) });

export const organizationMutations = {
  create(ctx: Context, input: CreateOrganizationInput) {
    requireAdmin(ctx, "add organisations");
    const id = inTransaction(ctx, (db) => organizationWriteService.create(db, { ...input }, actorOf(ctx), "input"));
    return payload(ctx, id);
  },
  update(ctx: Context, id: string, expectedVersion: number, input: OrganizationChangesInput) {
    const rowId = editableOrganization(ctx, id);
    // Slugs are unique across every organisation, so "already taken" would tell a scoped key that another one exists.
    if (input.slug !== undefined && ctx.principal.organizationIds !== null) {
      throw forbidden(`the key "${ctx.principal.name}" is limited to some organisations; changing a slug needs a key for every organisation, since slugs are unique across all of them`);
    }
    inTransaction(ctx, (db) => organizationWriteService.update(db, rowId, expectedVersion, { ...input }, actorOf(ctx), "input", showGlobalId));
    return payload(ctx, rowId);
  },
  archive(ctx: Context, id: string, expectedVersion: number) {
    const rowId = editableOrganization(ctx, id);
    requireAdmin(ctx, "delete organisations");
    inTransaction(ctx, (db) => organizationWriteService.archive(db, rowId, expectedVersion, actorOf(ctx), showGlobalId));
    return payload(ctx, rowId);
  },
};
