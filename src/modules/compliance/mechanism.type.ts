import { Field, InputType, ObjectType } from "type-graphql";
import { Regime } from "../reference/reference.type";

@InputType({ description: "A legal tool that makes transfers lawful: GDPR Chapter V or PIPL Art 38." })
export class TransferMechanismInput {
  @Field(() => Regime, { description: "Regime of the tool." })
  regime!: string;
  @Field(() => String, { description: 'Code of a TRANSFER_MECHANISM in `legalBases`, e.g. GDPR "A46-2-c" (SCCs), "A45-3" (adequacy, e.g. DPF certification), PIPL "38-3".' })
  code!: string;
  @Field(() => String, { nullable: true, description: "Where it is documented, or anything a reviewer should know (at most 4000 characters)." })
  note?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A legal tool recorded for transfers to a recipient or a storage location." })
export class TransferMechanism {
  regime!: string;
  code!: string;
  @Field(() => String, { nullable: true, description: "Where it is documented." })
  note?: string | null;
}
