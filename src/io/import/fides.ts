import { TransactionRollbackError } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { activityStore } from "../../modules/activity/activity.store";
import { activityWriteService } from "../../modules/activity/activity.write.service";
import { keyFromName } from "../../modules/common/validate";
import { recipientStore } from "../../modules/recipient/recipient.store";
import { referenceStore } from "../../modules/reference/reference.store";
import { activityChanges, BASIS_BY_FIDES, sameActivity, SPECIAL_BY_FIDES, type Target } from "./fides-activities";
import { FidesFilesError, inFile, readFidesBundle, type FidesBundle, type Located, type Problem } from "./fides-files";
import { FIDES_LEGAL_BASES, FIDES_SPECIAL_BASES, keyFromFidesKey, type ActivityMeta, type FidesDeclaration, type FidesSystem } from "./fides-manifest";
import { applyOrganizationHeader, type HeaderResult } from "./fides-organization";
import { categoryRecipient, sharedWith, systemRecipient, writeRecipients, type Counts, type RecipientPlan } from "./fides-recipients";
import { datasetCategories, datasetCategoryPlaces, fidesOrganizationKey, isThirdParty, recipientKeys, systemDatasets, systemFlows } from "./fides-systems";
import { applyTaxonomy, type KindSummary } from "./fideslang";
import { IMPORT_ACTOR } from "./gvl";
import { writeTransaction } from "../../db/busy";

// `datamap import fides`: Fides manifests (systems, datasets, the organization, taxonomy entries; several files or a
// directory) into one organisation, in one transaction. Every privacy declaration of every system is an activity.

export interface FidesImportSummary {
  files: number;
  fidesOrganization: string;
  ownSystems: number;
  thirdPartySystems: number;
  datasets: number;
  /** The Art 30 header from the organization resource; null when the files have none. */
  header: HeaderResult | null;
  taxonomy: KindSummary[];
  recipients: Counts;
  activities: Counts;
  /** Fides policy resources, which the record does not hold. */
  policies: number;
  warnings: string[];
  dryRun: boolean;
}

/** Each declaration with its system, its place and the activity key it gets. */
interface Declared {
  sys: Located<FidesSystem>;
  d: FidesDeclaration;
  at: string;
  key: string;
  meta: ActivityMeta | undefined;
}

function declarations(systems: Located<FidesSystem>[]): Declared[] {
  const used = new Set<string>();
  const free = (base: string) => {
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    return key;
  };
  const out: Declared[] = [];
  // Keys datamap wrote first, so a generated one never takes them.
  for (const { value: s } of systems) for (const m of s.meta?.datamap?.activities ?? []) used.add(m.key);
  for (const sys of systems) {
    const metas = [...(sys.value.meta?.datamap?.activities ?? [])];
    sys.value.privacy_declarations.forEach((d, j) => {
      const i = metas.findIndex((m) => m.name === d.name);
      const meta = i >= 0 ? metas.splice(i, 1)[0] : undefined;
      const key = meta?.key ?? free(keyFromName(`${keyFromFidesKey(sys.value.fides_key)} ${d.name || d.data_use || "declaration"}`, "activity"));
      out.push({ sys, d, at: `${sys.at} privacy_declarations[${j}]`, key, meta });
    });
  }
  return out;
}

const unknownKey = (k: string, what: string) => `${JSON.stringify(k)} is an unknown taxonomy key; expected a ${what} key of the taxonomy or one defined in the files`;

function known(keys: string[], set: Set<string>, file: string, at: string, what: string, problems: Problem[]): void {
  keys.forEach((k, i) => {
    if (!set.has(k)) problems.push({ file, path: `${at}[${i}]`, message: unknownKey(k, what) });
  });
}

function oneOfNames(value: string | null | undefined, table: Map<string, string>, names: Record<string, string>, file: string, at: string, problems: Problem[]): void {
  if (value != null && !table.has(value)) problems.push({ file, path: at, message: `${JSON.stringify(value)} is not one of Fides' values; expected one of ${Object.values(names).map((n) => JSON.stringify(n)).join(", ")}` });
}

/** Applies a bundle to an organisation; call inside a transaction. */
export function applyFides(db: Db, orgId: number, slug: string, bundle: FidesBundle, tick: (n?: number) => void = () => undefined): Omit<FidesImportSummary, "dryRun"> {
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const fidesOrganization = fidesOrganizationKey(bundle, problems);
  if (problems.length) throw new FidesFilesError(problems);
  const taxonomy = applyTaxonomy(db, bundle.taxonomy, { keepNames: true });

  const purposeKeys = new Set(referenceStore.allPurposes(db).filter((p) => !p.archivedAt).map((p) => p.key));
  const categoryKeys = new Set(referenceStore.allCategories(db).filter((c) => !c.archivedAt).map((c) => c.key));
  const subjectKeys = new Set(referenceStore.allSubjects(db).map((s) => s.key));
  const bySystemKey = new Map(bundle.systems.map((s) => [s.value.fides_key, s]));
  const thirdParties = bundle.systems.filter((s) => isThirdParty(s.value));
  const recipientKeyOf = recipientKeys(thirdParties, problems);
  const existing = new Set(recipientStore.byOrgIds(db, [orgId]).map((r) => r.key));
  const datasets = datasetCategories(bundle);
  for (const p of datasetCategoryPlaces(bundle)) if (!categoryKeys.has(p.key)) problems.push({ file: p.file, path: p.path, message: unknownKey(p.key, "data-category") });
  const flows = systemFlows(bundle.systems);

  /** Where a flow to `key` ends: a recipient key, "internal" (the organisation's own system or the user) or unknown. */
  const destination = (key: string): string | "internal" | null => {
    const sys = bySystemKey.get(key);
    if (sys) return isThirdParty(sys.value) ? recipientKeyOf.get(key)! : "internal";
    if (key === "user") return "internal";
    return existing.has(keyFromFidesKey(key)) ? keyFromFidesKey(key) : null;
  };
  for (const { file, at, value: s } of bundle.systems) {
    (s.egress ?? []).forEach((f, i) => {
      if ((f.type == null || f.type === "system") && destination(f.fides_key) === null) problems.push({ file, path: `${at} egress[${i}].fides_key`, message: `${JSON.stringify(f.fides_key)} names no system of the files and no recipient of ${slug}; expected a system's fides_key` });
    });
    for (const ds of systemDatasets(s)) if (!datasets.has(ds)) warnings.push(`${file}: ${at}: the dataset ${JSON.stringify(ds)} is not in the files; its categories are not added`);
  }

  const declared = declarations(bundle.systems);
  const shared = new Map<string, RecipientPlan>();
  const plans: { targets: Target[]; categories: string[] }[] = declared.map(({ sys, d, at }) => {
    const file = sys.file;
    if (d.data_use && !purposeKeys.has(d.data_use)) problems.push({ file, path: `${at} data_use`, message: unknownKey(d.data_use, "purpose (data use)") });
    known(d.data_categories, categoryKeys, file, `${at} data_categories`, "data-category", problems);
    known(d.data_subjects, subjectKeys, file, `${at} data_subjects`, "data-subject", problems);
    known(d.shared_categories, categoryKeys, file, `${at} shared_categories`, "data-category", problems);
    oneOfNames(d.legal_basis_for_processing, BASIS_BY_FIDES, FIDES_LEGAL_BASES, file, `${at} legal_basis_for_processing`, problems);
    oneOfNames(d.special_category_legal_basis, SPECIAL_BY_FIDES, FIDES_SPECIAL_BASES, file, `${at} special_category_legal_basis`, problems);
    const refs = [...systemDatasets(sys.value), ...(d.dataset_references ?? [])];
    (d.dataset_references ?? []).forEach((ds) => datasets.has(ds) || warnings.push(`${file}: ${at}: the dataset ${JSON.stringify(ds)} is not in the files; its categories are not added`));
    const categories = [...new Set([...d.data_categories, ...refs.flatMap((r) => datasets.get(r) ?? [])])].sort();

    const targets = new Map<string, Target>();
    const own = recipientKeyOf.get(sys.value.fides_key);
    if (own) targets.set(own, { key: own, categories: null });
    const out = flows.get(sys.value.fides_key) ?? new Map<string, string[] | null>();
    const egress = d.egress ?? [...out.keys()];
    egress.forEach((k, i) => {
      const to = destination(k);
      if (to === null) problems.push({ file, path: `${at} egress[${i}]`, message: `${JSON.stringify(k)} names no system of the files and no recipient of ${slug}; expected a system's fides_key` });
      else if (to !== "internal" && !targets.has(to)) targets.set(to, { key: to, categories: out.get(k) ?? null });
    });
    const party = sharedWith(d);
    if (party) {
      const clash = thirdParties.find((t) => recipientKeyOf.get(t.value.fides_key) === party.key);
      if (clash) problems.push({ file, path: `${at} third_parties`, message: `${JSON.stringify(party.name)} gives the recipient key ${JSON.stringify(party.key)} of the system ${clash.at}; expected a description of the types of third parties` });
      if (!shared.has(party.key)) shared.set(party.key, categoryRecipient(file, at, party));
      if (!targets.has(party.key)) targets.set(party.key, { key: party.key, categories: d.shared_categories.length ? d.shared_categories : null, exact: true });
    }
    return { targets: [...targets.values()], categories };
  });
  if (problems.length) throw new FidesFilesError(problems);

  const header = bundle.organizations[0] ? inFile(bundle.organizations[0].file, () => applyOrganizationHeader(db, orgId, bundle.organizations[0], warnings)) : null;

  // A third party's egress to another third party makes that one its sub-processor.
  const parentOf = new Map<string, string>();
  for (const { value: s } of thirdParties) {
    for (const f of s.egress ?? []) {
      const child = recipientKeyOf.get(f.fides_key);
      if (child && !parentOf.has(child)) parentOf.set(child, recipientKeyOf.get(s.fides_key)!);
    }
  }
  const recipients: Counts = { added: 0, changed: 0, unchanged: 0 };
  const recipientPlans = [...thirdParties.map((t) => inFile(t.file, () => systemRecipient(t, parentOf.get(recipientKeyOf.get(t.value.fides_key)!) ?? null))), ...shared.values()];
  const recipientIds = writeRecipients(db, orgId, recipientPlans, recipients, () => tick());
  const keyOfRecipient = new Map([...recipientIds].map(([k, id]) => [id, k]));

  const activities: Counts = { added: 0, changed: 0, unchanged: 0 };
  const live = new Map(activityStore.byOrgIds(db, [orgId]).map((a) => [a.key, a]));
  declared.forEach(({ sys, d, at, key, meta }, i) => {
    const changes = activityChanges(sys.value, d, meta, plans[i].categories, plans[i].targets, recipientIds, at);
    if (!changes.name) changes.name = `Privacy declaration ${i + 1} of ${sys.value.name ?? sys.value.fides_key}`;
    const row = live.get(key);
    inFile(sys.file, () => {
      if (!row) {
        activityWriteService.create(db, orgId, { ...changes, key }, IMPORT_ACTOR, at);
        activities.added++;
      } else if (sameActivity(db, row.id, changes, keyOfRecipient)) activities.unchanged++;
      else {
        activityWriteService.update(db, row.id, row.version, changes, IMPORT_ACTOR, at);
        activities.changed++;
      }
    });
    tick();
  });
  tick(bundle.systems.length);
  return {
    files: bundle.files.length,
    fidesOrganization,
    ownSystems: bundle.systems.length - thirdParties.length,
    thirdPartySystems: thirdParties.length,
    datasets: bundle.datasets.length,
    header,
    taxonomy,
    recipients,
    activities,
    policies: bundle.policies,
    warnings,
  };
}

/** Reads and checks the files (or directories of them). */
export { readFidesBundle as readFidesManifests };

/** Applies the files in one transaction (rolled back for a dry run); `tick` once per recipient, declaration and system. */
export function importFides(db: Db, orgId: number, slug: string, bundle: FidesBundle, opts: { dryRun?: boolean; tick?: (n?: number) => void } = {}): FidesImportSummary {
  let result: Omit<FidesImportSummary, "dryRun"> | undefined;
  try {
    writeTransaction(db, (tx) => {
      result = applyFides(tx, orgId, slug, bundle, opts.tick);
      if (opts.dryRun) tx.rollback();
    });
  } catch (err) {
    if (!(err instanceof TransactionRollbackError && opts.dryRun && result)) throw err;
  }
  return { ...result!, dryRun: !!opts.dryRun };
}
