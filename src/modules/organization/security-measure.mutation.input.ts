import { Field, InputType, ObjectType } from "type-graphql";
import { MeasureKind, SecurityMeasure } from "./organization.type";

@InputType({ description: "Fields of a security measure; fields left out stay as they are, null clears an optional one." })
export class SecurityMeasureChangesInput {
  @Field(() => String, { nullable: true, description: "Kebab-case key, unique in the organisation (at most 100 characters); made from the name when left out." })
  key?: string | null;
  @Field(() => String, { nullable: true, description: "Name (at most 200 characters)." })
  name?: string;
  @Field(() => MeasureKind, { nullable: true, description: "Technical or organisational." })
  kind?: string;
  @Field(() => String, { nullable: true, description: "What the measure does (at most 4000 characters)." })
  description?: string | null;
  @Field(() => String, { nullable: true, description: "Matching W3C DPV measure IRI, an http(s) URL." })
  dpvIri?: string | null;
}

@InputType({ description: "A new security measure of an organisation." })
export class CreateSecurityMeasureInput extends SecurityMeasureChangesInput {
  @Field(() => String, { description: "Slug of the organisation that takes the measure." })
  organization!: string;
  @Field(() => String, { description: "Name (at most 200 characters)." })
  declare name: string;
  @Field(() => MeasureKind, { description: "Technical or organisational." })
  declare kind: string;
}

@ObjectType({ simpleResolvers: true, description: "The security measure as it stands after the change." })
export class SecurityMeasurePayload {
  @Field(() => SecurityMeasure, { description: "The created, changed or archived measure." })
  securityMeasure!: SecurityMeasure;
}
