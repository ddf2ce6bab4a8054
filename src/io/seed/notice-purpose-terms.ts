import path from "node:path";
import { z } from "zod";
import type { PurposeTerms } from "../../domain/notice/purposes";
import type { PhraseTerm } from "../../domain/notice/phrases";
import { TAXONOMY_KEY } from "../../domain/taxonomy";
import { packageRoot } from "../../paths";
import { SeedError } from "./errors";
import { noticeItemsFile } from "./notice-lexicon";
import { isoDate, purposesFile } from "./reference-files";
import { readYamlFile } from "./read";

// Loads seeds/reference/notice-purpose-terms.yaml with the negation of notice-items.yaml. Every key must be a purpose
// of purposes.yaml, every context pattern must compile, and no phrase may name two keys.

const pattern = z.string().min(1).refine((s) => { try { return !!new RegExp(s, "i"); } catch { return false; } }, { message: "not a valid regular expression" });
const key = z.string().regex(TAXONOMY_KEY, "expected a dotted lower-case key like essential.service");
const phrases = z.record(key, z.array(z.string().trim().min(1)).min(1));

export const noticePurposeTermsFile = z
  .object({ source: z.string().min(1), asOf: z.union([z.string(), z.date()]).transform(isoDate), terms: phrases, context: z.array(pattern).min(1), contextual: phrases.default({}), ignore: z.array(z.string().trim().min(1)).default([]) })
  .strict();

export function readPurposeTerms(dir = path.join(packageRoot(), "seeds", "reference")): PurposeTerms {
  const fileName = path.join(dir, "notice-purpose-terms.yaml");
  const file = readYamlFile(fileName, noticePurposeTermsFile);
  const known = new Set(readYamlFile(path.join(dir, "purposes.yaml"), purposesFile).purposes.map((p) => p.key));
  const negation = readYamlFile(path.join(dir, "notice-items.yaml"), noticeItemsFile).negation;
  const problems: { path: string; message: string }[] = [];
  const owner = new Map<string, string>();
  const terms: PhraseTerm<string>[] = [];
  for (const [list, entries] of [["terms", file.terms], ["contextual", file.contextual]] as const) {
    for (const [k, ps] of Object.entries(entries)) {
      if (!known.has(k)) problems.push({ path: `${list}.${k}`, message: `"${k}" is not a key of purposes.yaml` });
      ps.forEach((phrase, i) => {
        const norm = phrase.toLowerCase().replace(/\s+/g, " ");
        const had = owner.get(norm);
        if (had && had !== k) problems.push({ path: `${list}.${k}[${i}]`, message: `"${phrase}" already names ${had}` });
        if (had) return;
        owner.set(norm, k);
        terms.push(list === "contextual" ? { phrase, value: k, contextual: true } : { phrase, value: k });
      });
    }
  }
  for (const phrase of file.ignore) terms.push({ phrase, value: "", ignore: true });
  if (problems.length) throw new SeedError(path.relative(process.cwd(), fileName) || fileName, problems);
  return { negation, context: file.context, terms };
}
