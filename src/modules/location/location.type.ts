import { Field, ObjectType } from "type-graphql";
import { Node } from "../node/node.type";

@ObjectType({ implements: Node, description: "A place where personal data is stored: a data centre, cloud region or server." })
export class Location extends Node {
  __typename = "Location";
  rowId!: number;
  organizationId!: number;
  countryCode!: string;
  /** Set when read as of an instant. */
  asOf?: string;
  @Field(() => String, { description: "Key, unique within the organisation." })
  key!: string;
  @Field(() => String, { description: "Name of the place." })
  name!: string;
  @Field(() => String, { nullable: true, description: "Region or city within the country, or a cloud region." })
  region?: string | null;
  @Field(() => String, { nullable: true, description: "Whose servers or cloud, e.g. the organisation's own." })
  provider?: string | null;
}
