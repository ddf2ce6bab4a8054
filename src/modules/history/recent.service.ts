import type { Db } from "../../db/connection";
import type { FieldChange } from "../../domain/diff";
import { canSee, type Principal } from "../../domain/principal";
import { badInput, unknownOrganization } from "../common/errors";
import { intInRange } from "../common/validate";
import { toGlobalId } from "../common/global-id";
import { historyStore } from "./history.store";
import { recentStore } from "./recent.store";
import type { RecentChanges } from "./history.type";

// What changed in an organisation's record since an instant, from the audit log.

export function recentChanges(db: Db, principal: Principal, args: { organization: string; since: Date; first?: number | null }): RecentChanges {
  const first = args.first ?? 20;
  intInRange("first", first, 0, 100);
  if (Number.isNaN(args.since.getTime())) throw badInput("since", String(args.since), "a date-time like 2026-03-01T00:00:00Z");
  // History outlives deletion and renaming; an organisation outside the key's scope answers exactly as a missing one.
  const orgId = historyStore.organizationIdBySlug(db, args.organization);
  if (orgId === undefined || !canSee(principal, orgId)) throw unknownOrganization(args.organization);
  const since = args.since.toISOString();
  return {
    total: recentStore.count(db, orgId, since),
    entries: recentStore.newest(db, orgId, since, first).map((r) => ({
      at: new Date(r.at),
      actor: r.actor,
      operation: r.operation,
      objectType: r.entityType,
      object: toGlobalId(r.entityType, r.entityId),
      name: r.name ?? "",
      fields: (JSON.parse(r.changes) as FieldChange[]).map((c) => c.field),
    })),
  };
}
