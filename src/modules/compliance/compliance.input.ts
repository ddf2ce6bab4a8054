import { ArgsType, Field, ID, Int } from "type-graphql";
import type { Regime as RegimeName } from "../../domain/regimes";
import type { Severity as SeverityName } from "../../domain/rules/rule";
import { Regime } from "../reference/reference.type";
import type { TransferStatus as TransferStatusName } from "../../domain/transfers";
import { Severity, TransferStatus } from "./compliance.type";

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
  @Field(() => Regime, { nullable: true, description: "Only findings of this regime's rules." })
  regime?: RegimeName | null;
  @Field(() => String, { nullable: true, description: "Only findings of this rule (its id, see docs/rules.md)." })
  rule?: string | null;
  @Field(() => ID, { nullable: true, description: "Only findings about the object with this global id." })
  subject?: string | null;
  @Field(() => Int, { nullable: true, description: "At most this many findings, after ordering: 1 to 1000." })
  first?: number | null;
}

@ArgsType()
export class TransfersArgs {
  @Field(() => String, { description: "The organisation's slug." })
  organization!: string;
  @Field(() => Date, { nullable: true, description: "Read the record as it stood at this instant, judged with today's reference data; a future instant reads as now." })
  asOf?: Date | null;
}

@ArgsType()
export class TransferListArgs extends TransfersArgs {
  @Field(() => Regime, { nullable: true, description: "Only transfers judged under this regime." })
  regime?: RegimeName | null;
  @Field(() => TransferStatus, { nullable: true, description: "Only transfers with this status." })
  status?: TransferStatusName | null;
  @Field(() => String, {
    nullable: true,
    description: 'Only transfers to importers in this country (ISO 3166-1 alpha-2, e.g. HK); "ZZ" for those whose importer\'s country the record does not give.',
  })
  toCountry?: string | null;
  @Field(() => Int, { nullable: true, description: "At most this many transfers, after ordering: 1 to 1000." })
  first?: number | null;
}

@ArgsType()
export class TransferDestinationsArgs extends TransfersArgs {
  @Field(() => Regime, { nullable: true, description: "Only destinations of transfers judged under this regime." })
  regime?: RegimeName | null;
}
