import { TransactionRollbackError } from "drizzle-orm";
import { GraphQLError } from "graphql";
import type { Db } from "../../db/connection";
import { activityWriteService, type ActivityChanges } from "../../modules/activity/activity.write.service";
import { gvlStore, parseFacts } from "../../modules/recipient/gvl.store";
import { recipientWriteService } from "../../modules/recipient/recipient.write.service";
import type { RecipientRow } from "../../modules/recipient/recipient.store";
import { SeedError } from "../seed/errors";
import { planVendors, sameColumns, type VendorPlan } from "./gvl-facts";
import type { GvlList } from "./gvl-file";
import type { GvlMapping } from "./gvl-mapping";
import { writeTransaction } from "../../db/busy";

// `datamap import gvl`: the vendors of an IAB TCF Global Vendor List become recipients of one organisation, in one transaction.

/** The actor history names for everything an import writes. */
export const IMPORT_ACTOR = "import";

/**
 * Ad-tech vendors registered in the TCF declare their own purposes and act as controllers for them
 * (TCF policy), so they are recorded as independent controllers, not processors.
 */
export const VENDOR_KIND = "INDEPENDENT_CONTROLLER";
export const VENDOR_CATEGORY = "Ad tech vendor";
export const TCF_ACTIVITY_NAME = "Advertising through IAB TCF vendors";
const TCF_ACTIVITY_DESCRIPTION =
  "Disclosures to the ad-tech vendors of the IAB TCF Global Vendor List, kept by `datamap import gvl`: each disclosure names the vendor's declared TCF purposes, and its data categories are the vendor's data declarations mapped to the taxonomy. The importer owns this activity's purposes, data categories and vendor disclosures.";

export interface GvlImportSummary {
  vendorListVersion: number;
  vendors: number;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  /** Vendors marked deleted in the list that the organisation never had (or had already removed). */
  skippedDeleted: number;
  /** Live vendor recipients the list does not mention at all; they are left as they are. */
  notInList: number;
  activity: "created" | "updated" | "unchanged";
  /** Slips in the list that were left out, each with its JSON path. */
  warnings: { path: string; message: string }[];
  dryRun: boolean;
}

type Disclosure = { recipientId: number; purpose: string | null; dataCategories: string[] };
const sameDisclosure = (a: Disclosure | undefined, b: Disclosure) => !!a && a.purpose === b.purpose && a.dataCategories.join() === b.dataCategories.join();
const union = (lists: string[][]) => [...new Set(lists.flat())].sort();

/** A write service's error as a problem of the file: its argument path is the place in the file (vendors["12"].name). */
export function fileError(file: string, err: GraphQLError): SeedError {
  const at = typeof err.extensions.argumentPath === "string" ? err.extensions.argumentPath : "";
  const message = at && err.message.startsWith(`${at}: `) ? err.message.slice(at.length + 2) : err.message;
  return new SeedError(file, [{ path: at, message }]);
}

function inFile<T>(file: string, work: () => T): T {
  try {
    return work();
  } catch (err) {
    if (err instanceof GraphQLError) throw fileError(file, err);
    throw err;
  }
}

/** Creates or updates one live vendor; returns its row id and whether the recipient itself changed. */
function writeVendor(db: Db, organizationId: number, p: VendorPlan, row: RecipientRow | undefined): { id: number; changed: boolean } {
  if (!row) {
    const id = recipientWriteService.create(db, organizationId, { name: p.name, kind: VENDOR_KIND, category: VENDOR_CATEGORY, named: true }, IMPORT_ACTOR, p.at, undefined, (newId) =>
      gvlStore.setColumns(db, newId, p.columns),
    );
    return { id, changed: true };
  }
  if (row.name === p.name && sameColumns(row, p.columns)) return { id: row.id, changed: false };
  // Columns first, so the version the update records already holds them.
  gvlStore.setColumns(db, row.id, p.columns);
  recipientWriteService.update(db, row.id, row.version, row.name === p.name ? {} : { name: p.name }, IMPORT_ACTOR, p.at);
  return { id: row.id, changed: true };
}

/**
 * Applies a vendor list to an organisation. Call inside a transaction: every vendor goes through the
 * recipient write service and the disclosures through the activity write service, so history records each change.
 */
export function applyGvlList(db: Db, organizationId: number, list: GvlList, mapping: GvlMapping, opts: GvlImportOptions = {}): Omit<GvlImportSummary, "dryRun"> {
  const tick = opts.tick ?? (() => undefined);
  const imported = gvlStore.importedList(db, organizationId);
  if (imported && list.vendorListVersion < imported.vendorListVersion && !opts.allowOlder) {
    throw new SeedError(list.file, [
      {
        path: "vendorListVersion",
        message: `${list.vendorListVersion} is older than version ${imported.vendorListVersion}, already imported into this organisation; importing it would roll its vendors back (give --allow-older to do so)`,
      },
    ]);
  }
  const { plans, problems, warnings } = planVendors(list, mapping);
  if (problems.length) throw new SeedError(list.file, problems.slice(0, 20));
  const live = new Map<number, RecipientRow>();
  for (const row of gvlStore.liveVendors(db, organizationId)) if (!live.has(row.gvlId!)) live.set(row.gvlId!, row);
  const activity = gvlStore.tcfActivity(db, organizationId);
  const current = activity ? gvlStore.disclosures(db, activity.id) : [];
  const currentByRecipient = new Map(current.map((d) => [d.recipientId, d]));

  const summary = { vendorListVersion: list.vendorListVersion, vendors: plans.length, added: 0, changed: 0, removed: 0, unchanged: 0, skippedDeleted: 0, notInList: 0 };
  const removed: { plan: VendorPlan; row: RecipientRow }[] = [];
  const listed = new Set<number>();
  const vendorDisclosures: Disclosure[] = [];
  const vendorPurposes: string[][] = [];
  inFile(list.file, () => {
    for (const p of plans) {
      tick();
      listed.add(p.gvlId);
      const row = live.get(p.gvlId);
      if (p.deleted) {
        if (row) removed.push({ plan: p, row });
        else summary.skippedDeleted++;
        continue;
      }
      const { id, changed } = writeVendor(db, organizationId, p, row);
      const disclosure = { recipientId: id, ...p.disclosure };
      vendorDisclosures.push(disclosure);
      vendorPurposes.push(p.allPurposeKeys);
      if (!row) summary.added++;
      else if (changed || !sameDisclosure(currentByRecipient.get(id), disclosure)) summary.changed++;
      else summary.unchanged++;
    }
  });

  // Vendors the list does not mention keep their disclosure and their share of the activity's purposes.
  const removedIds = new Set(removed.map((x) => x.row.id));
  const unlisted = [...live.values()].filter((row) => !listed.has(row.gvlId!));
  summary.notInList = unlisted.length;
  for (const row of unlisted) {
    const f = parseFacts(row.gvlFacts);
    if (f && currentByRecipient.has(row.id)) vendorPurposes.push([...f.purposeKeys, ...f.legIntPurposeKeys, ...f.specialPurposeKeys]);
  }
  const vendorIds = new Set(vendorDisclosures.map((d) => d.recipientId));
  const kept = current.filter((d) => !vendorIds.has(d.recipientId) && !removedIds.has(d.recipientId));
  const wanted = [...kept, ...vendorDisclosures];
  const purposes = union(vendorPurposes);
  const dataCategories = union(wanted.map((d) => d.dataCategories));

  let activityState: GvlImportSummary["activity"] = "unchanged";
  const changes: ActivityChanges = {
    purposes,
    dataCategories,
    disclosures: wanted.map((d) => ({ recipient: d.recipientId, purpose: d.purpose, dataCategories: d.dataCategories })),
  };
  inFile(list.file, () => {
    if (!activity) {
      if (wanted.length) {
        const key = gvlStore.freeTcfKey(db, organizationId);
        activityWriteService.create(db, organizationId, { key, name: TCF_ACTIVITY_NAME, description: TCF_ACTIVITY_DESCRIPTION, ...changes }, IMPORT_ACTOR, "activity");
        activityState = "created";
      }
    } else {
      const now = gvlStore.activityKeys(db, activity.id);
      const same =
        now.purposes.join() === purposes.join() &&
        now.dataCategories.join() === dataCategories.join() &&
        wanted.length === current.length &&
        wanted.every((d) => sameDisclosure(currentByRecipient.get(d.recipientId), d));
      if (!same) {
        activityWriteService.update(db, activity.id, activity.version, changes, IMPORT_ACTOR, "activity");
        activityState = "updated";
      }
    }
  });
  // Only now are the removed vendors free of the TCF activity's disclosures; anything else still using them stops the import.
  for (const { plan, row } of removed) {
    inFile(list.file, () => {
      try {
        recipientWriteService.archive(db, row.id, row.version, IMPORT_ACTOR);
      } catch (err) {
        if (err instanceof GraphQLError) {
          throw new SeedError(list.file, [{ path: `${plan.at}.deletedDate`, message: `the vendor left the list, but ${err.message.replace(/^id: /, "")}` }]);
        }
        throw err;
      }
    });
    summary.removed++;
  }
  // The same list again changes nothing, not even the date it was last imported.
  if (imported?.vendorListVersion !== list.vendorListVersion || imported.lastUpdated !== list.lastUpdated) {
    gvlStore.setImportedList(db, organizationId, list.vendorListVersion, list.lastUpdated, new Date().toISOString());
  }
  return { ...summary, activity: activityState, warnings };
}

export interface GvlImportOptions {
  dryRun?: boolean;
  /** Import a list older than the one already imported, rolling vendors back to it. */
  allowOlder?: boolean;
  tick?: () => void;
}

/** Runs the import in one transaction; a dry run does all the same checks and writes, then rolls them back. */
export function importGvl(db: Db, organizationId: number, list: GvlList, mapping: GvlMapping, opts: GvlImportOptions = {}): GvlImportSummary {
  let result: Omit<GvlImportSummary, "dryRun"> | undefined;
  try {
    writeTransaction(db, (tx) => {
      result = applyGvlList(tx, organizationId, list, mapping, opts);
      if (opts.dryRun) tx.rollback();
    });
  } catch (err) {
    if (!(err instanceof TransactionRollbackError && opts.dryRun && result)) throw err;
  }
  return { ...result!, dryRun: !!opts.dryRun };
}
