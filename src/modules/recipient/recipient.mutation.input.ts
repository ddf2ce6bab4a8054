import { Field, ID, InputType, ObjectType } from "type-graphql";
import { TransferMechanismInput } from "../compliance/mechanism.type";
import { DpaStatus, Recipient, RecipientKind, RecipientRole } from "./recipient.type";

@InputType({ description: "The data-processing agreement with a recipient; replaces the old one whole." })
export class DpaInput {
  @Field(() => DpaStatus, { description: "Whether an agreement exists." })
  status!: string;
  @Field(() => String, { nullable: true, description: "Date signed, YYYY-MM-DD." })
  date?: string | null;
  @Field(() => String, { nullable: true, description: "Link to the agreement, an http(s) URL." })
  url?: string | null;
}

@InputType({ description: "Fields of a recipient; fields left out stay as they are, null clears an optional one." })
export class RecipientChangesInput {
  @Field(() => String, { nullable: true, description: "Kebab-case key, unique in the organisation (at most 100 characters); made from the name when left out." })
  key?: string | null;
  @Field(() => String, { nullable: true, description: "Company name, or the name of the category of recipients (at most 200 characters)." })
  name?: string;
  @Field(() => RecipientKind, { nullable: true, description: "Role towards the organisation." })
  kind?: string;
  @Field(() => RecipientRole, { nullable: true, description: "Role in law towards the organisation; null records that it is not known." })
  role?: string | null;
  @Field(() => String, { nullable: true, description: 'Kind of business, e.g. "Payment processor" (at most 200 characters).' })
  category?: string | null;
  @Field(() => Boolean, { nullable: true, description: "True for a named company; false for a category of recipients." })
  named?: boolean;
  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code of the recipient's country, e.g. US." })
  country?: string | null;
  @Field(() => DpaInput, { nullable: true, description: "Data-processing agreement; null resets it to UNKNOWN." })
  dpa?: DpaInput | null;
  @Field(() => ID, {
    nullable: true,
    description: "Id of the recipient of the same organisation that engages this one as a sub-processor; null makes it engaged directly.",
  })
  parent?: string | null;
  @Field(() => String, { nullable: true, description: "What the recipient does with the data (at most 4000 characters)." })
  description?: string | null;
  @Field(() => [TransferMechanismInput], { nullable: true, description: "Tools that make transfers to this recipient lawful; replaces the recorded list, null empties it." })
  transferMechanisms?: TransferMechanismInput[] | null;
}

@InputType({ description: "A new recipient of an organisation's data." })
export class CreateRecipientInput extends RecipientChangesInput {
  @Field(() => String, { description: "Slug of the organisation that discloses data to the recipient." })
  organization!: string;
  @Field(() => String, { description: "Company name, or the name of the category of recipients (at most 200 characters)." })
  declare name: string;
  @Field(() => RecipientKind, { description: "Role towards the organisation." })
  declare kind: string;
  @Field(() => Boolean, { description: "True for a named company; false for a category of recipients." })
  declare named: boolean;
}

@ObjectType({ simpleResolvers: true, description: "The recipient as it stands after the change." })
export class RecipientPayload {
  @Field(() => Recipient, { description: "The created, changed or archived recipient." })
  recipient!: Recipient;
}
