import { ArgsType, Field } from "type-graphql";

@ArgsType()
export class OrganizationArgs {
  @Field(() => String, { description: "The organisation's slug, e.g. leanplans." })
  slug!: string;
  @Field(() => Date, { nullable: true, description: "Read the whole record as it stood at this instant; a future instant reads as now." })
  asOf?: Date | null;
}
