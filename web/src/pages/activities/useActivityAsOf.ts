import { useGql } from "../../api/hooks";
import { ActivityDetailAsOfDocument } from "../../gql/graphql";
import type { ActivityFacts, Controller } from "./types";

/** The activity as the record stood at an instant (`node(id:, asOf:)`), kept only when it belonged to this organisation then. */
export function useActivityAsOf(slug: string, asOf: string | null, id: string): { activity: ActivityFacts | null; controller: Controller | null; pending: boolean; error: Error | null } {
  const q = useGql(ActivityDetailAsOfDocument, { id, asOf: asOf ?? "" }, { enabled: !!asOf });
  const node = q.data?.node && "organization" in q.data.node ? q.data.node : null;
  const activity = node && node.organization.slug === slug ? node : null;
  return { activity, controller: activity?.organization ?? null, pending: !!asOf && q.isPending, error: q.error };
}
