import type { ServiceContext } from "../context";
import { canSee } from "../../domain/principal";
import { fromGlobalId } from "../common/global-id";
import { ownerOf } from "../common/owner.store";
import { recordSourceAt } from "../history/record-source";
import { readInstant } from "../record/record.read";

/** Each global-id type, and how to load one of it by row id within a request. */
const fetchers: Record<string, (ctx: ServiceContext, rowId: number) => Promise<unknown>> = {
  Organization: (ctx, id) => ctx.loaders.organizationByIdLoader.load(id),
  ProcessingActivity: (ctx, id) => ctx.loaders.activityByIdLoader.load(id),
  Recipient: (ctx, id) => ctx.loaders.recipientByIdLoader.load(id),
  Location: (ctx, id) => ctx.loaders.locationByIdLoader.load(id),
  SecurityMeasure: (ctx, id) => ctx.loaders.measureByIdLoader.load(id),
  LegalBasis: (ctx, id) => ctx.loaders.legalBasisByIdLoader.load(id),
  DataCategory: async (ctx, id) => (await ctx.loaders.taxonomy()).byId.get(id) ?? null,
  Purpose: async (ctx, id) => (await ctx.loaders.purposes()).byId.get(id) ?? null,
  DataSubjectCategory: async (ctx, id) => (await ctx.loaders.subjects()).find((s) => s.rowId === id) ?? null,
};

/** Any object by global id, or null when it is unknown or outside the caller's organisations; with `asOf`, as it stood then (null when it did not exist). */
export async function resolveNode(ctx: ServiceContext, id: string, asOf?: Date | null): Promise<unknown> {
  const g = fromGlobalId(id);
  const fetch = g && fetchers[g.type];
  if (!g || !fetch || !/^[1-9][0-9]{0,15}$/.test(g.rowId)) return null;
  const rowId = Number(g.rowId);
  // Objects outside the key's organisations do not exist for it.
  const owner = ownerOf(ctx.db, g.type, rowId);
  if (owner === undefined || (owner !== null && !canSee(ctx.principal, owner))) return null;
  const at = readInstant(asOf);
  // Shared reference data is not versioned: it answers the same at every instant.
  if (at === null || owner === null) return fetch(ctx, rowId);
  const then = recordSourceAt(ctx, owner, at);
  return then ? fetch({ ...ctx, loaders: then }, rowId) : null;
}
