import { z } from "zod";
import { TAXONOMY_KEY } from "../../domain/taxonomy";
import {
  CONSENT_MECHANISMS,
  DATA_SOURCES,
  DO_NOT_TRACK,
  DPA_STATUSES,
  EVIDENCE_BASES,
  MEASURE_KINDS,
  RECIPIENT_KINDS,
  REGIMES,
  RETENTION_TRIGGERS,
  RIGHTS,
  STATEMENT_TOPICS,
} from "../../domain/regimes";
import { isoDate } from "./reference-files";

// Shape of seeds/<org>.yaml: one organisation's record of processing, every fact citing its evidence.
const localKey = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected a kebab-case key like account-management");
const taxonomyKey = z.string().regex(TAXONOMY_KEY, "expected a dotted lower-case key like user.contact.email");
const countryCode = z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code like HK");
const jurisdiction = z.string().regex(/^(EEA|[A-Z]{2})$/, 'expected "EEA" or an ISO 3166-1 alpha-2 code');
const text = z.string().trim().min(1, "expected a non-empty text");
const durationIso = z
  .string()
  .regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/, "expected an ISO 8601 duration like P6M or P2Y");

const evidence = z
  .array(z.object({ section: z.union([z.string(), z.number()]).transform(String), basis: z.enum(EVIDENCE_BASES), note: z.string().optional() }).strict())
  .min(1, "expected at least one evidence entry");

const mechanisms = z
  .array(z.object({ regime: z.enum(REGIMES), code: z.union([z.string(), z.number()]).transform(String), note: text.optional() }).strict())
  .optional();

const contact = z.object({ name: text, email: z.email().optional(), country: countryCode.optional() }).strict();

export const organizationFile = z
  .object({
    document: z.object({ title: text, url: z.url().optional() }).strict(),
    organization: z
      .object({
        slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected a lower-case slug like leanplans"),
        name: text,
        legalName: text.optional(),
        website: z.url().optional(),
        contactEmail: z.email().optional(),
        postalAddress: text.optional(),
        country: countryCode.optional(),
        dpo: contact.optional(),
        representative: contact.optional(),
        minimumAge: z.number().int().min(0).max(25).optional(),
        doNotTrack: z.enum(DO_NOT_TRACK).default("NOT_STATED"),
        subjectJurisdictions: z.array(jurisdiction).default([]),
        evidence,
      })
      .strict(),
    statements: z.array(z.object({ topic: z.enum(STATEMENT_TOPICS), summary: text, evidence }).strict()).default([]),
    rights: z
      .array(z.object({ right: z.enum(RIGHTS), jurisdictions: z.array(jurisdiction).min(1).optional(), description: text.optional(), evidence }).strict())
      .default([]),
    securityMeasures: z
      .array(z.object({ key: localKey, name: text, kind: z.enum(MEASURE_KINDS), description: text.optional(), dpv: z.url().optional(), evidence }).strict())
      .default([]),
    recipients: z
      .array(
        z
          .object({
            key: localKey,
            name: text,
            kind: z.enum(RECIPIENT_KINDS),
            category: text.optional(),
            named: z.boolean(),
            country: countryCode.optional(),
            dpa: z
              .object({
                status: z.enum(DPA_STATUSES),
                date: z.union([z.string(), z.date()]).transform(isoDate).optional(),
                url: z.url().optional(),
              })
              .strict()
              .optional(),
            parent: localKey.optional(),
            description: text.optional(),
            transferMechanisms: mechanisms,
            evidence,
          })
          .strict(),
      )
      .default([]),
    storageLocations: z
      .array(
        z
          .object({ key: localKey, name: text, country: countryCode, region: text.optional(), provider: text.optional(), transferMechanisms: mechanisms, evidence })
          .strict(),
      )
      .default([]),
    activities: z
      .array(
        z
          .object({
            key: localKey,
            name: text,
            description: text.optional(),
            purposes: z.array(taxonomyKey).default([]),
            legalBases: z
              .array(
                z
                  .object({
                    regime: z.enum(REGIMES),
                    code: z.union([z.string(), z.number()]).transform(String),
                    consentMechanism: z.enum(CONSENT_MECHANISMS).optional(),
                    note: text.optional(),
                    assessment: text.optional(),
                    evidence,
                  })
                  .strict(),
              )
              .default([]),
            dataSubjects: z.array(z.string().regex(/^[a-z][a-z0-9_]*$/, "expected a data-subject key like customer")).default([]),
            dataCategories: z.array(taxonomyKey).default([]),
            sources: z.array(z.enum(DATA_SOURCES)).default([]),
            disclosures: z
              .array(z.object({ recipient: localKey, dataCategories: z.array(taxonomyKey).default([]), purpose: text.optional(), evidence }).strict())
              .default([]),
            storageLocations: z.array(localKey).default([]),
            retention: z
              .object({ period: durationIso.optional(), trigger: z.enum(RETENTION_TRIGGERS).optional(), description: text.optional(), evidence })
              .strict()
              .optional(),
            securityMeasures: z.array(localKey).default([]),
            subjectJurisdictions: z.array(jurisdiction).optional(),
            noRecipients: z.boolean().optional(),
            evidence,
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type OrganizationFile = z.infer<typeof organizationFile>;
export type ActivityEntry = OrganizationFile["activities"][number];
export type EvidenceEntry = z.infer<typeof evidence>[number];
