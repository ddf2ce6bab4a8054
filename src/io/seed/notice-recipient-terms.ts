import path from "node:path";
import { z } from "zod";
import type { RecipientTerms } from "../../domain/notice/recipients";
import { kebab } from "../../domain/notice/draft-text";
import { RECIPIENT_KINDS, RECIPIENT_ROLES } from "../../domain/regimes";
import { packageRoot } from "../../paths";
import { SeedError } from "./errors";
import { noticeItemsFile } from "./notice-lexicon";
import { isoDate } from "./reference-files";
import { readYamlFile } from "./read";

// Loads seeds/reference/notice-recipient-terms.yaml (categories of recipients and named services) with the negation
// of notice-items.yaml. A phrase may name only one recipient; every kind and role must be one the record knows.

const pattern = z.string().min(1).refine((s) => { try { return !!new RegExp(s, "i"); } catch { return false; } }, { message: "not a valid regular expression" });
const phrase = z.string().trim().min(1);
const common = { name: phrase, kind: z.enum(RECIPIENT_KINDS), category: phrase };

export const noticeRecipientTermsFile = z
  .object({
    source: z.string().min(1),
    asOf: z.union([z.string(), z.date()]).transform(isoDate),
    categories: z.array(z.object({ ...common, role: z.enum(RECIPIENT_ROLES).optional(), phrases: z.array(phrase).min(1), contextual: z.boolean().optional(), generic: z.boolean().optional() }).strict()),
    vendors: z.array(z.object({ ...common, aliases: z.array(phrase).min(1), caseSensitive: z.boolean().optional() }).strict()),
    context: z.array(pattern).min(1),
  })
  .strict();

export const noticeVendorsIabFile = z
  .object({ source: z.string().min(1), asOf: z.union([z.string(), z.date()]).transform(isoDate), vendors: z.array(z.object({ name: phrase, aliases: z.array(phrase).min(1) }).strict()) })
  .strict();

export function readRecipientTerms(dir = path.join(packageRoot(), "seeds", "reference")): RecipientTerms {
  const fileName = path.join(dir, "notice-recipient-terms.yaml");
  const file = readYamlFile(fileName, noticeRecipientTermsFile);
  const negation = readYamlFile(path.join(dir, "notice-items.yaml"), noticeItemsFile).negation;
  const problems: { path: string; message: string }[] = [];
  const owner = new Map<string, string>();
  const terms: RecipientTerms["terms"] = [];
  const add = (text: string, where: string, value: RecipientTerms["terms"][number]["value"], extra: { contextual?: boolean; caseSensitive?: boolean }) => {
    const norm = text.toLowerCase().replace(/\s+/g, " ");
    const had = owner.get(norm);
    if (had && had !== value.name) problems.push({ path: where, message: `"${text}" already names ${had}` });
    if (had) return;
    owner.set(norm, value.name);
    terms.push({ phrase: text, value, ...(extra.contextual ? { contextual: true } : {}), ...(extra.caseSensitive ? { caseSensitive: true } : {}) });
  };
  file.categories.forEach((c, i) => {
    const value = { key: kebab(c.name), name: c.name, named: false, kind: c.kind, role: c.role ?? null, category: c.category, ...(c.generic ? { generic: true } : {}) };
    c.phrases.forEach((p, j) => add(p, `categories[${i}].phrases[${j}]`, value, { contextual: c.contextual }));
  });
  file.vendors.forEach((v, i) => {
    const value = { key: kebab(v.name), name: v.name, named: true, kind: v.kind, role: null, category: v.category };
    v.aliases.forEach((p, j) => add(p, `vendors[${i}].aliases[${j}]`, value, { caseSensitive: v.caseSensitive }));
  });
  // The IAB list's names after ours: a name we describe ourselves keeps our description. One-word names are ordinary
  // words as often as companies, so they count only as written and in a sentence about giving data to someone.
  const iab = readYamlFile(path.join(dir, "notice-vendors-iab.yaml"), noticeVendorsIabFile);
  for (const v of iab.vendors) {
    const value = { key: kebab(v.name), name: v.name, named: true, kind: "THIRD_PARTY" as const, role: null, category: "Advertising technology (IAB TCF vendor)" };
    for (const alias of v.aliases) {
      if (owner.has(alias.toLowerCase().replace(/\s+/g, " "))) continue;
      const oneWord = !/\s/.test(alias);
      add(alias, "notice-vendors-iab.yaml", value, { caseSensitive: oneWord, contextual: oneWord });
    }
  }
  if (problems.length) throw new SeedError(path.relative(process.cwd(), fileName) || fileName, problems);
  return { negation, context: file.context, terms };
}
