import { toGlobalId } from "../common/global-id";
import type { Organization, RightOffered, SecurityMeasure, Statement, Evidence } from "./organization.type";
import type { EvidenceRow, MeasureRow, OrganizationRow, RightRow, StatementRow } from "./organization.store";

export function organizationView(r: OrganizationRow): Organization {
  return {
    __typename: "Organization",
    id: toGlobalId("Organization", r.id),
    rowId: r.id,
    countryCode: r.countryCode,
    slug: r.slug,
    name: r.name,
    legalName: r.legalName,
    website: r.website,
    contactEmail: r.contactEmail,
    postalAddress: r.postalAddress,
    dpo: r.dpoName ? { name: r.dpoName, email: r.dpoEmail, countryCode: r.dpoCountryCode } : null,
    representative: r.representativeName
      ? { name: r.representativeName, email: r.representativeEmail, countryCode: r.representativeCountryCode }
      : null,
    minimumAge: r.minimumAge,
    doNotTrack: r.doNotTrack,
    subjectJurisdictions: JSON.parse(r.subjectJurisdictions) as string[],
    globalPrivacyControl: r.globalPrivacyControl,
    establishments: JSON.parse(r.establishments) as string[],
    parentalConsent: r.parentalConsent,
    annualRevenueUsd: r.annualRevenueUsd,
    sellingRevenuePercent: r.sellingRevenuePercent,
    criticalInfrastructure: r.criticalInfrastructure,
    version: r.version,
    updatedAt: new Date(r.updatedAt),
  };
}

export const statementView = (r: StatementRow): Statement => ({ rowId: r.id, topic: r.topic, summary: r.summary });

export const rightView = (r: RightRow): RightOffered => ({
  rowId: r.id,
  right: r.right,
  jurisdictions: r.jurisdictions ? (JSON.parse(r.jurisdictions) as string[]) : null,
  description: r.description,
});

export const measureView = (r: MeasureRow): SecurityMeasure => ({
  __typename: "SecurityMeasure",
  id: toGlobalId("SecurityMeasure", r.id),
  rowId: r.id,
  key: r.key,
  name: r.name,
  kind: r.kind,
  description: r.description,
  dpvIri: r.dpvIri,
  version: r.version,
  updatedAt: new Date(r.updatedAt),
});

export const evidenceView = (r: EvidenceRow): Evidence => ({
  document: r.documentTitle,
  documentUrl: r.documentUrl,
  section: r.section,
  basis: r.basis,
  note: r.note,
});
