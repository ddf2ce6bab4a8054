import { toGlobalId } from "../common/global-id";
import type { LocationRow } from "./location.store";
import type { Location } from "./location.type";

export const locationView = (r: LocationRow): Location => ({
  __typename: "Location",
  id: toGlobalId("Location", r.id),
  rowId: r.id,
  organizationId: r.organizationId,
  countryCode: r.countryCode,
  hostedById: r.hostedById,
  key: r.key,
  name: r.name,
  region: r.region,
  provider: r.provider,
  hosting: r.hosting,
  version: r.version,
  updatedAt: new Date(r.updatedAt),
});
