import { dataFlows, type FlowResult } from "../../domain/dataflows";
import { regimesOf } from "../../domain/jurisdictions";
import type { Regime } from "../../domain/regimes";
import { checkCategoryKey, checkCountryCode, checkPurposeKey } from "../common/args";
import { unknownOrganization } from "../common/errors";
import { intInRange } from "../common/validate";
import { referenceFacts } from "../compliance/reference-facts";
import type { ServiceContext } from "../context";
import { organizationIdOf, readInstant, readRecord } from "../record/record.read";
import type { DataFlowFilter } from "./dataflows.type";

// Data flows of one organisation's record document (live, or as it stood at an instant), aggregated in the domain.

export interface DataFlowsArgs {
  organization: string;
  asOf?: Date | null;
  filter?: DataFlowFilter | null;
  maxNodes?: number | null;
}

const EMPTY: FlowResult = { nodes: [], links: [], activityCount: 0, aggregated: false };

export async function buildDataFlows(ctx: ServiceContext, args: DataFlowsArgs, now = new Date()): Promise<FlowResult> {
  const maxNodes = args.maxNodes ?? 40;
  intInRange("maxNodes", maxNodes, 2, 200);
  const at = readInstant(args.asOf, now);
  const orgId = organizationIdOf(ctx.db, ctx.principal, args.organization, at !== null);
  if (orgId === null) throw unknownOrganization(args.organization);
  const f = args.filter ?? {};
  const filter = {
    dataCategory: f.dataCategory == null ? null : await checkCategoryKey(ctx, "filter.dataCategory", f.dataCategory),
    purpose: f.purpose == null ? null : await checkPurposeKey(ctx, "filter.purpose", f.purpose),
    regime: (f.regime ?? null) as Regime | null,
    recipientKind: f.recipientKind ?? null,
    country: f.country == null ? null : await checkCountryCode(ctx, "filter.country", f.country),
  };
  const read = readRecord(ctx.db, orgId, at, { evidence: false });
  if (!read) return EMPTY;
  const [taxonomy, purposes] = [await ctx.loaders.taxonomy(), await ctx.loaders.purposes()];
  const codes = [...new Set(read.document.storageLocations.map((l) => l.country))];
  const countries = new Map((await Promise.all(codes.map((c) => ctx.loaders.countryByCodeLoader.load(c)))).flatMap((c) => (c ? [[c.code, c.name] as const] : [])));
  const facts = filter.regime ? referenceFacts(ctx.db) : null;
  return dataFlows(read.document, filter, maxNodes, {
    identity: read.identity,
    categoryName: (k) => taxonomy.byKey.get(k)?.name ?? null,
    categoryId: (k) => (taxonomy.byKey.get(k)?.id as string | undefined) ?? null,
    purposeName: (k) => purposes.byKey.get(k)?.name ?? null,
    purposeId: (k) => (purposes.byKey.get(k)?.id as string | undefined) ?? null,
    countryName: (c) => countries.get(c) ?? null,
    regimesOf: (a) => regimesOf(read.document, a, facts!),
  });
}
