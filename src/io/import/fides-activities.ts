import type { Db } from "../../db/connection";
import { activityStore } from "../../modules/activity/activity.store";
import type { ActivityChanges, ClaimChange } from "../../modules/activity/activity.write.service";
import { isoDuration } from "../../modules/common/validate";
import { FIDES_LEGAL_BASES, FIDES_SPECIAL_BASES, type ActivityMeta, type FidesDeclaration, type FidesSystem } from "./fides-manifest";

// One privacy declaration as one processing activity: data use -> purpose, categories (with those of the datasets
// it uses), subjects, GDPR Art 6 basis and Art 9 condition, retention, and disclosures to the recipients it reaches.

const byName = (table: Record<string, string>) => new Map(Object.entries(table).map(([code, name]) => [name, code]));
export const BASIS_BY_FIDES = byName(FIDES_LEGAL_BASES);
export const SPECIAL_BY_FIDES = byName(FIDES_SPECIAL_BASES);
const sorted = (xs: string[]) => [...xs].sort();
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A recipient a declaration discloses to: the flow's categories (null: the declaration's own); `exact` ones are used as they are. */
export interface Target {
  key: string;
  categories: string[] | null;
  exact?: boolean;
}

function legalBases(d: FidesDeclaration, meta: ActivityMeta | undefined): ClaimChange[] | undefined {
  if (meta?.legalBases) return meta.legalBases;
  const out: ClaimChange[] = [];
  const basis = d.legal_basis_for_processing ? BASIS_BY_FIDES.get(d.legal_basis_for_processing) : undefined;
  if (basis) out.push({ regime: "GDPR", code: basis, assessment: d.impact_assessment_location ?? null });
  const special = d.special_category_legal_basis ? SPECIAL_BY_FIDES.get(d.special_category_legal_basis) : undefined;
  if (special) out.push({ regime: "GDPR", code: special });
  return out.length ? out : undefined;
}

/** The activity a declaration states; `categories` already holds those of its datasets. */
export function activityChanges(
  s: FidesSystem,
  d: FidesDeclaration,
  meta: ActivityMeta | undefined,
  categories: string[],
  targets: Target[],
  recipientIds: Map<string, number>,
  at: string,
): ActivityChanges {
  const period = d.retention_period && /^P/.test(d.retention_period) ? isoDuration(`${at} retention_period`, d.retention_period) : null;
  const described = s.description ? `: ${s.description}` : ".";
  return {
    name: d.name || d.data_use || undefined,
    // Our own export keeps no activity description; a plain Fides file gets one naming the system it came from.
    description: meta ? undefined : `A privacy declaration of the Fides system ${JSON.stringify(s.name ?? s.fides_key)} (${s.fides_key})${described}`,
    purposes: meta?.purposes ?? (d.data_use ? [d.data_use] : []),
    dataCategories: categories,
    dataSubjects: d.data_subjects,
    legalBases: legalBases(d, meta),
    retention: meta ? meta.retention : d.retention_period ? (period ? { period } : { description: d.retention_period }) : undefined,
    impactAssessment: s.dpa_location ? s.dpa_location : undefined,
    disclosures: targets.map((t) => {
      const kept = meta?.disclosures?.[t.key];
      const flow = t.categories;
      const cats = kept?.dataCategories ?? (flow === null ? categories : t.exact ? flow : categories.filter((c) => flow.includes(c)));
      return { recipient: recipientIds.get(t.key)!, dataCategories: cats, purpose: kept?.purpose ?? null };
    }),
  };
}

/** Whether the activity already states exactly these changes. */
export function sameActivity(db: Db, id: number, c: ActivityChanges, keyOfRecipient: Map<number, string>): boolean {
  const row = activityStore.byIds(db, [id])[0];
  const links = activityStore.linkKeys(db, id);
  const retention = row.retentionPeriod || row.retentionTrigger || row.retentionDescription ? { period: row.retentionPeriod, trigger: row.retentionTrigger, description: row.retentionDescription } : null;
  const bases = (xs: { regime: string; code: string; consentMechanism?: string | null; assessment?: string | null }[]) =>
    xs.map((b) => `${b.regime}:${b.code}:${b.consentMechanism ?? ""}:${b.assessment ?? ""}`).sort();
  const wantRetention = c.retention ? { period: c.retention.period ?? null, trigger: c.retention.trigger ?? null, description: c.retention.description ?? null } : c.retention;
  return (
    row.name === c.name &&
    (c.description === undefined || row.description === c.description) &&
    (c.impactAssessment === undefined || row.impactAssessment === c.impactAssessment) &&
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
