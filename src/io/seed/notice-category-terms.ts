import path from "node:path";
import { z } from "zod";
import type { CategoryTerm, CategoryTerms } from "../../domain/notice/categories";
import { TAXONOMY_KEY } from "../../domain/taxonomy";
import { SeedError } from "./errors";
import { noticeItemsFile } from "./notice-lexicon";
import { dataCategoriesFile, isoDate } from "./reference-files";
import { readYamlFile } from "./read";
import { packageRoot } from "../../paths";

// Loads the phrases of the data-category extractor: the name of every category in data-categories.yaml (but those
// listed under skipNames) and the synonyms of notice-category-terms.yaml, with the negation of notice-items.yaml.
// Every key must be a category of data-categories.yaml, and no phrase may name two keys.

const pattern = z.string().min(1).refine(
  (source) => {
    try {
      new RegExp(source, "i");
      return true;
    } catch {
      return false;
    }
  },
  { message: "not a valid regular expression" },
);
const key = z.string().regex(TAXONOMY_KEY, "expected a dotted lower-case key like user.contact.email");

export const noticeCategoryTermsFile = z
  .object({
    source: z.string().min(1),
    asOf: z.union([z.string(), z.date()]).transform(isoDate),
    skipNames: z.array(key).default([]),
    terms: z.record(key, z.array(z.string().trim().min(1)).min(1)),
    context: z.array(pattern).min(1),
    contextual: z.record(key, z.array(z.string().trim().min(1)).min(1)).default({}),
  })
  .strict();

/** The category terms from a reference directory (seeds/reference/ by default). */
export function readCategoryTerms(dir = path.join(packageRoot(), "seeds", "reference")): CategoryTerms {
  const fileName = path.join(dir, "notice-category-terms.yaml");
  const file = readYamlFile(fileName, noticeCategoryTermsFile);
  const categories = readYamlFile(path.join(dir, "data-categories.yaml"), dataCategoriesFile);
  const negation = readYamlFile(path.join(dir, "notice-items.yaml"), noticeItemsFile).negation;
  const known = new Set(categories.categories.map((c) => c.key));
  const problems: { path: string; message: string }[] = [];
  for (const k of file.skipNames) if (!known.has(k)) problems.push({ path: `skipNames`, message: `"${k}" is not a key of data-categories.yaml` });
  const terms: CategoryTerm[] = [];
  const owner = new Map<string, string>();
  const add = (phrase: string, k: string, where: string, contextual = false) => {
    const norm = phrase.toLowerCase().replace(/\s+/g, " ");
    const had = owner.get(norm);
    if (had && had !== k) problems.push({ path: where, message: `"${phrase}" already names ${had}` });
    if (had) return;
    owner.set(norm, k);
    terms.push(contextual ? { phrase, key: k, contextual } : { phrase, key: k });
  };
  const skip = new Set(file.skipNames);
  for (const [list, entries] of [["terms", file.terms], ["contextual", file.contextual]] as const) {
    for (const [k, phrases] of Object.entries(entries)) {
      if (!known.has(k)) {
        problems.push({ path: `${list}.${k}`, message: `"${k}" is not a key of data-categories.yaml` });
        continue;
      }
      phrases.forEach((p, i) => add(p, k, `${list}.${k}[${i}]`, list === "contextual"));
    }
  }
  // Names after synonyms: a synonym that repeats a name under the same key is simply the same phrase.
  for (const c of categories.categories) if (!skip.has(c.key)) add(c.name, c.key, `(name of ${c.key} in data-categories.yaml)`);
  if (problems.length) throw new SeedError(path.relative(process.cwd(), fileName) || fileName, problems);
  return { negation, context: file.context, terms };
}
