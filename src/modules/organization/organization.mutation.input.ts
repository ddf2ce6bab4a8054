import { Field, Float, InputType, Int, ObjectType } from "type-graphql";
import { DoNotTrackStance, GlobalPrivacyControlStance, Organization } from "./organization.type";

@InputType({ description: "A named person or office with contact details; replaces the old contact whole." })
export class ContactInput {
  @Field(() => String, { description: "Name of the person or office (at most 200 characters)." })
  name!: string;
  @Field(() => String, { nullable: true, description: "E-mail address." })
  email?: string | null;
  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code of where the contact is established, e.g. IE." })
  country?: string | null;
}

@InputType({ description: "Fields of an organisation; fields left out stay as they are, null clears an optional one." })
export class OrganizationChangesInput {
  @Field(() => String, { nullable: true, description: "Lower-case kebab-case slug, unique among all organisations, deleted ones included (at most 100 characters)." })
  slug?: string;
  @Field(() => String, { nullable: true, description: "Name the organisation trades under (at most 200 characters)." })
  name?: string;
  @Field(() => String, { nullable: true, description: "Registered legal name (at most 200 characters)." })
  legalName?: string | null;
  @Field(() => String, { nullable: true, description: "Main website, an http(s) URL." })
  website?: string | null;
  @Field(() => String, { nullable: true, description: "Privacy contact e-mail." })
  contactEmail?: string | null;
  @Field(() => String, { nullable: true, description: "Postal address for privacy matters (at most 4000 characters)." })
  postalAddress?: string | null;
  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code of the country of establishment, e.g. CN." })
  country?: string | null;
  @Field(() => ContactInput, { nullable: true, description: "Data protection officer; null clears it." })
  dpo?: ContactInput | null;
  @Field(() => ContactInput, { nullable: true, description: "Representative in the EU/UK (GDPR Art 27); null clears it." })
  representative?: ContactInput | null;
  @Field(() => Int, { nullable: true, description: "Minimum age of users, 0 to 25." })
  minimumAge?: number | null;
  @Field(() => DoNotTrackStance, { nullable: true, description: "What the organisation does with Do-Not-Track signals; null means NOT_STATED." })
  doNotTrack?: string | null;
  @Field(() => [String], { nullable: true, description: 'Where the people whose data is processed are: "EEA", ISO country codes or subdivisions like US-CA; decides which regimes apply.' })
  subjectJurisdictions?: string[] | null;
  @Field(() => GlobalPrivacyControlStance, { nullable: true, description: "What the organisation does with Global Privacy Control signals; null means NOT_STATED." })
  globalPrivacyControl?: string | null;
  @Field(() => [String], { nullable: true, description: 'Places of establishment besides the country: "EEA", ISO country codes or subdivisions like US-CA; replaces the list, null empties it.' })
  establishments?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: "True when minors may use the service with a parent's or guardian's consent; null records that it is not known." })
  parentalConsent?: boolean | null;
  @Field(() => Float, { nullable: true, description: "Annual gross revenue in US dollars, 0 or more; null records that it is not known." })
  annualRevenueUsd?: number | null;
  @Field(() => Float, { nullable: true, description: "Share of annual revenue from selling or sharing personal information, in percent from 0 to 100; null records that it is not known." })
  sellingRevenuePercent?: number | null;
  @Field(() => Boolean, { nullable: true, description: "True for an operator of critical information infrastructure (PIPL Art 40); null records that it is not known." })
  criticalInfrastructure?: boolean | null;
}

@InputType({ description: "A new organisation, with an empty record." })
export class CreateOrganizationInput extends OrganizationChangesInput {
  @Field(() => String, { description: "Lower-case kebab-case slug, unique among all organisations, deleted ones included (at most 100 characters)." })
  declare slug: string;
  @Field(() => String, { description: "Name the organisation trades under (at most 200 characters)." })
  declare name: string;
}

@ObjectType({ simpleResolvers: true, description: "The organisation as it stands after the change." })
export class OrganizationPayload {
  @Field(() => Organization, { description: "The created, changed or archived organisation." })
  organization!: Organization;
}
