import { Field, ID, InputType } from "type-graphql";
import { Regime } from "../reference/reference.type";

@InputType({ description: "Narrows a list of processing activities; all given conditions must hold." })
export class ProcessingActivityFilter {
  @Field(() => String, { nullable: true, description: "Data-category key; also matches every key below it (user.financial finds bank accounts)." })
  dataCategory?: string;
  @Field(() => String, { nullable: true, description: "Purpose key; also matches every key below it." })
  purpose?: string;
  @Field(() => ID, { nullable: true, description: "Id of a recipient the activity discloses data to." })
  recipient?: string;
  @Field(() => String, { nullable: true, description: 'Legal-basis code, e.g. "A6-1-a" or "13-1".' })
  legalBasis?: string;
  @Field(() => Regime, { nullable: true, description: "Regime of `legalBasis`, where the code alone is ambiguous (GDPR and UK_GDPR share codes)." })
  regime?: string;
  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code of a country where the activity stores data." })
  storageCountry?: string;
  @Field(() => String, { nullable: true, description: "Text the activity's name or key contains, ignoring case (at most 200 characters)." })
  search?: string;
}
