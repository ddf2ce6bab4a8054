import { adequacyUnder } from "./adequacy";
import { PIPL_TERRITORY, regimesOf } from "./jurisdictions";
import { CIIO_FACT, activityExemption, routeOf, tallyOf, type Exporting, type PiplExemption, type PiplRoute, type PiplTally } from "./pipl-export";
import type { RecordActivity, RecordDocument, RecordIdentity, RecordLocation, RecordOrganization, RecordRecipient, ReferenceFacts, TransferTool } from "./record";
import { globalId, indexOf, locationsOf, type RecordIndex } from "./record-index";
import type { Regime } from "./regimes";

// Derives every cross-border transfer of a record and judges each one. Pure: no database, no clock.
//
// What is a transfer. GDPR and UK GDPR (EDPB Guidelines 05/2021; the ICO's "restricted transfer"): an exporter the
// regime reaches for the processing discloses the data, or makes it available, to another party (a recipient, or the
// provider whose storage holds it) that is outside the EEA (outside the UK). So the organisation's own storage is
// never a transfer, wherever it is, and a controller abroad reached by Art 3(2) collecting from people directly makes
// none either; but it does make one when it discloses to an importer outside the EEA, even in its own country.
// PIPL (Art 38; the CAC's data export guidance): any provision of personal information outside mainland China,
// including to the handler's own servers abroad.

/** The judgements on a transfer, in the order reports list them. */
export const TRANSFER_STATUSES = ["COVERED", "NOT_COVERED", "UNDETERMINED"] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

/** Why a transfer has its status, so that each gap is reported by one rule. */
export type TransferReason =
  /** Covered: the destination has adequacy (an EU decision, UK regulations). */
  | "ADEQUACY"
  /** Covered: a recorded mechanism. */
  | "MECHANISM"
  /** Covered: PIPL, an exemption of the 2024 CAC Provisions. */
  | "EXEMPTION"
  /** Not covered: nothing recorded that applies. */
  | "NO_MECHANISM"
  /** Not covered: only adequacy is claimed, and the destination has none. */
  | "NO_ADEQUACY"
  /** Not covered: a systematic transfer resting only on an Art 49 derogation (EDPB Guidelines 2/2018). */
  | "DEROGATION_ONLY"
  /** Not covered: PIPL, a standard contract or certification where a CAC security assessment is required. */
  | "ASSESSMENT_REQUIRED"
  /** Undetermined: the destination's country is not recorded. */
  | "COUNTRY_UNKNOWN"
  /** Undetermined: whether storage is the organisation's own or a provider's is not recorded, and only a transfer would need a mechanism. */
  | "HOSTING_UNKNOWN"
  /** Undetermined: PIPL, which Art 38 route is needed turns on facts the record lacks (CIIO status, volumes). */
  | "ROUTE_UNKNOWN";

export interface TransferResult {
  activityId: string;
  dataCategories: string[];
  /** The exporter's country: the controller's establishment (null when unknown). */
  fromCountry: string | null;
  /** The importer's country; null when the record does not say (an undetermined transfer). */
  toCountry: string | null;
  /** The recipient receiving it: the recipient itself, or the provider running a storage location (`hostedBy`). */
  recipientId: string | null;
  locationId: string | null;
  /** The recipient that engaged this one, for transfers down a sub-processor chain. */
  viaRecipientId: string | null;
  regime: Regime;
  /** The code of the mechanism that covers it: "A45-3" (UK "A45") for adequacy, PIPL "38-4" for an exemption, a recorded tool otherwise. */
  mechanism: string | null;
  mechanismKind: string | null;
  status: TransferStatus;
  reason: TransferReason;
  /** PIPL: the article of the 2024 CAC Provisions whose exemption covers it, e.g. "Art 5(1)". */
  exemption: string | null;
  /** PIPL: the route the facts require (security assessment, contract or certification, none); null when open or for other regimes. */
  required: PiplRoute | null;
  /** PIPL: why that route or exemption, in a phrase. */
  why: string | null;
  /** The facts the record lacks on which the verdict turns (for UNDETERMINED, and for a PIPL route left open). */
  missing: string[];
  /** The codes recorded on the destination for this regime. */
  recorded: string[];
}

/**
 * Regimes whose transfer rules this analysis applies: GDPR and UK GDPR Chapter V, PIPL Art 38-40. Not PDPO: its
 * s.33 restriction on transfers out of Hong Kong has never been brought into force. Not CCPA: it restricts no
 * transfer by where the data goes.
 */
const TRANSFER_REGIMES: Regime[] = ["GDPR", "UK_GDPR", "PIPL"];

interface Destination {
  country: string | null;
  recipientId: string | null;
  locationId: string | null;
  viaRecipientId: string | null;
  tools: TransferTool[];
  dataCategories: string[];
  /** The organisation's own storage (true), another party's (false: a recipient, a provider's storage), or not known (null). */
  own: boolean | null;
}

const same = (a: string | null, b: string) => a !== null && a.trim().toLowerCase() === b;

/**
 * Whose a storage location is. The record's `hosting` decides; a `hostedBy` provider means a provider's; failing both,
 * a `provider` named other than the organisation itself is a provider's, the organisation's own name its own.
 */
function ownership(l: RecordLocation, org: RecordOrganization): boolean | null {
  if (l.hosting === "OWN") return true;
  if (l.hosting === "PROVIDER" || l.hostedBy) return false;
  const provider = l.provider?.trim().toLowerCase();
  if (!provider) return null;
  return same(org.name, provider) || same(org.legalName, provider) || same(org.slug, provider);
}

interface Place {
  locationId: string;
  recipientId: string | null;
  tools: TransferTool[];
  own: boolean | null;
}

/** Each storage location once per record: its owner and the tools covering it (its own, and its provider's when the provider is a recipient). */
function placesOf(record: RecordDocument, index: RecordIndex, identity: RecordIdentity): Map<string, Place> {
  const places = new Map<string, Place>();
  for (const l of record.storageLocations) {
    const own = ownership(l, record.organization);
    const provider = own === true || !l.hostedBy ? undefined : index.recipients.get(l.hostedBy);
    places.set(l.key, {
      locationId: globalId(identity.storageLocations, l.key),
      recipientId: provider ? globalId(identity.recipients, provider.key) : null,
      tools: provider ? [...l.transferMechanisms, ...provider.transferMechanisms] : l.transferMechanisms,
      own,
    });
  }
  return places;
}

/** Where an activity's data goes: its storage locations, its recipients, and their sub-processors. */
function destinations(index: RecordIndex, identity: RecordIdentity, places: Map<string, Place>, activity: RecordActivity): Destination[] {
  const out: Destination[] = [];
  for (const l of locationsOf(index, activity)) {
    const p = places.get(l.key)!;
    out.push({ country: l.country, recipientId: p.recipientId, locationId: p.locationId, viaRecipientId: null, tools: p.tools, dataCategories: activity.dataCategories, own: p.own });
  }
  for (const d of activity.disclosures) {
    const r = index.recipients.get(d.recipient);
    if (!r) continue;
    const categories = d.dataCategories.length ? d.dataCategories : activity.dataCategories;
    const recipientId = globalId(identity.recipients, r.key);
    out.push({ country: r.country, recipientId, locationId: null, viaRecipientId: null, tools: r.transferMechanisms, dataCategories: categories, own: false });
    // Sub-processors receive what their parent receives; a visited set guards against bad data.
    const seen = new Set([r.key]);
    const walk = (parent: RecordRecipient, parentId: string) => {
      for (const child of (index.children.get(parent.key) ?? []).filter((x) => !seen.has(x.key))) {
        seen.add(child.key);
        const childId = globalId(identity.recipients, child.key);
        out.push({ country: child.country, recipientId: childId, locationId: null, viaRecipientId: parentId, tools: child.transferMechanisms, dataCategories: categories, own: false });
        walk(child, childId);
      }
    };
    walk(r, recipientId);
  }
  return out;
}

type Verdict = Pick<TransferResult, "status" | "reason" | "mechanism" | "exemption" | "required" | "why" | "missing">;

const verdict = (status: TransferStatus, reason: TransferReason, over: Partial<Verdict> = {}): Verdict => ({
  status,
  reason,
  mechanism: null,
  exemption: null,
  required: null,
  why: null,
  missing: [],
  ...over,
});

const COUNTRY_FACT = "the destination's country";
const HOSTING_FACT = "whether the storage location is the organisation's own infrastructure or a provider's (hosting)";

/** The codes of each kind of Chapter V tool, per regime. */
const CHAPTER_V = {
  GDPR: { adequacy: "A45-3", isSafeguard: (c: string) => c.startsWith("A46") || c.startsWith("A47") },
  UK_GDPR: { adequacy: "A45", isSafeguard: (c: string) => c === "IDTA" || c === "UK-ADDENDUM" || c.startsWith("A46") || c.startsWith("A47") },
};

/** A transfer under GDPR or UK GDPR Chapter V; null when there is none (own storage, a destination inside). */
function chapterV(regime: "GDPR" | "UK_GDPR", dest: Destination, codes: string[], facts: ReferenceFacts): Verdict | null {
  if (dest.own === true) return null;
  if (!dest.country) return verdict("UNDETERMINED", "COUNTRY_UNKNOWN", { missing: [COUNTRY_FACT] });
  const adequacy = adequacyUnder(regime, dest.country, facts);
  if (adequacy === "EEA") return null;
  const judged = byTools(regime, adequacy, codes);
  // Storage of unknown hosting needs no mechanism if it is the organisation's own: ask, unless it is covered either way.
  if (judged.status !== "COVERED" && dest.own === null) return verdict("UNDETERMINED", "HOSTING_UNKNOWN", { missing: [HOSTING_FACT] });
  return judged;
}

/**
 * The best recorded tool: an Art 46/47 safeguard (UK: also the IDTA and the Addendum), then adequacy where the
 * country has it (PARTIAL adequacy, e.g. the US, only as recorded for the importer), else the gap. An Art 49
 * derogation alone never covers: every transfer the record holds is part of an ongoing activity, so systematic.
 */
function byTools(regime: "GDPR" | "UK_GDPR", adequacy: string, codes: string[]): Verdict {
  const kinds = CHAPTER_V[regime];
  const safeguard = codes.find(kinds.isSafeguard);
  if (safeguard) return verdict("COVERED", "MECHANISM", { mechanism: safeguard });
  const claimed = codes.find((c) => c.startsWith("A45"));
  if (adequacy === "ADEQUATE") return verdict("COVERED", "ADEQUACY", { mechanism: claimed ?? kinds.adequacy });
  if (adequacy === "PARTIAL" && claimed) return verdict("COVERED", "ADEQUACY", { mechanism: claimed });
  if (claimed && adequacy === "NOT_ADEQUATE") return verdict("NOT_COVERED", "NO_ADEQUACY");
  if (codes.some((c) => c.startsWith("A49"))) return verdict("NOT_COVERED", "DEROGATION_ONLY");
  return verdict("NOT_COVERED", "NO_MECHANISM");
}

const isPiplSensitive = (categories: string[], facts: ReferenceFacts) => categories.some((c) => facts.sensitivity(c).some((s) => s.regime === "PIPL" && s.kind === "SENSITIVE"));

/** PIPL tools, strongest first; the Greater Bay Area standard contract only for mainland to Hong Kong. */
const PIPL_TOOLS = ["38-1", "38-4", "38-2", "38-3", "GBA-SC"];
const CONTRACT_LEVEL = ["38-2", "38-3"];

/** A provision abroad under PIPL Art 38: the activity's own exemption, else the route the handler's tally requires against the tools recorded. */
function pipl(dest: Destination, codes: string[], exempt: PiplExemption | null, tally: PiplTally, facts: ReferenceFacts): Verdict {
  const hk = dest.country === "HK";
  const valid = codes.filter((c) => PIPL_TOOLS.includes(c) && (c !== "GBA-SC" || hk));
  const best = PIPL_TOOLS.find((c) => valid.includes(c)) ?? null;
  if (exempt) return verdict("COVERED", "EXEMPTION", { mechanism: best ?? "38-4", exemption: exempt.article, required: "NONE", why: exempt.why });
  if (valid.includes("38-1") || valid.includes("38-4")) return verdict("COVERED", "MECHANISM", { mechanism: best });
  const route = routeOf(tally, isPiplSensitive(dest.dataCategories, facts));
  const known = { required: route.required, why: route.why || null, missing: route.missing };
  if (route.required === "NONE") return verdict("COVERED", "EXEMPTION", { ...known, mechanism: best ?? "38-4", exemption: "Art 5(4)" });
  // The GBA standard contract is not bound by the volume thresholds; a CIIO is (a cautious reading of the GBA guidelines).
  if (hk && valid.includes("GBA-SC")) {
    if (tally.ciio === true) return verdict("NOT_COVERED", "ASSESSMENT_REQUIRED", known);
    if (tally.ciio === null) return verdict("UNDETERMINED", "ROUTE_UNKNOWN", { mechanism: "GBA-SC", missing: [CIIO_FACT] });
    return verdict("COVERED", "MECHANISM", { mechanism: "GBA-SC" });
  }
  if (valid.some((c) => CONTRACT_LEVEL.includes(c))) {
    if (route.required === "ASSESSMENT") return verdict("NOT_COVERED", "ASSESSMENT_REQUIRED", known);
    if (route.required === null && route.assessmentOpen) return verdict("UNDETERMINED", "ROUTE_UNKNOWN", { ...known, mechanism: best });
    return verdict("COVERED", "MECHANISM", { ...known, mechanism: best });
  }
  if (route.required === null && route.exemptionOpen) return verdict("UNDETERMINED", "ROUTE_UNKNOWN", known);
  return verdict("NOT_COVERED", "NO_MECHANISM", known);
}

/** A PIPL provision abroad, judged once the handler's yearly tally is known. */
interface Pending {
  result: TransferResult;
  dest: Destination;
  exempt: PiplExemption | null;
}

/** Every transfer of every activity under every regime that reaches it, judged; objects are named by their global ids in `identity`. */
export function analyseTransfers(record: RecordDocument, facts: ReferenceFacts, identity: RecordIdentity): TransferResult[] {
  const index = indexOf(record);
  const places = placesOf(record, index, identity);
  const org = record.organization;
  const results: TransferResult[] = [];
  const pending: Pending[] = [];
  const exporting = new Map<RecordActivity, Exporting>();
  for (const activity of record.activities) {
    const regimes = regimesOf(record, activity, facts).filter((r) => TRANSFER_REGIMES.includes(r));
    if (!regimes.length) continue;
    const activityId = globalId(identity.activities, activity.key);
    const exempt = regimes.includes("PIPL") ? activityExemption(org, activity) : null;
    // One destination once per activity, however many paths lead to it.
    const seen = new Set<string>();
    for (const dest of destinations(index, identity, places, activity)) {
      const id = dest.locationId ?? dest.recipientId ?? "";
      if (seen.has(id)) continue;
      seen.add(id);
      const dataCategories = [...dest.dataCategories].sort();
      for (const regime of regimes) {
        const recorded = dest.tools.filter((m) => m.regime === regime).map((m) => m.code);
        let judged: Verdict | null;
        if (regime === "PIPL") {
          if (dest.country === PIPL_TERRITORY) continue;
          judged = dest.country ? null : verdict("UNDETERMINED", "COUNTRY_UNKNOWN", { missing: [COUNTRY_FACT] });
        } else judged = chapterV(regime as "GDPR" | "UK_GDPR", dest, recorded, facts);
        if (judged === null && regime !== "PIPL") continue;
        const result: TransferResult = {
          activityId,
          dataCategories,
          fromCountry: org.country,
          toCountry: dest.country || null,
          recipientId: dest.recipientId,
          locationId: dest.locationId,
          viaRecipientId: dest.viaRecipientId,
          regime,
          mechanismKind: null,
          recorded,
          ...(judged ?? verdict("UNDETERMINED", "ROUTE_UNKNOWN")),
        };
        results.push(result);
        if (regime !== "PIPL" || judged) continue;
        pending.push({ result, dest, exempt });
        // Exports exempt on their own (Art 4, Art 5(1)-(3)) do not count towards the thresholds.
        if (exempt) continue;
        const seenExport = exporting.get(activity);
        const sensitive = isPiplSensitive(dataCategories, facts);
        if (seenExport) seenExport.sensitive ||= sensitive;
        else exporting.set(activity, { activity, sensitive });
      }
    }
  }
  const tally = tallyOf(org, [...exporting.values()]);
  for (const { result, dest, exempt } of pending) Object.assign(result, pipl(dest, result.recorded, exempt, tally, facts));
  for (const r of results) r.mechanismKind = r.mechanism === null ? null : (facts.legalBasisKind(r.regime, r.mechanism) ?? "TRANSFER_MECHANISM");
  return results;
}
