import { evidenceLoaders, type Loaders } from "../context";
import { manyLoader, oneLoader } from "../common/loader-kit";
import { toGlobalId } from "../common/global-id";
import type { Citation, RecordDocument } from "../../domain/record";
import type { Disclosure, LegalBasisClaim, ProcessingActivity } from "../activity/activity.type";
import type { Location } from "../location/location.type";
import type { Evidence, Organization, RightOffered, SecurityMeasure, Statement } from "../organization/organization.type";
import type { Recipient } from "../recipient/recipient.type";
import { readRecord, type ReadRecord } from "../record/record.read";
import type { Db } from "../../db/connection";
import { activityMatches, type MatchableActivity } from "../activity/activity.match";
import type { ActivityQuery } from "../activity/activity.store";

// The loaders of an organisation's record as it stood at an instant, answering from its record document with
// the same views, ids and order as the live loaders answer from the tables. Reference data (taxonomy,
// countries, legal bases) is shared with the live loaders: it is not versioned.

type Row = { id: number };

const sources = new WeakMap<object, Map<string, Loaders | null>>();

/**
 * The loaders of one organisation's record as it stood at `at` (an ISO instant), read once per request;
 * null when the organisation did not exist then.
 */
export function recordSourceAt(ctx: { db: Db; loaders: Loaders }, organizationId: number, at: string): Loaders | null {
  let byKey = sources.get(ctx);
  if (!byKey) sources.set(ctx, (byKey = new Map()));
  const key = `${organizationId}|${at}`;
  if (!byKey.has(key)) {
    const read = readRecord(ctx.db, organizationId, at);
    byKey.set(key, read ? recordSourceLoaders(ctx.loaders, read) : null);
  }
  return byKey.get(key)!;
}

/** Loaders for the record `read` (as of `at`); the rest (reference data) are the live ones. */
export function recordSourceLoaders(live: Loaders, read: ReadRecord): Loaders {
  const doc: RecordDocument = read.document;
  const orgId = read.organizationId;
  const version = (type: string, id: number) => {
    const v = read.versions.get(`${type}:${id}`)!;
    return { version: v.version, updatedAt: new Date(v.validFrom) };
  };
  const evidence = new Map<string, Evidence[]>();
  const cite = (type: string, id: number, list: Citation[]) =>
    evidence.set(
      `${type}:${id}`,
      list.map((c) => ({ document: doc.documents[c.document]?.title ?? "", documentUrl: doc.documents[c.document]?.url ?? null, section: c.section, basis: c.basis, note: c.note })),
    );
  // Claims, disclosures, statements and rights have no identity across versions: ids local to this source.
  let localId = 0;
  const H = {} as Loaders;

  const o = doc.organization;
  const organization: Organization = {
    __typename: "Organization",
    id: toGlobalId("Organization", orgId),
    rowId: orgId,
    countryCode: o.country,
    slug: o.slug,
    name: o.name,
    legalName: o.legalName,
    website: o.website,
    contactEmail: o.contactEmail,
    postalAddress: o.postalAddress,
    dpo: o.dpo ? { name: o.dpo.name, email: o.dpo.email, countryCode: o.dpo.country } : null,
    representative: o.representative ? { name: o.representative.name, email: o.representative.email, countryCode: o.representative.country } : null,
    minimumAge: o.minimumAge,
    doNotTrack: o.doNotTrack,
    subjectJurisdictions: o.subjectJurisdictions,
    globalPrivacyControl: o.globalPrivacyControl,
    establishments: o.establishments,
    parentalConsent: o.parentalConsent,
    annualRevenueUsd: o.annualRevenueUsd,
    sellingRevenuePercent: o.sellingRevenuePercent,
    criticalInfrastructure: o.criticalInfrastructure,
    ...version("Organization", orgId),
    source: H,
  };
  cite("Organization", orgId, o.evidence);
  const statements: Statement[] = doc.statements.map((s) => {
    const rowId = ++localId;
    cite("Statement", rowId, s.evidence);
    return { rowId, topic: s.topic, summary: s.summary, source: H };
  });
  const rights: RightOffered[] = doc.rights.map((r) => {
    const rowId = ++localId;
    cite("Right", rowId, r.evidence);
    return { rowId, right: r.right, jurisdictions: r.jurisdictions, description: r.description, source: H };
  });

  const measureIds = read.rowIds.securityMeasures;
  const measures = new Map<number, SecurityMeasure>();
  for (const m of doc.securityMeasures) {
    const rowId = measureIds.get(m.key)!;
    cite("SecurityMeasure", rowId, m.evidence);
    measures.set(rowId, {
      __typename: "SecurityMeasure",
      id: toGlobalId("SecurityMeasure", rowId),
      rowId,
      key: m.key,
      name: m.name,
      kind: m.kind,
      description: m.description,
      dpvIri: m.dpvIri,
      ...version("SecurityMeasure", rowId),
      source: H,
    });
  }

  const recipientIds = read.rowIds.recipients;
  const recipients = new Map<number, Recipient>();
  const recipientTools = new Map<number, { regime: string; code: string; note: string | null }[]>();
  for (const r of doc.recipients) {
    const rowId = recipientIds.get(r.key)!;
    cite("Recipient", rowId, r.evidence);
    recipientTools.set(rowId, r.transferMechanisms);
    recipients.set(rowId, {
      __typename: "Recipient",
      id: toGlobalId("Recipient", rowId),
      rowId,
      organizationId: orgId,
      countryCode: r.country,
      parentId: r.parent === null ? null : (recipientIds.get(r.parent) ?? null),
      key: r.key,
      name: r.name,
      kind: r.kind,
      role: r.role,
      category: r.category,
      named: r.named,
      dpa: r.dpa,
      description: r.description,
      ...version("Recipient", rowId),
      source: H,
    });
  }

  const locationIds = read.rowIds.storageLocations;
  const locations = new Map<number, Location>();
  const locationTools = new Map<number, { regime: string; code: string; note: string | null }[]>();
  for (const l of doc.storageLocations) {
    const rowId = locationIds.get(l.key)!;
    cite("Location", rowId, l.evidence);
    locationTools.set(rowId, l.transferMechanisms);
    locations.set(rowId, {
      __typename: "Location",
      id: toGlobalId("Location", rowId),
      rowId,
      organizationId: orgId,
      countryCode: l.country,
      hostedById: l.hostedBy === null ? null : (recipientIds.get(l.hostedBy) ?? null),
      key: l.key,
      name: l.name,
      region: l.region,
      provider: l.provider,
      hosting: l.hosting,
      ...version("Location", rowId),
      source: H,
    });
  }

  const categoryIds = (keys: string[]) => keys.flatMap((k) => live.taxonomy().byKey.get(k)?.rowId ?? []);
  const activityIds = read.rowIds.activities;
  const activities = new Map<number, ProcessingActivity>();
  const links = new Map<number, { purposes: number[]; subjects: number[]; categories: number[]; sources: string[]; locations: number[]; measures: number[]; claims: LegalBasisClaim[]; disclosures: Disclosure[] }>();
  const disclosed = new Map<number, number[]>();
  const receivedBy = new Map<number, Set<number>>();
  const storedAt = new Map<number, Set<number>>();
  const add = (m: Map<number, Set<number>>, id: number, values: number[]) => {
    const set = m.get(id) ?? new Set<number>();
    values.forEach((v) => set.add(v));
    m.set(id, set);
  };
  for (const a of doc.activities) {
    const rowId = activityIds.get(a.key)!;
    cite("ProcessingActivity", rowId, a.evidence);
    if (a.retention) cite("Retention", rowId, a.retention.evidence);
    activities.set(rowId, {
      __typename: "ProcessingActivity",
      id: toGlobalId("ProcessingActivity", rowId),
      rowId,
      organizationId: orgId,
      key: a.key,
      name: a.name,
      description: a.description,
      retention: a.retention ? { activityRowId: rowId, period: a.retention.period, trigger: a.retention.trigger, description: a.retention.description, source: H } : null,
      subjectJurisdictions: a.subjectJurisdictions,
      noRecipients: a.noRecipients,
      ageBands: a.ageBands,
      trackers: a.trackers.map((t) => ({
        kind: t.kind,
        name: t.name,
        purpose: t.purpose,
        consent: t.consent,
        recipientId: t.recipient === null ? null : (recipientIds.get(t.recipient) ?? null),
        source: H,
      })),
      marketing: a.marketing,
      individualsPerYear: a.individualsPerYear,
      sensitiveIndividualsPerYear: a.sensitiveIndividualsPerYear,
      automatedDecisions: a.automatedDecisions,
      impactAssessment: a.impactAssessment,
      ...version("ProcessingActivity", rowId),
      source: H,
    });
    const claims = a.legalBases.flatMap((b): LegalBasisClaim[] => {
      const basis = live.legalBases().get(`${b.regime}:${b.code}`);
      if (!basis) return [];
      const id = ++localId;
      cite("ActivityLegalBasis", id, b.evidence);
      return [{ rowId: id, legalBasisId: basis.rowId, consentMechanism: b.consentMechanism, note: b.note, assessment: b.assessment, source: H }];
    });
    const disclosures = a.disclosures.flatMap((d): Disclosure[] => {
      const recipientId = recipientIds.get(d.recipient);
      if (recipientId === undefined) return [];
      const id = ++localId;
      cite("Disclosure", id, d.evidence);
      const cats = categoryIds(d.dataCategories);
      disclosed.set(id, cats);
      add(receivedBy, recipientId, cats);
      return [{ rowId: id, recipientId, purpose: d.purpose, sale: d.sale, sharing: d.sharing, source: H }];
    });
    const stored = a.storageLocations.flatMap((k) => locationIds.get(k) ?? []);
    const cats = categoryIds(a.dataCategories);
    stored.forEach((l) => add(storedAt, l, cats));
    links.set(rowId, {
      purposes: a.purposes.flatMap((k) => live.purposes().byKey.get(k)?.rowId ?? []),
      subjects: a.dataSubjects.flatMap((k) => live.subjects().find((s) => s.key === k)?.rowId ?? []),
      categories: cats,
      sources: a.sources,
      locations: stored,
      measures: a.securityMeasures.flatMap((k) => measureIds.get(k) ?? []),
      claims,
      disclosures,
    });
  }

  const byId = <V>(m: Map<number, V>) => (ids: readonly number[]) => ids.flatMap((id) => (m.has(id) ? [m.get(id)!] : []));
  const byRow = <T extends { rowId: number }>(x: T) => x.rowId;
  const ofActivity = <K extends keyof NonNullable<ReturnType<typeof links.get>>>(field: K) =>
    manyLoader(
      (ids: readonly number[]) => ids.flatMap((id) => (links.get(id)?.[field] ?? []).map((value) => ({ id, value }))),
      (r: { id: number }) => r.id,
      (r: { value: unknown }) => r.value as never,
    );
  const ofOrganization = <V>(list: V[]) =>
    manyLoader(
      (ids: readonly number[]) => (ids.includes(orgId) ? list.map((value) => ({ id: orgId, value })) : []),
      (r: Row) => r.id,
      (r: { value: V }) => r.value,
    );
  const evidenceFor = (type: string) =>
    manyLoader(
      (ids: readonly number[]) => ids.flatMap((id) => (evidence.get(`${type}:${id}`) ?? []).map((value) => ({ id, value }))),
      (r: Row) => r.id,
      (r: { value: Evidence }) => r.value,
    );
  const setLinks = (m: Map<number, Set<number>>) =>
    manyLoader(
      (ids: readonly number[]) => ids.flatMap((id) => [...(m.get(id) ?? [])].map((value) => ({ id, value }))),
      (r: Row) => r.id,
      (r: { value: number }) => r.value,
    );
  const tools = (m: Map<number, { regime: string; code: string; note: string | null }[]>) =>
    manyLoader(
      (ids: readonly number[]) => ids.flatMap((id) => (m.get(id) ?? []).map((value) => ({ id, value }))),
      (r: Row) => r.id,
      (r: { value: { regime: string; code: string; note: string | null } }) => r.value,
    );
  const keysOf = (ids: number[], byId: Map<number, { key: string }>) => ids.flatMap((id) => byId.get(id)?.key ?? []);
  const matchable = (a: ProcessingActivity): MatchableActivity => {
    const l = links.get(a.rowId)!;
    return {
      name: a.name,
      key: a.key,
      categoryKeys: keysOf(l.categories, live.taxonomy().byId),
      purposeKeys: keysOf(l.purposes, live.purposes().byId),
      recipientIds: l.disclosures.map((d) => d.recipientId),
      legalBasisIds: l.claims.map((c) => c.legalBasisId),
      storageCountries: l.locations.flatMap((id) => locations.get(id)?.countryCode ?? []),
    };
  };
  const sortedRecipients = [...recipients.values()].sort((a, b) => a.rowId - b.rowId);
  const sortedActivities = [...activities.values()].sort((a, b) => a.rowId - b.rowId);

  Object.assign(H, {
    ...live,
    organizationByIdLoader: oneLoader((ids: readonly number[]) => (ids.includes(orgId) ? [organization] : []), byRow).prime(orgId, organization),
    statementsByOrganizationIdLoader: ofOrganization(statements),
    rightsByOrganizationIdLoader: ofOrganization(rights),
    measuresByOrganizationIdLoader: ofOrganization([...measures.values()].sort((a, b) => a.rowId - b.rowId)),
    measureByIdLoader: oneLoader(byId(measures), byRow),
    recipientsByOrganizationIdLoader: ofOrganization(sortedRecipients),
    locationsByOrganizationIdLoader: ofOrganization([...locations.values()].sort((a, b) => a.rowId - b.rowId)),
    categoryIdsByOrganizationIdLoader: ofOrganization([...new Set(sortedActivities.flatMap((a) => links.get(a.rowId)!.categories))]),
    activityPage: (organizationId: number, window: { afterId: number; limit: number }, filter?: ActivityQuery) => {
      const all = organizationId !== orgId ? [] : filter ? sortedActivities.filter((a) => activityMatches(matchable(a), filter)) : sortedActivities;
      return { rows: all.filter((a) => a.rowId > window.afterId).slice(0, window.limit + 1), count: () => all.length };
    },

    activityByIdLoader: oneLoader(byId(activities), byRow),
    purposeIdsByActivityIdLoader: ofActivity("purposes"),
    claimsByActivityIdLoader: ofActivity("claims"),
    subjectIdsByActivityIdLoader: ofActivity("subjects"),
    categoryIdsByActivityIdLoader: ofActivity("categories"),
    sourcesByActivityIdLoader: ofActivity("sources"),
    locationIdsByActivityIdLoader: ofActivity("locations"),
    measureIdsByActivityIdLoader: ofActivity("measures"),
    disclosuresByActivityIdLoader: ofActivity("disclosures"),
    categoryIdsByDisclosureIdLoader: manyLoader(
      (ids: readonly number[]) => ids.flatMap((id) => (disclosed.get(id) ?? []).map((value) => ({ id, value }))),
      (r: Row) => r.id,
      (r: { value: number }) => r.value,
    ),

    recipientByIdLoader: oneLoader(byId(recipients), byRow),
    subProcessorsByRecipientIdLoader: manyLoader(
      (ids: readonly number[]) => sortedRecipients.filter((r) => r.parentId !== null && ids.includes(r.parentId)),
      (r: Recipient) => r.parentId!,
    ),
    categoryIdsByRecipientIdLoader: setLinks(receivedBy),
    mechanismsByRecipientIdLoader: tools(recipientTools),
    mechanismsByLocationIdLoader: tools(locationTools),
    locationByIdLoader: oneLoader(byId(locations), byRow),
    categoryIdsByLocationIdLoader: setLinks(storedAt),
    // Vendor-list facts are not part of the record document.
    gvlByRecipientIdLoader: oneLoader(() => [], (r: { id: number }) => r.id),

    ...evidenceLoaders(evidenceFor),
  });
  return H;
}
