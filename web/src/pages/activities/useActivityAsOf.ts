import type { ActivityFacts, Controller } from "./types";

/** The activity as the record stood at an instant. The API cannot read one activity as of an instant yet (node is live only). */
export function useActivityAsOf(_slug: string, asOf: string | null, _key: string | null, _id: string): { activity: ActivityFacts | null; controller: Controller | null; pending: boolean; error: Error | null } {
  if (!asOf) return { activity: null, controller: null, pending: false, error: null };
  return { activity: null, controller: null, pending: false, error: new Error("reading one activity as of a date needs the activity search that arrives with the api branch") };
}
