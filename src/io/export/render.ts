import type { Db } from "../../db/connection";
import type { Principal } from "../../domain/principal";
import { complianceService } from "../../modules/compliance/compliance.service";
import { referenceLookup } from "../../modules/record/reference-lookup";
import { organizationIdOf } from "../../modules/record/record.read";
import { ropaService } from "../../modules/ropa/ropa.service";
import { packageVersion } from "../../paths";
import { seedSources } from "../report/record-sources";
import { findingsSarif } from "../report/sarif";
import { renderDpv } from "./dpv";
import { renderRopaCsv } from "./ropa-csv";
import { renderRopaHtml } from "./ropa-html";
import { renderRopaJson } from "./ropa-json";
import { renderRopaMarkdown } from "./ropa-md";
import { renderRopaXlsx, xlsxSize } from "./ropa-xlsx";

// One organisation's record rendered as a file, the same bytes whether `datamap export ropa` or
// GET /export/<slug>/<format> asks for it (and, for SARIF, `datamap check --org <slug>` without --source).

export const ROPA_FORMATS = ["xlsx", "csv", "md", "html", "json", "jsonld"] as const;
export type RopaFormat = (typeof ROPA_FORMATS)[number];
export const EXPORT_FORMATS = [...ROPA_FORMATS, "sarif"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** Formats that carry the whole record rather than the report: there is no processor's variant of them. */
export const RECORD_FORMATS: readonly ExportFormat[] = ["json", "jsonld"];

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  html: "text/html; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  json: "application/json",
  jsonld: "application/ld+json",
  sarif: "application/sarif+json",
};

export interface RenderedExport {
  body: string | Buffer;
  contentType: string;
  filename: string;
  /** Activities in the record written (findings, for SARIF). */
  count: number;
}

/** A progress display for long renders: told the amount of work, ticked per unit done. */
export type Progress = (total: number) => { tick: () => void; stop: () => void };

async function renderRopa(db: Db, principal: Principal, slug: string, format: RopaFormat, asOf: Date | null, processor: boolean, progress?: Progress) {
  if (RECORD_FORMATS.includes(format)) {
    // The record formats need neither the report's rows nor the findings.
    const record = ropaService.record(db, principal, slug, asOf);
    if (!record) return null;
    const count = record.document.activities.length;
    if (format === "json") return { body: renderRopaJson(record.document), count };
    return { body: renderDpv(record, referenceLookup(db), ropaService.transfers(db, record)), count };
  }
  const built = ropaService.build(db, principal, { organization: slug, asOf, processor });
  if (!built) return null;
  const { document } = built;
  const bar = progress?.(format === "xlsx" ? xlsxSize(document) : document.rows.length);
  const tick = bar?.tick;
  try {
    let body: string | Buffer;
    if (format === "csv") body = renderRopaCsv(document, tick);
    else if (format === "md") body = renderRopaMarkdown(document, tick);
    else if (format === "html") body = renderRopaHtml(document, tick);
    else body = await renderRopaXlsx(document, tick);
    return { body, count: document.rows.length };
  } finally {
    bar?.stop();
  }
}

/**
 * The file for one organisation the principal may see; null when it is unknown, outside the principal's scope,
 * or had no record yet at `asOf`. Callers check the format and the processor flag against RECORD_FORMATS.
 */
export async function renderExport(
  db: Db,
  principal: Principal,
  slug: string,
  format: ExportFormat,
  asOf: Date | null,
  processor: boolean,
  opts: { version?: string; progress?: Progress } = {},
): Promise<RenderedExport | null> {
  if (organizationIdOf(db, principal, slug, asOf !== null) === null) return null;
  if (format === "sarif") {
    // Accepted findings too: the log carries them as suppressions.
    const { findings, subjects } = complianceService.report(db, principal, { organization: slug, asOf, includeAccepted: true });
    const { text } = findingsSarif(findings, subjects, { version: opts.version ?? packageVersion(), organization: slug, sources: seedSources() });
    return { body: text, contentType: CONTENT_TYPES.sarif, filename: `${slug}-findings.sarif`, count: findings.length };
  }
  const out = await renderRopa(db, principal, slug, format, asOf, processor, opts.progress);
  return out && { ...out, contentType: CONTENT_TYPES[format], filename: `${slug}-ropa.${format}` };
}
