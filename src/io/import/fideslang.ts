import { TransactionRollbackError } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { parentKey, TAXONOMY_KEY } from "../../domain/taxonomy";
import { recordChange } from "../../modules/history/history.service";
import { historyStore } from "../../modules/history/history.store";
import { SEED_ACTOR } from "../../modules/record/record.write";
import { referenceStore } from "../../modules/reference/reference.store";
import { FidesFilesError, readFidesBundle, type FidesBundle, type Problem } from "./fides-files";
import { TAXONOMY_KINDS, type TaxonomyKind } from "./fides-manifest";
import { IMPORT_ACTOR } from "./gvl";
import { writeTransaction } from "../../db/busy";

// `datamap import fideslang` (and the taxonomy part of `import fides`): data_category, data_use and data_subject
// entries, in one file or several kinds per file, add or update our taxonomy by fides_key.

const WHAT: Record<TaxonomyKind, string> = { data_category: "data categories", data_use: "data uses (purposes)", data_subject: "data subjects" };
const SUBJECT_KEY = /^[a-z][a-z0-9_]*$/;

export interface KindSummary {
  kind: TaxonomyKind;
  what: string;
  entries: number;
  added: number;
  changed: number;
  unchanged: number;
  /** Existing entries left with our wording (--keep-names). */
  kept: number;
  deprecated: number;
}

export interface FideslangSummary {
  kinds: KindSummary[];
  dryRun: boolean;
}

type Row = { id: number; name: string; description: string | null; parentId: number | null; origin: string; deprecated: boolean; archivedAt: string | null };

/** The live and archived rows of one taxonomy, by key, and how to write them. */
interface Tree {
  type: "DataCategory" | "Purpose" | null;
  rows: Map<string, Row>;
  insert(row: { key: string; name: string; description: string | null; parentId: number | null; deprecated: boolean; origin: string }): number;
  update(id: number, fields: { name: string; description: string | null; parentId: number | null; origin: string; deprecated: boolean }): void;
}

function tree(db: Db, kind: TaxonomyKind): Tree {
  if (kind === "data_category") {
    return {
      type: "DataCategory",
      rows: new Map(referenceStore.allCategories(db).map((r) => [r.key, r])),
      insert: (row) => referenceStore.insertCategory(db, { ...row, dpvIri: null }),
      update: (id, fields) => referenceStore.updateCategory(db, id, fields),
    };
  }
  if (kind === "data_use") {
    return {
      type: "Purpose",
      rows: new Map(referenceStore.allPurposes(db).map((r) => [r.key, r])),
      insert: (row) => referenceStore.insertPurpose(db, { ...row, dpvIri: null }),
      update: (id, fields) => referenceStore.updatePurpose(db, id, fields),
    };
  }
  const subjects = referenceStore.allSubjects(db);
  return {
    type: null,
    rows: new Map(subjects.map((r) => [r.key, { ...r, parentId: null, archivedAt: null }])),
    insert: (row) => referenceStore.upsertSubject(db, { key: row.key, name: row.name, description: row.description, deprecated: row.deprecated, origin: row.origin, dpvIri: null }),
    update: (id, fields) => {
      const s = subjects.find((x) => x.id === id)!;
      referenceStore.upsertSubject(db, { key: s.key, name: fields.name, description: fields.description, deprecated: fields.deprecated, origin: fields.origin, dpvIri: s.dpvIri });
    },
  };
}

type Item = FidesBundle["taxonomy"][TaxonomyKind][number];

/** Every problem of one kind's entries, before anything is written. */
function check(kind: TaxonomyKind, items: Item[], t: Tree, problems: Problem[]): void {
  const inFile = new Set(items.map((x) => x.value.fides_key));
  for (const { file, at, value: e } of items) {
    const keyOk = kind === "data_subject" ? SUBJECT_KEY.test(e.fides_key) : TAXONOMY_KEY.test(e.fides_key);
    if (!keyOk) {
      const want = kind === "data_subject" ? "a lower-case data-subject key like customer (letters, digits, _)" : "a dotted lower-case key like user.contact.email";
      problems.push({ file, path: `${at} fides_key`, message: `${JSON.stringify(e.fides_key)} is not a key datamap can hold; expected ${want}` });
      continue;
    }
    if (t.rows.get(e.fides_key)?.archivedAt) problems.push({ file, path: `${at} fides_key`, message: `${JSON.stringify(e.fides_key)} belongs to a deleted entry; keys are never reused` });
    const dotted = kind === "data_subject" ? null : parentKey(e.fides_key);
    const given = e.parent_key ?? null;
    if (given !== dotted && kind === "data_subject") {
      problems.push({ file, path: `${at} parent_key`, message: `${JSON.stringify(given)} is given, but fideslang's data subjects have no parent; expected none` });
    } else if (given !== dotted) {
      problems.push({ file, path: `${at} parent_key`, message: `${JSON.stringify(given)} does not match the key ${JSON.stringify(e.fides_key)}; expected ${JSON.stringify(dotted)} (the key up to its last dot)` });
    } else if (given !== null && !inFile.has(given)) {
      const parent = t.rows.get(given);
      if (!parent || parent.archivedAt) problems.push({ file, path: `${at} parent_key`, message: `${JSON.stringify(given)} is an unknown taxonomy key; expected a ${WHAT[kind]} key in the files or in the database` });
    }
  }
}

/** Parents first, keeping the file's order among entries of the same depth. */
const byDepth = (items: Item[]) => items.map((x, i) => ({ x, i })).sort((a, b) => a.x.value.fides_key.split(".").length - b.x.value.fides_key.split(".").length || a.i - b.i);

/**
 * Writes the taxonomy entries of a bundle; call inside a transaction. Every problem is found before the first write.
 * An entry Fides marks `is_default: true` has origin fideslang; any other new entry is ours (origin datamap).
 */
export function applyTaxonomy(db: Db, taxonomy: FidesBundle["taxonomy"], opts: { keepNames?: boolean } = {}): KindSummary[] {
  const trees = Object.fromEntries(TAXONOMY_KINDS.map((k) => [k, tree(db, k)])) as Record<TaxonomyKind, Tree>;
  const problems: Problem[] = [];
  for (const kind of TAXONOMY_KINDS) check(kind, taxonomy[kind], trees[kind], problems);
  if (problems.length) throw new FidesFilesError(problems);

  const summaries: KindSummary[] = [];
  for (const kind of TAXONOMY_KINDS) {
    const items = taxonomy[kind];
    if (!items.length) continue;
    const t = trees[kind];
    const s: KindSummary = { kind, what: WHAT[kind], entries: items.length, added: 0, changed: 0, unchanged: 0, kept: 0, deprecated: 0 };
    const ids = new Map([...t.rows].map(([k, r]) => [k, r.id]));
    for (const { x } of byDepth(items)) {
      const e = x.value;
      const row = t.rows.get(e.fides_key);
      const wanted = {
        name: e.name,
        description: e.description ?? null,
        parentId: e.parent_key ? ids.get(e.parent_key)! : null,
        origin: e.is_default === true ? "fideslang" : (row?.origin ?? "datamap"),
        deprecated: e.version_deprecated != null,
      };
      if (!row) {
        if (wanted.deprecated) s.deprecated++;
        const id = t.insert({ key: e.fides_key, ...wanted });
        ids.set(e.fides_key, id);
        if (t.type) recordChange(db, { type: t.type, id, operation: "CREATE", actor: IMPORT_ACTOR });
        s.added++;
        continue;
      }
      if (opts.keepNames) {
        s.kept++;
        continue;
      }
      if (wanted.deprecated) s.deprecated++;
      if ((Object.keys(wanted) as (keyof typeof wanted)[]).every((k) => row[k] === wanted[k])) {
        s.unchanged++;
        continue;
      }
      // Entries loaded from the reference files have no history yet: their state so far becomes version 1.
      if (t.type && !historyStore.latestVersion(db, t.type, row.id)) recordChange(db, { type: t.type, id: row.id, operation: "CREATE", actor: SEED_ACTOR });
      t.update(row.id, wanted);
      if (t.type) recordChange(db, { type: t.type, id: row.id, operation: "UPDATE", actor: IMPORT_ACTOR });
      s.changed++;
    }
    summaries.push(s);
  }
  return summaries;
}

/** Reads taxonomy files (any mix of data_category, data_use and data_subject) and writes them in one transaction. */
export function importFideslang(db: Db, files: string | string[], opts: { dryRun?: boolean; keepNames?: boolean } = {}): FideslangSummary {
  const bundle = readFidesBundle(Array.isArray(files) ? files : [files]);
  const others = [
    ...bundle.organizations.map((r) => ({ ...r, kind: "organization" })),
    ...bundle.systems.map((r) => ({ ...r, kind: "system" })),
    ...bundle.datasets.map((r) => ({ ...r, kind: "dataset" })),
  ];
  if (others.length) {
    throw new FidesFilesError(others.map((r) => ({ file: r.file, path: r.at, message: `a ${r.kind} resource; expected only taxonomy entries (data_category, data_use, data_subject): read ${r.kind} resources with datamap import fides` })));
  }
  if (!TAXONOMY_KINDS.some((k) => bundle.taxonomy[k].length)) {
    throw new FidesFilesError([{ file: bundle.files[0], path: "", message: "no taxonomy entries; expected a data_category, data_use or data_subject list" }]);
  }
  let result: KindSummary[] | undefined;
  try {
    writeTransaction(db, (tx) => {
      result = applyTaxonomy(tx, bundle.taxonomy, opts);
      if (opts.dryRun) tx.rollback();
    });
  } catch (err) {
    if (!(err instanceof TransactionRollbackError && opts.dryRun && result)) throw err;
  }
  return { kinds: result!, dryRun: !!opts.dryRun };
}
