import path from "node:path";
import { TransactionRollbackError } from "drizzle-orm";
import { GraphQLError } from "graphql";
import type { Db } from "../../db/connection";
import { activityStore } from "../../modules/activity/activity.store";
import { activityWriteService, type ActivityChanges } from "../../modules/activity/activity.write.service";
import { isoDuration, url } from "../../modules/common/validate";
import { gvlStore, type GvlColumnValues } from "../../modules/recipient/gvl.store";
import { recipientStore, type RecipientRow } from "../../modules/recipient/recipient.store";
import { recipientWriteService, type RecipientChanges } from "../../modules/recipient/recipient.write.service";
import { referenceStore } from "../../modules/reference/reference.store";
import { SeedError } from "../seed/errors";
import { readYamlFile } from "../seed/read";
import { fileError, IMPORT_ACTOR } from "./gvl";
import { FIDES_LEGAL_BASES, fidesManifest, gvlIdOf, keyFromFidesKey, kindFromResponsibility, type ActivityMeta, type FidesSystem } from "./fides-manifest";

// `datamap import fides`: Fides system manifests into an organisation. The organisation's own system gives the
// processing activities (one per privacy declaration); every other system becomes a recipient. One transaction.

type Problem = { path: string; message: string };
type Counts = { added: number; changed: number; unchanged: number };

export interface FidesImportSummary {
  systems: number;
  organizationSystem: string;
  recipients: Counts;
  activities: Counts;
  /** Privacy declarations on recipient systems: Fides' view of the vendor's own processing, not the organisation's. */
  ignoredDeclarations: number;
  dryRun: boolean;
}

const BASIS_BY_FIDES = new Map(Object.entries(FIDES_LEGAL_BASES).map(([code, name]) => [name, code]));
const sorted = (xs: string[]) => [...xs].sort();
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Which system is the organisation's own: marked by datamap, named by its slug, or the only one with declarations. */
function organizationSystem(systems: FidesSystem[], slug: string, file: string): number {
  const marked = systems.findIndex((s) => s.meta?.datamap?.role === "organization");
  if (marked >= 0) return marked;
  const bySlug = systems.findIndex((s) => s.fides_key === slug);
  if (bySlug >= 0) return bySlug;
  const declaring = systems.map((s, i) => (s.privacy_declarations.length ? i : -1)).filter((i) => i >= 0);
  if (declaring.length === 1) return declaring[0];
  throw new SeedError(file, [
    { path: "system", message: `cannot tell which system is the organisation's own; expected one with fides_key ${JSON.stringify(slug)}, one marked meta.datamap.role: organization, or exactly one with privacy_declarations` },
  ]);
}

function checkKeys(keys: string[], known: Set<string>, at: string, what: string, problems: Problem[]): void {
  keys.forEach((k, i) => {
    if (!known.has(k)) problems.push({ path: `${at}[${i}]`, message: `${JSON.stringify(k)} is an unknown taxonomy key; expected a ${what} key of the taxonomy (import its fideslang file first if it is new)` });
  });
}

interface RecipientPlan {
  index: number;
  key: string;
  changes: RecipientChanges;
  parentKey: string | null;
  columns: GvlColumnValues;
}

function planRecipient(s: FidesSystem, index: number, parentKey: string | null): RecipientPlan {
  const meta = s.meta?.datamap;
  const at = `system[${index}]`;
  return {
    index,
    key: keyFromFidesKey(s.fides_key),
    parentKey,
    changes: {
      name: s.name ?? s.fides_key,
      kind: meta?.kind ?? kindFromResponsibility(s.responsibility),
      category: meta?.category ?? null,
      named: meta?.named ?? true,
      country: meta?.country ?? null,
      description: s.description ?? null,
    },
    columns: {
      privacyUrl: url(`${at}.privacy_policy`, s.privacy_policy ?? null) ?? null,
      legitimateInterestUrl: url(`${at}.legitimate_interest_disclosure_url`, s.legitimate_interest_disclosure_url ?? null) ?? null,
      gvlId: gvlIdOf(s.vendor_id),
      usesCookies: s.uses_cookies ?? null,
      cookieMaxAgeSeconds: s.cookie_max_age_seconds ?? null,
      cookieRefresh: s.cookie_refresh ?? null,
      usesNonCookieAccess: s.uses_non_cookie_access ?? null,
    },
  };
}

function sameRecipient(row: RecipientRow, p: RecipientPlan, parentId: number | null): boolean {
  const c = p.changes;
  const fields = row.name === c.name && row.kind === c.kind && row.category === c.category && row.named === c.named && row.countryCode === c.country && row.description === c.description;
  return fields && row.parentId === parentId && (Object.keys(p.columns) as (keyof GvlColumnValues)[]).every((k) => (row[k] ?? null) === p.columns[k]);
}

/** Creates parents before the recipients they engage; a loop in the manifest is an error. */
function writeRecipients(db: Db, orgId: number, plans: RecipientPlan[], counts: Counts, tick: () => void): Map<string, number> {
  const live = new Map(recipientStore.byOrgIds(db, [orgId]).map((r) => [r.key, r]));
  const ids = new Map([...live].map(([k, r]) => [k, r.id]));
  const byKey = new Map(plans.map((p) => [p.key, p]));
  const done = new Set<string>();
  const write = (p: RecipientPlan, chain: string[]): number => {
    if (done.has(p.key)) return ids.get(p.key)!;
    if (chain.includes(p.key)) {
      const at = `system[${p.index}].egress`;
      throw new GraphQLError(`${at}: the egress flows form a loop ${[...chain, p.key].join(" → ")}; expected chains of sub-processors that end`, { extensions: { code: "BAD_USER_INPUT", argumentPath: at } });
    }
    const parentPlan = p.parentKey ? byKey.get(p.parentKey) : undefined;
    const parent = parentPlan ? write(parentPlan, [...chain, p.key]) : p.parentKey ? (ids.get(p.parentKey) ?? null) : null;
    const at = `system[${p.index}]`;
    const row = live.get(p.key);
    if (!row) {
      const id = recipientWriteService.create(db, orgId, { key: p.key, ...p.changes, parent }, IMPORT_ACTOR, at);
      gvlStore.setColumns(db, id, p.columns);
      ids.set(p.key, id);
      counts.added++;
    } else if (sameRecipient(row, p, parent)) counts.unchanged++;
    else {
      gvlStore.setColumns(db, row.id, p.columns);
      recipientWriteService.update(db, row.id, row.version, { ...p.changes, parent }, IMPORT_ACTOR, at);
      counts.changed++;
    }
    done.add(p.key);
    tick();
    return ids.get(p.key)!;
  };
  for (const p of plans) write(p, []);
  return ids;
}

function activityChanges(d: FidesSystem["privacy_declarations"][number], meta: ActivityMeta | undefined, recipientIds: Map<string, number>, flows: Map<string, string[] | null>, at: string): ActivityChanges {
  const egress = d.egress ?? [];
  const basis = d.legal_basis_for_processing ? BASIS_BY_FIDES.get(d.legal_basis_for_processing) : undefined;
  const period = d.retention_period && /^P/.test(d.retention_period) ? isoDuration(`${at}.retention_period`, d.retention_period) : null;
  return {
    name: d.name ?? d.data_use ?? undefined,
    purposes: meta?.purposes ?? (d.data_use ? [d.data_use] : []),
    dataCategories: d.data_categories,
    dataSubjects: d.data_subjects,
    legalBases: meta?.legalBases ?? (basis ? [{ regime: "GDPR", code: basis }] : undefined),
    retention: meta ? meta.retention : d.retention_period ? (period ? { period } : { description: d.retention_period }) : undefined,
    disclosures: egress.map((k) => {
      const flow = flows.get(k);
      const cats = meta?.disclosures?.[k]?.dataCategories ?? (flow ? d.data_categories.filter((c) => flow.includes(c)) : d.data_categories);
      return { recipient: recipientIds.get(keyFromFidesKey(k))!, dataCategories: cats, purpose: meta?.disclosures?.[k]?.purpose ?? null };
    }),
  };
}

function sameActivity(db: Db, id: number, c: ActivityChanges, keyOfRecipient: Map<number, string>): boolean {
  const row = activityStore.byIds(db, [id])[0];
  const links = activityStore.linkKeys(db, id);
  const retention = row.retentionPeriod || row.retentionTrigger || row.retentionDescription ? { period: row.retentionPeriod, trigger: row.retentionTrigger, description: row.retentionDescription } : null;
  const bases = (xs: { regime: string; code: string; consentMechanism?: string | null }[]) => xs.map((b) => `${b.regime}:${b.code}:${b.consentMechanism ?? ""}`).sort();
  const wantRetention = c.retention ? { period: c.retention.period ?? null, trigger: c.retention.trigger ?? null, description: c.retention.description ?? null } : c.retention;
  return (
    row.name === c.name &&
    same(links.purposes, sorted(c.purposes ?? [])) &&
    same(links.dataCategories, sorted(c.dataCategories ?? [])) &&
    same(links.dataSubjects, sorted(c.dataSubjects ?? [])) &&
    (c.legalBases === undefined || same(bases(links.legalBases), bases(c.legalBases))) &&
    (wantRetention === undefined || same(retention, wantRetention)) &&
    same(
      links.disclosures.map((d) => [d.recipient, d.dataCategories, d.purpose]),
      (c.disclosures ?? []).map((d) => [keyOfRecipient.get(d.recipient), sorted(d.dataCategories ?? []), d.purpose ?? null]),
    )
  );
}

/** Applies a parsed manifest to an organisation; call inside a transaction. */
export function applyFides(db: Db, orgId: number, slug: string, file: string, systems: FidesSystem[], tick: (n?: number) => void = () => undefined): Omit<FidesImportSummary, "dryRun"> {
  const ownIndex = organizationSystem(systems, slug, file);
  const own = systems[ownIndex];
  const problems: Problem[] = [];
  const recipientSystems = systems.map((s, i) => ({ s, i })).filter(({ i }) => i !== ownIndex);
  const seen = new Map<string, number>();
  for (const { s, i } of recipientSystems) {
    const key = keyFromFidesKey(s.fides_key);
    if (seen.has(key)) problems.push({ path: `system[${i}].fides_key`, message: `${JSON.stringify(s.fides_key)} gives the recipient key ${JSON.stringify(key)}, as system[${seen.get(key)}] does; expected distinct keys` });
    seen.set(key, i);
  }
  const parentOf = new Map<string, string>();
  for (const { s } of recipientSystems) for (const f of s.egress ?? []) if (seen.has(keyFromFidesKey(f.fides_key)) && !parentOf.has(keyFromFidesKey(f.fides_key))) parentOf.set(keyFromFidesKey(f.fides_key), keyFromFidesKey(s.fides_key));
  const existing = new Set(recipientStore.byOrgIds(db, [orgId]).map((r) => r.key));
  const purposeKeys = new Set(referenceStore.allPurposes(db).filter((p) => !p.archivedAt).map((p) => p.key));
  const categoryKeys = new Set(referenceStore.allCategories(db).filter((c) => !c.archivedAt).map((c) => c.key));
  const subjectKeys = new Set(referenceStore.allSubjects(db).map((s) => s.key));
  const metas = [...(own.meta?.datamap?.activities ?? [])];
  own.privacy_declarations.forEach((d, j) => {
    const at = `system[${ownIndex}].privacy_declarations[${j}]`;
    if (d.data_use) checkKeys([d.data_use], purposeKeys, `${at}.data_use`, "purpose (data use)", problems);
    checkKeys(d.data_categories, categoryKeys, `${at}.data_categories`, "data-category", problems);
    checkKeys(d.data_subjects, subjectKeys, `${at}.data_subjects`, "data-subject", problems);
    (d.egress ?? []).forEach((k, i) => {
      if (!seen.has(keyFromFidesKey(k)) && !existing.has(keyFromFidesKey(k))) problems.push({ path: `${at}.egress[${i}]`, message: `${JSON.stringify(k)} names no system of this manifest and no recipient of ${slug}; expected a system's fides_key` });
    });
  });
  if (problems.length) throw new SeedError(file, problems);

  const recipients: Counts = { added: 0, changed: 0, unchanged: 0 };
  const activities: Counts = { added: 0, changed: 0, unchanged: 0 };
  const plans = recipientSystems.map(({ s, i }) => planRecipient(s, i, parentOf.get(keyFromFidesKey(s.fides_key)) ?? null));
  const recipientIds = writeRecipients(db, orgId, plans, recipients, tick);
  tick();
  const keyOfRecipient = new Map([...recipientIds].map(([k, id]) => [id, k]));
  const flows = new Map((own.egress ?? []).map((f) => [f.fides_key, f.data_categories ?? null]));
  const live = new Map(activityStore.byOrgIds(db, [orgId]).map((a) => [a.key, a]));
  own.privacy_declarations.forEach((d, j) => {
    const at = `system[${ownIndex}].privacy_declarations[${j}]`;
    const m = metas.findIndex((x) => x.name === d.name);
    const meta = m >= 0 ? metas.splice(m, 1)[0] : undefined;
    const changes = activityChanges(d, meta, recipientIds, flows, at);
    if (!changes.name) changes.name = `Privacy declaration ${j + 1}`;
    const row = meta ? live.get(meta.key) : [...live.values()].find((a) => a.name === changes.name);
    if (!row) {
      activityWriteService.create(db, orgId, { ...changes, key: meta?.key }, IMPORT_ACTOR, at);
      activities.added++;
    } else if (sameActivity(db, row.id, changes, keyOfRecipient)) activities.unchanged++;
    else {
      activityWriteService.update(db, row.id, row.version, changes, IMPORT_ACTOR, at);
      activities.changed++;
    }
    tick();
  });
  const ignoredDeclarations = recipientSystems.reduce((n, { s }) => n + s.privacy_declarations.length, 0);
  tick(ignoredDeclarations);
  return { systems: systems.length, organizationSystem: own.fides_key, recipients, activities, ignoredDeclarations };
}

/** Reads and checks a manifest file. */
export function readFidesManifest(file: string): { file: string; systems: FidesSystem[] } {
  return { file: path.relative(process.cwd(), file) || file, systems: readYamlFile(file, fidesManifest).system };
}

/** Applies a manifest in one transaction (rolled back for a dry run); `tick` once per system and per declaration. */
export function importFides(
  db: Db,
  orgId: number,
  slug: string,
  manifest: { file: string; systems: FidesSystem[] },
  opts: { dryRun?: boolean; tick?: (n?: number) => void } = {},
): FidesImportSummary {
  let result: Omit<FidesImportSummary, "dryRun"> | undefined;
  try {
    db.transaction((tx) => {
      try {
        result = applyFides(tx, orgId, slug, manifest.file, manifest.systems, opts.tick);
      } catch (err) {
        if (err instanceof GraphQLError) throw fileError(manifest.file, err);
        throw err;
      }
      if (opts.dryRun) tx.rollback();
    });
  } catch (err) {
    if (!(err instanceof TransactionRollbackError && opts.dryRun && result)) throw err;
  }
  return { ...result!, dryRun: !!opts.dryRun };
}
