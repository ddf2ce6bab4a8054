import type { ActivityDetailFieldsFragment, ActivityDetailQuery } from "../../gql/graphql";

/** The activity as the detail page shows it, live or as of an instant (both operations ask for the same fields). */
export type ActivityFacts = ActivityDetailFieldsFragment;

type LiveNode = Extract<NonNullable<ActivityDetailQuery["node"]>, { organization: unknown }>;
/** The controller's Art 30(1)(a) details. */
export type Controller = Omit<LiveNode["organization"], "id" | "slug">;
