import { z } from "zod";

// The parts of Fides' manifest formats (fideslang's System, PrivacyDeclaration, Dataset, Organization and taxonomy
// entries) that datamap reads and writes. Fides ignores fields it does not know, so these schemas pass them through.

/** fideslang's FidesKey: letters, digits and _ . < > - */
export const FIDES_KEY = /^[A-Za-z0-9_.<>-]+$/;
const fidesKey = z.string().regex(FIDES_KEY, "expected a fides_key: letters, digits and _ . < > -");
const keys = z.array(z.string());

const dataFlow = z.object({ fides_key: fidesKey, type: z.string().nullish(), data_categories: keys.nullish() }).passthrough();

const declaration = z
  .object({
    name: z.string().nullish(),
    data_use: z.string().nullish(),
    data_categories: keys.nullish().transform((v) => v ?? []),
    data_subjects: keys.nullish().transform((v) => v ?? []),
    dataset_references: keys.nullish(),
    egress: keys.nullish(),
    ingress: keys.nullish(),
    legal_basis_for_processing: z.string().nullish(),
    impact_assessment_location: z.string().nullish(),
    retention_period: z.string().nullish(),
    processes_special_category_data: z.boolean().nullish(),
    special_category_legal_basis: z.string().nullish(),
    data_shared_with_third_parties: z.boolean().nullish(),
    third_parties: z.string().nullish(),
    shared_categories: keys.nullish().transform((v) => v ?? []),
  })
  .passthrough();

/** What datamap keeps in a system's `meta.datamap`, so that a round trip loses nothing Fides has no field for. */
export const datamapMeta = z
  .object({
    role: z.enum(["organization", "recipient"]).optional(),
    kind: z.string().optional(),
    category: z.string().nullish(),
    named: z.boolean().optional(),
    country: z.string().nullish(),
    activities: z
      .array(
        z.object({
          name: z.string(),
          key: z.string(),
          purposes: z.array(z.string()),
          legalBases: z.array(z.object({ regime: z.string(), code: z.string(), consentMechanism: z.string().nullish() })).optional(),
          retention: z.object({ period: z.string().nullish(), trigger: z.string().nullish(), description: z.string().nullish() }).nullish(),
          disclosures: z.record(z.string(), z.object({ dataCategories: z.array(z.string()), purpose: z.string().nullish() })).optional(),
        }),
      )
      .optional(),
  })
  .passthrough();

export const fidesSystem = z
  .object({
    fides_key: fidesKey,
    name: z.string().nullish(),
    description: z.string().nullish(),
    organization_fides_key: fidesKey.nullish(),
    system_type: z.string().nullish(),
    responsibility: keys.nullish(),
    egress: z.array(dataFlow).nullish(),
    ingress: z.array(dataFlow).nullish(),
    privacy_declarations: z.array(declaration).nullish().transform((v) => v ?? []),
    dataset_references: keys.nullish(),
    vendor_id: z.string().nullish(),
    privacy_policy: z.string().nullish(),
    legitimate_interest_disclosure_url: z.string().nullish(),
    requires_data_protection_assessments: z.boolean().nullish(),
    dpa_location: z.string().nullish(),
    uses_cookies: z.boolean().nullish(),
    cookie_max_age_seconds: z.number().int().nullish(),
    cookie_refresh: z.boolean().nullish(),
    uses_non_cookie_access: z.boolean().nullish(),
    meta: z.object({ datamap: datamapMeta.optional() }).passthrough().nullish(),
  })
  .passthrough();

/** A dataset field; fields nest (NoSQL documents). */
export interface FidesDatasetField {
  name: string;
  data_categories?: string[] | null;
  fields?: FidesDatasetField[] | null;
}
const datasetField: z.ZodType<FidesDatasetField> = z.lazy(() =>
  z.object({ name: z.string(), data_categories: keys.nullish(), fields: z.array(datasetField).nullish() }).passthrough(),
);

export const fidesDataset = z
  .object({
    fides_key: fidesKey,
    name: z.string().nullish(),
    organization_fides_key: fidesKey.nullish(),
    data_categories: keys.nullish(),
    collections: z.array(z.object({ name: z.string(), data_categories: keys.nullish(), fields: z.array(datasetField) }).passthrough()),
  })
  .passthrough();

const contact = z.object({ name: z.string().nullish(), address: z.string().nullish(), email: z.string().nullish(), phone: z.string().nullish() }).passthrough();

export const fidesOrganization = z
  .object({
    fides_key: fidesKey,
    name: z.string().nullish(),
    description: z.string().nullish(),
    controller: contact.nullish(),
    data_protection_officer: contact.nullish(),
    representative: contact.nullish(),
    security_policy: z.string().nullish(),
  })
  .passthrough();

export const taxonomyEntry = z
  .object({
    fides_key: fidesKey,
    name: z.string({ error: "expected the entry's name, a text" }).min(1, "expected the entry's name, not an empty text"),
    description: z.string().nullish(),
    parent_key: z.string().nullish(),
    is_default: z.boolean().nullish(),
    version_deprecated: z.union([z.string(), z.number()]).nullish(),
  })
  .passthrough();

/** The resource kinds of a Fides manifest, each a list under its own top-level key (fideslang's Taxonomy). */
export const TAXONOMY_KINDS = ["data_category", "data_use", "data_subject"] as const;
export const RESOURCE_KINDS = ["organization", "system", "dataset", ...TAXONOMY_KINDS, "policy"] as const;
export type TaxonomyKind = (typeof TAXONOMY_KINDS)[number];

const list = <T extends z.ZodType>(t: T, kind: string) => z.array(t, { error: `expected a list of Fides ${kind} resources` }).optional();

export const fidesManifest = z
  .object(
    {
      organization: list(fidesOrganization, "organization"),
      system: list(fidesSystem, "system"),
      dataset: list(fidesDataset, "dataset"),
      data_category: list(taxonomyEntry, "data_category"),
      data_use: list(taxonomyEntry, "data_use"),
      data_subject: list(taxonomyEntry, "data_subject"),
      // Policies are Fides' own evaluation rules, not facts of the record: accepted and not read.
      policy: z.array(z.unknown()).optional(),
    },
    { error: `expected a Fides manifest: a mapping whose keys are resource kinds (${RESOURCE_KINDS.join(", ")})` },
  )
  .strict();

export type FidesManifest = z.infer<typeof fidesManifest>;
export type FidesSystem = z.infer<typeof fidesSystem>;
export type FidesDeclaration = z.infer<typeof declaration>;
export type FidesDataset = z.infer<typeof fidesDataset>;
export type FidesOrganization = z.infer<typeof fidesOrganization>;
export type TaxonomyEntry = z.infer<typeof taxonomyEntry>;
export type DatamapMeta = z.infer<typeof datamapMeta>;
export type ActivityMeta = NonNullable<DatamapMeta["activities"]>[number];

/** Fides' names for the GDPR Art 6(1) bases, by our GDPR code. */
export const FIDES_LEGAL_BASES: Record<string, string> = {
  "A6-1-a": "Consent",
  "A6-1-b": "Contract",
  "A6-1-c": "Legal obligations",
  "A6-1-d": "Vital interests",
  "A6-1-e": "Public interest",
  "A6-1-f": "Legitimate interests",
};

/** Fides' names for the GDPR Art 9(2) conditions (special_category_legal_basis), by our GDPR code. */
export const FIDES_SPECIAL_BASES: Record<string, string> = {
  "A9-2-a": "Explicit consent",
  "A9-2-b": "Employment, social security and social protection",
  "A9-2-c": "Vital interests",
  "A9-2-d": "Not-for-profit bodies",
  "A9-2-e": "Made public by the data subject",
  "A9-2-f": "Legal claims or judicial acts",
  "A9-2-g": "Reasons of substantial public interest (with a basis in law)",
  "A9-2-h": "Health or social care (with a basis in law)",
  "A9-2-i": "Public health (with a basis in law)",
  "A9-2-j": "Archiving, research and statistics (with a basis in law)",
};

/** Fides' `responsibility` for a recipient kind: who decides the purposes. */
export const RESPONSIBILITY: Record<string, string> = {
  PROCESSOR: "Processor",
  SUB_PROCESSOR: "Sub-Processor",
  CONTRACTOR: "Processor",
  AGENT: "Processor",
};

/** A recipient kind from Fides' `responsibility`, when meta does not say. */
export function kindFromResponsibility(list: string[] | null | undefined): string {
  if (list?.includes("Sub-Processor")) return "SUB_PROCESSOR";
  if (list?.includes("Processor")) return "PROCESSOR";
  if (list?.includes("Controller")) return "INDEPENDENT_CONTROLLER";
  return "THIRD_PARTY";
}

/** Our kebab-case key for a fides_key (ours export unchanged). */
export function keyFromFidesKey(fidesKey: string): string {
  return (
    fidesKey
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 100) || "system"
  );
}

/** The GVL vendor id in Fides' vendor_id ("gvl.755"), if it is one. */
export function gvlIdOf(vendorId: string | null | undefined): number | null {
  const m = /^gvl\.(\d+)$/.exec(vendorId ?? "");
  return m ? Number(m[1]) : null;
}
