import type { CreateRecipientInput, DpaStatus, RecipientChangesInput, RecipientEditLoadQuery, RecipientKind, RecipientRole } from "../../gql/graphql";
import type { Loaded } from "../../forms/useEditForm";

// The recipient form's values, how they come from the API and how the changed ones go back.

export interface RecipientValues {
  name: string;
  key: string;
  kind: RecipientKind | "";
  role: RecipientRole | "";
  category: string;
  named: boolean;
  country: string;
  dpaStatus: DpaStatus;
  dpaDate: string;
  dpaUrl: string;
  description: string;
  parent: string;
}

export type RecipientField = keyof RecipientValues & string;

export const KINDS: RecipientKind[] = ["PROCESSOR", "SUB_PROCESSOR", "INDEPENDENT_CONTROLLER", "JOINT_CONTROLLER", "AFFILIATE", "PUBLIC_AUTHORITY", "ACQUIRER", "CONTRACTOR", "AGENT", "THIRD_PARTY"];
export const ROLES: RecipientRole[] = ["PROCESSOR", "INDEPENDENT_CONTROLLER", "JOINT_CONTROLLER", "PUBLIC_AUTHORITY", "ACQUIRER"];
export const DPA: DpaStatus[] = ["UNKNOWN", "NONE", "CLAIMED", "SIGNED"];

export const EMPTY_RECIPIENT: RecipientValues = { name: "", key: "", kind: "", role: "", category: "", named: true, country: "", dpaStatus: "UNKNOWN", dpaDate: "", dpaUrl: "", description: "", parent: "" };

export const RECIPIENT_LABELS: Record<RecipientField, string> = {
  name: "Name",
  key: "Key",
  kind: "Kind",
  role: "Role in law",
  category: "Category",
  named: "Named company",
  country: "Country",
  dpaStatus: "DPA status",
  dpaDate: "DPA signed on",
  dpaUrl: "DPA link",
  description: "Description",
  parent: "Sub-processor of",
};

export const RECIPIENT_PATHS: [string, RecipientField][] = [
  ["input.name", "name"],
  ["input.key", "key"],
  ["input.kind", "kind"],
  ["input.role", "role"],
  ["input.category", "category"],
  ["input.named", "named"],
  ["input.country", "country"],
  ["input.dpa", "dpaStatus"],
  ["input.dpa.status", "dpaStatus"],
  ["input.dpa.date", "dpaDate"],
  ["input.dpa.url", "dpaUrl"],
  ["input.description", "description"],
  ["input.parent", "parent"],
];

/** The form's values for a recipient as the API returns it, with who changed it last. */
export function recipientLoaded(d: RecipientEditLoadQuery): Loaded<RecipientValues> | null {
  const n = d.node;
  if (!n || !("kind" in n)) return null;
  return {
    version: n.version,
    updatedAt: n.updatedAt,
    actor: d.history[0]?.actor,
    values: {
      name: n.name,
      key: n.key,
      kind: n.kind,
      role: n.role ?? "",
      category: n.category ?? "",
      named: n.named,
      country: n.country?.code ?? "",
      dpaStatus: n.dpa.status,
      dpaDate: n.dpa.date ?? "",
      dpaUrl: n.dpa.url ?? "",
      description: n.description ?? "",
      parent: n.parent?.id ?? "",
    },
  };
}

const dpa = (v: RecipientValues) => ({ status: v.dpaStatus, date: v.dpaDate || null, url: v.dpaUrl || null });

/** Only the changed fields; the agreement is one input, sent whole when any part of it changed. */
export function recipientChanges(v: RecipientValues, changed: RecipientField[]): RecipientChangesInput {
  const c = new Set(changed);
  const input: RecipientChangesInput = {};
  if (c.has("name")) input.name = v.name;
  if (c.has("kind")) input.kind = (v.kind || null) as RecipientKind;
  if (c.has("role")) input.role = v.role || null;
  if (c.has("category")) input.category = v.category;
  if (c.has("named")) input.named = v.named;
  if (c.has("country")) input.country = v.country || null;
  if (c.has("dpaStatus") || c.has("dpaDate") || c.has("dpaUrl")) input.dpa = dpa(v);
  if (c.has("description")) input.description = v.description;
  if (c.has("parent")) input.parent = v.parent || null;
  return input;
}

/** A new recipient; empty optional fields are left out, and an unchosen kind is left for the API to name. */
export function recipientCreate(v: RecipientValues, organization: string): CreateRecipientInput {
  const input = { organization, name: v.name, kind: v.kind as RecipientKind, named: v.named } as CreateRecipientInput;
  if (v.key) input.key = v.key;
  if (v.role) input.role = v.role;
  if (v.category) input.category = v.category;
  if (v.country) input.country = v.country;
  if (v.dpaStatus !== "UNKNOWN" || v.dpaDate || v.dpaUrl) input.dpa = dpa(v);
  if (v.description) input.description = v.description;
  if (v.parent) input.parent = v.parent;
  return input;
}
