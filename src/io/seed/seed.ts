import path from "node:path";
import { GraphQLError } from "graphql";
import { SeedError } from "./errors";
import type { Connection } from "../../db/connection";
import { maintenanceStore } from "../../db/maintenance.store";
import { importRecord, SEED_ACTOR } from "../../modules/record/record.write";
import { importReference } from "../../modules/reference/reference.service";
import { packageRoot } from "../../paths";
import { readSeedSet } from "./seed-set";
import { syntheticRecord, type SyntheticOptions } from "../synthetic";
import { writeTransaction } from "../../db/busy";

export const defaultSeedDir = () => path.join(packageRoot(), "seeds");

export interface SeedSummary {
  reference: { categories: number; purposes: number; legalBases: number; countries: number };
  loaded: string[];
  skipped: string[];
}

/**
 * Reads and checks every seed file first, then writes reference data and the organisations
 * not yet present in one transaction; with reset, everything is wiped and reloaded.
 */
export function seedDatabase(conn: Connection, dir = defaultSeedDir(), opts: { reset?: boolean } = {}): SeedSummary {
  const set = readSeedSet(dir);
  return writeTransaction(conn.db, (tx) => {
    if (opts.reset) maintenanceStore.wipeAll(tx);
    const reference = importReference(tx, set.reference);
    const existing = new Set(maintenanceStore.organizationSlugs(tx));
    const loaded: string[] = [];
    const skipped: string[] = [];
    for (const { file, record } of set.organizations) {
      const slug = record.organization.slug;
      if (existing.has(slug)) {
        skipped.push(slug);
        continue;
      }
      try {
        importRecord(tx, record, { actor: SEED_ACTOR });
      } catch (err) {
        // The service's own checks speak in input paths; say which file they are about.
        if (err instanceof GraphQLError) throw new SeedError(file, [{ path: "", message: err.message }]);
        throw err;
      }
      loaded.push(slug);
    }
    return { reference, loaded, skipped };
  });
}

/** True when the database has no organisation yet: `serve` seeds it then. */
export function needsSeed(conn: Connection): boolean {
  return maintenanceStore.organizationCount(conn.db) === 0;
}

/** Loads the reference data and one synthetic organisation (see io/synthetic.ts), in one transaction. */
export function seedSynthetic(conn: Connection, options: SyntheticOptions, dir = defaultSeedDir()): { slug: string; activities: number } {
  const set = readSeedSet(dir);
  const record = syntheticRecord(options);
  return writeTransaction(conn.db, (tx) => {
    importReference(tx, set.reference);
    if (maintenanceStore.organizationSlugs(tx).includes(options.slug)) {
      throw new SeedError("--org", [{ path: "", message: `an organisation with the slug ${JSON.stringify(options.slug)} already exists` }]);
    }
    importRecord(tx, record, { actor: SEED_ACTOR });
    return { slug: options.slug, activities: record.activities.length };
  });
}
