import { EmailAddressResolver, URLResolver } from "graphql-scalars";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "../common/enums";
import { DO_NOT_TRACK, EVIDENCE_BASES, MEASURE_KINDS, RIGHTS, STATEMENT_TOPICS } from "../../domain/regimes";
import { Node } from "../node/node.type";
import type { FromSource } from "../common/source";

export const DoNotTrackStance = graphqlEnum(DO_NOT_TRACK, "DoNotTrackStance", "What the organisation does with browser Do-Not-Track signals.", {
  HONOURED: "The signal is respected.",
  IGNORED: "The organisation says it does not respond to the signal.",
  NOT_STATED: "The record says nothing about it.",
});
export const GlobalPrivacyControlStance = graphqlEnum(DO_NOT_TRACK, "GlobalPrivacyControlStance", "What the organisation does with Global Privacy Control signals (an opt-out of sale and sharing under CCPA Regs §7025).", {
  HONOURED: "The signal is treated as a request to opt out of sale and sharing.",
  IGNORED: "The organisation says it does not respond to the signal.",
  NOT_STATED: "The record says nothing about it.",
});
export const EvidenceBasis = graphqlEnum(EVIDENCE_BASES, "EvidenceBasis", "How firmly a document supports a fact.", {
  STATED: "The document says so.",
  INFERRED: "A reviewer's reading of the document, explained in the note.",
});
export const MeasureKind = graphqlEnum(MEASURE_KINDS, "MeasureKind", "Technical or organisational security measure (GDPR Art 32).", {
  TECHNICAL: "Built into systems: encryption, backups, access control.",
  ORGANISATIONAL: "Rules and practice: policies, training, confidentiality, incident plans.",
});
export const StatementTopic = graphqlEnum(STATEMENT_TOPICS, "StatementTopic", "What an organisation-level declaration is about.", {
  SENSITIVE_DATA: "Whether special-category or sensitive data is processed.",
  THIRD_PARTY_SOURCES: "Whether data is received from other organisations.",
  CHILDREN: "Data of children and minimum ages.",
  DO_NOT_TRACK: "Browser Do-Not-Track signals.",
  INCIDENT_RESPONSE: "What happens after a security incident or breach.",
  NOTICE_CHANGES: "How changes to the notice are announced and take effect.",
  CONSENT: "How consent is obtained or assumed.",
  SECURITY: "General security claims.",
  ACCOUNT_LINKING: "Linking of accounts and data across services.",
  OTHER: "Anything else worth recording.",
});
export const DataSubjectRight = graphqlEnum(RIGHTS, "DataSubjectRight", "A right the organisation offers to the people whose data it holds.", {
  ACCESS: "See and get a copy of one's data (GDPR Art 15, PIPL Art 45).",
  RECTIFICATION: "Have wrong data corrected (GDPR Art 16, PIPL Art 46).",
  ERASURE: "Have data deleted (GDPR Art 17, PIPL Art 47).",
  RESTRICTION: "Limit how data is used (GDPR Art 18).",
  PORTABILITY: "Receive data in a reusable form or have it moved (GDPR Art 20, PIPL Art 45).",
  OBJECTION: "Object to processing (GDPR Art 21).",
  AUTOMATED_DECISION: "Not be subject to decisions made by machine alone (GDPR Art 22, PIPL Art 24).",
  WITHDRAW_CONSENT: "Withdraw consent at any time (GDPR Art 7(3), PIPL Art 15).",
  COMPLAINT: "Complain to a supervisory authority (GDPR Art 77).",
  MARKETING_OPT_OUT: "Stop marketing messages.",
  ACCOUNT_CLOSURE: "Close one's account.",
  OPT_OUT_OF_SALE_OR_SHARING: "Opt out of the sale or sharing of one's personal information (CCPA §1798.120).",
  LIMIT_SENSITIVE_USE: "Limit the use and disclosure of one's sensitive personal information (CCPA §1798.121).",
});

@ObjectType({ simpleResolvers: true, description: "Where a fact in the record comes from: a section of a document such as a privacy notice." })
export class Evidence {
  @Field(() => String, { description: "Title of the document." })
  document!: string;
  @Field(() => String, { nullable: true, description: "Where the document is published, when known." })
  documentUrl?: string | null;
  @Field(() => String, { description: "Section of the document, in its own numbering." })
  section!: string;
  @Field(() => EvidenceBasis, { description: "Whether the document states the fact or a reviewer inferred it." })
  basis!: string;
  @Field(() => String, { nullable: true, description: "What the section says, in the reviewer's words, or why the inference was made." })
  note?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A named person or office with contact details (DPO, representative)." })
export class Contact {
  @Field(() => String, { description: "Name of the person or office." })
  name!: string;
  @Field(() => EmailAddressResolver, { nullable: true, description: "E-mail address." })
  email?: string | null;
  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code of where the contact is established." })
  countryCode?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "An organisation-level declaration, e.g. that no sensitive data is processed." })
export class Statement implements FromSource {
  rowId!: number;
  source?: FromSource["source"];
  @Field(() => StatementTopic, { description: "What the declaration is about." })
  topic!: string;
  @Field(() => String, { description: "The declaration, summarised." })
  summary!: string;
}

@ObjectType({ simpleResolvers: true, description: "A right offered to data subjects, and to whom." })
export class RightOffered implements FromSource {
  rowId!: number;
  source?: FromSource["source"];
  @Field(() => DataSubjectRight, { description: "The right." })
  right!: string;
  @Field(() => [String], { nullable: true, description: 'Where the right is offered ("EEA", ISO country codes or subdivisions like US-CA); null means to everyone.' })
  jurisdictions?: string[] | null;
  @Field(() => String, { nullable: true, description: "How it is offered or exercised." })
  description?: string | null;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: "A technical or organisational security measure (GDPR Art 32)." })
export class SecurityMeasure extends Node implements FromSource {
  __typename = "SecurityMeasure";
  rowId!: number;
  source?: FromSource["source"];
  @Field(() => String, { description: "Key, unique within the organisation." })
  key!: string;
  @Field(() => String, { description: "Human name." })
  name!: string;
  @Field(() => MeasureKind, { description: "Technical or organisational." })
  kind!: string;
  @Field(() => String, { nullable: true, description: "What the measure does." })
  description?: string | null;
  @Field(() => String, { nullable: true, description: "Matching W3C DPV measure IRI, when one exists." })
  dpvIri?: string | null;
  // Optional only for views built elsewhere (point-in-time answers) that may not fill it yet; current rows always do.
  @Field(() => Int, { description: "Version of the measure, starting at 1; give it as expectedVersion when changing it." })
  version!: number;
  @Field(() => Date, { description: "When the measure last changed." })
  updatedAt!: Date;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: "A controller (or processor) whose record of processing this is." })
export class Organization extends Node implements FromSource {
  __typename = "Organization";
  rowId!: number;
  source?: FromSource["source"];
  countryCode!: string | null;
  @Field(() => String, { description: "Stable short name used in URLs and arguments, e.g. leanplans." })
  slug!: string;
  @Field(() => String, { description: "Name the organisation trades under." })
  name!: string;
  @Field(() => String, { nullable: true, description: "Registered legal name." })
  legalName?: string | null;
  @Field(() => URLResolver, { nullable: true, description: "Main website." })
  website?: string | null;
  @Field(() => EmailAddressResolver, { nullable: true, description: "Privacy contact e-mail (GDPR Art 30(1)(a))." })
  contactEmail?: string | null;
  @Field(() => String, { nullable: true, description: "Postal address for privacy matters." })
  postalAddress?: string | null;
  @Field(() => Contact, { nullable: true, description: "Data protection officer; null when none is recorded." })
  dpo?: Contact | null;
  @Field(() => Contact, { nullable: true, description: "Representative in the EU/UK (GDPR Art 27); null when none is recorded." })
  representative?: Contact | null;
  @Field(() => Int, { nullable: true, description: "Minimum age of users the organisation accepts, when stated." })
  minimumAge?: number | null;
  @Field(() => DoNotTrackStance, { description: "What the organisation does with Do-Not-Track signals." })
  doNotTrack!: string;
  @Field(() => [String], { description: 'Where the people whose data is processed are ("EEA", ISO country codes or subdivisions like US-CA): decides which regimes apply.' })
  subjectJurisdictions!: string[];
  @Field(() => GlobalPrivacyControlStance, { description: "What the organisation does with Global Privacy Control signals." })
  globalPrivacyControl!: string;
  @Field(() => [String], { description: 'Places of establishment besides the country (branches, subsidiaries in whose context data is processed): "EEA", ISO country codes or subdivisions like US-CA.' })
  establishments!: string[];
  @Field(() => Boolean, { nullable: true, description: "True when minors may use the service with a parent's or guardian's consent; null when the record does not say." })
  parentalConsent!: boolean | null;
  @Field(() => Float, { nullable: true, description: "Annual gross revenue in US dollars (CCPA §1798.140(d)(1)(A)); null when not known." })
  annualRevenueUsd!: number | null;
  @Field(() => Float, { nullable: true, description: "Share of annual revenue, in percent (0 to 100), from selling or sharing personal information (CCPA §1798.140(d)(1)(C)); null when not known." })
  sellingRevenuePercent!: number | null;
  @Field(() => Boolean, { nullable: true, description: "True for an operator of critical information infrastructure (PIPL Art 40); null when not known." })
  criticalInfrastructure!: boolean | null;
  @Field(() => Int, { description: "Version of this organisation's own fields, starting at 1." })
  version!: number;
  @Field(() => Date, { description: "When this organisation's own fields last changed." })
  updatedAt!: Date;
}
