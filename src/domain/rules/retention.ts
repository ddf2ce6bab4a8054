import { activityHit, label, regimesAt } from "./helpers";
import type { Rule } from "./rule";

// Storage limitation: a retention rule that has no end.

const TRIGGERS: Record<string, string> = {
  ACCOUNT_CLOSURE: "until the account is closed",
  END_OF_SERVICE: "until the service ends",
  PURPOSE_FULFILLED: "until its purpose is fulfilled",
  LEGAL_HOLD_END: "until a legal hold ends",
};

export const retentionRules: Rule[] = [
  {
    id: "any-retention-open-ended",
    severity: "LOW",
    regime: null,
    reference: "GDPR Art 5(1)(e); UK GDPR Art 5(1)(e); PIPL Art 19; PDPO DPP2(2)",
    // CCPA §1798.100(a)(3) accepts the criteria that set the period, so an open-ended rule is no breach there.
    references: { GDPR: "GDPR Art 5(1)(e)", UK_GDPR: "UK GDPR Art 5(1)(e)", PIPL: "PIPL Art 19", PDPO: "PDPO DPP2(2)" },
    checks: "Every retention rule sets a maximum period, not only an open-ended condition.",
    remediation: "Record a maximum retention period (e.g. P2Y after the trigger) alongside the condition.",
    evaluate: (input) =>
      input.record.activities.flatMap((a) => {
        if (!a.retention || a.retention.period) return [];
        const how = (a.retention.trigger && TRIGGERS[a.retention.trigger]) || (a.retention.description ? `"${a.retention.description}"` : "for an unstated time");
        return [{ ...activityHit(input, a, `Processing activity ${label(input, a)} keeps data ${how} with no maximum period.`), regimes: regimesAt(input, a) }];
      }),
  },
];
