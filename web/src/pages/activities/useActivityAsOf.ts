import { useGql } from "../../api/hooks";
import { ActivityDetailAsOfDocument } from "../../gql/graphql";
import type { ActivityFacts, Controller } from "./types";

/**
 * The activity as the record stood at an instant. `node` reads the live record only, so the page searches the
 * organisation's activities then by the activity's key and keeps the one with this id.
 */
export function useActivityAsOf(slug: string, asOf: string | null, key: string | null, id: string): { activity: ActivityFacts | null; controller: Controller | null; pending: boolean; error: Error | null } {
  const q = useGql(ActivityDetailAsOfDocument, { slug, asOf: asOf ?? "", key: key ?? "" }, { enabled: !!asOf && !!key });
  const org = q.data?.organization ?? null;
  const activity = org?.processingActivities.edges.map((e) => e.node).find((a) => a.id === id) ?? null;
  return { activity, controller: org, pending: !!asOf && q.isPending, error: q.error };
}
