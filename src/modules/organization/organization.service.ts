import type { Context } from "../../graphql/context";
import { canSee, visibleOf } from "../../domain/principal";
import { organizationStore } from "./organization.store";
import { organizationView } from "./organization.views";
import type { Organization } from "./organization.type";

export const organizationService = {
  list(ctx: Context): Organization[] {
    const orgs = organizationStore
      .all(ctx.db)
      .filter((o) => canSee(ctx.principal, o.id))
      .map(organizationView);
    orgs.forEach((o) => ctx.loaders.organizationByIdLoader.prime(o.rowId, o));
    return orgs;
  },
  bySlug(ctx: Context, slug: string): Organization | null {
    const row = organizationStore.bySlug(ctx.db, slug);
    return row && canSee(ctx.principal, row.id) ? organizationView(row) : null;
  },
  /** An optional organisation slug as row ids the caller may see: undefined means no limit, null means none. */
  scope(ctx: Context, slug: string | null | undefined): number[] | undefined | null {
    if (slug === null || slug === undefined) return visibleOf(ctx.principal, undefined);
    const org = this.bySlug(ctx, slug);
    return org ? [org.rowId] : null;
  },
};
