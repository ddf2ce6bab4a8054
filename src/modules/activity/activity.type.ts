import { Field, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "../common/enums";
import { CONSENT_MECHANISMS, DATA_SOURCES, RETENTION_TRIGGERS } from "../../domain/regimes";
import { Node } from "../node/node.type";
import type { FromSource } from "../common/source";
import { AgeBand, AutomatedDecisionKind, DirectMarketing, Tracker, VolumeRange } from "./activity.facts.type";

export const DataSource = graphqlEnum(DATA_SOURCES, "DataSource", "Where personal data comes from.", {
  PROVIDED_BY_SUBJECT: "Given by the person, e.g. in a form.",
  AUTOMATIC: "Collected automatically while the service is used (logs, cookies, devices).",
  THIRD_PARTY: "Received from another organisation.",
  DERIVED: "Inferred or computed from other data.",
  PUBLIC: "Taken from a public source.",
});
export const ConsentMechanism = graphqlEnum(CONSENT_MECHANISMS, "ConsentMechanism", "How a consent basis is obtained.", {
  EXPLICIT: "An express statement, e.g. a signed or typed confirmation.",
  OPT_IN: "An unticked box or similar affirmative act.",
  OPT_OUT: "Assumed unless the person objects.",
  CONTINUED_USE: "Assumed from use of the service: not valid consent under GDPR Art 4(11) or PIPL Art 14.",
});
export const RetentionTrigger = graphqlEnum(RETENTION_TRIGGERS, "RetentionTrigger", "The event from which, or until which, data is kept.", {
  ACCOUNT_CLOSURE: "The person closes the account.",
  END_OF_SERVICE: "The service to the person ends.",
  PURPOSE_FULFILLED: "The purpose of the processing is achieved.",
  LEGAL_HOLD_END: "A legal duty or claim that required keeping the data ends.",
  OTHER: "Another event, described in words.",
});

@ObjectType({ simpleResolvers: true, description: "How long data is kept: a period, a trigger event, or both, with the words of the record." })
export class Retention implements FromSource {
  activityRowId!: number;
  source?: FromSource["source"];
  @Field(() => String, { nullable: true, description: "ISO 8601 duration, e.g. P2Y; null when no period is stated." })
  period?: string | null;
  @Field(() => RetentionTrigger, { nullable: true, description: "Event that starts or ends the period." })
  trigger?: string | null;
  @Field(() => String, { nullable: true, description: "The retention rule in words, with its exceptions." })
  description?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A legal basis as claimed for one activity, with how consent is obtained." })
export class LegalBasisClaim implements FromSource {
  rowId!: number;
  source?: FromSource["source"];
  legalBasisId!: number;
  @Field(() => ConsentMechanism, { nullable: true, description: "For consent bases: how consent is obtained." })
  consentMechanism?: string | null;
  @Field(() => String, { nullable: true, description: "Reviewer's note on the claim." })
  note?: string | null;
  @Field(() => String, { nullable: true, description: "Where the supporting assessment is (balancing test, impact assessment); null when none is recorded." })
  assessment?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Data of an activity disclosed to one recipient." })
export class Disclosure implements FromSource {
  rowId!: number;
  recipientId!: number;
  source?: FromSource["source"];
  @Field(() => String, { nullable: true, description: "Why the recipient receives the data." })
  purpose?: string | null;
  @Field(() => Boolean, { nullable: true, description: "True when the disclosure is a sale: for money or other valuable consideration (CCPA §1798.140(ad)); null when not known." })
  sale!: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "True when the disclosure is sharing for cross-context behavioural advertising (CCPA §1798.140(ah)); null when not known." })
  sharing!: boolean | null;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: "A processing activity: one entry of the record of processing (GDPR Art 30)." })
export class ProcessingActivity extends Node implements FromSource {
  __typename = "ProcessingActivity";
  rowId!: number;
  organizationId!: number;
  retention!: Retention | null;
  source?: FromSource["source"];
  @Field(() => String, { description: "Key, unique within the organisation." })
  key!: string;
  @Field(() => String, { description: "Name of the activity." })
  name!: string;
  @Field(() => String, { nullable: true, description: "What the activity does." })
  description?: string | null;
  @Field(() => [String], { nullable: true, description: 'Where the people are, for this activity ("EEA", ISO country codes or subdivisions like US-CA); null means the organisation\'s list.' })
  subjectJurisdictions!: string[] | null;
  @Field(() => Boolean, { description: "True when the record states that the activity discloses data to no one." })
  noRecipients!: boolean;
  @Field(() => [AgeBand], { description: "Ages of the people the activity concerns, as disjoint bands; empty when the record does not say." })
  ageBands!: string[];
  @Field(() => [Tracker], { description: "Cookies, pixels, SDKs and similar the activity uses on people's devices, in the record's order." })
  trackers!: Tracker[];
  @Field(() => [DirectMarketing], { description: "Channels of direct marketing the activity sends, in the record's order." })
  marketing!: DirectMarketing[];
  @Field(() => VolumeRange, { nullable: true, description: "How many people a year the activity concerns; null when not known." })
  individualsPerYear!: string | null;
  @Field(() => VolumeRange, { nullable: true, description: "How many of them a year with sensitive personal information; null when not known." })
  sensitiveIndividualsPerYear!: string | null;
  @Field(() => AutomatedDecisionKind, { nullable: true, description: "Whether the activity makes automated decisions about people, and of what weight; null when the record does not say." })
  automatedDecisions!: string | null;
  @Field(() => String, { nullable: true, description: "Where the impact assessment (GDPR Art 35 DPIA, PIPL Art 55) is kept; null when none is recorded." })
  impactAssessment!: string | null;
  @Field(() => Int, { description: "Version of the activity, starting at 1." })
  version!: number;
  @Field(() => Date, { description: "When the activity last changed." })
  updatedAt!: Date;
}
