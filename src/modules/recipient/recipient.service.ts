import type { ServiceContext } from "../context";
import { checkCategoryKey, checkCountryCode } from "../common/args";
import { pageWindow, toConnection } from "../common/connection";
import { organizationService } from "../organization/organization.service";
import type { RecipientFilter } from "./recipient.input";
import { recipientStore, type RecipientQuery } from "./recipient.store";
import { recipientView } from "./recipient.views";
import { prefetchRecipients } from "./recipient.prefetch";
import type { Selection } from "../common/look-ahead";

export const recipientService = {
  /** A page of recipients; with `selection` (what the query asks of each node) their countries are fetched ahead. */
  async list(ctx: ServiceContext, args: { organization?: string | null; filter?: RecipientFilter | null; first?: number | null; after?: string | null }, selection?: Selection) {
    const window = pageWindow(args.first, args.after);
    const scope = organizationService.scope(ctx, args.organization);
    if (scope && !scope.length) return toConnection([], window, 0);
    const f = args.filter;
    const q: RecipientQuery = { organizationIds: scope ?? undefined };
    if (f?.kind != null) q.kind = f.kind;
    if (f?.category != null) q.category = f.category;
    if (f?.country != null) q.country = await checkCountryCode(ctx, "filter.country", f.country);
    if (f?.dataCategory != null) q.dataCategory = await checkCategoryKey(ctx, "filter.dataCategory", f.dataCategory);
    if (scope === null) return toConnection([], window, 0);
    const rows = recipientStore.page(ctx.db, q, window.afterId, window.limit + 1).map(recipientView);
    rows.forEach((r) => ctx.loaders.recipientByIdLoader.prime(r.rowId, r));
    if (selection) prefetchRecipients(ctx.loaders, rows.map((r) => r.rowId), selection);
    return toConnection(rows, window, () => recipientStore.count(ctx.db, q));
  },
};
