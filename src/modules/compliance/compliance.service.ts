import type { Db } from "../../db/connection";
import { canSee, type Principal } from "../../domain/principal";
import { evaluate, severityRank, type Finding as RawFinding } from "../../domain/rules/engine";
import type { Severity } from "../../domain/rules/rule";
import { analyseTransfers } from "../../domain/transfers";
import { organizationReach, type Reach } from "../../domain/jurisdictions";
import { badInput, notFound } from "../common/errors";
import { requiredText } from "../common/validate";
import { organizationStore } from "../organization/organization.store";
import { organizationIdOf, readInstant, readRecord } from "../record/record.read";
import { complianceStore, type AcceptanceRow } from "./compliance.store";
import type { Finding, Transfer } from "./compliance.type";
import { referenceFacts } from "./reference-facts";

// Findings and transfers of the organisations a caller may see, computed on each call from the record document,
// live or as it stood at an instant (judged with today's reference data either way).

/**
 * Row ids of the organisations a caller may see, by slug when given: the live ones, or, as of an instant, every
 * one that may have existed then (deleted or renamed since), as the RoPA report finds them.
 */
function organizationIds(db: Db, principal: Principal, slug: string | null | undefined, asOf: boolean): number[] {
  if (slug != null) {
    const id = organizationIdOf(db, principal, slug, asOf);
    return id === null ? [] : [id];
  }
  const all = asOf ? complianceStore.organizations(db) : organizationStore.all(db);
  return all.filter((o) => canSee(principal, o.id)).map((o) => o.id);
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
  /** Judge the record as it stood at this instant; acceptances in force now still hide findings. */
  asOf?: Date | null;
}

/** What a report says about the object a finding is about. */
export interface SubjectInfo {
  slug: string;
  type: string;
  key: string;
  name: string;
}

type OneRecordQuery = { organization: string; asOf?: Date | null };

/** One organisation's record as the rules read it (no citations), live or as it stood; null when unknown or not yet there. */
function judgedRecord(db: Db, principal: Principal, q: OneRecordQuery, now: Date) {
  const at = readInstant(q.asOf, now);
  const [id] = organizationIds(db, principal, q.organization, at !== null);
  return id === undefined ? null : readRecord(db, id, at, { evidence: false });
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
    const at = readInstant(q.asOf, now);
    const out: Finding[] = [];
    const subjects = new Map<string, SubjectInfo>();
    for (const id of organizationIds(db, principal, q.organization, at !== null)) {
      const read = readRecord(db, id, at, { evidence: false });
      if (!read) continue;
      const { document, identity } = read;
      const { slug, name } = document.organization;
      const accepted = new Map(complianceStore.acceptances(db, id, now.toISOString()).map((a) => [a.findingId, a]));
      subjects.set(identity.organization, { slug, type: "Organization", key: slug, name });
      for (const [type, list, ids] of [
        ["ProcessingActivity", document.activities, identity.activities],
        ["Recipient", document.recipients, identity.recipients],
        ["Location", document.storageLocations, identity.storageLocations],
      ] as const) {
        for (const o of list) subjects.set(ids.get(o.key)!, { slug, type, key: o.key, name: o.name });
      }
      for (const f of evaluate(document, facts, identity)) {
        if (severityRank(f.severity) < min) continue;
        const acceptance = accepted.get(f.id);
        if (acceptance && !q.includeAccepted) continue;
        out.push(view(f, acceptance));
      }
    }
    return { findings: out, subjects };
  },

  /** The laws that reach the organisation's record (live, or as it stood at `asOf`), with article and reason. */
  reach(db: Db, principal: Principal, q: OneRecordQuery, now = new Date()): Reach[] {
    const read = judgedRecord(db, principal, q, now);
    return read ? organizationReach(read.document, referenceFacts(db)) : [];
  },

  /** Every transfer of the organisation's record (live, or as it stood at `asOf`); empty for an unknown organisation or one that did not exist then. */
  transfers(db: Db, principal: Principal, q: OneRecordQuery, now = new Date()): Transfer[] {
    const read = judgedRecord(db, principal, q, now);
    if (!read) return [];
    return analyseTransfers(read.document, referenceFacts(db), read.identity).map((t) => ({
      activityId: t.activityId,
      fromCode: t.fromCountry,
      toCode: t.toCountry,
      recipientId: t.recipientId,
      locationId: t.locationId,
      viaRecipientId: t.viaRecipientId,
      categoryKeys: t.dataCategories,
      regime: t.regime,
      mechanism: t.mechanism,
      exemption: t.exemption,
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
    for (const id of organizationIds(db, principal, null, false)) {
      const read = readRecord(db, id, null, { evidence: false });
      const finding = read && evaluate(read.document, facts, read.identity).find((f) => f.id === input.id);
      if (!finding) continue;
      canEdit(id);
      const row = { findingId: finding.id, organizationId: id, rule: finding.rule, justification, until: input.until.toISOString(), acceptedBy: principal.name, acceptedAt: now.toISOString() };
      complianceStore.accept(db, row);
      return view(finding, row);
    }
    throw notFound("id", input.id, "current finding");
  },
};
