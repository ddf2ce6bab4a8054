import type { Db } from "../../db/connection";
import type { Principal } from "../../domain/principal";
import { evaluate } from "../../domain/rules/engine";
import { analyseTransfers, type TransferResult } from "../../domain/transfers";
import { buildRopa, type FindingInput, type RopaDocument } from "../../io/export/ropa-model";
import { complianceStore } from "../compliance/compliance.store";
import { referenceFacts } from "../compliance/reference-facts";
import { organizationIdOf, readInstant, readRecord, type ReadRecord } from "../record/record.read";
import { referenceLookup, type ReferenceLookup } from "../record/reference-lookup";

// The Article 30 record of one organisation the caller may see: read, analysed and laid out, for GraphQL and the CLI.

export interface RopaRequest {
  organization: string;
  /** Read the record as it stood then; a future instant reads as now. */
  asOf?: Date | null;
  /** The Art 30(2) processor's record instead of the controller's. */
  processor?: boolean | null;
}

export interface RopaResult {
  record: ReadRecord;
  reference: ReferenceLookup;
  transfers: TransferResult[];
  document: RopaDocument;
}

export const ropaService = {
  /** The record document; null for an unknown or unseen organisation, or one that did not exist at `asOf`. */
  record(db: Db, principal: Principal, slug: string, asOf?: Date | null, now = new Date()): ReadRecord | null {
    const id = organizationIdOf(db, principal, slug, !!asOf);
    return id === null ? null : readRecord(db, id, readInstant(asOf, now));
  },

  /** Every transfer of the record read, judged with today's reference data. */
  transfers(db: Db, record: ReadRecord): TransferResult[] {
    return analyseTransfers(record.document, referenceFacts(db), record.identity);
  },

  /** The whole report: the record, its transfers, and the findings (of the live record, or of the record as it stood). */
  build(db: Db, principal: Principal, req: RopaRequest, now = new Date()): RopaResult | null {
    const record = this.record(db, principal, req.organization, req.asOf, now);
    if (!record) return null;
    const reference = referenceLookup(db);
    const facts = referenceFacts(db);
    const transfers = analyseTransfers(record.document, facts, record.identity);
    // The rules judge the record read (now, or as it stood) with today's reference data; acceptances in force now hide findings.
    const accepted = new Set(complianceStore.acceptances(db, record.organizationId, now.toISOString()).map((a) => a.findingId));
    const findings: FindingInput[] = evaluate(record.document, facts, record.identity).filter((f) => !accepted.has(f.id));
    const document = buildRopa(record, reference, { processor: !!req.processor, transfers, findings, generatedAt: now });
    return { record, reference, transfers, document };
  },
};
