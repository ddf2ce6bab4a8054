import type { Db } from "../../db/connection";
import type { AdequacyStatus, Regime } from "../../domain/regimes";
import type { RecordInput, ReferenceFacts } from "../../domain/record-input";
import { toGlobalId } from "../common/global-id";
import { activityStore } from "../activity/activity.store";
import { locationStore } from "../location/location.store";
import type { OrganizationRow } from "../organization/organization.store";
import { recipientStore } from "../recipient/recipient.store";
import { referenceStore } from "../reference/reference.store";
import { CategoryTaxonomy, categoryView } from "../reference/reference.views";
import { complianceStore } from "./compliance.store";
import { mechanismStore } from "./mechanism.store";

// Reads one organisation's live record into the plain shape the domain rules take, in a fixed number of queries.

const group = <T, K>(rows: T[], key: (r: T) => K) => {
  const m = new Map<K, T[]>();
  for (const r of rows) {
    const list = m.get(key(r));
    if (list) list.push(r);
    else m.set(key(r), [r]);
  }
  return m;
};

/** Reference facts read once per run: adequacy from the dated table, sensitivity with inheritance. */
export function referenceFacts(db: Db): ReferenceFacts {
  const adequacy = new Map(complianceStore.adequacy(db).map((a) => [a.countryCode, a.status as AdequacyStatus]));
  const taxonomy = new CategoryTaxonomy(referenceStore.allCategories(db).map(categoryView), referenceStore.allSensitivities(db));
  const cache = new Map<string, { regime: Regime; kind: string }[]>();
  return {
    euAdequacy: (country) => adequacy.get(country) ?? "NOT_ADEQUATE",
    sensitivity: (key) => {
      if (!cache.has(key)) cache.set(key, taxonomy.sensitivity(key).map((s) => ({ regime: s.regime as Regime, kind: s.kind })));
      return cache.get(key)!;
    },
  };
}

export function recordInput(db: Db, org: OrganizationRow): RecordInput {
  const categories = new Map(referenceStore.allCategories(db).map((c) => [c.id, c.key]));
  const purposes = new Map(referenceStore.allPurposes(db).map((p) => [p.id, p.key]));
  const subjects = new Map(referenceStore.allSubjects(db).map((s) => [s.id, s.key]));
  const bases = new Map(referenceStore.legalBases(db).map((b) => [b.id, b]));
  const activities = activityStore.byOrgIds(db, [org.id]);
  const ids = activityStore.liveIdsOf(db, org.id);
  const links = {
    purposes: group(activityStore.purposeLinks(db, ids), (r) => r.activityId),
    claims: group(activityStore.legalBasisLinks(db, ids), (r) => r.activityId),
    subjects: group(activityStore.subjectLinks(db, ids), (r) => r.activityId),
    categories: group(activityStore.categoryLinks(db, ids), (r) => r.activityId),
    sources: group(activityStore.sources(db, ids), (r) => r.activityId),
    locations: group(activityStore.locationLinks(db, ids), (r) => r.activityId),
    measures: group(activityStore.measureLinks(db, ids), (r) => r.activityId),
  };
  const disclosures = activityStore.disclosuresByActivityIds(db, ids);
  const disclosed = group(activityStore.disclosureCategoryLinks(db, [], ids), (r) => r.disclosureId);
  const disclosuresOf = group(disclosures, (d) => d.activityId);
  const recipients = recipientStore.byOrgIds(db, [org.id]);
  const locations = locationStore.byOrgIds(db, [org.id]);
  const recipientTools = group(mechanismStore.byRecipientIds(db, recipients.map((r) => r.id)), (m) => m.recipientId);
  const locationTools = group(mechanismStore.byLocationIds(db, locations.map((l) => l.id)), (m) => m.locationId);
  const tools = (rows: { regime: string; code: string; kind: string }[] | undefined) => (rows ?? []).map((m) => ({ regime: m.regime as Regime, code: m.code, kind: m.kind }));
  const keys = <T>(rows: T[] | undefined, id: (r: T) => number, map: Map<number, string>) => (rows ?? []).map((r) => map.get(id(r))!).filter(Boolean);

  return {
    organization: {
      id: toGlobalId("Organization", org.id),
      slug: org.slug,
      name: org.name,
      country: org.countryCode,
      contactEmail: org.contactEmail,
      postalAddress: org.postalAddress,
      dpo: org.dpoName ? { name: org.dpoName, email: org.dpoEmail } : null,
      representative: org.representativeName ? { name: org.representativeName, country: org.representativeCountryCode } : null,
      subjectJurisdictions: JSON.parse(org.subjectJurisdictions) as string[],
    },
    activities: activities.map((a) => ({
      id: toGlobalId("ProcessingActivity", a.id),
      key: a.key,
      name: a.name,
      purposes: keys(links.purposes.get(a.id), (r) => r.purposeId, purposes),
      legalBases: (links.claims.get(a.id) ?? []).map((c) => {
        const b = bases.get(c.legalBasisId)!;
        return { regime: b.regime as Regime, code: b.code, kind: b.kind, consentMechanism: c.consentMechanism, assessment: c.assessment };
      }),
      dataSubjects: keys(links.subjects.get(a.id), (r) => r.subjectId, subjects),
      dataCategories: keys(links.categories.get(a.id), (r) => r.categoryId, categories),
      sources: (links.sources.get(a.id) ?? []).map((r) => r.source),
      disclosures: (disclosuresOf.get(a.id) ?? []).map((d) => ({
        recipientId: toGlobalId("Recipient", d.recipientId),
        dataCategories: keys(disclosed.get(d.id), (r) => r.categoryId, categories),
      })),
      storageLocationIds: (links.locations.get(a.id) ?? []).map((r) => toGlobalId("Location", r.locationId)),
      retention:
        a.retentionPeriod !== null || a.retentionTrigger !== null || a.retentionDescription !== null
          ? { period: a.retentionPeriod, trigger: a.retentionTrigger, description: a.retentionDescription }
          : null,
      securityMeasureIds: (links.measures.get(a.id) ?? []).map((r) => toGlobalId("SecurityMeasure", r.measureId)),
      subjectJurisdictions: a.subjectJurisdictions === null ? null : (JSON.parse(a.subjectJurisdictions) as string[]),
      noRecipients: a.noRecipients,
    })),
    recipients: recipients.map((r) => ({
      id: toGlobalId("Recipient", r.id),
      key: r.key,
      name: r.name,
      kind: r.kind,
      category: r.category,
      named: r.named,
      country: r.countryCode,
      dpaStatus: r.dpaStatus,
      parentId: r.parentId === null ? null : toGlobalId("Recipient", r.parentId),
      mechanisms: tools(recipientTools.get(r.id)),
    })),
    storageLocations: locations.map((l) => ({
      id: toGlobalId("Location", l.id),
      key: l.key,
      name: l.name,
      country: l.countryCode,
      mechanisms: tools(locationTools.get(l.id)),
    })),
  };
}
