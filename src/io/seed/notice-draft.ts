import path from "node:path";
import { z } from "zod";
import { BASES, SECTION_ROLES, type DraftLexicon } from "../../domain/notice/draft-lexicon";
import { RECIPIENT_KINDS, RECIPIENT_ROLES, REGIMES } from "../../domain/regimes";
import { packageRoot } from "../../paths";
import { SeedError } from "./errors";
import { adequacyFile, countriesFile, isoDate, legalBasesFile, purposesFile } from "./reference-files";
import { readYamlFile } from "./read";

// Loads seeds/reference/notice-draft.yaml, what the record drafter knows, with the countries of countries.yaml.
// Every pattern must compile, every legal-basis code exist in legal-bases.yaml, every purpose key in purposes.yaml and
// every country code in countries.yaml: a mistake there would make drafts that do not import.

const pattern = z.string().min(1).refine(
  (source) => {
    try {
      new RegExp(source.replace(/\{organization\}/g, "x"), "iu");
      return true;
    } catch {
      return false;
    }
  },
  { message: "not a valid regular expression" },
);
const jurisdiction = z.string().regex(/^(EEA|[A-Z]{2}(-[A-Z0-9]{1,3})?)$/, 'expected "EEA" or a country code like CN');
const role = z.enum(SECTION_ROLES);
const basis = z.enum(BASES);
const measure = z.object({ key: z.string().regex(/^[a-z0-9-]+$/), name: z.string().min(1), kind: z.enum(["TECHNICAL", "ORGANISATIONAL"]), dpvIri: z.url(), pattern }).strict();

export const noticeDraftFile = z
  .object({
    source: z.string().min(1),
    asOf: z.union([z.string(), z.date()]).transform(isoDate),
    sectionRoles: z.array(z.object({ role, pattern }).strict()).min(1),
    activityRoles: z.array(role).min(1),
    consentByUse: z.array(pattern).min(1),
    changeCue: pattern,
    notConsent: pattern,
    legalBases: z.array(z.object({ basis, pattern, codes: z.partialRecord(z.enum(REGIMES), z.string().min(1)) }).strict()).min(1),
    purposeBases: z.record(z.string(), basis),
    basisRegimes: z.array(z.object({ jurisdictions: z.array(jurisdiction).min(1), regime: z.enum(REGIMES) }).strict()).min(1),
    jurisdictionSignals: z.array(z.object({ jurisdiction, patterns: z.array(pattern).min(1) }).strict()),
    countryAliases: z.record(z.string().regex(/^[A-Z]{2}$/), z.array(z.string().min(1)).min(1)),
    territorySuffix: z.record(z.string().regex(/^[A-Z]{2}$/), z.string().regex(/^[A-Z]{2}$/)),
    storageCue: pattern,
    ownHosting: pattern,
    retention: z
      .object({
        cue: pattern,
        triggers: z.array(z.object({ trigger: z.enum(["ACCOUNT_CLOSURE", "END_OF_SERVICE", "PURPOSE_FULFILLED", "LEGAL_HOLD_END"]), pattern }).strict()),
        period: pattern,
      })
      .strict(),
    security: z.object({ cue: pattern, measures: z.array(measure), generic: measure }).strict(),
    extraRights: z.array(z.object({ right: z.enum(["MARKETING_OPT_OUT", "ACCOUNT_CLOSURE", "AUTOMATED_DECISION", "OPT_OUT_OF_SALE_OR_SHARING"]), pattern }).strict()),
    rightsScope: pattern,
    statements: z.array(z.object({ topic: z.enum(["SENSITIVE_DATA", "THIRD_PARTY_SOURCES", "INCIDENT_RESPONSE", "ACCOUNT_LINKING"]), pattern }).strict()),
    sources: z.array(z.object({ source: z.enum(["PROVIDED_BY_SUBJECT", "AUTOMATIC", "THIRD_PARTY"]), pattern }).strict()),
    organization: z.object({ names: z.array(pattern).min(1), legalName: pattern, established: pattern, postalCue: pattern, dpo: pattern }).strict(),
    dpaClaim: pattern,
    transferMechanisms: z.array(z.object({ pattern, codes: z.partialRecord(z.enum(REGIMES), z.string().min(1)) }).strict()),
    sharingPurposes: z.record(z.string(), z.string()),
    kindPurposes: z.partialRecord(z.enum(RECIPIENT_KINDS), z.array(z.string()).min(1)),
    impliedRecipients: z.record(
      z.string(),
      z.object({ key: z.string().regex(/^[a-z0-9-]+$/), name: z.string().min(1), kind: z.enum(RECIPIENT_KINDS), role: z.enum(RECIPIENT_ROLES).nullable(), category: z.string().min(1) }).strict(),
    ),
  })
  .strict();

/** The drafter's lexicon from a reference directory (seeds/reference/ by default). */
export function readDraftLexicon(dir = path.join(packageRoot(), "seeds", "reference")): DraftLexicon {
  const fileName = path.join(dir, "notice-draft.yaml");
  const { source, asOf, countryAliases, ...file } = readYamlFile(fileName, noticeDraftFile);
  void source, asOf;
  const countries = readYamlFile(path.join(dir, "countries.yaml"), countriesFile).countries;
  const bases = readYamlFile(path.join(dir, "legal-bases.yaml"), legalBasesFile).legalBases;
  const purposeList = readYamlFile(path.join(dir, "purposes.yaml"), purposesFile).purposes;
  const purposes = new Set(purposeList.map((p) => p.key));
  const eea = readYamlFile(path.join(dir, "adequacy.yaml"), adequacyFile).eea;
  const codes = new Set(countries.map((c) => c.code));
  const problems: { path: string; message: string }[] = [];
  for (const list of ["legalBases", "transferMechanisms"] as const) {
    file[list].forEach((b, i) => {
      for (const [regime, code] of Object.entries(b.codes)) {
        if (!bases.some((x) => x.regime === regime && x.code === code)) problems.push({ path: `${list}[${i}].codes.${regime}`, message: `"${code}" is not a ${regime} code of legal-bases.yaml` });
      }
    });
  }
  const purposeKey = (k: string, where: string) => void (!purposes.has(k) && problems.push({ path: where, message: `"${k}" is not a key of purposes.yaml` }));
  for (const k of Object.keys(file.purposeBases)) purposeKey(k, `purposeBases.${k}`);
  for (const [k, v] of Object.entries(file.sharingPurposes)) (purposeKey(k, `sharingPurposes.${k}`), purposeKey(v, `sharingPurposes.${k}`));
  for (const [kind, ks] of Object.entries(file.kindPurposes)) ks.forEach((k, i) => purposeKey(k, `kindPurposes.${kind}[${i}]`));
  for (const k of Object.keys(file.impliedRecipients)) purposeKey(k, `impliedRecipients.${k}`);
  const countryCode = (c: string, where: string) => void (!codes.has(c) && problems.push({ path: where, message: `"${c}" is not a code of countries.yaml` }));
  for (const c of Object.keys(countryAliases)) countryCode(c, `countryAliases.${c}`);
  for (const [a, b] of Object.entries(file.territorySuffix)) (countryCode(a, `territorySuffix.${a}`), countryCode(b, `territorySuffix.${a}`));
  if (problems.length) throw new SeedError(path.relative(process.cwd(), fileName) || fileName, problems);
  return {
    ...file,
    countries: countries.map((c) => ({ code: c.code, names: [c.name, ...(countryAliases[c.code] ?? [])] })),
    eea,
    purposeNames: Object.fromEntries(purposeList.map((p) => [p.key, p.name])),
  };
}
