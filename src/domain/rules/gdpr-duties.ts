import type { RecordActivity, RecordRecipient } from "../record";
import { indexOf, roleOf } from "../record-index";
import type { AgeBand } from "../regimes";
import { isWithin } from "../taxonomy";
import { GDPR, LARGE_SCALE, VOLUME_TEXT, monitoringTrackers, offersRight, profilingPurposes, receivedUnder, trackerLabel, type GdprLaw } from "./gdpr-law";
import { noticeRulesFor } from "./gdpr-notice";
import { activityHit, categoriesOf, claimsOf, label, nameOf, orgHit, orgLabel, quoted, reached, recipientHit, sensitiveUnder } from "./helpers";
import type { Rule, RuleHit, RuleInput } from "./rule";

// GDPR duties beyond Art 30, for GDPR and UK GDPR alike: children (Art 8), automated decisions (Art 22),
// joint controllers (Art 26), notice content (Art 13/14, in gdpr-notice.ts), breaches (Art 33/34), DPIA (Art 35).

const BAND_TEXT: Record<AgeBand, string> = { UNDER_13: "under 13", AGE_13: "aged 13", AGE_14_TO_15: "aged 14 to 15", AGE_16_TO_17: "aged 16 to 17", ADULT: "adults" };
const MINORS: AgeBand[] = ["UNDER_13", "AGE_13", "AGE_14_TO_15", "AGE_16_TO_17"];

const perActivity = (law: GdprLaw, problem: (a: RecordActivity, input: RuleInput) => Omit<RuleHit, "subjectType" | "subjectId"> | null) => (input: RuleInput) =>
  reached(input, law.regime).flatMap((a) => {
    const found = problem(a, input);
    return found === null ? [] : [{ ...activityHit(input, a, found.message), ...(found.severity ? { severity: found.severity } : {}) }];
  });

/** Art 8: consent of a child below the age of digital consent needs the consent of a parent. */
function art8Rule(law: GdprLaw): Rule {
  const gdpr = law.regime === "GDPR";
  return {
    id: `${law.id}-art8-parental-consent`,
    severity: "HIGH",
    regime: law.regime,
    reference: law.art8,
    checks: `An online service that relies on the consent of children under ${law.childAge} records that a parent's or guardian's consent is obtained.`,
    remediation: "Obtain the consent of the holder of parental responsibility (with reasonable efforts to verify it) and record it, or rely on another basis that fits.",
    evaluate: perActivity(law, (a, input) => {
      const young = a.ageBands.filter((b) => law.childBands.includes(b));
      if (!young.length || !claimsOf(a, law.regime).some((c) => c.code === "A6-1-a")) return null;
      const parental = input.record.organization.parentalConsent;
      if (parental === true) return null;
      const who = `Processing activity ${label(input, a)} relies on consent (A6-1-a) from people who include children ${young.map((b) => BAND_TEXT[b]).join(", ")}`;
      // Member states may set the age anywhere from 13 to 16 (Art 8(1)); only under-13s are below it everywhere.
      const everywhere = !gdpr || young.includes("UNDER_13");
      const age = gdpr ? `below the age of digital consent (16, or lower down to 13 where a member state has set it so)` : `below the UK age of digital consent (13)`;
      if (parental === null)
        return { message: `${who}, ${age}, and the record does not say whether a parent's or guardian's consent is obtained.`, severity: "MEDIUM" };
      return {
        message: `${who}, ${age}, and the organisation states that it does not obtain a parent's or guardian's consent${everywhere ? "" : "; whether this is below the age where the children live depends on the member state"}.`,
        ...(everywhere ? {} : { severity: "MEDIUM" as const }),
      };
    }),
  };
}

/** Art 22 (GDPR) or Art 22A-22D (UK GDPR, as amended from 5 February 2026): decisions with legal or similarly significant effect. */
function art22Rules(law: GdprLaw): Rule[] {
  const gdpr = law.regime === "GDPR";
  const significant = (a: RecordActivity) => a.automatedDecisions === "SIGNIFICANT_EFFECT";
  const explicit = (a: RecordActivity, code: string) => claimsOf(a, law.regime).some((c) => c.code === code && c.consentMechanism === "EXPLICIT");
  const rules: Rule[] = [
    {
      id: `${law.id}-art22-safeguards`,
      severity: "HIGH",
      regime: law.regime,
      reference: gdpr ? "GDPR Art 22(3); Art 13(2)(f)" : "UK GDPR Art 22C",
      checks: "Solely automated decisions with legal or similarly significant effect come with the right to human intervention, to give one's view and to contest the decision.",
      remediation: "Offer and record the safeguards for automated decisions (human review, a way to give one's view and contest the decision) and tell people about the logic involved.",
      evaluate: perActivity(law, (a, input) => {
        if (!significant(a) || offersRight(law, input.record, input.facts, "AUTOMATED_DECISION")) return null;
        const what = `Processing activity ${label(input, a)} makes automated decisions with legal or similarly significant effect`;
        if (!input.record.rights.length)
          return { message: `${what}, and the record lists no rights at all, so whether human intervention and a way to contest the decision are offered is not known.`, severity: "MEDIUM" };
        return { message: `${what}, but the rights recorded for people in ${law.territory} do not include human intervention and contesting the decision.` };
      }),
    },
    {
      id: `${law.id}-art22-special-category`,
      severity: "HIGH",
      regime: law.regime,
      reference: gdpr ? "GDPR Art 22(4)" : "UK GDPR Art 22B",
      checks: "Automated decisions with significant effect based on special-category data rest on explicit consent or substantial public interest (Art 9(2)(a) or (g)).",
      remediation: "Obtain explicit consent (A9-2-a) or establish a substantial public interest (A9-2-g) for the automated decisions, or keep special-category data out of them.",
      evaluate: perActivity(law, (a, input) => {
        if (!significant(a)) return null;
        const special = sensitiveUnder(categoriesOf(a), input.facts, law.regime, "SPECIAL_CATEGORY");
        if (!special.length || explicit(a, "A9-2-a") || claimsOf(a, law.regime).some((c) => c.code === "A9-2-g")) return null;
        return { message: `Processing activity ${label(input, a)} makes automated decisions with significant effect on special-category data (${quoted(special)}) without explicit consent (A9-2-a) or substantial public interest (A9-2-g) recorded.` };
      }),
    },
  ];
  // The UK allows such decisions on any basis but recognised legitimate interests, with safeguards (Art 22A-22D); the GDPR only on three.
  if (gdpr)
    rules.push({
      id: "gdpr-art22-no-exception",
      severity: "HIGH",
      regime: "GDPR",
      reference: "GDPR Art 22(2)",
      checks: "Solely automated decisions with legal or similarly significant effect are necessary for a contract, authorised by law, or based on explicit consent.",
      remediation: "Base the automated decisions on a contract, a law that authorises them, or explicit consent, or put a person in the loop.",
      evaluate: perActivity(law, (a, input) => {
        if (!significant(a)) return null;
        const codes = claimsOf(a, "GDPR").map((c) => c.code);
        // No basis at all is gdpr-art6-no-basis; here the question is which exception of Art 22(2) the bases give.
        if (!codes.some((c) => c.startsWith("A6-1-")) || codes.some((c) => ["A6-1-b", "A6-1-c", "A6-1-e"].includes(c)) || explicit(a, "A6-1-a") || explicit(a, "A9-2-a")) return null;
        const what = `Processing activity ${label(input, a)} makes automated decisions with legal or similarly significant effect`;
        if (codes.includes("A6-1-a"))
          return { message: `${what} on consent that is not recorded as explicit, which Art 22(2)(c) requires (opt-in consent is not enough unless it is express).`, severity: "MEDIUM" };
        return { message: `${what} on ${quoted(codes.filter((c) => c.startsWith("A6-1-")))}, which is none of the Art 22(2) exceptions (contract, law, explicit consent).` };
      }),
    });
  return rules;
}

const linked = new WeakMap<RuleInput["transfers"], Map<string, RecordRecipient[]>>();

/** Recipients the law's activities disclose to or whose trackers they carry, once per run and law. */
function linkedRecipients(law: GdprLaw, input: RuleInput): RecordRecipient[] {
  let byLaw = linked.get(input.transfers);
  if (!byLaw) linked.set(input.transfers, (byLaw = new Map()));
  let found = byLaw.get(law.regime);
  if (!found) {
    const activities = reached(input, law.regime);
    const keys = new Set(receivedUnder(law, input).keys());
    for (const a of activities) for (const t of a.trackers) if (t.recipient) keys.add(t.recipient);
    found = input.record.recipients.filter((r) => keys.has(r.key));
    byLaw.set(law.regime, found);
  }
  return found;
}

/** Art 26: joint controllers set out their responsibilities in an arrangement; ad-tech partners are joint controllers for the collection. */
function art26Rules(law: GdprLaw): Rule[] {
  return [
    {
      id: `${law.id}-art26-no-arrangement`,
      severity: "HIGH",
      regime: law.regime,
      reference: `${law.name} Art 26(1)`,
      checks: "Every joint controller is bound by an arrangement that sets out each party's responsibilities.",
      remediation: "Agree and record a joint-controller arrangement (who gives notice, who answers requests) and make its essence available to people.",
      evaluate: (input) =>
        linkedRecipients(law, input).flatMap((r): RuleHit[] => {
          if (roleOf(r) !== "JOINT_CONTROLLER") return [];
          // The agreement status of a joint controller stands for its Art 26 arrangement.
          if (r.dpa.status === "NONE") return [recipientHit(input, r, `Joint controller ${label(input, r)} shares the processing with no arrangement setting out each party's responsibilities.`)];
          if (r.dpa.status === "UNKNOWN")
            return [recipientHit(input, r, `Joint controller ${label(input, r)} shares the processing and the record does not say whether a joint-controller arrangement is in place (status unknown).`, "MEDIUM")];
          if (r.dpa.status === "CLAIMED") return [recipientHit(input, r, `Joint controller ${label(input, r)} is said to have a joint-controller arrangement, but it has not been verified.`, "LOW")];
          return [];
        }),
    },
    {
      id: `${law.id}-art26-adtech-role-unknown`,
      severity: "MEDIUM",
      regime: law.regime,
      reference: `${law.name} Art 26(1)`,
      checks: "A third party whose advertising tracker collects data on the controller's service has its role recorded, since it is at least a joint controller for that collection.",
      remediation: "Record the recipient's role (at least joint controller for the collection and transmission) and the Art 26 arrangement with it.",
      evaluate: (input) => {
        const { recipients } = indexOf(input.record);
        const found = new Map<RecordRecipient, { trackers: Set<string>; activities: Set<string> }>();
        for (const a of reached(input, law.regime))
          for (const t of a.trackers) {
            const r = t.recipient ? recipients.get(t.recipient) : undefined;
            if (!r || t.purpose !== "ADVERTISING" || roleOf(r) !== null) continue;
            const entry = found.get(r) ?? { trackers: new Set<string>(), activities: new Set<string>() };
            entry.trackers.add(trackerLabel(t));
            entry.activities.add(nameOf(input, a));
            found.set(r, entry);
          }
        return [...found].map(([r, { trackers, activities }]) =>
          recipientHit(
            input,
            r,
            `Recipient ${label(input, r)} collects data through its advertising tracker (${[...trackers].join(", ")}) on ${quoted([...activities])}, but its role is not recorded; for that collection and transmission it is at least a joint controller with the organisation (CJEU C-40/17 Fashion ID).`,
          ),
        );
      },
    },
  ];
}

/** Authorities and laws a breach procedure may name: the law's own, and other countries' (for a plan that reports elsewhere only). */
const OWN: Record<GdprLaw["regime"], RegExp> = {
  GDPR: /supervisory authorit|data protection authorit|\bGDPR\b|\b72[\s-]*hours?\b|\bEDPB\b|\bCNIL\b|Data Protection Commission|\bAEPD\b|\bGarante\b|\bBfDI\b|Datatilsynet|Autoriteit Persoonsgegevens/i,
  UK_GDPR: /\bICO\b|Information Commissioner|\bUK GDPR\b|supervisory authorit|\b72[\s-]*hours?\b/i,
};
const ELSEWHERE: Record<GdprLaw["regime"], RegExp> = {
  GDPR: /\bCAC\b|Cyberspace Administration|\bChina\b|China's|Chinese|\bPRC\b|mainland|\bPIPL\b|Cybersecurity Law|\bPCPD\b|Hong Kong|\bPDPO\b|California|\bCCPA\b|\bICO\b|Information Commissioner/i,
  UK_GDPR: /\bCAC\b|Cyberspace Administration|\bChina\b|China's|Chinese|\bPRC\b|mainland|\bPIPL\b|Cybersecurity Law|\bPCPD\b|Hong Kong|\bPDPO\b|California|\bCCPA\b|\bCNIL\b|\bEDPB\b|Data Protection Commission/i,
};

/** Art 33/34: a procedure to notify the authority within 72 hours and tell people when the risk is high. */
function art33Rule(law: GdprLaw): Rule {
  return {
    id: `${law.id}-art33-breach-procedure`,
    severity: "LOW",
    regime: law.regime,
    reference: `${law.name} Art 33(1), Art 34(1)`,
    checks: `The organisation records a personal-data breach procedure that notifies ${law.authority} within 72 hours and tells people when the risk to them is high.`,
    remediation: `Record the breach procedure (notice to ${law.authority} within 72 hours of becoming aware, to people without undue delay when the risk is high, and a log of every breach).`,
    evaluate: (input) => {
      if (!reached(input, law.regime).length) return [];
      const texts = [
        ...input.record.statements.filter((s) => s.topic === "INCIDENT_RESPONSE").map((s) => s.summary),
        ...input.record.securityMeasures.filter((m) => /incident|breach/i.test(`${m.name} ${m.dpvIri ?? ""}`)).map((m) => `${m.name} ${m.description ?? ""}`),
      ];
      if (!texts.length)
        return [
          orgHit(
            input,
            `${orgLabel(input)} records no personal-data breach procedure (no incident-response statement or incident-management measure), so notice to ${law.authority} within 72 hours and to people when the risk is high is not shown.`,
          ),
        ];
      // Say that the authority is left out only where the record shows the procedure reports elsewhere.
      const foreign = texts.map((t) => ELSEWHERE[law.regime].exec(t)?.[0] ?? null);
      if (texts.some((t) => OWN[law.regime].test(t)) || foreign.some((f) => f === null)) return [];
      return [
        orgHit(
          input,
          `${orgLabel(input)} records a breach procedure that reports only under another country's rules (it names ${quoted([...new Set(foreign as string[])])}); notice to ${law.authority} within 72 hours of becoming aware of a breach is not recorded.`,
          "MEDIUM",
        ),
      ];
    },
  };
}

/** The WP248 rev.01 criteria of likely high risk an activity meets on its recorded facts, with Art 35(3) cases apart. */
function riskCriteria(law: GdprLaw, a: RecordActivity, input: RuleInput): { met: string[]; listed: string | null; large: boolean; ico: string | null } {
  const met: string[] = [];
  const profiling = profilingPurposes(a);
  const evaluates = profiling.length > 0 || a.automatedDecisions === "PERSONALISATION";
  if (evaluates) met.push(`evaluation or profiling (${profiling.length ? quoted(profiling) : "personalised automated decisions"})`);
  const significant = a.automatedDecisions === "SIGNIFICANT_EFFECT";
  if (significant) met.push("automated decisions with legal or similarly significant effect");
  const trackers = monitoringTrackers(a);
  if (trackers.length) met.push(`systematic monitoring (${trackers.map(trackerLabel).join(", ")})`);
  const sensitive = sensitiveUnder(categoriesOf(a), input.facts, law.regime);
  // WP248 counts precise location with special categories as data of a highly personal nature.
  const personal = [...sensitive, ...categoriesOf(a).filter((c) => isWithin(c, "user.location.precise"))];
  if (personal.length) met.push(`special-category, criminal-offence or other highly personal data (${quoted(personal)})`);
  const volume = [a.individualsPerYear, a.sensitiveIndividualsPerYear].find((v) => v !== null && LARGE_SCALE.includes(v)) ?? null;
  if (volume) met.push(`large scale (${VOLUME_TEXT[volume]} people a year)`);
  if (a.sources.includes("THIRD_PARTY") && a.sources.some((s) => s !== "THIRD_PARTY")) met.push("data from third parties combined with data from the people themselves");
  const vulnerable = [...a.ageBands.filter((b) => MINORS.includes(b)).map((b) => `children ${BAND_TEXT[b]}`), ...a.dataSubjects.filter((s) => ["child", "employee", "patient"].includes(s))];
  if (vulnerable.length) met.push(`vulnerable people (${vulnerable.join(", ")})`);
  if (a.purposes.some((p) => isWithin(p, "train_ai_system"))) met.push("innovative technology (training an AI system)");
  // Art 35(3)(a) and (b) name these outright.
  const sensitiveVolume = a.sensitiveIndividualsPerYear ?? a.individualsPerYear;
  const listed =
    significant && evaluates
      ? "Art 35(3)(a), systematic evaluation by automated means with significant decisions,"
      : sensitive.length && sensitiveVolume && LARGE_SCALE.includes(sensitiveVolume)
        ? "Art 35(3)(b), large-scale special-category or criminal-offence data,"
        : null;
  return { met, listed, large: volume !== null, ico: icoListed(a, { evaluates, significant, tracking: trackers.length > 0, large: volume !== null }) };
}

/** The ICO's list of processing that needs a DPIA on its own (UK GDPR Art 35(4)), as far as the record shows it. */
function icoListed(a: RecordActivity, is: { evaluates: boolean; significant: boolean; tracking: boolean; large: boolean }): string | null {
  if (is.significant) return "decisions on access to a service based on automated decision-making";
  if (is.evaluates && is.large) return "large-scale profiling";
  if (is.tracking) return "tracking people's behaviour online";
  const children = a.ageBands.some((b) => MINORS.includes(b));
  if (children && (is.evaluates || a.marketing.length > 0 || a.trackers.length > 0)) return "children's data used for profiling, marketing or an online service offered to them";
  if (categoriesOf(a).some((c) => ["user.biometric", "user.authorization.biometric", "user.health_and_medical.genetic"].some((k) => isWithin(c, k)))) return "biometric or genetic data";
  return null;
}

/** Art 35: processing likely to result in a high risk needs a DPIA before it starts. */
function art35Rule(law: GdprLaw): Rule {
  const guidance = law.regime === "GDPR" ? "the WP248 criteria endorsed by the EDPB" : "the WP248 criteria the ICO's list builds on";
  return {
    id: `${law.id}-art35-dpia`,
    severity: "MEDIUM",
    regime: law.regime,
    reference: law.regime === "GDPR" ? "GDPR Art 35(1), (3)" : "UK GDPR Art 35(1), (3), (4)",
    checks: `An activity that Art 35(3) names, or that meets two or more WP248 criteria of likely high risk${law.regime === "UK_GDPR" ? " or one entry of the ICO's list" : ""}, records a data protection impact assessment.`,
    remediation: "Carry out a data protection impact assessment before the processing (or now, if it has started) and record where it is kept.",
    evaluate: perActivity(law, (a, input) => {
      if (a.impactAssessment) return null;
      const { met, listed, large, ico } = riskCriteria(law, a, input);
      const who = `Processing activity ${label(input, a)}`;
      if (listed) return { message: `${who} is a case of ${listed} and records no data protection impact assessment; it meets: ${met.join("; ")}.`, severity: "HIGH" };
      if (met.length >= 2) return { message: `${who} meets ${met.length} of ${guidance} (${met.join("; ")}) and records no data protection impact assessment.` };
      if (law.regime === "UK_GDPR" && ico) return { message: `${who} is on the ICO's list of processing that needs a data protection impact assessment (${ico}) and records none.` };
      // One criterion, and large scale would make two: ask for the volume rather than guess it.
      if (met.length === 1 && !large && a.individualsPerYear === null)
        return { message: `${who} meets one of ${guidance} (${met[0]}) and the record does not say how many people it concerns; at large scale it would need a data protection impact assessment.`, severity: "LOW" };
      return null;
    }),
  };
}

export function gdprDutyRulesFor(law: GdprLaw): Rule[] {
  return [art8Rule(law), ...art22Rules(law), ...art26Rules(law), ...noticeRulesFor(law), art33Rule(law), art35Rule(law)];
}

export const gdprDutyRules: Rule[] = gdprDutyRulesFor(GDPR);
