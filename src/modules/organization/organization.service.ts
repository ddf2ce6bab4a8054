import type { Context } from "../../graphql/context";
import { organizationStore } from "./organization.store";
import { organizationView } from "./organization.views";
import type { Organization } from "./organization.type";

export const organizationService = {
  list(ctx: Context): Organization[] {
    const orgs = organizationStore.all(ctx.db).map(organizationView);
    orgs.forEach((o) => ctx.loaders.organizationByIdLoader.prime(o.rowId, o));
    return orgs;
  },
  bySlug(ctx: Context, slug: string): Organization | null {
    const row = organizationStore.bySlug(ctx.db, slug);
    return row ? organizationView(row) : null;
  },
  /** An optional organisation slug as row ids: undefined means every organisation, null means the slug matches none. */
  scope(ctx: Context, slug: string | null | undefined): number[] | undefined | null {
    if (slug === null || slug === undefined) return undefined;
    const org = organizationStore.bySlug(ctx.db, slug);
    return org ? [org.id] : null;
  },
};
