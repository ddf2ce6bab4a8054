import { PIPL_TERRITORY, regimesOf } from "./jurisdictions";
import type { ActivityRecord, MechanismInput, RecordInput, ReferenceFacts, RecipientRecord } from "./record-input";
import type { Regime } from "./regimes";

// Derives every cross-border transfer of a record and judges each one. Pure: no database, no clock.

export type TransferStatus = "COVERED" | "NOT_COVERED" | "UNDETERMINED";

export interface TransferResult {
  activityId: string;
  dataCategories: string[];
  /** The exporter's country: the controller's establishment (null when unknown). */
  fromCountry: string | null;
  /** The importer's country; null when the record does not say (an undetermined transfer). */
  toCountry: string | null;
  recipientId: string | null;
  locationId: string | null;
  /** The recipient that engaged this one, for transfers down a sub-processor chain. */
  viaRecipientId: string | null;
  regime: Regime;
  /** The code of the mechanism that covers it: "A45-3" for adequacy, a recorded tool otherwise. */
  mechanism: string | null;
  mechanismKind: string | null;
  status: TransferStatus;
}

/** Regimes whose transfer rules this analysis applies. UK GDPR transfers are not analysed yet. */
const TRANSFER_REGIMES: Regime[] = ["GDPR", "PIPL"];

interface Destination {
  country: string | null;
  recipientId: string | null;
  locationId: string | null;
  viaRecipientId: string | null;
  mechanisms: MechanismInput[];
  dataCategories: string[];
}

const cache = new WeakMap<RecordInput, { recipients: Map<string, RecipientRecord>; locations: Map<string, RecordInput["storageLocations"][number]>; children: Map<string, RecipientRecord[]> }>();

/** Lookups by id and by parent, built once per record. */
function indexes(record: RecordInput) {
  let i = cache.get(record);
  if (!i) {
    const children = new Map<string, RecipientRecord[]>();
    for (const r of record.recipients) if (r.parentId !== null) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r]);
    i = { recipients: new Map(record.recipients.map((r) => [r.id, r])), locations: new Map(record.storageLocations.map((l) => [l.id, l])), children };
    cache.set(record, i);
  }
  return i;
}

/** Where an activity's data goes: its storage locations, its recipients, and their sub-processors. */
function destinations(record: RecordInput, activity: ActivityRecord): Destination[] {
  const out: Destination[] = [];
  const { recipients, locations, children } = indexes(record);
  for (const id of activity.storageLocationIds) {
    const l = locations.get(id);
    if (l) out.push({ country: l.country, recipientId: null, locationId: l.id, viaRecipientId: null, mechanisms: l.mechanisms, dataCategories: activity.dataCategories });
  }
  for (const d of activity.disclosures) {
    const r = recipients.get(d.recipientId);
    if (!r) continue;
    const categories = d.dataCategories.length ? d.dataCategories : activity.dataCategories;
    out.push({ country: r.country, recipientId: r.id, locationId: null, viaRecipientId: null, mechanisms: r.mechanisms, dataCategories: categories });
    // Sub-processors receive what their parent receives; a visited set guards against bad data.
    const seen = new Set([r.id]);
    const walk = (parent: RecipientRecord) => {
      for (const child of (children.get(parent.id) ?? []).filter((x) => !seen.has(x.id))) {
        seen.add(child.id);
        out.push({ country: child.country, recipientId: child.id, locationId: null, viaRecipientId: parent.id, mechanisms: child.mechanisms, dataCategories: categories });
        walk(child);
      }
    };
    walk(r);
  }
  return out;
}

/**
 * The recorded tool that really covers a transfer to `to`, best first: an Art 46/47 safeguard,
 * then adequacy (A45-3) where the country has a decision, then an Art 49 derogation.
 */
function bestMechanism(regime: Regime, to: string, mechanisms: MechanismInput[], facts: ReferenceFacts): MechanismInput | null {
  const mine = mechanisms.filter((m) => m.regime === regime);
  if (regime !== "GDPR") return mine[0] ?? null;
  const adequacy = facts.euAdequacy(to);
  const safeguard = mine.find((m) => m.code.startsWith("A46") || m.code.startsWith("A47"));
  const adequate = mine.find((m) => m.code.startsWith("A45") && (adequacy === "ADEQUATE" || adequacy === "PARTIAL"));
  const derogation = mine.find((m) => m.code.startsWith("A49"));
  return safeguard ?? adequate ?? derogation ?? null;
}

function judge(regime: Regime, to: string, mechanisms: MechanismInput[], facts: ReferenceFacts): { status: TransferStatus; mechanism: MechanismInput | null } | null {
  const recorded = bestMechanism(regime, to, mechanisms, facts);
  if (regime === "GDPR") {
    const adequacy = facts.euAdequacy(to);
    if (adequacy === "EEA") return null;
    if (adequacy === "ADEQUATE") return { status: "COVERED", mechanism: recorded ?? { regime, code: "A45-3", kind: "TRANSFER_MECHANISM" } };
    // PARTIAL adequacy (e.g. the US) covers only certified importers: that must be recorded like any tool.
    return { status: recorded ? "COVERED" : "NOT_COVERED", mechanism: recorded };
  }
  if (to === PIPL_TERRITORY) return null;
  return { status: recorded ? "COVERED" : "NOT_COVERED", mechanism: recorded };
}

/** Every transfer of every activity under every regime that reaches it, judged. */
export function analyseTransfers(record: RecordInput, facts: ReferenceFacts): TransferResult[] {
  const results: TransferResult[] = [];
  for (const activity of record.activities) {
    const regimes = regimesOf(record.organization, activity, facts).filter((r) => TRANSFER_REGIMES.includes(r));
    if (!regimes.length) continue;
    // One destination once per activity, however many paths lead to it.
    const seen = new Set<string>();
    for (const dest of destinations(record, activity)) {
      const id = dest.locationId ?? dest.recipientId ?? "";
      if (seen.has(id)) continue;
      seen.add(id);
      const dataCategories = [...dest.dataCategories].sort();
      for (const regime of regimes) {
        const verdict = dest.country ? judge(regime, dest.country, dest.mechanisms, facts) : undefined;
        // Not a transfer under this regime (e.g. inside the EEA, or inside mainland China).
        if (verdict === null) continue;
        results.push({
          activityId: activity.id,
          dataCategories,
          fromCountry: record.organization.country,
          toCountry: dest.country || null,
          recipientId: dest.recipientId,
          locationId: dest.locationId,
          viaRecipientId: dest.viaRecipientId,
          regime,
          mechanism: verdict?.mechanism?.code ?? null,
          mechanismKind: verdict?.mechanism?.kind ?? null,
          status: verdict ? verdict.status : "UNDETERMINED",
        });
      }
    }
  }
  return results;
}
