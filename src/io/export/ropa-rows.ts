import type { TransferResult } from "../../domain/transfers";
import { roleOf } from "../../domain/record-index";
import type { RecordActivity, RecordClaim, RecordDocument, RecordOrganization, RecordRecipient } from "../../domain/record";
import type { ReferenceLookup } from "../../modules/record/reference-lookup";
import type { Cells, ControllerKey, ProcessorKey, RecipientRow, RopaHeader } from "./ropa-model";
import {
  AGE_BAND_LABELS,
  AUTOMATED_DECISION_LABELS,
  CONSENT_LABELS,
  DPA_LABELS,
  joined,
  labelOf,
  MEASURE_KIND_LABELS,
  RECIPIENT_KIND_LABELS,
  retentionText,
  RIGHT_LABELS,
  SOURCE_LABELS,
} from "./ropa-labels";

// The cells of one activity's row: each ICO column filled from what the record holds, and only from that.

export interface ActivityContext {
  doc: RecordDocument;
  ref: ReferenceLookup;
  activity: RecordActivity;
  /** The activity's transfers, from the transfer analysis. */
  transfers: TransferResult[];
  /** Global id → key, name and typed label of every object of the record. */
  names: Map<string, { key: string; name: string; label: string }>;
  header: RopaHeader;
}

export function countryLabel(ref: ReferenceLookup, code: string | null): string | null {
  if (!code) return null;
  if (code === "EEA") return "EEA";
  const c = ref.countries.get(code);
  return c ? `${c.name} (${code})` : code;
}

export function contactText(ref: ReferenceLookup, c: RecordOrganization["dpo"]): string | null {
  return c ? joined([c.name, c.email, countryLabel(ref, c.country)], ", ") : null;
}

export function mechanismText(ref: ReferenceLookup, regime: string, code: string): string {
  const b = ref.legalBases.get(`${regime}:${code}`);
  return b ? `${b.article} ${b.name}` : `${regime} ${code}`;
}

const names = (keys: string[], map: Map<string, { name: string }>) => joined(keys.map((k) => map.get(k)?.name ?? k));
const isLegitimateInterests = (c: RecordClaim) => (c.regime === "GDPR" || c.regime === "UK_GDPR") && c.code === "A6-1-f";
const SPECIAL_KINDS = new Set(["SPECIAL_CONDITION", "SEPARATE_CONSENT"]);

const indexes = new WeakMap<RecordDocument, { recipients: Map<string, RecordRecipient>; children: Map<string, RecordRecipient[]> }>();

/** Recipients by key and by the key of the recipient that engages them, built once per document. */
function indexOf(doc: RecordDocument) {
  let i = indexes.get(doc);
  if (!i) {
    const children = new Map<string, RecordRecipient[]>();
    for (const r of doc.recipients) if (r.parent !== null) children.set(r.parent, [...(children.get(r.parent) ?? []), r]);
    i = { recipients: new Map(doc.recipients.map((r) => [r.key, r])), children };
    indexes.set(doc, i);
  }
  return i;
}

/** The recipients an activity discloses to, each followed by the sub-processors it engages. */
function recipientsOf(doc: RecordDocument, a: RecordActivity): RecordRecipient[] {
  const { recipients, children } = indexOf(doc);
  const out: RecordRecipient[] = [];
  const seen = new Set<string>();
  const visit = (r: RecordRecipient | undefined) => {
    if (!r || seen.has(r.key)) return;
    seen.add(r.key);
    out.push(r);
    (children.get(r.key) ?? []).forEach(visit);
  };
  a.disclosures.forEach((d) => visit(recipients.get(d.recipient)));
  return out;
}

function recipientText(ctx: ActivityContext, r: RecordRecipient): string {
  const kind = labelOf(RECIPIENT_KIND_LABELS, r.kind);
  const engaged = r.parent ? `, engaged by ${indexOf(ctx.doc).recipients.get(r.parent)?.name ?? r.parent}` : "";
  const country = r.country ? (ctx.ref.countries.get(r.country)?.name ?? r.country) : null;
  return `${r.name} (${joined([kind, country], ", ")}${engaged})`;
}

/** "agreement signed (2024-01-01), URL"; null when the record knows nothing of one. */
function agreementText(r: RecordRecipient): string | null {
  if (r.dpa.status === "UNKNOWN" && !r.dpa.url) return null;
  const what = `agreement ${labelOf(DPA_LABELS, r.dpa.status)}${r.dpa.date ? ` (${r.dpa.date})` : ""}`;
  return r.dpa.url ? `${what}, ${r.dpa.url}` : what;
}

function contractText(r: RecordRecipient): string | null {
  const agreement = agreementText(r);
  return agreement && `${r.name}: ${agreement}`;
}

/** The activity's recipients one per row, in the order and with the facts of its recipients column. */
export function recipientRows(ctx: ActivityContext): RecipientRow[] {
  const { doc, ref, activity: a } = ctx;
  return recipientsOf(doc, a).map((r) => ({
    activityKey: a.key,
    activity: a.name,
    recipient: r.name,
    kind: labelOf(RECIPIENT_KIND_LABELS, r.kind),
    country: countryLabel(ref, r.country),
    via: r.parent ? (indexOf(doc).recipients.get(r.parent)?.name ?? r.parent) : null,
    contract: agreementText(r),
  }));
}

function claimText(ref: ReferenceLookup, c: RecordClaim, withNote: boolean): string {
  const basis = ref.legalBases.get(`${c.regime}:${c.code}`);
  const title = basis ? `${basis.article} ${basis.name}` : `${c.regime} ${c.code}`;
  const consent = c.consentMechanism ? ` (${labelOf(CONSENT_LABELS, c.consentMechanism)})` : "";
  return `${title}${consent}${withNote && c.note ? `: ${c.note}` : ""}`;
}

function transferColumns(ctx: ActivityContext) {
  const { ref, transfers } = ctx;
  const importer = (t: TransferResult) => ctx.names.get(t.recipientId ?? t.locationId ?? "")?.name ?? "";
  const countries = transfers.map((t) => countryLabel(ref, t.toCountry) ?? `country not recorded (${importer(t)})`);
  const safeguards = transfers.map((t) => {
    const where = `${importer(t)}, ${countryLabel(ref, t.toCountry) ?? "country not recorded"}`;
    return `${t.regime} transfer to ${where}: ${t.mechanism ? mechanismText(ref, t.regime, t.mechanism) : "no mechanism recorded"}`;
  });
  return { transferCountries: joined(countries), transferSafeguards: joined(safeguards) };
}

function measuresText(doc: RecordDocument, a: RecordActivity): string | null {
  const byKey = new Map(doc.securityMeasures.map((m) => [m.key, m]));
  return joined(
    a.securityMeasures.map((k) => {
      const m = byKey.get(k);
      return m ? `${m.name} (${labelOf(MEASURE_KIND_LABELS, m.kind)})` : k;
    }),
  );
}

/** "the EEA", a country's name, or a subdivision's code with its country's name ("US-CA in United States"). */
function jurisdictionText(ref: ReferenceLookup, j: string): string {
  if (j === "EEA") return "the EEA";
  const country = ref.countries.get(j.slice(0, 2))?.name;
  if (j.length > 2) return country ? `${j} in ${country}` : j;
  return country ?? j;
}

/** Rights grouped by where they are offered: "In the EEA, United Kingdom: Access, Erasure; For everyone: …". */
function rightsText(doc: RecordDocument, ref: ReferenceLookup): string | null {
  const groups = new Map<string, string[]>();
  for (const r of doc.rights) {
    const where = r.jurisdictions?.length ? `In ${r.jurisdictions.map((j) => jurisdictionText(ref, j)).join(", ")}` : "For everyone";
    groups.set(where, [...(groups.get(where) ?? []), labelOf(RIGHT_LABELS, r.right)]);
  }
  return joined([...groups].map(([where, rights]) => `${where}: ${[...new Set(rights)].join(", ")}`));
}

function locationsText(doc: RecordDocument, ref: ReferenceLookup, a: RecordActivity): string | null {
  const byKey = new Map(doc.storageLocations.map((l) => [l.key, l]));
  const recipientName = (key: string) => indexOf(doc).recipients.get(key)?.name ?? key;
  return joined(
    a.storageLocations.map((k) => {
      const l = byKey.get(k);
      if (!l) return k;
      const hosting = l.hostedBy ? `hosted by ${recipientName(l.hostedBy)}` : l.hosting === "OWN" ? "own infrastructure" : null;
      return `${l.name}: ${joined([countryLabel(ref, l.country), l.region, l.provider && `provider ${l.provider}`, hosting], ", ")}`;
    }),
  );
}

/** The data subjects, then the ages the record gives for them. */
function subjectsText(ref: ReferenceLookup, a: RecordActivity): string | null {
  const ages = a.ageBands.length ? `Ages: ${a.ageBands.map((b) => labelOf(AGE_BAND_LABELS, b)).join(", ")}` : null;
  return joined([names(a.dataSubjects, ref.subjects), ages]);
}

export function controllerRow(ctx: ActivityContext): Cells<ControllerKey> {
  const { doc, ref, activity: a } = ctx;
  const recipients = recipientsOf(doc, a);
  const claims = a.legalBases;
  const special = (c: RecordClaim) => SPECIAL_KINDS.has(ref.legalBases.get(`${c.regime}:${c.code}`)?.kind ?? "");
  const li = claims.filter(isLegitimateInterests);
  return {
    name: a.name,
    businessFunction: null,
    purposes: names(a.purposes, ref.purposes),
    jointControllers: joined(recipients.filter((r) => roleOf(r) === "JOINT_CONTROLLER").map((r) => joined([r.name, countryLabel(ref, r.country)], ", "))),
    dataSubjects: subjectsText(ref, a),
    dataCategories: names(a.dataCategories, ref.categories),
    recipients: a.noRecipients && !recipients.length ? "None: the record states that no one receives this data" : joined(recipients.map((r) => recipientText(ctx, r))),
    processorContracts: joined(recipients.map(contractText)),
    ...transferColumns(ctx),
    retention: retentionText(a.retention),
    securityMeasures: measuresText(doc, a),
    // Every claim that is not an Art 9-style condition, each with its own article, so nothing is misread as GDPR.
    article6: joined(claims.filter((c) => !special(c)).map((c) => claimText(ref, c, !isLegitimateInterests(c)))),
    article9: joined(claims.filter(special).map((c) => claimText(ref, c, true))),
    legitimateInterests: joined(li.map((c) => c.note)),
    legitimateInterestsAssessment: joined(li.map((c) => c.assessment)),
    rights: rightsText(doc, ref),
    automatedDecisionMaking: a.automatedDecisions ? labelOf(AUTOMATED_DECISION_LABELS, a.automatedDecisions) : null,
    sources: joined(a.sources.map((s) => labelOf(SOURCE_LABELS, s))),
    consentRecord: null,
    locations: locationsText(doc, ref, a),
    dpiaRequired: null,
    dpiaProgress: null,
    // The activity's own impact assessment, then those recorded on claims other than legitimate interests (e.g. PIPL Art 55).
    dpiaLink: joined([a.impactAssessment, ...claims.filter((c) => c.assessment && !isLegitimateInterests(c)).map((c) => `${claimText(ref, c, false)}: ${c.assessment}`)]),
    breachOccurred: null,
    breachRecord: null,
  };
}

export function processorRow(ctx: ActivityContext): Cells<ProcessorKey> {
  const { doc, ref, activity: a } = ctx;
  return {
    name: a.name,
    controller: ctx.header.controllers,
    processingCategories: names(a.purposes, ref.purposes),
    ...transferColumns(ctx),
    securityMeasures: measuresText(doc, a),
  };
}
