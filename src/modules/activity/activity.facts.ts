import type { Db } from "../../db/connection";
import {
  AGE_BANDS,
  AUTOMATED_DECISIONS,
  CONSENT_MECHANISMS,
  MARKETING_AUDIENCES,
  MARKETING_CHANNELS,
  TRACKER_CONSENT,
  TRACKER_KINDS,
  TRACKER_PURPOSES,
  VOLUME_RANGES,
} from "../../domain/regimes";
import { LIMITS, noRepeats, oneOf, optionalText } from "../common/validate";
import { linkedRecipient } from "../recipient/recipient.reference";
import type { StoredTracker } from "./activity.store";
import type { ShowId } from "./activity.write.service";

// The activity's facts about who the people are and how they are reached (ages, volumes, trackers, marketing,
// automated decisions, impact assessment): checked here, stored as the activity's own columns.

export interface TrackerChange {
  kind: string;
  name?: string | null;
  purpose?: string | null;
  consent?: string | null;
  /** Row id of the recipient whose tracker it is; null for the organisation's own. */
  recipient?: number | null;
}

export interface MarketingChange {
  channel: string;
  audiences?: string[] | null;
  consentMechanism?: string | null;
}

export interface ActivityFactChanges {
  /** Lists replace the activity's list; null empties it. */
  ageBands?: string[] | null;
  trackers?: TrackerChange[] | null;
  marketing?: MarketingChange[] | null;
  individualsPerYear?: string | null;
  sensitiveIndividualsPerYear?: string | null;
  automatedDecisions?: string | null;
  impactAssessment?: string | null;
}

const optionalOneOf = (path: string, value: string | null | undefined, allowed: readonly string[]) => (value == null ? null : oneOf(path, value, allowed));

function trackers(db: Db, at: string, organizationId: number, list: TrackerChange[], show: ShowId): StoredTracker[] {
  return list.map((t, i) => {
    const p = `${at}[${i}]`;
    return {
      kind: oneOf(`${p}.kind`, t.kind, TRACKER_KINDS),
      name: optionalText(`${p}.name`, t.name, LIMITS.name) ?? null,
      purpose: optionalOneOf(`${p}.purpose`, t.purpose, TRACKER_PURPOSES),
      consent: optionalOneOf(`${p}.consent`, t.consent, TRACKER_CONSENT),
      recipientId: t.recipient == null ? null : linkedRecipient(db, `${p}.recipient`, organizationId, t.recipient, show, "activity"),
    };
  });
}

function marketing(at: string, list: MarketingChange[]) {
  return list.map((m, i) => {
    const p = `${at}[${i}]`;
    const audiences = (m.audiences ?? []).map((a, k) => oneOf(`${p}.audiences[${k}]`, a, MARKETING_AUDIENCES));
    noRepeats(`${p}.audiences`, audiences);
    return { channel: oneOf(`${p}.channel`, m.channel, MARKETING_CHANNELS), audiences, consentMechanism: optionalOneOf(`${p}.consentMechanism`, m.consentMechanism, CONSENT_MECHANISMS) };
  });
}

function ageBands(at: string, list: string[]): string[] {
  list.forEach((b, i) => oneOf(`${at}[${i}]`, b, AGE_BANDS));
  noRepeats(at, list);
  return list;
}

/** Validated columns for the facts given; facts left out are absent. */
export function activityFactColumns(db: Db, c: ActivityFactChanges, at: string, organizationId: number, show: ShowId) {
  const given = (k: keyof ActivityFactChanges) => c[k] !== undefined;
  return {
    ...(given("ageBands") ? { ageBands: JSON.stringify(ageBands(`${at}.ageBands`, c.ageBands ?? [])) } : {}),
    ...(given("trackers") ? { trackers: JSON.stringify(trackers(db, `${at}.trackers`, organizationId, c.trackers ?? [], show)) } : {}),
    ...(given("marketing") ? { marketing: JSON.stringify(marketing(`${at}.marketing`, c.marketing ?? [])) } : {}),
    ...(given("individualsPerYear") ? { individualsPerYear: optionalOneOf(`${at}.individualsPerYear`, c.individualsPerYear, VOLUME_RANGES) } : {}),
    ...(given("sensitiveIndividualsPerYear")
      ? { sensitiveIndividualsPerYear: optionalOneOf(`${at}.sensitiveIndividualsPerYear`, c.sensitiveIndividualsPerYear, VOLUME_RANGES) }
      : {}),
    ...(given("automatedDecisions") ? { automatedDecisions: optionalOneOf(`${at}.automatedDecisions`, c.automatedDecisions, AUTOMATED_DECISIONS) } : {}),
    ...(given("impactAssessment") ? { impactAssessment: optionalText(`${at}.impactAssessment`, c.impactAssessment, LIMITS.url) ?? null } : {}),
  };
}
