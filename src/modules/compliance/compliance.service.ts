import type { Db } from "../../db/connection";
import { canSee, type Principal } from "../../domain/principal";
import { evaluate, severityRank, type Finding as RawFinding } from "../../domain/rules/engine";
import type { Severity } from "../../domain/rules/rule";
import { analyseTransfers } from "../../domain/transfers";
import { badInput, notFound } from "../common/errors";
import { requiredText } from "../common/validate";
import { organizationStore, type OrganizationRow } from "../organization/organization.store";
import { complianceStore, type AcceptanceRow } from "./compliance.store";
import type { Finding, Transfer } from "./compliance.type";
import { recordInput, referenceFacts } from "./record-input";

// Findings and transfers of the organisations a caller may see, computed from the live record on each call.

function organizationsOf(db: Db, principal: Principal, slug?: string | null): OrganizationRow[] {
  const all = organizationStore.all(db).filter((o) => canSee(principal, o.id));
  return slug == null ? all : all.filter((o) => o.slug === slug);
}

/** Adds the acceptance in place: findings are fresh objects of this call, and copying 100,000 of them costs. */
const view = (f: RawFinding, acceptance: AcceptanceRow | undefined): Finding =>
  Object.assign(f, {
    acceptance: acceptance
      ? { justification: acceptance.justification, until: new Date(acceptance.until), acceptedBy: acceptance.acceptedBy, acceptedAt: new Date(acceptance.acceptedAt) }
      : null,
  });

export interface FindingQuery {
  organization?: string | null;
  minSeverity?: Severity | null;
  includeAccepted?: boolean | null;
}

/** What a report says about the object a finding is about. */
export interface SubjectInfo {
  slug: string;
  type: string;
  key: string;
  name: string;
}

export const complianceService = {
  /** Findings, most severe first; accepted ones only when asked for. */
  findings(db: Db, principal: Principal, q: FindingQuery = {}, now = new Date()): Finding[] {
    return this.report(db, principal, q, now).findings;
  },

  /** Findings with a description of every subject, for reports outside GraphQL (CLI, SARIF). */
  report(db: Db, principal: Principal, q: FindingQuery = {}, now = new Date()): { findings: Finding[]; subjects: Map<string, SubjectInfo> } {
    const facts = referenceFacts(db);
    const min = q.minSeverity ? severityRank(q.minSeverity) : 0;
    const out: Finding[] = [];
    const subjects = new Map<string, SubjectInfo>();
    for (const org of organizationsOf(db, principal, q.organization)) {
      const accepted = new Map(complianceStore.acceptances(db, org.id, now.toISOString()).map((a) => [a.findingId, a]));
      const record = recordInput(db, org);
      subjects.set(record.organization.id, { slug: org.slug, type: "Organization", key: org.slug, name: org.name });
      for (const [type, list] of [["ProcessingActivity", record.activities], ["Recipient", record.recipients], ["Location", record.storageLocations]] as const) {
        for (const o of list) subjects.set(o.id, { slug: org.slug, type, key: o.key, name: o.name });
      }
      for (const f of evaluate(record, facts)) {
        if (severityRank(f.severity) < min) continue;
        const acceptance = accepted.get(f.id);
        if (acceptance && !q.includeAccepted) continue;
        out.push(view(f, acceptance));
      }
    }
    return { findings: out, subjects };
  },

  transfers(db: Db, principal: Principal, slug: string): Transfer[] {
    const [org] = organizationsOf(db, principal, slug);
    if (!org) return [];
    return analyseTransfers(recordInput(db, org), referenceFacts(db)).map((t) => ({
      activityId: t.activityId,
      fromCode: t.fromCountry,
      toCode: t.toCountry,
      recipientId: t.recipientId,
      locationId: t.locationId,
      viaRecipientId: t.viaRecipientId,
      categoryKeys: t.dataCategories,
      regime: t.regime,
      mechanism: t.mechanism,
      covered: t.status === "COVERED",
      status: t.status,
    }));
  },

  /**
   * Hides a current finding until a date. Call inside a transaction.
   * `canEdit` says whether the caller may change the organisation the finding is about.
   */
  accept(db: Db, principal: Principal, input: { id: string; justification: string; until: Date }, canEdit: (organizationId: number) => void, now = new Date()): Finding {
    const justification = requiredText("justification", input.justification, 4000);
    if (Number.isNaN(input.until.getTime()) || input.until <= now) throw badInput("until", input.until, `an instant after now (${now.toISOString()})`);
    const facts = referenceFacts(db);
    for (const org of organizationsOf(db, principal)) {
      const finding = evaluate(recordInput(db, org), facts).find((f) => f.id === input.id);
      if (!finding) continue;
      canEdit(org.id);
      const row = { findingId: finding.id, organizationId: org.id, rule: finding.rule, justification, until: input.until.toISOString(), acceptedBy: principal.name, acceptedAt: now.toISOString() };
      complianceStore.accept(db, row);
      return view(finding, row);
    }
    throw notFound("id", input.id, "current finding");
  },
};
