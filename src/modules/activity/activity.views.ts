import { toGlobalId } from "../common/global-id";
import type { ActivityRow, DisclosureRow, StoredTracker } from "./activity.store";
import type { DirectMarketing } from "./activity.facts.type";
import type { Disclosure, LegalBasisClaim, ProcessingActivity } from "./activity.type";
import type { activityLegalBases } from "../../db/schema";

export function activityView(r: ActivityRow): ProcessingActivity {
  const hasRetention = r.retentionPeriod !== null || r.retentionTrigger !== null || r.retentionDescription !== null;
  return {
    __typename: "ProcessingActivity",
    id: toGlobalId("ProcessingActivity", r.id),
    rowId: r.id,
    organizationId: r.organizationId,
    key: r.key,
    name: r.name,
    description: r.description,
    retention: hasRetention
      ? { activityRowId: r.id, period: r.retentionPeriod, trigger: r.retentionTrigger, description: r.retentionDescription }
      : null,
    subjectJurisdictions: r.subjectJurisdictions === null ? null : (JSON.parse(r.subjectJurisdictions) as string[]),
    noRecipients: r.noRecipients,
    ageBands: JSON.parse(r.ageBands) as string[],
    trackers: JSON.parse(r.trackers) as StoredTracker[],
    marketing: JSON.parse(r.marketing) as DirectMarketing[],
    individualsPerYear: r.individualsPerYear,
    sensitiveIndividualsPerYear: r.sensitiveIndividualsPerYear,
    automatedDecisions: r.automatedDecisions,
    impactAssessment: r.impactAssessment,
    version: r.version,
    updatedAt: new Date(r.updatedAt),
  };
}

export const disclosureView = (r: DisclosureRow): Disclosure => ({ rowId: r.id, recipientId: r.recipientId, purpose: r.purpose, sale: r.sale, sharing: r.sharing });

export const claimView = (r: typeof activityLegalBases.$inferSelect): LegalBasisClaim => ({
  rowId: r.id,
  legalBasisId: r.legalBasisId,
  consentMechanism: r.consentMechanism,
  note: r.note,
  assessment: r.assessment,
});
