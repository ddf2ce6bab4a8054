import type { RecipientKind, Regime } from "../regimes";
import type { RecipientRole } from "../record-index";

// What the record drafter knows, as data: seeds/reference/notice-draft.yaml (read by src/io/seed/notice-draft.ts),
// plus the countries of countries.yaml. Patterns are regular-expression sources; compileDraftLexicon compiles them once.

export const SECTION_ROLES = ["CHILDREN", "CHANGES", "TRACKING", "CONTACT", "RETENTION", "SECURITY", "STORAGE", "RIGHTS", "COOKIES", "SHARING", "USE", "COLLECTION", "SUMMARY", "OTHER"] as const;
export type SectionRole = (typeof SECTION_ROLES)[number];
export const BASES = ["CONSENT", "CONTRACT", "LEGAL_OBLIGATION", "VITAL_INTERESTS", "LEGITIMATE_INTERESTS"] as const;
export type Basis = (typeof BASES)[number];

interface Measure {
  key: string;
  name: string;
  kind: "TECHNICAL" | "ORGANISATIONAL";
  dpvIri: string;
  pattern: string;
}

export interface DraftLexicon {
  sectionRoles: { role: SectionRole; pattern: string }[];
  activityRoles: SectionRole[];
  consentByUse: string[];
  changeCue: string;
  notConsent: string;
  legalBases: { basis: Basis; pattern: string; codes: Partial<Record<Regime, string>> }[];
  purposeBases: Record<string, Basis>;
  basisRegimes: { jurisdictions: string[]; regime: Regime }[];
  jurisdictionSignals: { jurisdiction: string; patterns: string[] }[];
  /** Every country: its code and the names it goes by (countries.yaml's name first, then the aliases). */
  countries: { code: string; names: string[] }[];
  territorySuffix: Record<string, string>;
  storageCue: string;
  ownHosting: string;
  retention: { cue: string; triggers: { trigger: "ACCOUNT_CLOSURE" | "END_OF_SERVICE" | "PURPOSE_FULFILLED" | "LEGAL_HOLD_END"; pattern: string }[]; period: string };
  security: { cue: string; measures: Measure[]; generic: Measure };
  extraRights: { right: "MARKETING_OPT_OUT" | "ACCOUNT_CLOSURE" | "AUTOMATED_DECISION" | "OPT_OUT_OF_SALE_OR_SHARING"; pattern: string }[];
  rightsScope: string;
  statements: { topic: "SENSITIVE_DATA" | "THIRD_PARTY_SOURCES" | "INCIDENT_RESPONSE" | "ACCOUNT_LINKING"; pattern: string }[];
  sources: { source: "PROVIDED_BY_SUBJECT" | "AUTOMATIC" | "THIRD_PARTY"; pattern: string }[];
  organization: { names: string[]; legalName: string; established: string; postalCue: string; dpo: string };
  dpaClaim: string;
  transferMechanisms: { pattern: string; codes: Partial<Record<Regime, string>> }[];
  /** Member countries of the EEA (adequacy.yaml), whose law is the GDPR. */
  eea: string[];
  /** The name of every purpose of purposes.yaml, by key: the name of an activity drafted for one purpose. */
  purposeNames: Record<string, string>;
  sharingPurposes: Record<string, string>;
  kindPurposes: Partial<Record<RecipientKind, string[]>>;
  impliedRecipients: Record<string, { key: string; name: string; kind: RecipientKind; role: RecipientRole | null; category: string }>;
}

/** A list of `{…, pattern}` entries of the lexicon, with their patterns compiled. */
type WithRegExp<T> = { [K in keyof T]: K extends "pattern" ? RegExp : T[K] };

export interface CompiledDraftLexicon {
  roles: { role: SectionRole; pattern: RegExp }[];
  activityRoles: Set<SectionRole>;
  consentByUse: RegExp[];
  changeCue: RegExp;
  notConsent: RegExp;
  legalBases: { basis: Basis; pattern: RegExp; codes: Partial<Record<Regime, string>> }[];
  purposeBases: Record<string, Basis>;
  basisRegimes: { jurisdictions: string[]; regime: Regime }[];
  signals: { jurisdiction: string; pattern: RegExp }[];
  /** Every country name, longest first, as one pattern whose groups follow `countryCodes`. */
  country: RegExp;
  countryCodes: string[];
  territorySuffix: Record<string, string>;
  storageCue: RegExp;
  /** Own hosting, with the organisation's name put in for {organization}. */
  ownHosting: (organization: string) => RegExp;
  retention: { cue: RegExp; triggers: WithRegExp<DraftLexicon["retention"]["triggers"][number]>[]; period: RegExp };
  security: { cue: RegExp; measures: WithRegExp<Measure>[]; generic: WithRegExp<Measure> };
  extraRights: WithRegExp<DraftLexicon["extraRights"][number]>[];
  rightsScope: RegExp;
  statements: WithRegExp<DraftLexicon["statements"][number]>[];
  sources: WithRegExp<DraftLexicon["sources"][number]>[];
  organization: { names: RegExp[]; legalName: RegExp; established: RegExp; postalCue: RegExp; dpo: RegExp };
  dpaClaim: RegExp;
  transferMechanisms: { pattern: RegExp; codes: Partial<Record<Regime, string>> }[];
  eea: Set<string>;
  purposeNames: Record<string, string>;
  sharingPurposes: Record<string, string>;
  kindPurposes: Partial<Record<RecipientKind, string[]>>;
  impliedRecipients: DraftLexicon["impliedRecipients"];
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const re = (source: string) => new RegExp(source, "i");
const withPattern = <T extends { pattern: string }>(x: T) => ({ ...x, pattern: re(x.pattern) });

const cache = new WeakMap<DraftLexicon, CompiledDraftLexicon>();

export function compileDraftLexicon(lex: DraftLexicon): CompiledDraftLexicon {
  const hit = cache.get(lex);
  if (hit) return hit;
  const names = lex.countries.flatMap((c) => c.names.map((name) => ({ code: c.code, name }))).sort((a, b) => b.name.length - a.name.length);
  const compiled: CompiledDraftLexicon = {
    roles: lex.sectionRoles.map(withPattern),
    activityRoles: new Set(lex.activityRoles),
    consentByUse: lex.consentByUse.map(re),
    changeCue: re(lex.changeCue),
    notConsent: re(lex.notConsent),
    legalBases: lex.legalBases.map(withPattern),
    purposeBases: lex.purposeBases,
    basisRegimes: lex.basisRegimes,
    signals: lex.jurisdictionSignals.map((s) => ({ jurisdiction: s.jurisdiction, pattern: re(s.patterns.map((p) => `(?:${p})`).join("|")) })),
    // Case-sensitive: "US" and "Chad" are country names only as written with capitals.
    country: new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map((n) => `(${escapeRegExp(n.name)})`).join("|")})(?![\\p{L}\\p{N}])`, "gu"),
    countryCodes: names.map((n) => n.code),
    territorySuffix: lex.territorySuffix,
    storageCue: re(lex.storageCue),
    ownHosting: (organization) => re(lex.ownHosting.replace(/\{organization\}/g, escapeRegExp(organization))),
    retention: { cue: re(lex.retention.cue), triggers: lex.retention.triggers.map(withPattern), period: re(lex.retention.period) },
    security: { cue: re(lex.security.cue), measures: lex.security.measures.map(withPattern), generic: withPattern(lex.security.generic) },
    extraRights: lex.extraRights.map(withPattern),
    rightsScope: re(lex.rightsScope),
    statements: lex.statements.map(withPattern),
    sources: lex.sources.map(withPattern),
    organization: {
      names: lex.organization.names.map((p) => new RegExp(p)),
      legalName: new RegExp(lex.organization.legalName),
      established: new RegExp(lex.organization.established, "i"),
      postalCue: re(lex.organization.postalCue),
      dpo: re(lex.organization.dpo),
    },
    dpaClaim: re(lex.dpaClaim),
    transferMechanisms: lex.transferMechanisms.map(withPattern),
    eea: new Set(lex.eea),
    purposeNames: lex.purposeNames,
    sharingPurposes: lex.sharingPurposes,
    kindPurposes: lex.kindPurposes,
    impliedRecipients: lex.impliedRecipients,
  };
  cache.set(lex, compiled);
  return compiled;
}
