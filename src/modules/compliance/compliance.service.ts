import type { Db } from "../../db/connection";
import { canSee, type Principal } from "../../domain/principal";
import { evaluate, severityRank, type Finding as RawFinding } from "../../domain/rules/engine";
import type { Severity } from "../../domain/rules/rule";
import { organizationReach, type Reach } from "../../domain/jurisdictions";
import { badInput, notFound, unknownOrganization } from "../common/errors";
import { intInRange, requiredText } from "../common/validate";
import { organizationStore } from "../organization/organization.store";
import { organizationIdOf, readInstant, readRecord } from "../record/record.read";
import { complianceStore, type AcceptanceRow } from "./compliance.store";
import type { Finding, FindingCount, FindingSummary } from "./compliance.type";
import { referenceFacts } from "./reference-facts";
import { liveMemo } from "./live-memo";
import { RULES } from "../../domain/rules/catalogue";
import type { Regime } from "../../domain/regimes";

// Findings and reach of the organisations a caller may see, computed from the record document, live (findings
// memoised until the next write) or as it stood at an instant, judged with today's reference data either way.
// Transfers are in transfer.service.ts.

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

/** A finding with its acceptance, as a new object: the memo's findings are shared between calls. */
const view = (f: RawFinding, acceptance: AcceptanceRow | undefined): Finding => ({
  ...f,
  acceptance: acceptance
    ? { justification: acceptance.justification, until: new Date(acceptance.until), acceptedBy: acceptance.acceptedBy, acceptedAt: new Date(acceptance.acceptedAt) }
    : null,
});

export interface FindingQuery {
  organization?: string | null;
  minSeverity?: Severity | null;
  includeAccepted?: boolean | null;
  regime?: Regime | null;
  rule?: string | null;
  /** Only findings about the object with this global id. */
  subject?: string | null;
  /** At most this many, after ordering (1 to 1000). */
  first?: number | null;
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

const RULE_IDS = new Set(RULES.map((r) => r.id));

/** What one live record's judgement leaves to reuse: its findings and a description of every subject. */
interface Judgement<S> {
  findings: readonly RawFinding[];
  subjects: readonly (readonly [string, S])[];
}

const liveJudgements = liveMemo<Judgement<SubjectInfo>>();
const liveReach = liveMemo<readonly Reach[]>();

/** One organisation's findings and subjects (no acceptances): the live record's from the memo, a past one's computed afresh. */
function judgement(db: Db, organizationId: number, at: string | null): Judgement<SubjectInfo> | null {
  const judge = (): Judgement<SubjectInfo> | null => {
    const read = readRecord(db, organizationId, at, { evidence: false });
    if (!read) return null;
    const { document, identity } = read;
    const { slug, name } = document.organization;
    const subjects: [string, SubjectInfo][] = [[identity.organization, { slug, type: "Organization", key: slug, name }]];
    for (const [type, list, ids] of [
      ["ProcessingActivity", document.activities, identity.activities],
      ["Recipient", document.recipients, identity.recipients],
      ["Location", document.storageLocations, identity.storageLocations],
    ] as const) {
      for (const o of list) subjects.push([ids.get(o.key)!, { slug, type, key: o.key, name: o.name }]);
    }
    return { findings: evaluate(document, referenceFacts(db), identity), subjects };
  };
  // Only the live record is memoised: a past instant's answer is asked for rarely, and "now" moves.
  return at === null ? liveJudgements(db, organizationId, judge) : judge();
}

export const complianceService = {
  /** Findings, most severe first; accepted ones only when asked for. */
  findings(db: Db, principal: Principal, q: FindingQuery = {}, now = new Date()): Finding[] {
    return this.report(db, principal, q, now).findings;
  },

  /** Findings with a description of every subject, for reports outside GraphQL (CLI, SARIF). */
  report(db: Db, principal: Principal, q: FindingQuery = {}, now = new Date()): { findings: Finding[]; subjects: Map<string, SubjectInfo> } {
    intInRange("first", q.first, 1, 1000);
    if (q.rule != null && !RULE_IDS.has(q.rule)) throw badInput("rule", q.rule, "the id of a rule (see docs/rules.md), e.g. gdpr-art30-purposes");
    const min = q.minSeverity ? severityRank(q.minSeverity) : 0;
    const at = readInstant(q.asOf, now);
    const out: Finding[] = [];
    const subjects = new Map<string, SubjectInfo>();
    for (const id of organizationIds(db, principal, q.organization, at !== null)) {
      const judged = judgement(db, id, at);
      if (!judged) continue;
      const accepted = new Map(complianceStore.acceptances(db, id, now.toISOString()).map((a) => [a.findingId, a]));
      for (const [subjectId, info] of judged.subjects) subjects.set(subjectId, info);
      for (const f of judged.findings) {
        if (severityRank(f.severity) < min) continue;
        if ((q.regime != null && f.regime !== q.regime) || (q.rule != null && f.rule !== q.rule) || (q.subject != null && f.subjectId !== q.subject)) continue;
        const acceptance = accepted.get(f.id);
        if (acceptance && !q.includeAccepted) continue;
        out.push(view(f, acceptance));
      }
    }
    return { findings: q.first != null ? out.slice(0, q.first) : out, subjects };
  },

  /** Counts of the findings in force by rule, regime and severity, most severe first; NOT_FOUND for an unknown organisation. */
  summary(db: Db, principal: Principal, q: OneRecordQuery, now = new Date()): FindingSummary {
    const at = readInstant(q.asOf, now);
    const id = organizationIdOf(db, principal, q.organization, at !== null);
    if (id === null) throw unknownOrganization(q.organization);
    const judged = judgement(db, id, at);
    const accepted = new Set(complianceStore.acceptances(db, id, now.toISOString()).map((a) => a.findingId));
    const counts = new Map<string, FindingCount>();
    let hidden = 0;
    for (const f of judged?.findings ?? []) {
      if (accepted.has(f.id)) {
        hidden++;
        continue;
      }
      const key = `${f.rule}|${f.regime}|${f.severity}`;
      const c = counts.get(key);
      if (c) c.count++;
      else counts.set(key, { rule: f.rule, regime: f.regime, severity: f.severity, count: 1 });
    }
    const list = [...counts.values()].sort(
      (a, b) => severityRank(b.severity as Severity) - severityRank(a.severity as Severity) || a.rule.localeCompare(b.rule) || (a.regime ?? "").localeCompare(b.regime ?? ""),
    );
    return { total: list.reduce((n, c) => n + c.count, 0), accepted: hidden, counts: list };
  },

  /** The laws that reach the organisation's record (live, or as it stood at `asOf`), with article and reason. */
  reach(db: Db, principal: Principal, q: OneRecordQuery, now = new Date()): readonly Reach[] {
    const at = readInstant(q.asOf, now);
    const id = organizationIdOf(db, principal, q.organization, at !== null);
    if (id === null) return [];
    const compute = () => {
      const read = readRecord(db, id, at, { evidence: false });
      return read ? organizationReach(read.document, referenceFacts(db)) : null;
    };
    // Reading a large record takes most of a second; the overview asks for its reach on every visit.
    return (at === null ? liveReach(db, id, compute) : compute()) ?? [];
  },

  /**
   * Hides a current finding until a date. Call inside a transaction.
   * `canEdit` says whether the caller may change the organisation the finding is about.
   */
  /** Judges every live record the key may see, outside any transaction, so that accepting a finding holds the write lock only to store it. */
  judgeLive(db: Db, principal: Principal): void {
    for (const id of organizationIds(db, principal, null, false)) judgement(db, id, null);
  },

  accept(db: Db, principal: Principal, input: { id: string; justification: string; until: Date }, canEdit: (organizationId: number) => void, now = new Date()): Finding {
    const justification = requiredText("justification", input.justification, 4000);
    if (Number.isNaN(input.until.getTime()) || input.until <= now) throw badInput("until", input.until, `an instant after now (${now.toISOString()})`);
    for (const id of organizationIds(db, principal, null, false)) {
      // From the live memo: warmed by judgeLive before the write lock was taken, recomputed here only if a write came between.
      const finding = judgement(db, id, null)?.findings.find((f) => f.id === input.id);
      if (!finding) continue;
      canEdit(id);
      const row = { findingId: finding.id, organizationId: id, rule: finding.rule, justification, until: input.until.toISOString(), acceptedBy: principal.name, acceptedAt: now.toISOString() };
      complianceStore.accept(db, row);
      return view(finding, row);
    }
    throw notFound("id", input.id, "current finding");
  },
};
