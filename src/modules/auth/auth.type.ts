import { Field, InputType, ObjectType } from "type-graphql";
import { ROLES } from "../../domain/principal";
import { graphqlEnum } from "../common/enums";

export const Role = graphqlEnum(ROLES, "Role", "What an API key may do.", {
  VIEWER: "Read the record of the organisations in scope.",
  EDITOR: "Read and change the record of the organisations in scope.",
  ADMIN: "Everything, for every organisation: also API keys and organisations.",
});

@ObjectType({ simpleResolvers: true, description: "An API key (never its token)." })
export class ApiKey {
  @Field(() => String, { description: "Unique name; recorded as the author of changes made with the key." })
  name!: string;
  @Field(() => Role, { description: "What the key may do." })
  role!: string;
  @Field(() => [String], { nullable: true, description: "Slugs of the organisations the key is limited to; null means every organisation." })
  organizations!: string[] | null;
  @Field(() => Date, { description: "When the key was made." })
  createdAt!: Date;
  @Field(() => Date, { nullable: true, description: "When the key was revoked; null while it works." })
  revokedAt!: Date | null;
}

@InputType({ description: "A new API key." })
export class CreateApiKeyInput {
  @Field(() => String, { description: "Unique name (at most 100 characters)." })
  name!: string;
  @Field(() => Role, { description: "What the key may do." })
  role!: string;
  @Field(() => [String], { nullable: true, description: "Limit the key to these organisation slugs; leave out for every organisation (required for ADMIN)." })
  organizations?: string[] | null;
}

@ObjectType({ simpleResolvers: true, description: "A new key and its token: the only time the token is ever shown." })
export class CreateApiKeyPayload {
  @Field(() => ApiKey, { description: "The key." })
  apiKey!: ApiKey;
  @Field(() => String, { description: "Send as `Authorization: Bearer <token>`. Store it now: only its hash is kept." })
  token!: string;
}

@ObjectType({ simpleResolvers: true, description: "A revoked key." })
export class RevokeApiKeyPayload {
  @Field(() => ApiKey, { description: "The key, now revoked." })
  apiKey!: ApiKey;
}

@ObjectType({ simpleResolvers: true, description: "Who is asking: the key this request was made with, so a client can offer only what the key may do." })
export class Viewer {
  @Field(() => String, { description: "The key's name (\"system\" when authentication is off)." })
  name!: string;
  @Field(() => Role, { description: "What the key may do." })
  role!: string;
  @Field(() => Boolean, { description: "True when the key is limited to some organisations; `organizations` lists those it may see." })
  scoped!: boolean;
}
