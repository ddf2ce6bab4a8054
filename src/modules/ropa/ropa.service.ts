import type { Db } from "../../db/connection";
import { canSee, type Principal } from "../../domain/principal";
import { evaluate } from "../../domain/rules/engine";
import { analyseTransfers, type TransferResult } from "../../domain/transfers";
import { buildRopa, type FindingInput, type RopaDocument } from "../../io/export/ropa-model";
import { complianceService } from "../compliance/compliance.service";
import { complianceStore } from "../compliance/compliance.store";
import { referenceFacts } from "../compliance/reference-facts";
import { historyStore } from "../history/history.store";
import { organizationStore } from "../organization/organization.store";
import { readRecord } from "../record/record.read";
import { readRopaSource, type RopaSource } from "./ropa.source";

// The Article 30 record of one organisation the caller may see: read, analysed and laid out, for GraphQL and the CLI.

export interface RopaRequest {
  organization: string;
  /** Read the record as it stood then; a future instant reads as now. */
  asOf?: Date | null;
  /** The Art 30(2) processor's record instead of the controller's. */
  processor?: boolean | null;
}

export interface RopaResult {
  source: RopaSource;
  transfers: TransferResult[];
  document: RopaDocument;
}

const clamp = (asOf: Date | null | undefined, now: Date): string | null => (asOf ? (asOf > now ? now : asOf).toISOString() : null);

export const ropaService = {
  /**
   * The row id of the organisation with the slug, if the caller may see it. The live record needs a live
   * organisation; as of an instant, one deleted since still counts (it may have existed then).
   */
  organizationId(db: Db, principal: Principal, slug: string, asOf: boolean): number | null {
    const id = asOf ? historyStore.organizationIdBySlug(db, slug) : organizationStore.bySlug(db, slug)?.id;
    return id !== undefined && canSee(principal, id) ? id : null;
  },

  /** The record as plain data; null for an unknown or unseen organisation, or one that did not exist at `asOf`. */
  source(db: Db, principal: Principal, slug: string, asOf?: Date | null, now = new Date()): RopaSource | null {
    const id = this.organizationId(db, principal, slug, !!asOf);
    return id === null ? null : readRopaSource(db, id, clamp(asOf, now));
  },

  /** Every transfer of the record read, judged with today's reference data. */
  transfers(db: Db, source: RopaSource): TransferResult[] {
    const { document, identity } = readRecord(db, source.organization.id, source.asOf, { evidence: false })!;
    return analyseTransfers(document, referenceFacts(db), identity);
  },

  /** The whole report: the record, its transfers, and the findings (of the live record, or of the record as it stood). */
  build(db: Db, principal: Principal, req: RopaRequest, now = new Date()): RopaResult | null {
    const source = this.source(db, principal, req.organization, req.asOf, now);
    if (!source) return null;
    const facts = referenceFacts(db);
    const { document: record, identity } = readRecord(db, source.organization.id, source.asOf, { evidence: false })!;
    const transfers = analyseTransfers(record, facts, identity);
    let findings: FindingInput[];
    if (source.asOf === null) {
      findings = complianceService.report(db, principal, { organization: source.organization.slug }, now).findings;
    } else {
      // The rules judge the record as it stood, with today's reference data; acceptances in force now still hide findings.
      const accepted = new Set(complianceStore.acceptances(db, source.organization.id, now.toISOString()).map((a) => a.findingId));
      findings = evaluate(record, facts, identity).filter((f) => !accepted.has(f.id));
    }
    const document = buildRopa(source, { processor: !!req.processor, transfers, findings, generatedAt: now });
    return { source, transfers, document };
  },
};
