import { z } from "zod";
import { TAXONOMY_KEY } from "../../domain/taxonomy";
import { ADEQUACY_STATUSES, LEGAL_BASIS_KINDS, REGIMES, SENSITIVITY_KINDS } from "../../domain/regimes";

// Shapes of the files in seeds/reference/. Unknown keys are errors, so typos cannot pass silently.
const header = { source: z.string().min(1), asOf: z.union([z.string(), z.date()]).transform(isoDate) };
const key = z.string().regex(TAXONOMY_KEY, "expected a dotted lower-case key like user.contact.email");
const countryCode = z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code like HK");
const iri = z.string().url("expected an IRI");
const date = z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD"), z.date()]).transform(isoDate);

export function isoDate(value: string | Date): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

const taxonomyEntry = z
  .object({
    key,
    name: z.string().min(1),
    description: z.string().min(1).optional(),
    origin: z.enum(["fideslang", "datamap"]),
    dpv: iri.optional(),
    deprecated: z.boolean().optional(),
  })
  .strict();

export const countriesFile = z.object({ ...header, countries: z.array(z.object({ code: countryCode, name: z.string().min(1), dpv: iri.optional() }).strict()).min(1) }).strict();

export const adequacyFile = z
  .object({
    ...header,
    eea: z.array(countryCode).min(1),
    decisions: z.array(
      z
        .object({
          country: countryCode,
          status: z.enum(ADEQUACY_STATUSES).exclude(["EEA", "NOT_ADEQUATE"]),
          scope: z.string().optional(),
          decision: z.string().optional(),
          adopted: date.optional(),
          note: z.string().optional(),
          src: z.string().optional(),
        })
        .strict(),
    ),
    internationalOrganisations: z
      .array(z.object({ name: z.string(), status: z.enum(ADEQUACY_STATUSES), adopted: date.optional(), note: z.string().optional(), src: z.string().optional() }).strict())
      .optional(),
  })
  .strict();

/** UK adequacy (UK GDPR Art 45A): the UK itself (`inside`), and the destinations its regulations cover, fully or in part. */
export const ukAdequacyFile = z
  .object({
    ...header,
    inside: z.array(countryCode).min(1),
    regulations: z.array(
      z
        .object({
          country: countryCode,
          status: z.enum(ADEQUACY_STATUSES).exclude(["EEA", "NOT_ADEQUATE"]),
          scope: z.string().optional(),
          regulation: z.string().optional(),
          adopted: date.optional(),
          note: z.string().optional(),
        })
        .strict(),
    ),
  })
  .strict();

export const dataCategoriesFile = z.object({ ...header, categories: z.array(taxonomyEntry).min(1) }).strict();
export const purposesFile = z.object({ ...header, purposes: z.array(taxonomyEntry).min(1) }).strict();
export const dataSubjectsFile = z.object({ ...header, dataSubjects: z.array(taxonomyEntry.omit({ deprecated: true })).min(1) }).strict();

export const legalBasesFile = z
  .object({
    ...header,
    legalBases: z
      .array(
        z
          .object({
            regime: z.enum(REGIMES),
            code: z.string().regex(/^[A-Za-z0-9_-]+$/, "expected a code like A6-1-a or 13-1"),
            kind: z.enum(LEGAL_BASIS_KINDS),
            name: z.string().min(1),
            article: z.string().min(1),
            description: z.string().optional(),
            dpv: iri.optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const sensitivityFile = z
  .object({
    ...header,
    sensitivity: z
      .array(z.object({ category: key, regime: z.enum(REGIMES), kind: z.enum(SENSITIVITY_KINDS), reference: z.string().min(1), note: z.string().optional() }).strict())
      .min(1),
  })
  .strict();

export type CountriesFile = z.infer<typeof countriesFile>;
export type AdequacyFile = z.infer<typeof adequacyFile>;
export type UkAdequacyFile = z.infer<typeof ukAdequacyFile>;
export type TaxonomyEntry = z.infer<typeof taxonomyEntry>;
export type LegalBasesFile = z.infer<typeof legalBasesFile>;
export type SensitivityFile = z.infer<typeof sensitivityFile>;

/** seeds/reference/notice-language.yaml: common English function words, for telling an English notice from another language. */
export const noticeLanguageFile = z
  .object({
    ...header,
    language: z.string().min(2),
    minWords: z.number().int().positive(),
    minRatio: z.number().gt(0).lt(1),
    words: z
      .array(z.string().regex(/^[a-z']+$/, "expected a lower-case word"))
      .min(50)
      .refine((w) => new Set(w).size === w.length, "expected each word once"),
  })
  .strict();
export type NoticeLanguageFile = z.infer<typeof noticeLanguageFile>;
