import { Field, ID, ObjectType } from "type-graphql";
import { graphqlEnum } from "../common/enums";
import { Severity, TransferStatus } from "../compliance/compliance.type";
import { Regime } from "../reference/reference.type";

// The Article 30 record as a report: the same content the spreadsheet and documents show, with named fields.
// Text fields are the report's readable wording; null where the record holds nothing for that column.

export const RopaKind = graphqlEnum(["CONTROLLER", "PROCESSOR"] as const, "RopaKind", "Which Article 30 record a report is.", {
  CONTROLLER: "A controller's record, GDPR Art 30(1), in the UK ICO template's columns.",
  PROCESSOR: "A processor's record, GDPR Art 30(2).",
});

@ObjectType({ simpleResolvers: true, description: "The block above the rows: who keeps the record, who represents them, and when it was read." })
export class RopaHeader {
  @Field(() => RopaKind, { description: "Controller's or processor's record." })
  kind!: string;
  @Field(() => String, { description: "Title of the report." })
  title!: string;
  @Field(() => String, { description: "The organisation's slug." })
  slug!: string;
  @Field(() => String, { description: "Name of the controller (or processor)." })
  name!: string;
  @Field(() => String, { nullable: true, description: "Registered legal name." })
  legalName!: string | null;
  @Field(() => String, { nullable: true, description: "Contact e-mail address." })
  contactEmail!: string | null;
  @Field(() => String, { nullable: true, description: "Postal address." })
  postalAddress!: string | null;
  @Field(() => String, { nullable: true, description: 'Country of establishment, e.g. "China (CN)".' })
  country!: string | null;
  @Field(() => String, { nullable: true, description: "Website." })
  website!: string | null;
  @Field(() => String, { nullable: true, description: "The representative (Art 27): name, e-mail, country." })
  representative!: string | null;
  @Field(() => String, { nullable: true, description: "The data protection officer: name, e-mail, country." })
  dpo!: string | null;
  @Field(() => String, { nullable: true, description: "Processor's record only: the controllers it acts for (as recorded, the organisation itself)." })
  controllers!: string | null;
  @Field(() => Date, { nullable: true, description: "The instant the record was read as of; null for the live record." })
  asOf!: Date | null;
  @Field(() => Date, { description: "When the report was made." })
  generatedAt!: Date;
}

@ObjectType({ simpleResolvers: true, description: "One column of the report's table, in order." })
export class RopaColumn {
  @Field(() => String, { description: "The field of RopaActivity (or RopaProcessorActivity) that holds it." })
  key!: string;
  @Field(() => String, { description: "The column heading, as in the UK ICO template." })
  title!: string;
}

@ObjectType({ simpleResolvers: true, description: "One row of a controller's record: an activity in the UK ICO template's columns." })
export class RopaActivity {
  @Field(() => String, { description: "The activity's key." })
  key!: string;
  @Field(() => String, { nullable: true, description: "What the activity does." })
  description!: string | null;
  @Field(() => String, { description: "Processing activity: the activity's name." })
  name!: string;
  @Field(() => String, { nullable: true, description: "Business function: not held by the record, so always null." })
  businessFunction!: string | null;
  @Field(() => String, { nullable: true, description: "Purpose of processing: the purposes' names." })
  purposes!: string | null;
  @Field(() => String, { nullable: true, description: "Joint controller: recipients recorded as joint controllers." })
  jointControllers!: string | null;
  @Field(() => String, { nullable: true, description: "Categories of individuals: the data subjects, and their ages when the record gives them." })
  dataSubjects!: string | null;
  @Field(() => String, { nullable: true, description: "Categories of personal data." })
  dataCategories!: string | null;
  @Field(() => String, { nullable: true, description: "Categories of recipients, with kind and country, sub-processors after the recipient that engages them." })
  recipients!: string | null;
  @Field(() => String, { nullable: true, description: "Link to contract with processor: each recipient's agreement status, date and link." })
  processorContracts!: string | null;
  @Field(() => String, { nullable: true, description: "Third countries or international organisations transferred to, from the transfer analysis." })
  transferCountries!: string | null;
  @Field(() => String, { nullable: true, description: "Safeguards for transfers: the mechanism recorded for each transfer, or that none is." })
  transferSafeguards!: string | null;
  @Field(() => String, { nullable: true, description: "Retention schedule: period, trigger and the record's words." })
  retention!: string | null;
  @Field(() => String, { nullable: true, description: "General description of the technical and organisational security measures." })
  securityMeasures!: string | null;
  @Field(() => String, { nullable: true, description: "Article 6 lawful basis: every claimed basis that is not a special-category condition, with its article." })
  article6!: string | null;
  @Field(() => String, { nullable: true, description: "Article 9 condition: special-category conditions and separate-consent claims." })
  article9!: string | null;
  @Field(() => String, { nullable: true, description: "Legitimate interests pursued, as the record words them." })
  legitimateInterests!: string | null;
  @Field(() => String, { nullable: true, description: "Link to the legitimate-interests assessment." })
  legitimateInterestsAssessment!: string | null;
  @Field(() => String, { nullable: true, description: "Rights available to individuals, with where they are offered." })
  rights!: string | null;
  @Field(() => String, { nullable: true, description: "Automated decision-making including profiling: what the record says of the activity's automated decisions; null when it does not say." })
  automatedDecisionMaking!: string | null;
  @Field(() => String, { nullable: true, description: "Source of the personal data." })
  sources!: string | null;
  @Field(() => String, { nullable: true, description: "Link to consent record: not held by the record, so always null." })
  consentRecord!: string | null;
  @Field(() => String, { nullable: true, description: "Location of personal data: storage locations with their countries, and who hosts them." })
  locations!: string | null;
  @Field(() => String, { nullable: true, description: "DPIA required: not held by the record, so always null." })
  dpiaRequired!: string | null;
  @Field(() => String, { nullable: true, description: "DPIA progress: not held by the record, so always null." })
  dpiaProgress!: string | null;
  @Field(() => String, { nullable: true, description: "Link to DPIA: the activity's impact assessment, then those recorded on its claims." })
  dpiaLink!: string | null;
  @Field(() => String, { nullable: true, description: "Personal data breach occurred: not held by the record, so always null." })
  breachOccurred!: string | null;
  @Field(() => String, { nullable: true, description: "Link to breach record: not held by the record, so always null." })
  breachRecord!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "One row of a processor's record (GDPR Art 30(2)): an activity carried out for a controller." })
export class RopaProcessorActivity {
  @Field(() => String, { description: "The activity's key." })
  key!: string;
  @Field(() => String, { nullable: true, description: "What the activity does." })
  description!: string | null;
  @Field(() => String, { description: "Processing activity: the activity's name." })
  name!: string;
  @Field(() => String, { nullable: true, description: "Name and contact details of the controller (Art 30(2)(a))." })
  controller!: string | null;
  @Field(() => String, { nullable: true, description: "Categories of processing (Art 30(2)(b)): the purposes' names." })
  processingCategories!: string | null;
  @Field(() => String, { nullable: true, description: "Third countries or international organisations transferred to (Art 30(2)(c))." })
  transferCountries!: string | null;
  @Field(() => String, { nullable: true, description: "Safeguards for transfers: the mechanism recorded for each transfer, or that none is." })
  transferSafeguards!: string | null;
  @Field(() => String, { nullable: true, description: "General description of the security measures (Art 30(2)(d))." })
  securityMeasures!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "One transfer of the report's transfer list, in words." })
export class RopaTransfer {
  @Field(() => String, { description: "Key of the activity whose data moves." })
  activityKey!: string;
  @Field(() => String, { description: "Name of the activity whose data moves." })
  activity!: string;
  @Field(() => Regime, { description: "The regime whose transfer rules apply." })
  regime!: string;
  @Field(() => String, { description: 'Where the exporter is, e.g. "China (CN)"; "Unknown (not recorded)" when the record does not say.' })
  from!: string;
  @Field(() => String, { description: 'Where the importer is; "Unknown (not recorded)" for an undetermined transfer.' })
  to!: string;
  @Field(() => String, { description: 'The importer, e.g. "Storage location: Servers in Hong Kong".' })
  importer!: string;
  @Field(() => String, { nullable: true, description: "For a sub-processor: the recipient that engaged it." })
  via!: string | null;
  @Field(() => String, { nullable: true, description: "The categories of personal data that move." })
  dataCategories!: string | null;
  @Field(() => String, { nullable: true, description: "The mechanism that covers it, with its article; null when none is recorded." })
  mechanism!: string | null;
  @Field(() => TransferStatus, { description: "Covered, not covered, or undetermined." })
  status!: string;
}

@ObjectType({ simpleResolvers: true, description: "One finding of the report's findings list." })
export class RopaFinding {
  @Field(() => ID, { description: "The finding's stable id." })
  id!: string;
  @Field(() => Severity, { description: "How much it matters." })
  severity!: string;
  @Field(() => String, { description: "Id of the rule that found it." })
  rule!: string;
  @Field(() => String, { description: "The article it rests on." })
  reference!: string;
  @Field(() => String, { description: 'What it is about, e.g. "Processing activity: Cookies".' })
  subject!: string;
  @Field(() => String, { description: "What is wrong." })
  message!: string;
  @Field(() => String, { description: "What to do about it." })
  remediation!: string;
}

@ObjectType({ simpleResolvers: true, description: "An organisation's record of processing (GDPR Art 30) as a report, now or as it stood at an instant." })
export class Ropa {
  @Field(() => RopaKind, { description: "Controller's (Art 30(1)) or processor's (Art 30(2)) record." })
  kind!: string;
  @Field(() => RopaHeader, { description: "Controller or processor, representative, DPO, and when the record was read." })
  header!: RopaHeader;
  @Field(() => [RopaColumn], { description: "The table's columns in order: the ICO template's (controller) or Art 30(2)'s (processor)." })
  columns!: RopaColumn[];
  @Field(() => [RopaActivity], { description: "Controller's record: one row per processing activity; empty in a processor's record." })
  activities!: RopaActivity[];
  @Field(() => [RopaProcessorActivity], { description: "Processor's record: one row per processing activity; empty in a controller's record." })
  processorActivities!: RopaProcessorActivity[];
  @Field(() => [RopaTransfer], { description: "Every cross-border transfer of the record, judged." })
  transfers!: RopaTransfer[];
  @Field(() => [RopaFinding], { description: "What is missing or unlawful: the live record's current findings, or the rules' verdict on the record as it stood." })
  findings!: RopaFinding[];
}
