import type { Loaders, ServiceContext } from "../context";
import type { ProcessingActivity } from "./activity.type";
import { checkCategoryKey, checkCountryCode, checkPurposeKey, checkRowId } from "../common/args";
import { organizationService } from "../organization/organization.service";
import { badInput } from "../common/errors";
import { pageWindow, toConnection } from "../common/connection";
import { activityStore, type ActivityQuery } from "./activity.store";
import { activityView } from "./activity.views";
import { prefetchActivities } from "./activity.prefetch";
import type { Selection } from "../common/look-ahead";
import type { ProcessingActivityFilter } from "./activity.input";

async function toQuery(ctx: ServiceContext, orgIds: number[] | undefined, f: ProcessingActivityFilter | undefined | null): Promise<ActivityQuery> {
  const q: ActivityQuery = { organizationIds: orgIds };
  if (!f) return q;
  if (f.dataCategory != null) q.dataCategory = await checkCategoryKey(ctx, "filter.dataCategory", f.dataCategory);
  if (f.purpose != null) q.purpose = await checkPurposeKey(ctx, "filter.purpose", f.purpose);
  if (f.recipient != null) q.recipientId = checkRowId("filter.recipient", f.recipient, "Recipient");
  if (f.storageCountry != null) q.storageCountry = await checkCountryCode(ctx, "filter.storageCountry", f.storageCountry);
  if (f.search != null) {
    if (f.search.length > 200) throw badInput("filter.search", f.search, "at most 200 characters");
    q.search = f.search;
  }
  if (f.legalBasis != null) {
    q.legalBasisIds = activityStore.legalBasisIdsByCode(ctx.db, f.legalBasis, f.regime ?? undefined);
    if (!q.legalBasisIds.length) throw badInput("filter.legalBasis", f.legalBasis, "a legal-basis code from `legalBases`, e.g. A6-1-a");
  } else if (f.regime != null) {
    throw badInput("filter.regime", f.regime, "to be given together with filter.legalBasis");
  }
  return q;
}

function connectionOf(L: Loaders, rows: ProcessingActivity[], window: { afterId: number; limit: number }, count: () => number, selection?: Selection) {
  rows.forEach((a) => L.activityByIdLoader.prime(a.rowId, a));
  if (selection) prefetchActivities(L, rows.slice(0, window.limit).map((a) => a.rowId), selection);
  return toConnection(rows, window, count);
}

export const activityService = {
  /** A page of activities; with `selection` (what the query asks of each node) their links are fetched ahead. */
  async list(
    ctx: ServiceContext,
    args: { organization?: string | null; filter?: ProcessingActivityFilter | null; first?: number | null; after?: string | null },
    selection?: Selection,
  ) {
    const window = pageWindow(args.first, args.after);
    const scope = organizationService.scope(ctx, args.organization);
    if (scope && !scope.length) return toConnection([], window, 0);
    const q = await toQuery(ctx, scope ?? undefined, args.filter);
    if (scope === null) return toConnection([], window, 0);
    const rows = activityStore.page(ctx.db, q, window.afterId, window.limit + 1).map(activityView);
    return connectionOf(ctx.loaders, rows, window, () => activityStore.count(ctx.db, q), selection);
  },

  /** A page of one organisation's activities, from the record the organisation was read from (live or as of an instant). */
  async pageOf(
    ctx: ServiceContext,
    L: Loaders,
    organizationId: number,
    args: { first?: number | null; after?: string | null; filter?: ProcessingActivityFilter | null },
    selection?: Selection,
  ) {
    const window = pageWindow(args.first, args.after);
    const q = args.filter ? await toQuery(ctx, undefined, args.filter) : undefined;
    const { rows, count } = L.activityPage(organizationId, window, q);
    return connectionOf(L, rows, window, count, selection);
  },
};
