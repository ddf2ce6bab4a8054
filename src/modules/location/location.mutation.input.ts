import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Location, StorageHosting } from "./location.type";
import { TransferMechanismInput } from "../compliance/mechanism.type";

@InputType({ description: "Fields of a storage location; fields left out stay as they are, null clears an optional one." })
export class StorageLocationChangesInput {
  @Field(() => String, { nullable: true, description: "Kebab-case key, unique in the organisation (at most 100 characters); made from the name when left out." })
  key?: string | null;
  @Field(() => String, { nullable: true, description: "Name of the place (at most 200 characters)." })
  name?: string;
  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code of the country where the data sits, e.g. HK; cannot be cleared." })
  country?: string;
  @Field(() => String, { nullable: true, description: "Region or city within the country, or a cloud region (at most 200 characters)." })
  region?: string | null;
  @Field(() => String, { nullable: true, description: "Whose servers or cloud (at most 200 characters)." })
  provider?: string | null;
  @Field(() => StorageHosting, { nullable: true, description: "The organisation's own infrastructure or a provider's; null records that the record does not say." })
  hosting?: string | null;
  @Field(() => ID, { nullable: true, description: "Id of the recipient of the same organisation that runs the location (not with hosting OWN); null clears it." })
  hostedBy?: string | null;
  @Field(() => [TransferMechanismInput], { nullable: true, description: "Tools that make transfers to this place lawful; replaces the recorded list, null empties it." })
  transferMechanisms?: TransferMechanismInput[] | null;
}

@InputType({ description: "A new place where an organisation stores personal data." })
export class CreateStorageLocationInput extends StorageLocationChangesInput {
  @Field(() => String, { description: "Slug of the organisation that stores data there." })
  organization!: string;
  @Field(() => String, { description: "Name of the place (at most 200 characters)." })
  declare name: string;
  @Field(() => String, { description: "ISO 3166-1 alpha-2 code of the country where the data sits, e.g. HK." })
  declare country: string;
}

@ObjectType({ simpleResolvers: true, description: "The storage location as it stands after the change." })
export class StorageLocationPayload {
  @Field(() => Location, { description: "The created, changed or archived storage location." })
  storageLocation!: Location;
}
