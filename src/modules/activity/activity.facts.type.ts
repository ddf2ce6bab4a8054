import { Field, ID, InputType, ObjectType } from "type-graphql";
import {
  AGE_BANDS,
  AUTOMATED_DECISIONS,
  MARKETING_AUDIENCES,
  MARKETING_CHANNELS,
  TRACKER_CONSENT,
  TRACKER_KINDS,
  TRACKER_PURPOSES,
  VOLUME_RANGES,
} from "../../domain/regimes";
import { graphqlEnum } from "../common/enums";
import type { FromSource } from "../common/source";
import { ConsentMechanism } from "./activity.type";

// GraphQL types of an activity's facts about its people and how they are reached: ages, volumes, automated
// decisions, trackers on their devices and direct marketing to them.

export const AgeBand = graphqlEnum(AGE_BANDS, "AgeBand", "An age band of the people an activity concerns, cut where the laws cut (13, 14, 16, 18).", {
  UNDER_13: "Younger than 13 (children under COPPA and the lowest GDPR Art 8 age).",
  AGE_13: "13 years old (past COPPA's age, still below PIPL Art 31's 14).",
  AGE_14_TO_15: "14 or 15 years old (past PIPL Art 31's 14, below GDPR Art 8's default of 16).",
  AGE_16_TO_17: "16 or 17 years old (old enough to consent alone under GDPR Art 8, still minors).",
  ADULT: "18 or older.",
});

export const VolumeRange = graphqlEnum(VOLUME_RANGES, "VolumeRange", "How many people a year an activity concerns, in the bands the PIPL cross-border thresholds and the CCPA use.", {
  UNDER_10K: "Fewer than 10,000 people a year.",
  FROM_10K_TO_100K: "From 10,000 to under 100,000 people a year.",
  FROM_100K_TO_1M: "From 100,000 to under 1 million people a year.",
  OVER_1M: "1 million people a year or more.",
});

export const AutomatedDecisionKind = graphqlEnum(AUTOMATED_DECISIONS, "AutomatedDecisionKind", "Whether an activity makes decisions about people by automated means, and of what weight.", {
  NONE: "No automated decisions are made.",
  PERSONALISATION: "Content, offers or prices are tailored to the person automatically (PIPL Art 24(2)).",
  SIGNIFICANT_EFFECT: "Decisions with legal or similarly significant effect are made by machine alone (GDPR Art 22, PIPL Art 24(3)).",
});

export const TrackerKind = graphqlEnum(TRACKER_KINDS, "TrackerKind", "The technique a tracker uses to store or read information on the person's device (ePrivacy Art 5(3)).", {
  COOKIE: "An HTTP cookie.",
  PIXEL: "A tracking pixel in a page or e-mail.",
  WEB_BEACON: "A web beacon or similar request sent back when content is viewed.",
  SDK: "A software development kit inside an app.",
  LOCAL_STORAGE: "Browser local or session storage, or similar device storage.",
  FINGERPRINTING: "Identifying the device from its characteristics, without storing anything.",
});

export const TrackerPurpose = graphqlEnum(TRACKER_PURPOSES, "TrackerPurpose", "Why a tracker is used; only strictly necessary trackers are exempt from consent (ePrivacy Art 5(3)).", {
  STRICTLY_NECESSARY: "Needed to provide the service the person asked for.",
  PREFERENCES: "Remembers the person's choices, such as language.",
  ANALYTICS: "Measures use of the service.",
  ADVERTISING: "Targets or measures advertising.",
});

export const TrackerConsent = graphqlEnum(TRACKER_CONSENT, "TrackerConsent", "How the person agrees to a tracker.", {
  OPT_IN: "An affirmative act before the tracker is set, e.g. accepting in a consent banner.",
  OPT_OUT: "Set unless the person refuses.",
  BROWSER_SETTINGS: "Taken from the browser's settings: not consent (CJEU C-673/17 Planet49).",
  CONTINUED_USE: "Assumed from use of the service: not consent (CJEU C-673/17 Planet49).",
  NONE: "No agreement is asked for.",
});

export const MarketingChannel = graphqlEnum(MARKETING_CHANNELS, "MarketingChannel", "How direct marketing reaches people.", {
  EMAIL: "E-mail.",
  SMS: "Text messages.",
  PHONE: "Telephone calls.",
  POST: "Letters and leaflets by post.",
  PUSH: "Push notifications of an app or browser.",
  ONLINE_ADVERTISING: "Advertising shown to the person online.",
});

export const MarketingAudience = graphqlEnum(MARKETING_AUDIENCES, "MarketingAudience", "Who direct marketing is sent to.", {
  CUSTOMERS: "Existing customers, who may get e-mail or SMS on a soft opt-in (ePrivacy Art 13(2)).",
  PROSPECTS: "People who are not customers, who must have consented first (ePrivacy Art 13(1)).",
});

@ObjectType({ simpleResolvers: true, description: "A cookie, pixel, SDK or similar that stores or reads information on the person's device (ePrivacy Art 5(3))." })
export class Tracker implements FromSource {
  /** Row id of the recipient whose tracker it is, resolved by the recipient field. */
  recipientId!: number | null;
  source?: FromSource["source"];
  @Field(() => TrackerKind, { description: "The technique it uses." })
  kind!: string;
  @Field(() => String, { nullable: true, description: 'Its name, e.g. "_ga"; null when the record does not name it.' })
  name!: string | null;
  @Field(() => TrackerPurpose, { nullable: true, description: "Why it is used; null when the record does not say." })
  purpose!: string | null;
  @Field(() => TrackerConsent, { nullable: true, description: "How the person agrees to it; null when the record does not say." })
  consent!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A channel direct marketing is sent by, to whom, and how people agreed to it (ePrivacy Art 13)." })
export class DirectMarketing {
  @Field(() => MarketingChannel, { description: "How the marketing reaches people." })
  channel!: string;
  @Field(() => [MarketingAudience], { description: "Who it is sent to; empty when the record does not say." })
  audiences!: string[];
  @Field(() => ConsentMechanism, { nullable: true, description: "How the people agreed to receive it; null when the record does not say." })
  consentMechanism!: string | null;
}

@InputType({ description: "A tracker an activity uses." })
export class TrackerInput {
  @Field(() => TrackerKind, { description: "The technique it uses." })
  kind!: string;
  @Field(() => String, { nullable: true, description: "Its name (at most 200 characters)." })
  name?: string | null;
  @Field(() => TrackerPurpose, { nullable: true, description: "Why it is used." })
  purpose?: string | null;
  @Field(() => TrackerConsent, { nullable: true, description: "How the person agrees to it." })
  consent?: string | null;
  @Field(() => ID, { nullable: true, description: "Id of the recipient of the same organisation whose tracker it is; null for the organisation's own." })
  recipient?: string | null;
}

@InputType({ description: "A channel of direct marketing an activity sends." })
export class DirectMarketingInput {
  @Field(() => MarketingChannel, { description: "How the marketing reaches people." })
  channel!: string;
  @Field(() => [MarketingAudience], { nullable: true, description: "Who it is sent to, each at most once." })
  audiences?: string[] | null;
  @Field(() => ConsentMechanism, { nullable: true, description: "How the people agreed to receive it." })
  consentMechanism?: string | null;
}
