import type { ServiceContext } from "../context";
import { canSee, visibleOf } from "../../domain/principal";
import { organizationStore } from "./organization.store";
import { organizationView } from "./organization.views";
import type { Organization } from "./organization.type";
import { organizationIdOf, readInstant } from "../record/record.read";
import { recordSourceAt } from "../history/record-source";

export const organizationService = {
  list(ctx: ServiceContext): Organization[] {
    const orgs = organizationStore
      .all(ctx.db)
      .filter((o) => canSee(ctx.principal, o.id))
      .map(organizationView);
    orgs.forEach((o) => ctx.loaders.organizationByIdLoader.prime(o.rowId, o));
    return orgs;
  },
  /** The organisation now, or as it stood at `asOf` (its record then answers every nested field). */
  read(ctx: ServiceContext, args: { slug: string; asOf?: Date | null }): Organization | null {
    const at = readInstant(args.asOf);
    if (at === null) return this.bySlug(ctx, args.slug);
    const id = organizationIdOf(ctx.db, ctx.principal, args.slug, true);
    return id === null ? null : (recordSourceAt(ctx, id, at)?.organizationByIdLoader.peek(id) ?? null);
  },
  bySlug(ctx: ServiceContext, slug: string): Organization | null {
    const row = organizationStore.bySlug(ctx.db, slug);
    return row && canSee(ctx.principal, row.id) ? organizationView(row) : null;
  },
  /** An optional organisation slug as row ids the caller may see: undefined means no limit, null means none. */
  scope(ctx: ServiceContext, slug: string | null | undefined): number[] | undefined | null {
    if (slug === null || slug === undefined) return visibleOf(ctx.principal, undefined);
    const org = this.bySlug(ctx, slug);
    return org ? [org.rowId] : null;
  },
};
