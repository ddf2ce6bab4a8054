import type { Db } from "../../db/connection";
import { parentKey, TAXONOMY_KEY } from "../../domain/taxonomy";
import { badInput, conflict, notFound } from "../common/errors";
import type { ShowId } from "../activity/activity.write.service";
import { LIMITS, optionalText, requiredText, url } from "../common/validate";
import { liveAtVersion, notReferenced, rowIdOnly } from "../common/write";
import { archiveRow, recordChange } from "../history/history.service";
import { historyStore } from "../history/history.store";
import { SEED_ACTOR } from "../record/record.write";
import { referenceStore, type CategoryRow, type PurposeRow } from "./reference.store";

// Custom data categories and purposes: entries this deployment adds below the reference taxonomy (origin "datamap").

export interface TaxonomyEntryChanges {
  name?: string;
  description?: string | null;
  dpvIri?: string | null;
}

export interface NewTaxonomyEntry extends TaxonomyEntryChanges {
  key: string;
  name: string;
}

/** Entries this project adds; reference (fideslang) entries are read-only. */
const EDITABLE_ORIGIN = "datamap";

type EntryRow = CategoryRow | PurposeRow;

/** What differs between the two trees; everything else is the same rule. */
interface Tree {
  type: "DataCategory" | "Purpose";
  what: string;
  example: string;
  byId(db: Db, id: number): EntryRow | undefined;
  byKey(db: Db, key: string): EntryRow | undefined;
  insert(db: Db, row: { key: string; name: string; description: string | null; dpvIri: string | null; parentId: number | null; origin: string }): number;
  update(db: Db, id: number, fields: { name?: string; description?: string | null; dpvIri?: string | null }): void;
  /** Live objects that use the entry, by description, so archiving it would leave them dangling. */
  referrers(db: Db, id: number): [string, string[]][];
}

const unique = (names: string[]) => [...new Set(names)];

const categories: Tree = {
  type: "DataCategory",
  what: "data category",
  example: "user.contact.pager",
  byId: (db, id) => referenceStore.categoriesByIds(db, [id])[0],
  byKey: (db, key) => referenceStore.categoryByKey(db, key),
  insert: (db, row) => referenceStore.insertCategory(db, row),
  update: (db, id, fields) => referenceStore.updateCategory(db, id, fields),
  referrers: (db, id) => [
    ["it is processed by the activities", unique(referenceStore.activitiesUsingCategory(db, id).map((a) => a.name))],
    ["it is disclosed by the activities", unique(referenceStore.disclosuresOfCategory(db, id).map((d) => `${d.activity} (to ${d.recipient})`))],
    ["it has the narrower categories", referenceStore.liveChildCategories(db, id).map((c) => c.key)],
  ],
};

const purposes: Tree = {
  type: "Purpose",
  what: "purpose",
  example: "marketing.advertising.loyalty",
  byId: (db, id) => referenceStore.purposesByIds(db, [id])[0],
  byKey: (db, key) => referenceStore.purposeByKey(db, key),
  insert: (db, row) => referenceStore.insertPurpose(db, row),
  update: (db, id, fields) => referenceStore.updatePurpose(db, id, fields),
  referrers: (db, id) => [
    ["it is served by the activities", unique(referenceStore.activitiesUsingPurpose(db, id).map((a) => a.name))],
    ["it has the narrower purposes", referenceStore.liveChildPurposes(db, id).map((p) => p.key)],
  ],
};

function columns(c: TaxonomyEntryChanges, at: string) {
  return {
    ...(c.name !== undefined ? { name: requiredText(`${at}.name`, c.name) } : {}),
    ...(c.description !== undefined ? { description: optionalText(`${at}.description`, c.description) ?? null } : {}),
    ...(c.dpvIri !== undefined ? { dpvIri: url(`${at}.dpvIri`, c.dpvIri) ?? null } : {}),
  };
}

/** A new dotted key: well-formed, not taken (keys are never reused, archived ones included), below a live entry. */
function newKey(db: Db, tree: Tree, path: string, key: unknown): { key: string; parentId: number | null } {
  if (typeof key !== "string" || !TAXONOMY_KEY.test(key) || key.length > LIMITS.key) {
    throw badInput(path, key, `a dotted key of lower-case parts (letters, digits, _) of at most ${LIMITS.key} characters, e.g. ${tree.example}`);
  }
  const taken = tree.byKey(db, key);
  if (taken) throw conflict(path, `the ${tree.what} key ${JSON.stringify(key)} is already taken${taken.archivedAt ? " by a deleted entry (keys are never reused)" : ""}`);
  const up = parentKey(key);
  if (up === null) return { key, parentId: null };
  const parent = tree.byKey(db, up);
  if (!parent || parent.archivedAt) throw badInput(path, key, `a key below an existing ${tree.what}; there is no ${tree.what} ${JSON.stringify(up)}`);
  return { key, parentId: parent.id };
}

/**
 * The entry if it exists, is not archived, is one of ours and is at the version the editor last saw.
 * Entries loaded from the reference files carry no history; their first edit records that state as version 1
 * (rolled back with everything else when the edit is refused).
 */
function editable(db: Db, tree: Tree, id: number, expectedVersion: number, show: ShowId): EntryRow {
  const row = tree.byId(db, id);
  if (!row || row.archivedAt) throw notFound("id", show(tree.type, id), tree.what);
  if (row.origin !== EDITABLE_ORIGIN) {
    throw badInput("id", show(tree.type, id), `a ${tree.what} this deployment added (origin ${EDITABLE_ORIGIN}): reference taxonomy entries are read-only (${row.key} comes from ${row.origin})`);
  }
  liveAtVersion(row, expectedVersion, show(tree.type, id), tree.what);
  if (!historyStore.latestVersion(db, tree.type, id)) recordChange(db, { type: tree.type, id, operation: "CREATE", actor: SEED_ACTOR });
  return row;
}

function create(tree: Tree) {
  return (db: Db, c: NewTaxonomyEntry, actor: string, at = "input"): number => {
    const { key, parentId } = newKey(db, tree, `${at}.key`, c.key);
    const name = requiredText(`${at}.name`, c.name);
    const fields = columns(c, at);
    const id = tree.insert(db, { key, name, description: fields.description ?? null, dpvIri: fields.dpvIri ?? null, parentId, origin: EDITABLE_ORIGIN });
    recordChange(db, { type: tree.type, id, operation: "CREATE", actor });
    return id;
  };
}

function update(tree: Tree) {
  return (db: Db, id: number, expectedVersion: number, c: TaxonomyEntryChanges, actor: string, at = "input", show: ShowId = rowIdOnly): void => {
    editable(db, tree, id, expectedVersion, show);
    tree.update(db, id, columns(c, at));
    recordChange(db, { type: tree.type, id, operation: "UPDATE", actor });
  };
}

function archive(tree: Tree) {
  return (db: Db, id: number, expectedVersion: number, actor: string, show: ShowId = rowIdOnly): void => {
    const row = editable(db, tree, id, expectedVersion, show);
    notReferenced(tree.what, JSON.stringify(row.key), tree.referrers(db, id));
    archiveRow(db, tree.type, id);
    recordChange(db, { type: tree.type, id, operation: "DELETE", actor });
  };
}

export const taxonomyWriteService = {
  /** Call inside a transaction. */
  createCategory: create(categories),
  /** Call inside a transaction; fields left out stay as they are. Keys never change: activities and history name entries by key. */
  updateCategory: update(categories),
  /** Archives a custom category nothing live uses: it leaves the taxonomy lists but old versions still name it. */
  archiveCategory: archive(categories),
  createPurpose: create(purposes),
  updatePurpose: update(purposes),
  archivePurpose: archive(purposes),
};
