import path from "node:path";
import { z } from "zod";
import type { Db } from "../../db/connection";
import { TAXONOMY_KEY } from "../../domain/taxonomy";
import { referenceStore } from "../../modules/reference/reference.store";
import { SeedError } from "../seed/errors";
import { readYamlFile } from "../seed/read";
import { isoDate } from "../seed/reference-files";
import { packageRoot } from "../../paths";

// seeds/reference/gvl-mapping.yaml: which of our purpose and data-category keys each IAB TCF declaration stands for.

const key = z.string().regex(TAXONOMY_KEY, "expected a dotted lower-case key like user.device.ip_address");
const id = z.number().int().positive();
const withPurposes = z.object({ id, label: z.string().min(1), purposes: z.array(key).min(1), note: z.string().optional() }).strict();
const labelOnly = z.object({ id, label: z.string().min(1), note: z.string().optional() }).strict();
const withCategories = z.object({ id, label: z.string().min(1), dataCategories: z.array(key).min(1), note: z.string().optional() }).strict();

export const gvlMappingFile = z
  .object({
    source: z.string().min(1),
    asOf: z.union([z.string(), z.date()]).transform(isoDate),
    purposes: z.array(withPurposes).min(1),
    specialPurposes: z.array(withPurposes),
    features: z.array(labelOnly),
    specialFeatures: z.array(labelOnly),
    dataCategories: z.array(withCategories).min(1),
  })
  .strict();

type Entry = { label: string; keys: string[] };

/** The mapping, by TCF id within each kind of declaration. */
export interface GvlMapping {
  file: string;
  asOf: string;
  purposes: Map<number, Entry>;
  specialPurposes: Map<number, Entry>;
  features: Map<number, Entry>;
  specialFeatures: Map<number, Entry>;
  dataCategories: Map<number, Entry>;
}

export const defaultMappingFile = () => path.join(packageRoot(), "seeds", "reference", "gvl-mapping.yaml");

/** Reads the mapping file; a malformed file, a repeated id or an unknown key is a SeedError naming the entry. */
export function readGvlMapping(db: Db, file = defaultMappingFile()): GvlMapping {
  const raw = readYamlFile(file, gvlMappingFile);
  const name = path.relative(process.cwd(), file) || file;
  const purposeKeys = new Set(referenceStore.allPurposes(db).filter((p) => !p.archivedAt).map((p) => p.key));
  const categoryKeys = new Set(referenceStore.allCategories(db).filter((c) => !c.archivedAt).map((c) => c.key));
  const problems: { path: string; message: string }[] = [];

  const index = (list: string, entries: { id: number; label: string }[], keysOf: (e: any) => string[], known: Set<string> | null, what: string) => {
    const map = new Map<number, Entry>();
    entries.forEach((e, i) => {
      if (map.has(e.id)) problems.push({ path: `${list}[${i}].id`, message: `id ${e.id} is listed twice` });
      const keys = keysOf(e);
      keys.forEach((k, j) => {
        if (known && !known.has(k)) problems.push({ path: `${list}[${i}].${what}[${j}]`, message: `${JSON.stringify(k)} is not a ${what === "purposes" ? "purpose" : "data-category"} key of the taxonomy in the database` });
      });
      map.set(e.id, { label: e.label, keys });
    });
    return map;
  };
  const mapping: GvlMapping = {
    file: name,
    asOf: raw.asOf,
    purposes: index("purposes", raw.purposes, (e) => e.purposes, purposeKeys, "purposes"),
    specialPurposes: index("specialPurposes", raw.specialPurposes, (e) => e.purposes, purposeKeys, "purposes"),
    features: index("features", raw.features, () => [], null, ""),
    specialFeatures: index("specialFeatures", raw.specialFeatures, () => [], null, ""),
    dataCategories: index("dataCategories", raw.dataCategories, (e) => e.dataCategories, categoryKeys, "dataCategories"),
  };
  if (problems.length) throw new SeedError(name, problems);
  return mapping;
}
