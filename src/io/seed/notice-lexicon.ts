import path from "node:path";
import { z } from "zod";
import { TRANSPARENCY_ITEMS } from "../../domain/notice/document";
import type { NoticeLexicon } from "../../domain/notice/lexicon";
import { isoDate, countriesFile } from "./reference-files";
import { readYamlFile } from "./read";
import { packageRoot } from "../../paths";

// Loads seeds/reference/notice-items.yaml: the cue patterns of the notice item detector, with the country names
// of countries.yaml folded in for the {country} token.

const pattern = z.string().min(1).refine(
  (source) => {
    try {
      new RegExp(source.replace(/\{country\}/g, "x"), "i");
      return true;
    } catch {
      return false;
    }
  },
  { message: "not a valid regular expression" },
);

const itemEntry = z.object({ denial: z.enum(["informs", "ignore"]), cues: z.array(pattern).min(1) }).strict();

export const noticeItemsFile = z
  .object({
    source: z.string().min(1),
    asOf: z.union([z.string(), z.date()]).transform(isoDate),
    negation: z.array(pattern).min(1),
    countries: z.array(z.string().min(1)),
    // Every item must have its entry: a missing one would silently read as "never present".
    items: z.object(Object.fromEntries(TRANSPARENCY_ITEMS.map((item) => [item, itemEntry])) as Record<(typeof TRANSPARENCY_ITEMS)[number], typeof itemEntry>).strict(),
  })
  .strict();


/** The notice lexicon from a reference directory (seeds/reference/ by default). */
export function readNoticeLexicon(dir = path.join(packageRoot(), "seeds", "reference")): NoticeLexicon {
  const file = readYamlFile(path.join(dir, "notice-items.yaml"), noticeItemsFile);
  const countries = readYamlFile(path.join(dir, "countries.yaml"), countriesFile);
  return { negation: file.negation, countries: [...countries.countries.map((c) => c.name), ...file.countries], items: file.items };
}
