import fs from "node:fs";
import path from "node:path";
import type { Citation, RecordDocument } from "../../domain/record";
import { parentKey } from "../../domain/taxonomy";
import { crossCheck, readRecordFile, type Problem } from "../record-file";
import { SeedError, show } from "./errors";
import { readYamlFile } from "./read";
import {
  adequacyFile,
  countriesFile,
  dataCategoriesFile,
  dataSubjectsFile,
  legalBasesFile,
  purposesFile,
  sensitivityFile,
  ukAdequacyFile,
  type AdequacyFile,
  type CountriesFile,
  type LegalBasesFile,
  type SensitivityFile,
  type TaxonomyEntry,
  type UkAdequacyFile,
} from "./reference-files";

/** Everything in a seeds/ folder, parsed and cross-checked, ready to write in one transaction. */
export interface SeedSet {
  reference: {
    countries: CountriesFile;
    adequacy: AdequacyFile;
    ukAdequacy: UkAdequacyFile;
    categories: TaxonomyEntry[];
    purposes: TaxonomyEntry[];
    subjects: TaxonomyEntry[];
    legalBases: LegalBasesFile["legalBases"];
    sensitivity: SensitivityFile["sensitivity"];
    asOf: string;
    source: string;
  };
  organizations: { file: string; record: RecordDocument }[];
}

function checkTree(entries: TaxonomyEntry[], list: string, problems: Problem[]): void {
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (seen.has(e.key)) problems.push({ path: `${list}[${i}].key`, message: `duplicate key ${show(e.key)}` });
    const parent = parentKey(e.key);
    if (parent && !seen.has(parent)) problems.push({ path: `${list}[${i}].key`, message: `parent ${show(parent)} of ${show(e.key)} must be listed before it` });
    seen.add(e.key);
  });
}

/** Reports every value seen before, at the path where it repeats. */
function checkUnique(values: string[], pathOf: (i: number) => string, what: string, problems: Problem[]): void {
  const seen = new Set<string>();
  values.forEach((v, i) => {
    if (seen.has(v)) problems.push({ path: pathOf(i), message: `duplicate ${what} ${show(v)}` });
    seen.add(v);
  });
}

function fail(file: string, problems: Problem[]): void {
  if (problems.length) throw new SeedError(file, problems);
}

export function readReference(dir: string): SeedSet["reference"] {
  const f = (n: string) => path.join(dir, n);
  const countries = readYamlFile(f("countries.yaml"), countriesFile);
  const adequacy = readYamlFile(f("adequacy.yaml"), adequacyFile);
  const ukAdequacy = readYamlFile(f("uk-adequacy.yaml"), ukAdequacyFile);
  const categories = readYamlFile(f("data-categories.yaml"), dataCategoriesFile);
  const purposes = readYamlFile(f("purposes.yaml"), purposesFile);
  const subjects = readYamlFile(f("data-subjects.yaml"), dataSubjectsFile);
  const legal = readYamlFile(f("legal-bases.yaml"), legalBasesFile);
  const sensitivity = readYamlFile(f("sensitivity.yaml"), sensitivityFile);

  const countryProblems: Problem[] = [];
  checkUnique(countries.countries.map((c) => c.code), (i) => `countries[${i}].code`, "country code", countryProblems);
  fail(f("countries.yaml"), countryProblems);
  const codes = new Set(countries.countries.map((c) => c.code));
  const adequacyProblems: Problem[] = [];
  checkUnique(
    [...adequacy.eea, ...adequacy.decisions.map((d) => d.country)],
    (i) => (i < adequacy.eea.length ? `eea[${i}]` : `decisions[${i - adequacy.eea.length}].country`),
    "country",
    adequacyProblems,
  );
  adequacy.eea.forEach((c, i) => codes.has(c) || adequacyProblems.push({ path: `eea[${i}]`, message: `unknown country code ${show(c)}` }));
  adequacy.decisions.forEach(
    (d, i) => codes.has(d.country) || adequacyProblems.push({ path: `decisions[${i}].country`, message: `unknown country code ${show(d.country)}` }),
  );
  fail(f("adequacy.yaml"), adequacyProblems);
  const ukProblems: Problem[] = [];
  checkUnique(
    [...ukAdequacy.inside, ...ukAdequacy.regulations.map((d) => d.country)],
    (i) => (i < ukAdequacy.inside.length ? `inside[${i}]` : `regulations[${i - ukAdequacy.inside.length}].country`),
    "country",
    ukProblems,
  );
  ukAdequacy.inside.forEach((c, i) => codes.has(c) || ukProblems.push({ path: `inside[${i}]`, message: `unknown country code ${show(c)}` }));
  ukAdequacy.regulations.forEach((d, i) => codes.has(d.country) || ukProblems.push({ path: `regulations[${i}].country`, message: `unknown country code ${show(d.country)}` }));
  fail(f("uk-adequacy.yaml"), ukProblems);

  const treeProblems: Problem[] = [];
  checkTree(categories.categories, "categories", treeProblems);
  fail(f("data-categories.yaml"), treeProblems);
  const purposeProblems: Problem[] = [];
  checkTree(purposes.purposes, "purposes", purposeProblems);
  fail(f("purposes.yaml"), purposeProblems);

  const subjectProblems: Problem[] = [];
  checkUnique(subjects.dataSubjects.map((x) => x.key), (i) => `dataSubjects[${i}].key`, "key", subjectProblems);
  fail(f("data-subjects.yaml"), subjectProblems);

  const categoryKeys = new Set(categories.categories.map((c) => c.key));
  const sensProblems: Problem[] = [];
  checkUnique(
    sensitivity.sensitivity.map((x) => `${x.category} ${x.regime} ${x.kind}`),
    (i) => `sensitivity[${i}]`,
    "category, regime and kind",
    sensProblems,
  );
  sensitivity.sensitivity.forEach(
    (s, i) => categoryKeys.has(s.category) || sensProblems.push({ path: `sensitivity[${i}].category`, message: `unknown data category ${show(s.category)}` }),
  );
  fail(f("sensitivity.yaml"), sensProblems);

  const seenBases = new Set<string>();
  const baseProblems: Problem[] = [];
  legal.legalBases.forEach((b, i) => {
    const id = `${b.regime}:${b.code}`;
    if (seenBases.has(id)) baseProblems.push({ path: `legalBases[${i}].code`, message: `duplicate code ${show(b.code)} in regime ${b.regime}` });
    seenBases.add(id);
  });
  fail(f("legal-bases.yaml"), baseProblems);

  return {
    countries,
    adequacy,
    ukAdequacy,
    categories: categories.categories,
    purposes: purposes.purposes,
    subjects: subjects.dataSubjects,
    legalBases: legal.legalBases,
    sensitivity: sensitivity.sensitivity,
    asOf: adequacy.asOf,
    source: adequacy.source,
  };
}

/** What a seed adds to the record document's rules: every fact cites the evidence it comes from. */
function uncited(rec: RecordDocument): Problem[] {
  const problems: Problem[] = [];
  const cited = (o: { evidence: Citation[] }, at: string) => o.evidence.length || problems.push({ path: `${at}.evidence`, message: "expected at least one evidence entry (got [])" });
  cited(rec.organization, "organization");
  rec.statements.forEach((s, i) => cited(s, `statements[${i}]`));
  rec.rights.forEach((r, i) => cited(r, `rights[${i}]`));
  rec.securityMeasures.forEach((m, i) => cited(m, `securityMeasures[${i}]`));
  rec.recipients.forEach((r, i) => cited(r, `recipients[${i}]`));
  rec.storageLocations.forEach((l, i) => cited(l, `storageLocations[${i}]`));
  rec.activities.forEach((a, i) => {
    const at = `activities[${i}]`;
    cited(a, at);
    a.legalBases.forEach((b, k) => cited(b, `${at}.legalBases[${k}]`));
    a.disclosures.forEach((d, k) => cited(d, `${at}.disclosures[${k}]`));
    if (a.retention) cited(a.retention, `${at}.retention`);
  });
  return problems;
}

/** Checks a record against the reference data: countries, taxonomy keys, data subjects, legal bases, transfer tools. */
function referenceProblems(rec: RecordDocument, ref: SeedSet["reference"]): Problem[] {
  const problems: Problem[] = [];
  const has = (set: Set<string>, value: string, where: string, what: string) => {
    if (!set.has(value)) problems.push({ path: where, message: `unknown ${what} ${show(value)}` });
  };
  const countries = new Set(ref.countries.countries.map((c) => c.code));
  const categories = new Set(ref.categories.map((c) => c.key));
  const purposes = new Set(ref.purposes.map((c) => c.key));
  const subjects = new Set(ref.subjects.map((c) => c.key));
  const bases = new Set(ref.legalBases.map((b) => `${b.regime}:${b.code}`));
  const org = rec.organization;
  if (org.country) has(countries, org.country, "organization.country", "country code");
  if (org.representative?.country) has(countries, org.representative.country, "organization.representative.country", "country code");
  if (org.dpo?.country) has(countries, org.dpo.country, "organization.dpo.country", "country code");
  // A jurisdiction is "EEA", a country, or a subdivision (US-CA) whose country the reference data lists.
  const jurisdiction = (j: string, where: string) => j === "EEA" || has(countries, j.slice(0, 2), where, "country code");
  org.subjectJurisdictions.forEach((j, i) => jurisdiction(j, `organization.subjectJurisdictions[${i}]`));
  org.establishments.forEach((j, i) => jurisdiction(j, `organization.establishments[${i}]`));
  const transferTools = new Set(ref.legalBases.filter((b) => b.kind === "TRANSFER_MECHANISM").map((b) => `${b.regime}:${b.code}`));
  const checkTools = (list: { regime: string; code: string }[], at: string) =>
    list.forEach((m, k) => transferTools.has(`${m.regime}:${m.code}`) || problems.push({ path: `${at}.transferMechanisms[${k}].code`, message: `unknown ${m.regime} transfer mechanism ${show(m.code)}` }));
  rec.recipients.forEach((r, i) => checkTools(r.transferMechanisms, `recipients[${i}]`));
  rec.storageLocations.forEach((l, i) => checkTools(l.transferMechanisms, `storageLocations[${i}]`));
  rec.rights.forEach((r, i) => r.jurisdictions?.forEach((j, k) => jurisdiction(j, `rights[${i}].jurisdictions[${k}]`)));
  rec.recipients.forEach((r, i) => {
    if (r.country) has(countries, r.country, `recipients[${i}].country`, "country code");
  });
  rec.storageLocations.forEach((l, i) => has(countries, l.country, `storageLocations[${i}].country`, "country code"));
  rec.activities.forEach((a, i) => {
    const at = `activities[${i}]`;
    a.purposes.forEach((p, k) => has(purposes, p, `${at}.purposes[${k}]`, "purpose key"));
    a.subjectJurisdictions?.forEach((j, k) => jurisdiction(j, `${at}.subjectJurisdictions[${k}]`));
    a.dataSubjects.forEach((s, k) => has(subjects, s, `${at}.dataSubjects[${k}]`, "data-subject key"));
    a.dataCategories.forEach((c, k) => has(categories, c, `${at}.dataCategories[${k}]`, "data category key"));
    a.legalBases.forEach((b, k) => {
      if (!bases.has(`${b.regime}:${b.code}`)) problems.push({ path: `${at}.legalBases[${k}].code`, message: `unknown legal basis ${show(b.code)} for regime ${b.regime}` });
    });
    a.disclosures.forEach((d, k) => d.dataCategories.forEach((c, m) => has(categories, c, `${at}.disclosures[${k}].dataCategories[${m}]`, "data category key")));
  });
  return problems;
}

/** What a seed file must meet beyond the record document's own rules. */
const seedProblems = (rec: RecordDocument, ref: SeedSet["reference"]) => [...referenceProblems(rec, ref), ...uncited(rec)];

/** Cross-checks one organisation file against itself and against the reference data. */
export function checkOrganization(file: string, rec: RecordDocument, ref: SeedSet["reference"]): void {
  fail(file, [...crossCheck(rec), ...seedProblems(rec, ref)]);
}

/** Reads seeds/reference/ and every seeds/*.yaml organisation file; throws SeedError on the first bad file. */
export function readSeedSet(dir: string): SeedSet {
  if (!fs.existsSync(dir)) throw new SeedError(dir, [{ path: "", message: "seed folder not found" }]);
  const reference = readReference(path.join(dir, "reference"));
  const files = fs
    .readdirSync(dir)
    .filter((n) => n.endsWith(".yaml") || n.endsWith(".yml"))
    .sort()
    .map((n) => path.join(dir, n));
  const organizations = files.map((file) => {
    const record = readRecordFile(file, { name: path.relative(process.cwd(), file) || file, check: (doc) => seedProblems(doc, reference) });
    return { file, record };
  });
  const slugs = new Set<string>();
  for (const o of organizations) {
    if (slugs.has(o.record.organization.slug)) {
      throw new SeedError(o.file, [{ path: "organization.slug", message: `duplicate slug ${show(o.record.organization.slug)}` }]);
    }
    slugs.add(o.record.organization.slug);
  }
  return { reference, organizations };
}
