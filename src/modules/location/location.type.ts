import { Field, Int, ObjectType } from "type-graphql";
import { STORAGE_HOSTING } from "../../domain/regimes";
import { graphqlEnum } from "../common/enums";
import { Node } from "../node/node.type";
import type { FromSource } from "../common/source";

export const StorageHosting = graphqlEnum(STORAGE_HOSTING, "StorageHosting", "Whose infrastructure a storage location is.", {
  OWN: "The organisation's own servers or data centre.",
  PROVIDER: "A provider's (a cloud or hosting company), which then receives the data it stores.",
});

@ObjectType({ implements: Node, simpleResolvers: true, description: "A place where personal data is stored: a data centre, cloud region or server." })
export class Location extends Node implements FromSource {
  __typename = "Location";
  rowId!: number;
  organizationId!: number;
  countryCode!: string;
  /** Row id of the recipient that runs the location, resolved by the hostedBy field. */
  hostedById!: number | null;
  source?: FromSource["source"];
  @Field(() => String, { description: "Key, unique within the organisation." })
  key!: string;
  @Field(() => String, { description: "Name of the place." })
  name!: string;
  @Field(() => String, { nullable: true, description: "Region or city within the country, or a cloud region." })
  region?: string | null;
  @Field(() => String, { nullable: true, description: "Whose servers or cloud, e.g. the organisation's own." })
  provider?: string | null;
  @Field(() => StorageHosting, { nullable: true, description: "The organisation's own infrastructure or a provider's; null when the record does not say." })
  hosting!: string | null;
  // Optional only for views built elsewhere (point-in-time answers) that may not fill it yet; current rows always do.
  @Field(() => Int, { description: "Version of the storage location, starting at 1; give it as expectedVersion when changing it." })
  version!: number;
  @Field(() => Date, { description: "When the storage location last changed." })
  updatedAt!: Date;
}
