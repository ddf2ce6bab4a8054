import type { RecordActivity } from "../record";
import { contracted, hasContact, noRetention, peopleUnder, placesWithout, processorsUnder, someActivities } from "./duty-helpers";
import { activityHit, label, orgHit, orgLabel, quoted, reached, recipientHit } from "./helpers";
import type { Rule, RuleHit, RuleInput } from "./rule";

// Hong Kong PDPO (Cap. 486), for a data user established in Hong Kong: the data protection principles of Sch 1
// and direct marketing (Part 6A). Section 33 (transfers out of Hong Kong) was never brought into force: no rule here
// judges a transfer.

/** Collected from the person (or the record does not say from where), so DPP1(3) asks for a notice on collection. */
const collectedFromPerson = (a: RecordActivity) => !a.sources.length || a.sources.includes("PROVIDED_BY_SUBJECT") || a.sources.includes("AUTOMATIC");

// Part 6A direct marketing: information addressed to a specific person; online advertising is not.
const DIRECT_MARKETING = ["EMAIL", "SMS", "PHONE", "POST", "PUSH"];

/** Organisation-level: only when PDPO reaches some activity. */
const pdpoReached = (input: RuleInput) => reached(input, "PDPO");

export const pdpoRules: Rule[] = [
  {
    id: "pdpo-collection-notice",
    severity: "MEDIUM",
    regime: "PDPO",
    reference: "PDPO DPP1(3)",
    checks: "The record gives what people must be told on collection: the purpose of each activity, the classes of transferees, and who to contact for access and correction requests.",
    remediation: "Record each activity's purposes and recipients (or that it has none), and the name or title and address of the person who handles access and correction requests.",
    evaluate: (input): RuleHit[] => {
      const activities = pdpoReached(input).filter(collectedFromPerson);
      if (!activities.length) return [];
      const stated: string[] = [];
      if (!hasContact(input.record)) stated.push("no contact to whom access and correction requests can be made");
      const noPurpose = activities.filter((a) => !a.purposes.length);
      if (noPurpose.length) stated.push(`no purpose of collection for its ${someActivities(input, noPurpose)}`);
      const noTransferees = activities.filter((a) => !a.disclosures.length && !a.noRecipients);
      const open = noTransferees.length ? [`no classes of transferees (nor that there are none) for its ${someActivities(input, noTransferees)}`] : [];
      if (!stated.length && !open.length) return [];
      const message = `${orgLabel(input)} cannot tell people on collection all that PDPO DPP1(3) requires: ${[...stated, ...open].join("; ")}.`;
      // Only the transferees unknown: a prompt, not yet a gap in the notice.
      return [orgHit(input, message, stated.length ? undefined : "LOW")];
    },
  },
  {
    id: "pdpo-processor-no-contract",
    severity: "HIGH",
    regime: "PDPO",
    reference: "PDPO DPP2(3), DPP4(2)",
    checks: "Every data processor, in or outside Hong Kong, is bound by contract to keep the data no longer than needed and to protect it against unauthorised or accidental access, processing, erasure, loss or use.",
    remediation: "Bind the data processor by contract (retention and erasure, security, no other use, sub-processing) and record it.",
    evaluate: (input) =>
      processorsUnder(input, "PDPO")
        .filter((r) => !contracted(r))
        .map((r) =>
          r.dpa.status === "NONE"
            ? recipientHit(input, r, `Data processor ${label(input, r)} processes personal data for the data user with no contract to limit its retention (PDPO DPP2(3)) and secure it (DPP4(2)).`)
            : recipientHit(input, r, `Data processor ${label(input, r)} processes personal data for the data user and the record does not say whether a contract limits its retention (PDPO DPP2(3)) and secures it (DPP4(2)).`, "MEDIUM"),
        ),
  },
  {
    id: "pdpo-retention-not-recorded",
    severity: "MEDIUM",
    regime: "PDPO",
    reference: "PDPO DPP2(2)",
    checks: "Every processing activity that PDPO reaches records how long its personal data is kept.",
    remediation: "Record a retention period no longer than the purpose requires, and erase the data when it ends (PDPO s.26).",
    evaluate: (input) =>
      pdpoReached(input)
        .filter(noRetention)
        .map((a) => activityHit(input, a, `Processing activity ${label(input, a)} records no retention period, so whether its data is kept no longer than necessary (PDPO DPP2(2)) cannot be told.`)),
  },
  {
    id: "pdpo-access-correction",
    severity: "MEDIUM",
    regime: "PDPO",
    reference: "PDPO DPP6",
    checks: "People are offered the rights to request access to their personal data and its correction.",
    remediation: "Offer every data subject the rights of access and correction (PDPO DPP6, s.18 and s.22) and record them.",
    evaluate: (input) => {
      if (!pdpoReached(input).length) return [];
      const people = peopleUnder(input, "PDPO", "HK");
      const gaps = (
        [
          ["access", "ACCESS"],
          ["correction", "RECTIFICATION"],
        ] as const
      ).flatMap(([name, right]) => {
        const without = placesWithout(input, [right], people);
        return without.length ? [`${name} (not offered to people in ${quoted(without)})`] : [];
      });
      if (!gaps.length) return [];
      return [orgHit(input, `${orgLabel(input)} does not offer the rights of ${gaps.join(" and ")} that PDPO DPP6 gives every data subject.`)];
    },
  },
  {
    id: "pdpo-direct-marketing-no-consent",
    severity: "HIGH",
    regime: "PDPO",
    reference: "PDPO s.35C, s.35E",
    checks: "Personal data is used in direct marketing only with the person's consent, which silence, opt-out or continued use is not.",
    remediation: "Tell people the kinds of data and classes of marketing subjects, obtain their consent (or indication of no objection) by an active response, and record it.",
    evaluate: (input) =>
      pdpoReached(input).flatMap((a): RuleHit[] => {
        const direct = a.marketing.filter((m) => DIRECT_MARKETING.includes(m.channel));
        const invalid = direct.filter((m) => m.consentMechanism === "OPT_OUT" || m.consentMechanism === "CONTINUED_USE");
        const unknown = direct.filter((m) => m.consentMechanism === null);
        const channels = (list: typeof direct) => quoted([...new Set(list.map((m) => m.channel))]);
        if (invalid.length)
          return [activityHit(input, a, `Processing activity ${label(input, a)} sends direct marketing by ${channels(invalid)} on opt-out or continued use, which is not consent under PDPO s.35C.`)];
        if (unknown.length)
          return [{ ...activityHit(input, a, `Processing activity ${label(input, a)} sends direct marketing by ${channels(unknown)} and the record does not say how people consented (PDPO s.35C).`), severity: "MEDIUM" }];
        return [];
      }),
  },
];
