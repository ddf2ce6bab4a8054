import { z } from "zod";

// The part of the Fides `system` manifest format (fideslang System and PrivacyDeclaration) that datamap reads and writes.

const fidesKey = z.string().regex(/^[A-Za-z0-9_.<>-]+$/, "expected a fides_key: letters, digits and _ . < > -");

const dataFlow = z.object({ fides_key: fidesKey, type: z.string().nullish(), data_categories: z.array(z.string()).nullish() }).passthrough();

const declaration = z
  .object({
    name: z.string().nullish(),
    data_use: z.string().nullish(),
    data_categories: z.array(z.string()).default([]),
    data_subjects: z.array(z.string()).default([]),
    egress: z.array(z.string()).nullish(),
    ingress: z.array(z.string()).nullish(),
    legal_basis_for_processing: z.string().nullish(),
    retention_period: z.string().nullish(),
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
    organization_fides_key: z.string().nullish(),
    system_type: z.string().nullish(),
    responsibility: z.array(z.string()).nullish(),
    egress: z.array(dataFlow).nullish(),
    ingress: z.array(dataFlow).nullish(),
    privacy_declarations: z.array(declaration).default([]),
    vendor_id: z.string().nullish(),
    privacy_policy: z.string().nullish(),
    legitimate_interest_disclosure_url: z.string().nullish(),
    uses_cookies: z.boolean().nullish(),
    cookie_max_age_seconds: z.number().int().nullish(),
    cookie_refresh: z.boolean().nullish(),
    uses_non_cookie_access: z.boolean().nullish(),
    meta: z.object({ datamap: datamapMeta.optional() }).passthrough().nullish(),
  })
  .passthrough();

export const fidesManifest = z
  .object({ system: z.array(fidesSystem, { error: "expected a list of Fides systems under system:" }).min(1, "expected at least one system") }, { error: "expected a Fides manifest: a mapping with a top-level system: list" })
  .passthrough();

export type FidesSystem = z.infer<typeof fidesSystem>;
export type FidesDeclaration = z.infer<typeof declaration>;
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
