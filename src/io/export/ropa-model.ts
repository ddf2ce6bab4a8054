import type { TransferResult } from "../../domain/transfers";
import type { RecordActivity } from "../../domain/record";
import type { ReadRecord } from "../../modules/record/record.read";
import type { ReferenceLookup } from "../../modules/record/reference-lookup";
import { contactText, controllerRow, countryLabel, mechanismText, processorRow, recipientRows, type ActivityContext } from "./ropa-rows";
import { joined, labelOf, RECIPIENT_KIND_LABELS, STATUS_LABELS } from "./ropa-labels";

// The Article 30 record as a document: a header block, one row per activity with the UK ICO template's
// columns in its order (or the Art 30(2) processor columns), the transfers and the findings.
// Every renderer (XLSX, CSV, Markdown, HTML) and the GraphQL `ropa` query show this same content.

export type RopaKind = "CONTROLLER" | "PROCESSOR";

export interface Column {
  key: string;
  title: string;
}

/**
 * The UK ICO controller template's columns, in its order, after one column naming the activity.
 * The record holds no business function, consent-record, DPIA-required or progress, or breach facts:
 * those columns stay empty rather than guessed.
 */
export const CONTROLLER_COLUMNS = [
  { key: "name", title: "Processing activity" },
  { key: "businessFunction", title: "Business function" },
  { key: "purposes", title: "Purpose of processing" },
  { key: "jointControllers", title: "Joint controller" },
  { key: "dataSubjects", title: "Categories of individuals" },
  { key: "dataCategories", title: "Categories of personal data" },
  { key: "recipients", title: "Categories of recipients" },
  { key: "processorContracts", title: "Link to contract with processor" },
  { key: "transferCountries", title: "Third countries or international organisations transferred to" },
  { key: "transferSafeguards", title: "Safeguards for exceptional transfers" },
  { key: "retention", title: "Retention schedule" },
  { key: "securityMeasures", title: "General description of security measures" },
  { key: "article6", title: "Article 6 lawful basis" },
  { key: "article9", title: "Article 9 condition" },
  { key: "legitimateInterests", title: "Legitimate interests pursued" },
  { key: "legitimateInterestsAssessment", title: "Link to legitimate-interests assessment" },
  { key: "rights", title: "Rights available to individuals" },
  { key: "automatedDecisionMaking", title: "Automated decision-making including profiling" },
  { key: "sources", title: "Source of the personal data" },
  { key: "consentRecord", title: "Link to consent record" },
  { key: "locations", title: "Location of personal data" },
  { key: "dpiaRequired", title: "DPIA required" },
  { key: "dpiaProgress", title: "DPIA progress" },
  { key: "dpiaLink", title: "Link to DPIA" },
  { key: "breachOccurred", title: "Personal data breach occurred" },
  { key: "breachRecord", title: "Link to breach record" },
] as const satisfies readonly Column[];

/** GDPR Art 30(2)(a)–(d): the processor's record, one row per activity carried out for the controller. */
export const PROCESSOR_COLUMNS = [
  { key: "name", title: "Processing activity" },
  { key: "controller", title: "Name and contact details of controller" },
  { key: "processingCategories", title: "Categories of processing" },
  { key: "transferCountries", title: "Third countries or international organisations transferred to" },
  { key: "transferSafeguards", title: "Safeguards for exceptional transfers" },
  { key: "securityMeasures", title: "General description of security measures" },
] as const satisfies readonly Column[];

export const TRANSFER_COLUMNS = [
  { key: "activity", title: "Processing activity" },
  { key: "regime", title: "Regime" },
  { key: "from", title: "From" },
  { key: "to", title: "To" },
  { key: "importer", title: "Importer" },
  { key: "via", title: "Engaged by" },
  { key: "dataCategories", title: "Categories of personal data" },
  { key: "mechanism", title: "Mechanism" },
  { key: "status", title: "Status" },
] as const satisfies readonly Column[];

/** One row per recipient of an activity (sub-processors after the recipient engaging them), as the recipients column names them. */
export const RECIPIENT_COLUMNS = [
  { key: "activity", title: "Processing activity" },
  { key: "recipient", title: "Recipient" },
  { key: "kind", title: "Kind" },
  { key: "country", title: "Country" },
  { key: "via", title: "Engaged by" },
  { key: "contract", title: "Contract with processor" },
] as const satisfies readonly Column[];

export const FINDING_COLUMNS = [
  { key: "severity", title: "Severity" },
  { key: "rule", title: "Rule" },
  { key: "reference", title: "Article" },
  { key: "subject", title: "About" },
  { key: "message", title: "Finding" },
  { key: "remediation", title: "Remediation" },
] as const satisfies readonly Column[];

export type ControllerKey = (typeof CONTROLLER_COLUMNS)[number]["key"];
export type ProcessorKey = (typeof PROCESSOR_COLUMNS)[number]["key"];
export type Cells<K extends string> = Record<K, string | null>;
export type TransferRow = Cells<(typeof TRANSFER_COLUMNS)[number]["key"]> & { activityKey: string; statusCode: string };
export type RecipientRow = Cells<(typeof RECIPIENT_COLUMNS)[number]["key"]> & { activityKey: string };
export type FindingRow = Cells<(typeof FINDING_COLUMNS)[number]["key"]> & { id: string };

export interface RopaHeader {
  kind: RopaKind;
  title: string;
  slug: string;
  name: string;
  legalName: string | null;
  contactEmail: string | null;
  postalAddress: string | null;
  country: string | null;
  website: string | null;
  representative: string | null;
  dpo: string | null;
  /** Art 30(2)(a): the controllers a processor acts for; null in a controller's record. */
  controllers: string | null;
  /** ISO instant the record was read as of; null for the live record. */
  asOf: string | null;
  generatedAt: string;
}

export interface RopaRow {
  key: string;
  description: string | null;
  cells: Record<string, string | null>;
}

export interface RopaDocument {
  kind: RopaKind;
  header: RopaHeader;
  columns: readonly Column[];
  rows: RopaRow[];
  transfers: TransferRow[];
  /** The controller's recipients per activity; empty in a processor's record, which has no recipients column. */
  recipients: RecipientRow[];
  findings: FindingRow[];
}

/** A finding as the model takes it: what complianceService and the rule engine give. */
export interface FindingInput {
  id: string;
  severity: string;
  rule: string;
  reference: string;
  message: string;
  remediation: string;
  subjectId: string;
}

/** Label/value pairs of the header block, in the order every renderer shows them. */
export function headerLines(h: RopaHeader): [string, string][] {
  const lines: [string, string | null][] = [
    [h.kind === "PROCESSOR" ? "Processor" : "Controller", h.name],
    ["Legal name", h.legalName],
    ["Contact e-mail", h.contactEmail],
    ["Postal address", h.postalAddress],
    ["Country", h.country],
    ["Website", h.website],
    ["Representative", h.representative],
    ["Data protection officer", h.dpo],
    ...(h.kind === "PROCESSOR" ? [["Controllers acted for", h.controllers] as [string, string | null]] : []),
    ["Record as of", h.asOf ?? "the live record"],
    ["Generated at", h.generatedAt],
  ];
  return lines.map(([k, v]) => [k, v ?? ""]);
}

function transferRows(rec: ReadRecord, ref: ReferenceLookup, transfers: TransferResult[]): TransferRow[] {
  const names = objectNames(rec);
  return transfers.map((t) => {
    const importer = t.recipientId ?? t.locationId ?? "";
    return {
      activityKey: names.get(t.activityId)?.key ?? "",
      activity: names.get(t.activityId)?.name ?? t.activityId,
      regime: t.regime,
      from: countryLabel(ref, t.fromCountry) ?? "Unknown (not recorded)",
      to: countryLabel(ref, t.toCountry) ?? "Unknown (not recorded)",
      importer: names.get(importer)?.label ?? importer,
      via: t.viaRecipientId ? (names.get(t.viaRecipientId)?.name ?? t.viaRecipientId) : null,
      dataCategories: joined(t.dataCategories.map((k) => ref.categories.get(k)?.name ?? k)),
      mechanism: t.mechanism ? mechanismText(ref, t.regime, t.mechanism) : null,
      status: labelOf(STATUS_LABELS, t.status),
      statusCode: t.status,
    };
  });
}

/** Global id → key, name and a typed label, for naming the subjects of transfers and findings. */
function objectNames({ document: doc, identity: ids }: ReadRecord): Map<string, { key: string; name: string; label: string }> {
  const m = new Map<string, { key: string; name: string; label: string }>();
  const add = (id: string, what: string, o: { key: string; name: string }) => m.set(id, { key: o.key, name: o.name, label: `${what}: ${o.name}` });
  add(ids.organization, "Organisation", { key: doc.organization.slug, name: doc.organization.name });
  doc.activities.forEach((a) => add(ids.activities.get(a.key)!, "Processing activity", a));
  doc.recipients.forEach((r) => add(ids.recipients.get(r.key)!, `Recipient (${labelOf(RECIPIENT_KIND_LABELS, r.kind)})`, r));
  doc.storageLocations.forEach((l) => add(ids.storageLocations.get(l.key)!, "Storage location", l));
  doc.securityMeasures.forEach((s) => add(ids.securityMeasures.get(s.key)!, "Security measure", s));
  return m;
}

export interface BuildOptions {
  processor?: boolean;
  transfers: TransferResult[];
  findings: FindingInput[];
  generatedAt: Date;
}

/** The report of a record read (readRecord), with the reference data's names for the keys it holds. */
export function buildRopa(rec: ReadRecord, ref: ReferenceLookup, opts: BuildOptions): RopaDocument {
  const doc = rec.document;
  const o = doc.organization;
  const kind: RopaKind = opts.processor ? "PROCESSOR" : "CONTROLLER";
  const header: RopaHeader = {
    kind,
    title: opts.processor ? `Record of processing carried out as processor (GDPR Art 30(2)): ${o.name}` : `Record of processing activities (GDPR Art 30(1)): ${o.name}`,
    slug: o.slug,
    name: o.name,
    legalName: o.legalName,
    contactEmail: o.contactEmail,
    postalAddress: o.postalAddress,
    country: countryLabel(ref, o.country),
    website: o.website,
    representative: contactText(ref, o.representative),
    dpo: contactText(ref, o.dpo),
    // The record holds the organisation's own processing: the only controller it states is the organisation itself.
    controllers: opts.processor ? joined([o.legalName ?? o.name, o.contactEmail, o.postalAddress, countryLabel(ref, o.country)], ", ") : null,
    asOf: doc.asOf,
    generatedAt: opts.generatedAt.toISOString(),
  };
  const byActivity = new Map<string, TransferResult[]>();
  for (const t of opts.transfers) byActivity.set(t.activityId, [...(byActivity.get(t.activityId) ?? []), t]);
  const names = objectNames(rec);
  const context = (a: RecordActivity): ActivityContext => ({ doc, ref, activity: a, transfers: byActivity.get(rec.identity.activities.get(a.key)!) ?? [], names, header });
  const rows = doc.activities.map((a) => ({
    key: a.key,
    description: a.description,
    cells: opts.processor ? processorRow(context(a)) : controllerRow(context(a)),
  }));
  const recipients = opts.processor ? [] : doc.activities.flatMap((a) => recipientRows(context(a)));
  return {
    kind,
    header,
    columns: opts.processor ? PROCESSOR_COLUMNS : CONTROLLER_COLUMNS,
    rows,
    transfers: transferRows(rec, ref, opts.transfers),
    recipients,
    findings: opts.findings.map((f) => ({
      id: f.id,
      severity: f.severity,
      rule: f.rule,
      reference: f.reference,
      subject: names.get(f.subjectId)?.label ?? f.subjectId,
      message: f.message,
      remediation: f.remediation,
    })),
  };
}
