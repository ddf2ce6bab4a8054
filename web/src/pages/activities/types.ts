import type { ActivityDetailFieldsFragment, ActivityDetailQuery } from "../../gql/graphql";

/** The activity as the detail page shows it, live or as of an instant (one operation serves both). */
export type ActivityFacts = ActivityDetailFieldsFragment;

type DetailNode = Extract<NonNullable<ActivityDetailQuery["node"]>, { organization: unknown }>;
/** The controller's Art 30(1)(a) details. */
export type Controller = Omit<DetailNode["organization"], "id" | "slug">;
