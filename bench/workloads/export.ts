import type { Db } from "../../src/db/connection";
import { SYSTEM } from "../../src/modules/context";
import { renderRopaXlsx } from "../../src/io/export/ropa-xlsx";
import { ropaService } from "../../src/modules/ropa/ropa.service";

// W4: the Art 30 record of an organisation as an XLSX workbook, as `datamap export ropa --format xlsx` builds it.

export async function xlsxExport(db: Db, slug: string): Promise<{ buildMs: number; renderMs: number; bytes: number; rows: number }> {
  let t = process.hrtime.bigint();
  const built = ropaService.build(db, SYSTEM, { organization: slug, asOf: null, processor: false });
  if (!built) throw new Error(`W4: no organisation ${slug}`);
  const buildMs = Number(process.hrtime.bigint() - t) / 1e6;
  t = process.hrtime.bigint();
  const buffer = await renderRopaXlsx(built.document);
  const renderMs = Number(process.hrtime.bigint() - t) / 1e6;
  const doc = built.document;
  return { buildMs, renderMs, bytes: buffer.length, rows: doc.rows.length + doc.transfers.length + doc.findings.length };
}
