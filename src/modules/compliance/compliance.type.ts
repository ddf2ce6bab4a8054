import { Field, ID, Int, ObjectType } from "type-graphql";
import { SEVERITIES } from "../../domain/rules/rule";
import { TRANSFER_STATUSES } from "../../domain/transfers";
import { graphqlEnum } from "../common/enums";
import { Regime } from "../reference/reference.type";

export const Severity = graphqlEnum(SEVERITIES, "Severity", "How much a finding matters, lowest first.", {
  INFO: "Worth knowing; nothing is wrong as such.",
  LOW: "A gap in the record to fill when convenient.",
  MEDIUM: "A gap a regulator would ask about.",
  HIGH: "Processing that is likely unlawful as recorded.",
  CRITICAL: "Unlawful processing that needs action now.",
});

export const TransferStatus = graphqlEnum(TRANSFER_STATUSES, "TransferStatus", "The judgement on one transfer.", {
  COVERED: "A lawful mechanism covers it (adequacy or a recorded tool).",
  NOT_COVERED: "No lawful mechanism is recorded.",
  UNDETERMINED: "A fact it turns on is not recorded (the importer's country, whether storage is the organisation's own, or for PIPL the volumes and CIIO status), so it cannot be judged.",
});

export const ReachStatus = graphqlEnum(["REACHES", "UNDETERMINED"] as const, "ReachStatus", "Whether a law reaches the organisation.", {
  REACHES: "The law applies to at least one of its activities, on the facts recorded.",
  UNDETERMINED: "Whether it applies turns on a fact the record lacks; a finding asks for it.",
});

@ObjectType({ simpleResolvers: true, description: "A law that reaches an organisation (or may), with the article and the reason; laws that do not reach it are absent." })
export class RegimeReach {
  @Field(() => Regime, { description: "The law." })
  regime!: string;
  @Field(() => ReachStatus, { description: "Whether it reaches the organisation or turns on a missing fact." })
  status!: string;
  @Field(() => String, { description: 'The article of territorial scope the answer rests on, e.g. "GDPR Art 3(2)".' })
  article!: string;
  @Field(() => String, { description: 'Why, as a phrase following the organisation\'s name, e.g. "is established in \"DE\", in the EEA".' })
  reason!: string;
}

@ObjectType({ simpleResolvers: true, description: "Why a finding is hidden: who accepted it, why, and until when." })
export class FindingAcceptance {
  @Field(() => String, { description: "The reason given." })
  justification!: string;
  @Field(() => Date, { description: "The finding shows again from this instant." })
  until!: Date;
  @Field(() => String, { description: "The key that accepted it." })
  acceptedBy!: string;
  @Field(() => Date, { description: "When it was accepted." })
  acceptedAt!: Date;
}

@ObjectType({ simpleResolvers: true, description: "Something missing or unlawful in the record, with the article it rests on." })
export class Finding {
  subjectType!: string;
  subjectId!: string;
  @Field(() => ID, { description: "Stable id, derived from the rule and the subject: the same problem keeps the same id across runs." })
  id!: string;
  @Field(() => String, { description: "Id of the rule that found it (see docs/rules.md)." })
  rule!: string;
  @Field(() => Severity, { description: "How much it matters." })
  severity!: string;
  @Field(() => Regime, { nullable: true, description: "The regime whose rule it is; null for rules that hold under every regime." })
  regime!: string | null;
  @Field(() => String, { description: 'The article it rests on, e.g. "GDPR Art 30(1)(f)".' })
  reference!: string;
  @Field(() => String, { description: "What is wrong, naming the object." })
  message!: string;
  @Field(() => String, { description: "What to do about it." })
  remediation!: string;
  @Field(() => FindingAcceptance, { nullable: true, description: "Set when someone accepted the finding and the acceptance is still in force." })
  acceptance!: FindingAcceptance | null;
}

@ObjectType({ simpleResolvers: true, description: "Personal data leaving a jurisdiction, and whether something makes that lawful." })
export class Transfer {
  activityId!: string;
  fromCode!: string | null;
  toCode!: string | null;
  recipientId!: string | null;
  locationId!: string | null;
  viaRecipientId!: string | null;
  categoryKeys!: string[];
  @Field(() => Regime, { description: "The regime whose transfer rules apply (GDPR or UK GDPR Chapter V, PIPL Art 38)." })
  regime!: string;
  @Field(() => String, { nullable: true, description: 'The code of the mechanism that covers it, e.g. "A45-3" (adequacy) or "A46-2-c" (SCCs); null when none.' })
  mechanism!: string | null;
  @Field(() => String, { nullable: true, description: 'PIPL: the article of the CAC\'s 2024 Cross-Border Data Flow Provisions whose exemption covers it, e.g. "Art 5(1)" (then `mechanism` is "38-4"); null otherwise.' })
  exemption!: string | null;
  @Field(() => Boolean, { description: "False when no lawful mechanism covers the transfer (or it cannot be judged)." })
  covered!: boolean;
  @Field(() => TransferStatus, { description: "Covered, not covered, or undetermined." })
  status!: string;
}

@ObjectType({ simpleResolvers: true, description: "How many of an organisation's transfers a regime judges one way." })
export class TransferCount {
  @Field(() => Regime, { description: "The regime whose transfer rules judge them." })
  regime!: string;
  @Field(() => TransferStatus, { description: "The judgement they share." })
  status!: string;
  @Field(() => Int, { description: "Transfers with this regime and status (as many as `transfers` lists)." })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: "Where one regime's transfers of an organisation go: one destination country, its transfers counted by status." })
export class TransferDestination {
  /** The importer's country as the record gives it; null when it does not (shown as "ZZ"). */
  toCode!: string | null;
  @Field(() => Regime, { description: "The regime whose transfer rules judge these transfers." })
  regime!: string;
  @Field(() => Int, { description: "Transfers to this country under this regime that a mechanism covers." })
  covered!: number;
  @Field(() => Int, { description: "Transfers to this country under this regime that no mechanism covers." })
  notCovered!: number;
  @Field(() => Int, { description: "Transfers to this country under this regime that cannot be judged on the record." })
  undetermined!: number;
  @Field(() => [String], { description: 'The distinct mechanism codes that cover these transfers, e.g. "A46-2-c", sorted; empty when none.' })
  mechanisms!: string[];
}

@ObjectType({ simpleResolvers: true, description: "The finding after acceptance." })
export class AcceptFindingPayload {
  @Field(() => Finding, { description: "The accepted finding." })
  finding!: Finding;
}

@ObjectType({ simpleResolvers: true, description: "How many findings in force one rule raises under one regime at one severity." })
export class FindingCount {
  @Field(() => String, { description: "Id of the rule (see docs/rules.md)." })
  rule!: string;
  @Field(() => Regime, { nullable: true, description: "The regime whose rule it is; null for rules that hold under every regime." })
  regime!: string | null;
  @Field(() => Severity, { description: "How much its findings matter." })
  severity!: string;
  @Field(() => Int, { description: "Findings in force (accepted ones left out)." })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: "The findings on an organisation's record, counted." })
export class FindingSummary {
  @Field(() => Int, { description: "Findings in force: every finding but the accepted ones." })
  total!: number;
  @Field(() => Int, { description: "Findings hidden by an acceptance in force." })
  accepted!: number;
  @Field(() => [FindingCount], { description: "Findings in force by rule, regime and severity, most severe first, then by rule." })
  counts!: FindingCount[];
}
