import { Field, InputType, ObjectType } from "type-graphql";
import { DataCategory, Purpose } from "./reference.type";

@InputType({ description: "Fields of a custom data category; fields left out stay as they are. The key never changes." })
export class DataCategoryChangesInput {
  @Field(() => String, { nullable: true, description: "Human name (at most 200 characters)." })
  name?: string;
  @Field(() => String, { nullable: true, description: "What the category covers (at most 4000 characters)." })
  description?: string | null;
  @Field(() => String, { nullable: true, description: "Matching W3C DPV IRI, an http(s) URL." })
  dpvIri?: string | null;
}

@InputType({ description: "A custom data category below an existing one; it gets origin datamap." })
export class CreateDataCategoryInput extends DataCategoryChangesInput {
  @Field(() => String, { description: "Dotted lower-case key whose parent key exists, e.g. user.contact.pager (at most 100 characters)." })
  key!: string;
  @Field(() => String, { description: "Human name (at most 200 characters)." })
  declare name: string;
}

@ObjectType({ simpleResolvers: true, description: "The data category as it stands after the change." })
export class DataCategoryPayload {
  @Field(() => DataCategory, { description: "The created, changed or archived data category." })
  dataCategory!: DataCategory;
}

@InputType({ description: "Fields of a custom purpose; fields left out stay as they are. The key never changes." })
export class PurposeChangesInput {
  @Field(() => String, { nullable: true, description: "Human name (at most 200 characters)." })
  name?: string;
  @Field(() => String, { nullable: true, description: "What the purpose covers (at most 4000 characters)." })
  description?: string | null;
  @Field(() => String, { nullable: true, description: "Matching W3C DPV purpose IRI, an http(s) URL." })
  dpvIri?: string | null;
}

@InputType({ description: "A custom purpose below an existing one (or a new top-level one); it gets origin datamap." })
export class CreatePurposeInput extends PurposeChangesInput {
  @Field(() => String, { description: "Dotted lower-case key whose parent key exists, e.g. marketing.advertising.loyalty (at most 100 characters)." })
  key!: string;
  @Field(() => String, { description: "Human name (at most 200 characters)." })
  declare name: string;
}

@ObjectType({ simpleResolvers: true, description: "The purpose as it stands after the change." })
export class PurposePayload {
  @Field(() => Purpose, { description: "The created, changed or archived purpose." })
  purpose!: Purpose;
}
