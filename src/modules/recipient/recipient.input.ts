import { Field, InputType } from "type-graphql";
import { RecipientKind } from "./recipient.type";

@InputType({ description: "Narrows a list of recipients; all given conditions must hold." })
export class RecipientFilter {
  @Field(() => RecipientKind, { nullable: true, description: "Role towards the organisation." })
  kind?: string;
  @Field(() => String, { nullable: true, description: 'Kind of business, matched without regard to case, e.g. "ad network".' })
  category?: string;
  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code of the recipient's country." })
  country?: string;
  @Field(() => String, { nullable: true, description: "Data-category key the recipient receives; also matches every key below it." })
  dataCategory?: string;
}
