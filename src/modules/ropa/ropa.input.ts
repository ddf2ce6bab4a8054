import { ArgsType, Field } from "type-graphql";

@ArgsType()
export class RopaArgs {
  @Field(() => String, { description: "The organisation's slug." })
  organization!: string;
  @Field(() => Date, { nullable: true, description: "Read the record as it stood at this instant; a future instant reads as now." })
  asOf?: Date | null;
  @Field(() => Boolean, { nullable: true, description: "The processor's record (Art 30(2)) instead of the controller's (Art 30(1))." })
  processor?: boolean | null;
}
