import { PIPL_TERRITORY, countryOf, establishmentsOf, subjectJurisdictionsOf } from "../jurisdictions";
import { PROVISIONS } from "../pipl-export";
import type { RecordActivity } from "../record";
import { indexOf, locationsOf } from "../record-index";
import type { TransferResult } from "../transfers";
import { activityHit, claimsOf, destinationLabel, label, orgLabel, reached, transfersOf } from "./helpers";
import type { Rule, RuleHit, RuleInput } from "./rule";
import { activitiesOf, destinationOf, gapHit, gapsBy, inOf, recordedCodes, type Gap } from "./transfer-gaps";

// PIPL: provision of personal information outside mainland China (Art 38-40, 55(4)), with the routes and exemptions
// of the CAC's 2024 Cross-Border Data Flow Provisions. Mechanism gaps are one finding per destination; consent and
// impact assessment are duties of the activity. An exemption lifts only the Art 38 procedures: Art 39 and Art 55 stay.

/** Provisions abroad: PIPL transfers to a known country (an unknown one may be in the mainland). */
const abroad = (t: TransferResult) => t.regime === "PIPL" && t.reason !== "COUNTRY_UNKNOWN";
const abroadOf = (input: RuleInput, a: RecordActivity) => transfersOf(input, a).filter(abroad);

/** Names the destinations of an activity's provisions abroad. */
function destinationsOf(input: RuleInput, a: RecordActivity): string {
  return [...new Set(abroadOf(input, a).map((t) => destinationLabel(input, t)))].join(", ");
}

/** PIPL Art 13 last paragraph: a non-consent basis (13-2 … 13-7) lifts consent requirements, separate consent included. */
const NON_CONSENT = /^13-[2-7]$/;

const gbaNote = (t: TransferResult) =>
  t.toCountry === "HK" ? ` For Hong Kong, a handler registered in one of the nine mainland Greater Bay Area cities (e.g. Shenzhen) may instead sign and file the GBA standard contract (GBA-SC).` : "";

/** What the facts require, in words: the strictest over the destination's transfers. */
function requirement(g: Gap): string {
  const t = g.all.find((x) => x.required === "ASSESSMENT") ?? g.all.find((x) => x.required === null) ?? g.first;
  if (t.required === "ASSESSMENT") return `a CAC security assessment is required, as ${t.why}`;
  if (t.required === "CONTRACT") return `the CAC standard contract (filed with the provincial cyberspace office) or certification is required, as ${t.why}`;
  return `it needs the CAC standard contract or certification, or a CAC security assessment depending on ${t.missing.join("; and ")}`;
}

export const piplTransferRules: Rule[] = [
  {
    id: "pipl-cross-border-no-mechanism",
    severity: "HIGH",
    regime: "PIPL",
    reference: "PIPL Art 38(1)",
    checks: "Every provision of personal information outside mainland China that no exemption of the 2024 CAC Provisions covers rests on a PIPL Art 38 mechanism.",
    remediation:
      "Pass the CAC security assessment where the 2024 Provisions require it, otherwise sign and file the CAC standard contract or obtain certification (from the mainland Greater Bay Area cities to Hong Kong, the GBA standard contract may be used), and record it on the destination.",
    evaluate: (input) =>
      gapsBy(input, (t) => t.regime === "PIPL" && t.reason === "NO_MECHANISM").map((g) => {
        const gbaElsewhere = g.first.toCountry !== "HK" && g.first.recorded.includes("GBA-SC") ? " (the GBA standard contract recorded covers only Hong Kong)" : "";
        const gba = g.first.required === "ASSESSMENT" && input.record.organization.criticalInfrastructure === true ? "" : gbaNote(g.first);
        return gapHit(
          g,
          `${destinationOf(input, g.first)} ${inOf(g)}, outside mainland China, receives personal information from ${activitiesOf(input, g)} with no PIPL Art 38 mechanism recorded${gbaElsewhere}: ${requirement(g)}.${gba}`,
        );
      }),
  },
  {
    id: "pipl-cross-border-assessment-required",
    severity: "HIGH",
    regime: "PIPL",
    reference: "PIPL Art 38(1), Art 40",
    checks: "A provision abroad that needs a CAC security assessment (a CIIO, or the volumes of Art 7 of the 2024 CAC Provisions) does not rest only on the standard contract or certification.",
    remediation: "Apply to the CAC, through the provincial cyberspace office, for the data export security assessment and record it (38-1) once passed.",
    evaluate: (input) =>
      gapsBy(input, (t) => t.regime === "PIPL" && t.reason === "ASSESSMENT_REQUIRED").map((g) =>
        gapHit(g, `${destinationOf(input, g.first)} ${inOf(g)} receives personal information from ${activitiesOf(input, g)} under ${recordedCodes(g.first)}, but ${requirement(g)}.`),
      ),
  },
  {
    id: "pipl-cross-border-route-undetermined",
    severity: "MEDIUM",
    regime: "PIPL",
    reference: `PIPL Art 38, Art 40; ${PROVISIONS} Art 5, 7, 8`,
    checks: "An organisation providing personal information outside mainland China records the facts that decide which Art 38 route it needs: whether it is a CIIO, and how many people's (sensitive) personal information it provides abroad a year.",
    remediation: "Record whether the organisation is a critical information infrastructure operator and, for each activity providing personal information abroad, how many people a year it concerns and how many of them with sensitive personal information.",
    evaluate: (input): RuleHit[] => {
      const open = input.transfers.filter((t) => t.regime === "PIPL" && t.reason === "ROUTE_UNKNOWN");
      if (!open.length) return [];
      const missing = [...new Set(open.flatMap((t) => t.missing))];
      const unprotected = open.some((t) => t.mechanism === null);
      const places = [...new Set(open.map((t) => destinationLabel(input, t)))];
      const shown = places.length > 5 ? `${places.slice(0, 5).join(", ")} and ${places.length - 5} more` : places.join(", ");
      const message = unprotected
        ? `${orgLabel(input)} provides personal information outside mainland China (to ${shown}) with no Art 38 mechanism recorded, and the record does not say ${missing.join("; nor ")}: whether a CAC security assessment, the standard contract or certification, or no procedure at all (${PROVISIONS} Art 5(4)) is required cannot be told.`
        : `${orgLabel(input)} provides personal information outside mainland China (to ${shown}) under the standard contract or certification, but the record does not say ${missing.join("; nor ")}: whether a CAC security assessment is required instead cannot be told.`;
      return [{ subjectType: "Organization", subjectId: input.identity.organization, message, ...(unprotected ? {} : { severity: "LOW" as const }) }];
    },
  },
  {
    id: "pipl-localisation-required",
    severity: "HIGH",
    regime: "PIPL",
    reference: "PIPL Art 40",
    checks: "A critical information infrastructure operator, or a handler processing the personal information of 1,000,000 or more people, stores the personal information it collects in mainland China there.",
    remediation: "Store the personal information collected in mainland China on servers in mainland China, and provide it abroad only after a CAC security assessment (or under an exemption of the 2024 CAC Provisions).",
    evaluate: (input): RuleHit[] => {
      const org = input.record.organization;
      if (!establishmentsOf(org).some((j) => countryOf(j) === PIPL_TERRITORY)) return [];
      const activities = reached(input, "PIPL");
      const why =
        org.criticalInfrastructure === true
          ? "it is a critical information infrastructure operator"
          : activities.some((a) => a.individualsPerYear === "OVER_1M")
            ? "it processes the personal information of 1,000,000 or more people"
            : null;
      if (!why) return [];
      const index = indexOf(input.record);
      return activities.flatMap((a) => {
        if (!subjectJurisdictionsOf(org, a).some((j) => countryOf(j) === PIPL_TERRITORY)) return [];
        const stored = locationsOf(index, a);
        if (!stored.length || stored.some((l) => !l.country || l.country === PIPL_TERRITORY)) return [];
        const where = stored.map((l) => `${label(input, l)} in "${l.country}"`).join(", ");
        return [activityHit(input, a, `Processing activity ${label(input, a)} stores personal information collected in mainland China only outside it (${where}), but as ${why} the organisation must store it in mainland China (PIPL Art 40).`)];
      });
    },
  },
  {
    id: "pipl-cross-border-no-separate-consent",
    severity: "HIGH",
    regime: "PIPL",
    reference: "PIPL Art 39",
    checks: "A processing activity that rests on consent and provides personal information outside mainland China records the person's separate consent to it.",
    remediation: "Tell people who the overseas recipient is, how to reach it and how to exercise their rights against it, and obtain and record their separate consent (PIPL 39).",
    evaluate: (input) =>
      reached(input, "PIPL").flatMap((a) => {
        const claims = claimsOf(a, "PIPL");
        // No basis at all is pipl-no-basis; a non-consent basis needs no consent (Art 13 last paragraph).
        if (!claims.some((c) => c.code === "13-1") || claims.some((c) => NON_CONSENT.test(c.code) || c.code === "39")) return [];
        if (!abroadOf(input, a).length) return [];
        return [activityHit(input, a, `Processing activity ${label(input, a)} rests on consent and provides personal information outside mainland China (${destinationsOf(input, a)}) with no separate consent (PIPL Art 39) recorded.`)];
      }),
  },
  {
    id: "pipl-cross-border-no-impact-assessment",
    severity: "MEDIUM",
    regime: "PIPL",
    reference: "PIPL Art 55(4)",
    checks: "A processing activity that provides personal information outside mainland China records an impact assessment, which no exemption lifts.",
    remediation: "Carry out the impact assessment required by PIPL Art 55 before the cross-border provision and record where it is kept.",
    evaluate: (input) =>
      reached(input, "PIPL").flatMap((a) => {
        if (a.impactAssessment || claimsOf(a, "PIPL").some((c) => !!c.assessment) || !abroadOf(input, a).length) return [];
        return [activityHit(input, a, `Processing activity ${label(input, a)} provides personal information outside mainland China (${destinationsOf(input, a)}) with no impact assessment (PIPL Art 55) recorded.`)];
      }),
  },
];
