import type { ActivityEditLoadQuery, CreateProcessingActivityInput, ProcessingActivityChangesInput, ConsentMechanism, Regime, RetentionTrigger } from "../../gql/graphql";
import type { Loaded } from "../../forms/useEditForm";

// The activity form's values, how they come from the API and how the changed ones go back.

export interface ClaimValue {
  regime: Regime | "";
  code: string;
  consentMechanism: ConsentMechanism | "";
  /** Not edited here, but sent back unchanged so that rewriting the list keeps them. */
  note: string | null;
  assessment: string | null;
}

export interface DisclosureValue {
  recipient: string;
  dataCategories: string[];
  purpose: string | null;
  sale: boolean | null;
  sharing: boolean | null;
}

export interface ActivityValues {
  name: string;
  key: string;
  description: string;
  purposes: string[];
  dataCategories: string[];
  dataSubjects: string[];
  legalBases: ClaimValue[];
  storageLocations: string[];
  retentionDescription: string;
  retentionPeriod: string;
  retentionTrigger: RetentionTrigger | "";
  disclosures: DisclosureValue[];
}

export type ActivityField = keyof ActivityValues & string;

export const EMPTY_ACTIVITY: ActivityValues = {
  name: "",
  key: "",
  description: "",
  purposes: [],
  dataCategories: [],
  dataSubjects: [],
  legalBases: [],
  storageLocations: [],
  retentionDescription: "",
  retentionPeriod: "",
  retentionTrigger: "",
  disclosures: [],
};

export const ACTIVITY_LABELS: Record<ActivityField, string> = {
  name: "Name",
  key: "Key",
  description: "Description",
  purposes: "Purposes",
  dataCategories: "Data categories",
  dataSubjects: "Data subjects",
  legalBases: "Legal bases",
  storageLocations: "Storage locations",
  retentionDescription: "Retention rule",
  retentionPeriod: "Retention period",
  retentionTrigger: "Retention trigger",
  disclosures: "Disclosures",
};

/** Where the API reports each field's problems (`argumentPath` prefixes). */
export const ACTIVITY_PATHS: [string, ActivityField][] = [
  ["input.name", "name"],
  ["input.key", "key"],
  ["input.description", "description"],
  ["input.purposes", "purposes"],
  ["input.dataCategories", "dataCategories"],
  ["input.dataSubjects", "dataSubjects"],
  ["input.legalBases", "legalBases"],
  ["input.storageLocations", "storageLocations"],
  ["input.retention", "retentionDescription"],
  ["input.retention.description", "retentionDescription"],
  ["input.retention.period", "retentionPeriod"],
  ["input.retention.trigger", "retentionTrigger"],
  ["input.disclosures", "disclosures"],
];

type Node = Extract<NonNullable<ActivityEditLoadQuery["node"]>, { key: string }>;

const keys = (l: { key: string }[]) => l.map((x) => x.key).sort();

/** The form's values for an activity as the API returns it, with who changed it last. */
export function activityLoaded(d: ActivityEditLoadQuery): Loaded<ActivityValues> | null {
  const n = d.node as Node | null;
  if (!n || !("key" in n)) return null;
  return {
    version: n.version,
    updatedAt: n.updatedAt,
    actor: d.history[0]?.actor,
    values: {
      name: n.name,
      key: n.key,
      description: n.description ?? "",
      purposes: keys(n.purposes),
      dataCategories: keys(n.dataCategories),
      dataSubjects: keys(n.dataSubjects),
      legalBases: n.legalBasisClaims.map((c) => ({ regime: c.legalBasis.regime, code: c.legalBasis.code, consentMechanism: c.consentMechanism ?? "", note: c.note, assessment: c.assessment })),
      storageLocations: n.storageLocations.map((l) => l.id).sort(),
      retentionDescription: n.retention?.description ?? "",
      retentionPeriod: n.retention?.period ?? "",
      retentionTrigger: n.retention?.trigger ?? "",
      disclosures: n.disclosures.map((x) => ({ recipient: x.recipient.id, dataCategories: keys(x.dataCategories), purpose: x.purpose, sale: x.sale, sharing: x.sharing })),
    },
  };
}

const claimInput = (c: ClaimValue) => ({ regime: c.regime as Regime, code: c.code, consentMechanism: c.consentMechanism || null, note: c.note, assessment: c.assessment });

/** Retention is one input: all three empty clears it. */
function retentionInput(v: ActivityValues) {
  if (!v.retentionDescription && !v.retentionPeriod && !v.retentionTrigger) return null;
  return { description: v.retentionDescription || null, period: v.retentionPeriod || null, trigger: v.retentionTrigger || null };
}

/** Only the changed fields: lists are replaced whole by the API, so untouched ones (and their evidence) are left alone. */
export function activityChanges(v: ActivityValues, changed: ActivityField[]): ProcessingActivityChangesInput {
  const c = new Set(changed);
  const input: ProcessingActivityChangesInput = {};
  if (c.has("name")) input.name = v.name;
  if (c.has("description")) input.description = v.description;
  if (c.has("purposes")) input.purposes = v.purposes;
  if (c.has("dataCategories")) input.dataCategories = v.dataCategories;
  if (c.has("dataSubjects")) input.dataSubjects = v.dataSubjects;
  if (c.has("legalBases")) input.legalBases = v.legalBases.map(claimInput);
  if (c.has("storageLocations")) input.storageLocations = v.storageLocations;
  if (c.has("retentionDescription") || c.has("retentionPeriod") || c.has("retentionTrigger")) input.retention = retentionInput(v);
  if (c.has("disclosures")) input.disclosures = v.disclosures;
  return input;
}

/** A new activity: everything filled in; empty optional fields are left out. */
export function activityCreate(v: ActivityValues, organization: string): CreateProcessingActivityInput {
  const input: CreateProcessingActivityInput = { organization, name: v.name };
  if (v.key) input.key = v.key;
  if (v.description) input.description = v.description;
  if (v.purposes.length) input.purposes = v.purposes;
  if (v.dataCategories.length) input.dataCategories = v.dataCategories;
  if (v.dataSubjects.length) input.dataSubjects = v.dataSubjects;
  if (v.legalBases.length) input.legalBases = v.legalBases.map(claimInput);
  if (v.storageLocations.length) input.storageLocations = v.storageLocations;
  const r = retentionInput(v);
  if (r) input.retention = r;
  if (v.disclosures.length) input.disclosures = v.disclosures;
  return input;
}
