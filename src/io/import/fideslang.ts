import path from "node:path";
import { TransactionRollbackError } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/connection";
import { parentKey, TAXONOMY_KEY } from "../../domain/taxonomy";
import { recordChange } from "../../modules/history/history.service";
import { historyStore } from "../../modules/history/history.store";
import { SEED_ACTOR } from "../../modules/record/record.write";
import { referenceStore } from "../../modules/reference/reference.store";
import { SeedError } from "../seed/errors";
import { readYamlFile } from "../seed/read";
import { IMPORT_ACTOR } from "./gvl";

// `datamap import fideslang`: a fideslang taxonomy file (data categories, data uses or data subjects) adds or updates entries by fides_key.

const entry = z
  .object({
    fides_key: z.string().regex(TAXONOMY_KEY, "expected a dotted lower-case key like user.contact.email"),
    name: z.string({ error: "expected the entry's name, a text" }).min(1, "expected the entry's name, not an empty text"),
    description: z.string().nullish(),
    parent_key: z.string().nullish(),
    version_deprecated: z.union([z.string(), z.number()]).nullish(),
  })
  .passthrough();

const KINDS = { data_category: "data categories", data_use: "data uses (purposes)", data_subject: "data subjects" } as const;
type Kind = keyof typeof KINDS;

const fideslangFile = z
  .object(
    { data_category: z.array(entry).optional(), data_use: z.array(entry).optional(), data_subject: z.array(entry).optional() },
    { error: "expected a fideslang taxonomy: a mapping with a data_category, data_use or data_subject list" },
  )
  .passthrough()
  .refine((f) => Object.keys(KINDS).filter((k) => f[k as Kind] !== undefined).length === 1, {
    message: `expected exactly one of ${Object.keys(KINDS).join(", ")} at the top level (one fideslang taxonomy per file)`,
  });

type Entry = z.infer<typeof entry>;
type Problem = { path: string; message: string };

export interface FideslangSummary {
  kind: Kind;
  what: string;
  entries: number;
  added: number;
  changed: number;
  unchanged: number;
  deprecated: number;
  dryRun: boolean;
}

/** The live and archived rows of one taxonomy, by key, and how to write them. */
interface Tree {
  type: "DataCategory" | "Purpose" | null;
  rows: Map<string, { id: number; name: string; description: string | null; parentId: number | null; origin: string; deprecated: boolean; archivedAt: string | null }>;
  insert(row: { key: string; name: string; description: string | null; parentId: number | null; deprecated: boolean }): number;
  update(id: number, fields: { name: string; description: string | null; parentId: number | null; origin: string; deprecated: boolean }): void;
}

function tree(db: Db, kind: Kind): Tree {
  const origin = "fideslang";
  if (kind === "data_category") {
    return {
      type: "DataCategory",
      rows: new Map(referenceStore.allCategories(db).map((r) => [r.key, r])),
      insert: (row) => referenceStore.insertCategory(db, { ...row, origin, dpvIri: null }),
      update: (id, fields) => referenceStore.updateCategory(db, id, fields),
    };
  }
  if (kind === "data_use") {
    return {
      type: "Purpose",
      rows: new Map(referenceStore.allPurposes(db).map((r) => [r.key, r])),
      insert: (row) => referenceStore.insertPurpose(db, { ...row, origin, dpvIri: null }),
      update: (id, fields) => referenceStore.updatePurpose(db, id, fields),
    };
  }
  const subjects = referenceStore.allSubjects(db);
  return {
    type: null,
    rows: new Map(subjects.map((r) => [r.key, { ...r, parentId: null, archivedAt: null }])),
    insert: (row) => referenceStore.upsertSubject(db, { key: row.key, name: row.name, description: row.description, deprecated: row.deprecated, origin, dpvIri: null }),
    update: (id, fields) => {
      const s = subjects.find((x) => x.id === id)!;
      referenceStore.upsertSubject(db, { key: s.key, name: fields.name, description: fields.description, deprecated: fields.deprecated, origin, dpvIri: s.dpvIri });
    },
  };
}

/** Parents first, keeping the file's order among entries of the same depth. */
const byDepth = (entries: { e: Entry; i: number }[]) => [...entries].sort((a, b) => a.e.fides_key.split(".").length - b.e.fides_key.split(".").length || a.i - b.i);

/** Writes the entries; call inside a transaction. Every problem is found before the first write. */
export function applyFideslang(db: Db, file: string, kind: Kind, entries: Entry[]): Omit<FideslangSummary, "dryRun"> {
  const t = tree(db, kind);
  const problems: Problem[] = [];
  const inFile = new Set<string>();
  entries.forEach((e, i) => {
    const at = `${kind}[${i}]`;
    if (inFile.has(e.fides_key)) problems.push({ path: `${at}.fides_key`, message: `${JSON.stringify(e.fides_key)} is listed twice; expected each key once` });
    inFile.add(e.fides_key);
    const existing = t.rows.get(e.fides_key);
    if (existing?.archivedAt) problems.push({ path: `${at}.fides_key`, message: `${JSON.stringify(e.fides_key)} belongs to a deleted entry; keys are never reused` });
  });
  entries.forEach((e, i) => {
    const at = `${kind}[${i}].parent_key`;
    const dotted = kind === "data_subject" ? null : parentKey(e.fides_key);
    const given = e.parent_key ?? null;
    if (given !== dotted) {
      problems.push({ path: at, message: `${JSON.stringify(given)} does not match the key ${JSON.stringify(e.fides_key)}; expected ${JSON.stringify(dotted)} (the key up to its last dot)` });
    } else if (given !== null && !inFile.has(given)) {
      const parent = t.rows.get(given);
      if (!parent || parent.archivedAt) problems.push({ path: at, message: `${JSON.stringify(given)} is an unknown taxonomy key; expected a ${KINDS[kind]} key in this file or in the database` });
    }
  });
  if (problems.length) throw new SeedError(file, problems);

  const summary = { kind, what: KINDS[kind], entries: entries.length, added: 0, changed: 0, unchanged: 0, deprecated: 0 };
  const ids = new Map([...t.rows].map(([k, r]) => [k, r.id]));
  for (const { e } of byDepth(entries.map((e, i) => ({ e, i })))) {
    const wanted = {
      name: e.name,
      description: e.description ?? null,
      parentId: e.parent_key ? ids.get(e.parent_key)! : null,
      origin: "fideslang",
      deprecated: e.version_deprecated != null,
    };
    if (wanted.deprecated) summary.deprecated++;
    const row = t.rows.get(e.fides_key);
    if (!row) {
      const id = t.insert({ key: e.fides_key, ...wanted });
      ids.set(e.fides_key, id);
      if (t.type) recordChange(db, { type: t.type, id, operation: "CREATE", actor: IMPORT_ACTOR });
      summary.added++;
      continue;
    }
    const same = (Object.keys(wanted) as (keyof typeof wanted)[]).every((k) => row[k] === wanted[k]);
    if (same) {
      summary.unchanged++;
      continue;
    }
    // Entries loaded from the reference files have no history yet: their state so far becomes version 1.
    if (t.type && !historyStore.latestVersion(db, t.type, row.id)) recordChange(db, { type: t.type, id: row.id, operation: "CREATE", actor: SEED_ACTOR });
    t.update(row.id, wanted);
    if (t.type) recordChange(db, { type: t.type, id: row.id, operation: "UPDATE", actor: IMPORT_ACTOR });
    summary.changed++;
  }
  return summary;
}

/** Reads a fideslang file and writes it in one transaction (rolled back for a dry run). */
export function importFideslang(db: Db, file: string, opts: { dryRun?: boolean } = {}): FideslangSummary {
  const name = path.relative(process.cwd(), file) || file;
  const parsed = readYamlFile(file, fideslangFile);
  const kind = (Object.keys(KINDS) as Kind[]).find((k) => parsed[k] !== undefined)!;
  let result: Omit<FideslangSummary, "dryRun"> | undefined;
  try {
    db.transaction((tx) => {
      result = applyFideslang(tx, name, kind, parsed[kind]!);
      if (opts.dryRun) tx.rollback();
    });
  } catch (err) {
    if (!(err instanceof TransactionRollbackError && opts.dryRun && result)) throw err;
  }
  return { ...result!, dryRun: !!opts.dryRun };
}
