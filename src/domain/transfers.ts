import { PIPL_TERRITORY, regimesOf } from "./jurisdictions";
import type { RecordActivity, RecordDocument, RecordIdentity, RecordRecipient, ReferenceFacts, TransferTool } from "./record";
import { globalId, indexOf, locationsOf, type RecordIndex } from "./record-index";
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
  tools: TransferTool[];
  dataCategories: string[];
}

/** Where an activity's data goes: its storage locations, its recipients, and their sub-processors. */
function destinations(index: RecordIndex, identity: RecordIdentity, activity: RecordActivity): Destination[] {
  const out: Destination[] = [];
  for (const l of locationsOf(index, activity)) {
    const locationId = globalId(identity.storageLocations, l.key);
    out.push({ country: l.country, recipientId: null, locationId, viaRecipientId: null, tools: l.transferMechanisms, dataCategories: activity.dataCategories });
  }
  for (const d of activity.disclosures) {
    const r = index.recipients.get(d.recipient);
    if (!r) continue;
    const categories = d.dataCategories.length ? d.dataCategories : activity.dataCategories;
    const recipientId = globalId(identity.recipients, r.key);
    out.push({ country: r.country, recipientId, locationId: null, viaRecipientId: null, tools: r.transferMechanisms, dataCategories: categories });
    // Sub-processors receive what their parent receives; a visited set guards against bad data.
    const seen = new Set([r.key]);
    const walk = (parent: RecordRecipient, parentId: string) => {
      for (const child of (index.children.get(parent.key) ?? []).filter((x) => !seen.has(x.key))) {
        seen.add(child.key);
        const childId = globalId(identity.recipients, child.key);
        out.push({ country: child.country, recipientId: childId, locationId: null, viaRecipientId: parentId, tools: child.transferMechanisms, dataCategories: categories });
        walk(child, childId);
      }
    };
    walk(r, recipientId);
  }
  return out;
}

/**
 * The recorded tool that really covers a transfer to `to`, best first: an Art 46/47 safeguard,
 * then adequacy (A45-3) where the country has a decision, then an Art 49 derogation.
 */
function bestMechanism(regime: Regime, to: string, tools: TransferTool[], facts: ReferenceFacts): TransferTool | null {
  const mine = tools.filter((m) => m.regime === regime);
  if (regime !== "GDPR") return mine[0] ?? null;
  const adequacy = facts.euAdequacy(to);
  const safeguard = mine.find((m) => m.code.startsWith("A46") || m.code.startsWith("A47"));
  const adequate = mine.find((m) => m.code.startsWith("A45") && (adequacy === "ADEQUATE" || adequacy === "PARTIAL"));
  const derogation = mine.find((m) => m.code.startsWith("A49"));
  return safeguard ?? adequate ?? derogation ?? null;
}

interface Verdict {
  status: TransferStatus;
  mechanism: string | null;
  mechanismKind: string | null;
}

/** Covered by the recorded tool, or not covered without one. */
function coveredBy(tool: TransferTool | null, facts: ReferenceFacts): Verdict {
  if (!tool) return { status: "NOT_COVERED", mechanism: null, mechanismKind: null };
  // A code the reference data lacks is still recorded as a transfer tool.
  return { status: "COVERED", mechanism: tool.code, mechanismKind: facts.legalBasisKind(tool.regime, tool.code) ?? "TRANSFER_MECHANISM" };
}

function judge(regime: Regime, to: string, tools: TransferTool[], facts: ReferenceFacts): Verdict | null {
  const recorded = bestMechanism(regime, to, tools, facts);
  if (regime === "GDPR") {
    const adequacy = facts.euAdequacy(to);
    if (adequacy === "EEA") return null;
    if (adequacy === "ADEQUATE") return recorded ? coveredBy(recorded, facts) : { status: "COVERED", mechanism: "A45-3", mechanismKind: "TRANSFER_MECHANISM" };
    // PARTIAL adequacy (e.g. the US) covers only certified importers: that must be recorded like any tool.
    return coveredBy(recorded, facts);
  }
  if (to === PIPL_TERRITORY) return null;
  return coveredBy(recorded, facts);
}

/** Every transfer of every activity under every regime that reaches it, judged; objects are named by their global ids in `identity`. */
export function analyseTransfers(record: RecordDocument, facts: ReferenceFacts, identity: RecordIdentity): TransferResult[] {
  const index = indexOf(record);
  const results: TransferResult[] = [];
  for (const activity of record.activities) {
    const regimes = regimesOf(record, activity, facts).filter((r) => TRANSFER_REGIMES.includes(r));
    if (!regimes.length) continue;
    const activityId = globalId(identity.activities, activity.key);
    // One destination once per activity, however many paths lead to it.
    const seen = new Set<string>();
    for (const dest of destinations(index, identity, activity)) {
      const id = dest.locationId ?? dest.recipientId ?? "";
      if (seen.has(id)) continue;
      seen.add(id);
      const dataCategories = [...dest.dataCategories].sort();
      for (const regime of regimes) {
        const verdict = dest.country ? judge(regime, dest.country, dest.tools, facts) : undefined;
        // Not a transfer under this regime (e.g. inside the EEA, or inside mainland China).
        if (verdict === null) continue;
        results.push({
          activityId,
          dataCategories,
          fromCountry: record.organization.country,
          toCountry: dest.country || null,
          recipientId: dest.recipientId,
          locationId: dest.locationId,
          viaRecipientId: dest.viaRecipientId,
          regime,
          mechanism: verdict?.mechanism ?? null,
          mechanismKind: verdict?.mechanismKind ?? null,
          status: verdict ? verdict.status : "UNDETERMINED",
        });
      }
    }
  }
  return results;
}
