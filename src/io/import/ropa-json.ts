import fs from "node:fs";
import { z } from "zod";
import {
  CONSENT_MECHANISMS,
  DATA_SOURCES,
  DO_NOT_TRACK,
  DPA_STATUSES,
  EVIDENCE_BASES,
  MEASURE_KINDS,
  RECIPIENT_KINDS,
  REGIMES,
  RETENTION_TRIGGERS,
  RIGHTS,
  STATEMENT_TOPICS,
} from "../../domain/regimes";
import { describeIssues, SeedError, show } from "../seed/errors";

// The RoPA JSON format (`datamap export ropa --format json`, read back by `datamap import ropa`), version 1.
//
// One organisation's whole record, keyed by natural keys so it reads on its own and imports into any database
// with the same reference data:
//   format "datamap-ropa", version 1, asOf (the instant read, or null for the live record),
//   documents [{title, url}]  the sources the record cites; citations point at them by index,
//   organization {slug, name, legalName, website, contactEmail, postalAddress, country, dpo, representative,
//                 minimumAge, doNotTrack, subjectJurisdictions, evidence},
//   statements [{topic, summary, evidence}], rights [{right, jurisdictions, description, evidence}],
//   securityMeasures [{key, name, kind, description, dpvIri, evidence}],
//   recipients [{key, name, kind, category, named, country, dpa {status, date, url}, parent, description,
//                transferMechanisms [{regime, code, note}], evidence}]  (a parent before its sub-processors),
//   storageLocations [{key, name, country, region, provider, transferMechanisms, evidence}],
//   activities [{key, name, description, purposes, legalBases [{regime, code, consentMechanism, note, assessment,
//                evidence}], dataSubjects, dataCategories, sources, disclosures [{recipient, dataCategories, purpose,
//                evidence}], storageLocations, securityMeasures, retention {period, trigger, description, evidence},
//                subjectJurisdictions, noRecipients, evidence}].
// Every evidence list holds citations {document, section, basis STATED|INFERRED, note}.
// The exporter writes every key (null when empty); the importer also accepts them left out.
// Taxonomy keys, legal-basis codes and countries must exist in the importing database's reference data.

export const ROPA_JSON_FORMAT = "datamap-ropa";
export const ROPA_JSON_VERSION = 1;

// Kept exactly as written (no trimming), so a record reads back as it was exported.
const text = z.string().refine((s) => s.trim() !== "", "expected a non-empty text that is not only spaces");
/** Optional on input, null when absent: the exporter writes null. */
const opt = <T extends z.ZodType>(t: T) => t.nullish().transform((v) => (v ?? null) as z.output<T> | null);
const localKey = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected a kebab-case key like account-management");
const taxonomyKey = z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/, "expected a dotted lower-case key like user.contact.email");
const countryCode = z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code like HK");
const jurisdiction = z.string().regex(/^(EEA|[A-Z]{2})$/, 'expected "EEA" or an ISO 3166-1 alpha-2 code');
const list = <T extends z.ZodType>(t: T) => z.array(t).default([]);

const citation = z.object({ document: z.number().int().min(0), section: text, basis: z.enum(EVIDENCE_BASES), note: opt(z.string()) }).strict();
const evidence = list(citation);
const contact = z.object({ name: text, email: opt(z.string()), country: opt(countryCode) }).strict();
const mechanisms = list(z.object({ regime: z.enum(REGIMES), code: text, note: opt(z.string()) }).strict());

const activity = z
  .object({
    key: localKey,
    name: text,
    description: opt(z.string()),
    purposes: list(taxonomyKey),
    legalBases: list(
      z
        .object({
          regime: z.enum(REGIMES),
          code: text,
          consentMechanism: opt(z.enum(CONSENT_MECHANISMS)),
          note: opt(z.string()),
          assessment: opt(z.string()),
          evidence,
        })
        .strict(),
    ),
    dataSubjects: list(z.string().regex(/^[a-z][a-z0-9_]*$/, "expected a data-subject key like customer")),
    dataCategories: list(taxonomyKey),
    sources: list(z.enum(DATA_SOURCES)),
    disclosures: list(z.object({ recipient: localKey, dataCategories: list(taxonomyKey), purpose: opt(z.string()), evidence }).strict()),
    storageLocations: list(localKey),
    securityMeasures: list(localKey),
    retention: opt(z.object({ period: opt(z.string()), trigger: opt(z.enum(RETENTION_TRIGGERS)), description: opt(z.string()), evidence }).strict()),
    subjectJurisdictions: opt(z.array(jurisdiction)),
    noRecipients: z.boolean().default(false),
    evidence,
  })
  .strict();

export const ropaJsonFile = z
  .object({
    format: z.literal(ROPA_JSON_FORMAT, { error: `expected "${ROPA_JSON_FORMAT}" (a file written by datamap export ropa --format json)` }),
    version: z.literal(ROPA_JSON_VERSION, { error: `expected version ${ROPA_JSON_VERSION}` }),
    asOf: opt(z.string()),
    documents: list(z.object({ title: text, url: opt(z.string()) }).strict()),
    organization: z
      .object({
        slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected a lower-case slug like leanplans"),
        name: text,
        legalName: opt(z.string()),
        website: opt(z.string()),
        contactEmail: opt(z.string()),
        postalAddress: opt(z.string()),
        country: opt(countryCode),
        dpo: opt(contact),
        representative: opt(contact),
        minimumAge: opt(z.number().int()),
        doNotTrack: z.enum(DO_NOT_TRACK).default("NOT_STATED"),
        subjectJurisdictions: list(jurisdiction),
        evidence,
      })
      .strict(),
    statements: list(z.object({ topic: z.enum(STATEMENT_TOPICS), summary: text, evidence }).strict()),
    rights: list(z.object({ right: z.enum(RIGHTS), jurisdictions: opt(z.array(jurisdiction)), description: opt(z.string()), evidence }).strict()),
    securityMeasures: list(z.object({ key: localKey, name: text, kind: z.enum(MEASURE_KINDS), description: opt(z.string()), dpvIri: opt(z.string()), evidence }).strict()),
    recipients: list(
      z
        .object({
          key: localKey,
          name: text,
          kind: z.enum(RECIPIENT_KINDS),
          category: opt(z.string()),
          named: z.boolean(),
          country: opt(countryCode),
          dpa: opt(z.object({ status: z.enum(DPA_STATUSES), date: opt(z.string()), url: opt(z.string()) }).strict()),
          parent: opt(localKey),
          description: opt(z.string()),
          transferMechanisms: mechanisms,
          evidence,
        })
        .strict(),
    ),
    storageLocations: list(
      z.object({ key: localKey, name: text, country: countryCode, region: opt(z.string()), provider: opt(z.string()), transferMechanisms: mechanisms, evidence }).strict(),
    ),
    activities: list(activity),
  })
  .strict();

/** The format as the exporter writes it (every key present) and as the importer reads it (after defaults). */
export type RopaJson = z.output<typeof ropaJsonFile>;
export type RopaJsonActivity = RopaJson["activities"][number];
export type RopaJsonCitation = z.output<typeof citation>;

type Problem = { path: string; message: string };

/** Checks what the shape cannot: keys unique, references to keys and documents inside the file resolvable. */
export function crossCheck(rec: RopaJson): Problem[] {
  const problems: Problem[] = [];
  const keys = (items: { key: string }[], at: string) => {
    const seen = new Set<string>();
    items.forEach((x, i) => {
      if (seen.has(x.key)) problems.push({ path: `${at}[${i}].key`, message: `duplicate key ${show(x.key)}` });
      seen.add(x.key);
    });
    return seen;
  };
  const recipients = keys(rec.recipients, "recipients");
  const locations = keys(rec.storageLocations, "storageLocations");
  const measures = keys(rec.securityMeasures, "securityMeasures");
  keys(rec.activities, "activities");
  const has = (set: Set<string>, value: string, at: string, what: string) =>
    set.has(value) || problems.push({ path: at, message: `unknown ${what} ${show(value)}; expected one of the file's ${what}s` });
  const cites = (list: RopaJsonCitation[], at: string) =>
    list.forEach((c, i) => {
      if (c.document >= rec.documents.length) problems.push({ path: `${at}.evidence[${i}].document`, message: `no document has the index ${c.document}; the file lists ${rec.documents.length}` });
    });
  cites(rec.organization.evidence, "organization");
  rec.statements.forEach((s, i) => cites(s.evidence, `statements[${i}]`));
  rec.rights.forEach((r, i) => cites(r.evidence, `rights[${i}]`));
  rec.securityMeasures.forEach((m, i) => cites(m.evidence, `securityMeasures[${i}]`));
  rec.storageLocations.forEach((l, i) => cites(l.evidence, `storageLocations[${i}]`));
  rec.recipients.forEach((r, i) => {
    cites(r.evidence, `recipients[${i}]`);
    if (r.parent !== null) has(recipients, r.parent, `recipients[${i}].parent`, "recipient key");
  });
  rec.activities.forEach((a, i) => {
    const at = `activities[${i}]`;
    cites(a.evidence, at);
    if (a.retention) cites(a.retention.evidence, `${at}.retention`);
    a.legalBases.forEach((b, k) => cites(b.evidence, `${at}.legalBases[${k}]`));
    a.disclosures.forEach((d, k) => {
      has(recipients, d.recipient, `${at}.disclosures[${k}].recipient`, "recipient key");
      cites(d.evidence, `${at}.disclosures[${k}]`);
    });
    a.storageLocations.forEach((k, j) => has(locations, k, `${at}.storageLocations[${j}]`, "storage location key"));
    a.securityMeasures.forEach((k, j) => has(measures, k, `${at}.securityMeasures[${j}]`, "security measure key"));
  });
  return problems;
}

/** Reads and checks a RoPA JSON file; any problem is a SeedError naming the file, the JSON path and what was expected. */
export function readRopaJson(file: string): RopaJson {
  let textContent: string;
  try {
    textContent = fs.readFileSync(file, "utf8");
  } catch (err) {
    throw new SeedError(file, [{ path: "", message: `cannot read file: ${(err as Error).message}` }]);
  }
  let data: unknown;
  try {
    data = JSON.parse(textContent);
  } catch (err) {
    throw new SeedError(file, [{ path: "", message: `not valid JSON: ${(err as Error).message}` }]);
  }
  const parsed = ropaJsonFile.safeParse(data);
  if (!parsed.success) throw new SeedError(file, describeIssues(data, parsed.error.issues));
  const problems = crossCheck(parsed.data);
  if (problems.length) throw new SeedError(file, problems);
  return parsed.data;
}
