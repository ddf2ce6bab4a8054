// Workload: import the real IAB TCF vendor list (692 vendors) into an organisation, then import it again.
// The list lives outside the repository (../shared/reference); without it the workload is skipped.
import fs from "node:fs";
import path from "node:path";
import type { Db } from "../../src/db/connection";
import { importGvl } from "../../src/io/import/gvl";
import { readGvlList } from "../../src/io/import/gvl-file";
import { readGvlMapping } from "../../src/io/import/gvl-mapping";
import { organizationStore } from "../../src/modules/organization/organization.store";
import { packageRoot } from "../../src/paths";

export interface GvlBench {
  /** First import: reading and checking the file, and writing every vendor with its history. */
  ms: number;
  vendors: number;
  /** Added + changed + removed on the second import of the same list: 0 when re-import is idempotent. */
  secondRunChanges: number;
  secondRunMs: number;
}

export const gvlListFile = () => path.join(packageRoot(), "..", "shared", "reference", "gvl", "vendor-list-v17.json");

/** Needs the reference data and the organisation (the seed's landups by default); null when the list is not there. */
export function gvlImport(db: Db, slug = "landups"): GvlBench | null {
  const file = gvlListFile();
  if (!fs.existsSync(file)) return null;
  const org = organizationStore.bySlug(db, slug);
  if (!org) throw new Error(`gvl workload: no organisation ${JSON.stringify(slug)}; seed the database first`);
  const run = () => {
    const started = process.hrtime.bigint();
    const summary = importGvl(db, org.id, readGvlList(file), readGvlMapping(db));
    return { summary, ms: Number(process.hrtime.bigint() - started) / 1e6 };
  };
  const first = run();
  const second = run();
  const s = second.summary;
  return { ms: first.ms, vendors: first.summary.vendors, secondRunChanges: s.added + s.changed + s.removed, secondRunMs: second.ms };
}
