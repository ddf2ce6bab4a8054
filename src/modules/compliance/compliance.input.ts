import { ArgsType, Field } from "type-graphql";
import type { Severity as SeverityName } from "../../domain/rules/rule";
import { Severity } from "./compliance.type";

@ArgsType()
export class FindingsArgs {
  @Field(() => String, { nullable: true, description: "Organisation slug; every organisation the key may see when left out." })
  organization?: string | null;
  @Field(() => Severity, { nullable: true, description: "Leave out findings below this severity." })
  minSeverity?: SeverityName | null;
  @Field(() => Boolean, { nullable: true, description: "Also list findings accepted until a later date (with the acceptance)." })
  includeAccepted?: boolean | null;
  @Field(() => Date, {
    nullable: true,
    description: "Judge the record as it stood at this instant, with today's reference data; acceptances in force now still hide findings; a future instant reads as now.",
  })
  asOf?: Date | null;
}

@ArgsType()
export class TransfersArgs {
  @Field(() => String, { description: "The organisation's slug." })
  organization!: string;
  @Field(() => Date, { nullable: true, description: "Read the record as it stood at this instant, judged with today's reference data; a future instant reads as now." })
  asOf?: Date | null;
}
