import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Regime } from "../reference/reference.type";
import { ConsentMechanism, DataSource, ProcessingActivity, RetentionTrigger } from "./activity.type";
import { AgeBand, AutomatedDecisionKind, DirectMarketingInput, TrackerInput, VolumeRange } from "./activity.facts.type";

@InputType({ description: "A legal basis claimed for an activity." })
export class LegalBasisClaimInput {
  @Field(() => Regime, { description: "Regime of the basis." })
  regime!: string;
  @Field(() => String, { description: 'Code within the regime, e.g. "A6-1-b" or "13-2" (see `legalBases`).' })
  code!: string;
  @Field(() => ConsentMechanism, { nullable: true, description: "For consent: how it is obtained." })
  consentMechanism?: string | null;
  @Field(() => String, { nullable: true, description: "Note on the claim (at most 4000 characters)." })
  note?: string | null;
  @Field(() => String, { nullable: true, description: "Where the supporting assessment is: legitimate-interests balancing test, PIPL impact assessment (at most 2048 characters)." })
  assessment?: string | null;
}

@InputType({ description: "Data of the activity disclosed to one recipient." })
export class DisclosureInput {
  @Field(() => ID, { description: "Id of a recipient of the same organisation." })
  recipient!: string;
  @Field(() => [String], { nullable: true, description: "Data-category keys disclosed." })
  dataCategories?: string[];
  @Field(() => String, { nullable: true, description: "Why the recipient receives the data (at most 4000 characters)." })
  purpose?: string | null;
  @Field(() => Boolean, { nullable: true, description: "True when the disclosure is a sale under CCPA §1798.140(ad); null when not known." })
  sale?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "True when the disclosure is sharing for cross-context behavioural advertising under CCPA §1798.140(ah); null when not known." })
  sharing?: boolean | null;
}

@InputType({ description: "How long data is kept; give at least one field, or pass null to clear." })
export class RetentionInput {
  @Field(() => String, { nullable: true, description: "ISO 8601 duration, e.g. P2Y." })
  period?: string | null;
  @Field(() => RetentionTrigger, { nullable: true, description: "Event that starts or ends the period." })
  trigger?: string | null;
  @Field(() => String, { nullable: true, description: "The rule in words (at most 4000 characters)." })
  description?: string | null;
}

@InputType({ description: "Fields of a processing activity; lists replace the activity's list, fields left out stay as they are." })
export class ProcessingActivityChangesInput {
  @Field(() => String, { nullable: true, description: "Kebab-case key, unique in the organisation (at most 100 characters); made from the name when left out." })
  key?: string | null;
  @Field(() => String, { nullable: true, description: "Name (at most 200 characters)." })
  name?: string;
  @Field(() => String, { nullable: true, description: "What the activity does (at most 4000 characters)." })
  description?: string | null;
  @Field(() => [String], { nullable: true, description: "Purpose keys." })
  purposes?: string[];
  @Field(() => [LegalBasisClaimInput], { nullable: true, description: "Legal bases claimed." })
  legalBases?: LegalBasisClaimInput[];
  @Field(() => [String], { nullable: true, description: "Data-subject category keys." })
  dataSubjects?: string[];
  @Field(() => [String], { nullable: true, description: "Data-category keys." })
  dataCategories?: string[];
  @Field(() => [DataSource], { nullable: true, description: "Where the data comes from." })
  sources?: string[];
  @Field(() => [DisclosureInput], { nullable: true, description: "Recipients and what each receives." })
  disclosures?: DisclosureInput[];
  @Field(() => [ID], { nullable: true, description: "Ids of storage locations of the same organisation." })
  storageLocations?: string[];
  @Field(() => RetentionInput, { nullable: true, description: "Retention; null clears it." })
  retention?: RetentionInput | null;
  @Field(() => [ID], { nullable: true, description: "Ids of security measures of the same organisation." })
  securityMeasures?: string[];
  @Field(() => [String], { nullable: true, description: 'Where the people are, for this activity ("EEA", ISO country codes or subdivisions like US-CA); null means the organisation\'s list.' })
  subjectJurisdictions?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: "True when the activity discloses data to no one (answers GDPR Art 30(1)(d) with none)." })
  noRecipients?: boolean;
  @Field(() => [AgeBand], { nullable: true, description: "Ages of the people, as bands, each at most once; null empties the list." })
  ageBands?: string[] | null;
  @Field(() => [TrackerInput], { nullable: true, description: "Trackers the activity uses on people's devices; replaces the list, null empties it." })
  trackers?: TrackerInput[] | null;
  @Field(() => [DirectMarketingInput], { nullable: true, description: "Channels of direct marketing; replaces the list, null empties it." })
  marketing?: DirectMarketingInput[] | null;
  @Field(() => VolumeRange, { nullable: true, description: "How many people a year the activity concerns; null records that it is not known." })
  individualsPerYear?: string | null;
  @Field(() => VolumeRange, { nullable: true, description: "How many of them a year with sensitive personal information; null records that it is not known." })
  sensitiveIndividualsPerYear?: string | null;
  @Field(() => AutomatedDecisionKind, { nullable: true, description: "Whether the activity makes automated decisions about people; null records that the record does not say." })
  automatedDecisions?: string | null;
  @Field(() => String, { nullable: true, description: "Where the impact assessment is kept, e.g. a link (at most 2048 characters); null clears it." })
  impactAssessment?: string | null;
}

@InputType({ description: "A new processing activity." })
export class CreateProcessingActivityInput extends ProcessingActivityChangesInput {
  @Field(() => String, { description: "Slug of the organisation whose record gains the activity." })
  organization!: string;
  @Field(() => String, { description: "Name (at most 200 characters)." })
  declare name: string;
}

@ObjectType({ simpleResolvers: true, description: "The activity as it stands after the change." })
export class ProcessingActivityPayload {
  @Field(() => ProcessingActivity, { description: "The created, changed or archived activity." })
  processingActivity!: ProcessingActivity;
}
