import type { Regime } from "../../domain/regimes";
import type { RecordInput } from "../../domain/record-input";
import type { ReadRecord } from "../record/record.read";
import type { ReferenceLookup } from "../record/reference-lookup";

// The plain record the domain rules and transfer analysis take, made from a record read (live or as of an
// instant), with the same global ids the live reader (compliance/record-input.ts) gives.

export function recordInputOf(rec: ReadRecord, reference: ReferenceLookup): RecordInput {
  const src = rec.document;
  const o = src.organization;
  const recipientIds = rec.identity.recipients;
  const ids = (keys: string[], map: Map<string, string>) => keys.flatMap((k) => (map.has(k) ? [map.get(k)!] : []));
  const tools = (list: { regime: string; code: string }[]) =>
    list.map((m) => ({ regime: m.regime as Regime, code: m.code, kind: reference.legalBases.get(`${m.regime}:${m.code}`)?.kind ?? "TRANSFER_MECHANISM" }));
  return {
    organization: {
      id: rec.identity.organization,
      slug: o.slug,
      name: o.name,
      country: o.country,
      contactEmail: o.contactEmail,
      postalAddress: o.postalAddress,
      dpo: o.dpo ? { name: o.dpo.name, email: o.dpo.email } : null,
      representative: o.representative ? { name: o.representative.name, country: o.representative.country } : null,
      subjectJurisdictions: o.subjectJurisdictions,
    },
    activities: src.activities.map((a) => ({
      id: rec.identity.activities.get(a.key)!,
      key: a.key,
      name: a.name,
      purposes: a.purposes,
      legalBases: a.legalBases.map((c) => ({
        regime: c.regime as Regime,
        code: c.code,
        kind: reference.legalBases.get(`${c.regime}:${c.code}`)?.kind ?? "LAWFUL_BASIS",
        consentMechanism: c.consentMechanism,
        assessment: c.assessment,
      })),
      dataSubjects: a.dataSubjects,
      dataCategories: a.dataCategories,
      sources: a.sources,
      disclosures: a.disclosures
        .filter((d) => recipientIds.has(d.recipient))
        .map((d) => ({ recipientId: recipientIds.get(d.recipient)!, dataCategories: d.dataCategories })),
      storageLocationIds: ids(a.storageLocations, rec.identity.storageLocations),
      retention: a.retention ? { period: a.retention.period, trigger: a.retention.trigger, description: a.retention.description } : null,
      securityMeasureIds: ids(a.securityMeasures, rec.identity.securityMeasures),
      subjectJurisdictions: a.subjectJurisdictions,
      noRecipients: a.noRecipients,
    })),
    recipients: src.recipients.map((r) => ({
      id: recipientIds.get(r.key)!,
      key: r.key,
      name: r.name,
      kind: r.kind,
      category: r.category,
      named: r.named,
      country: r.country,
      dpaStatus: r.dpa.status,
      parentId: r.parent !== null && recipientIds.has(r.parent) ? recipientIds.get(r.parent)! : null,
      mechanisms: tools(r.transferMechanisms),
    })),
    storageLocations: src.storageLocations.map((l) => ({
      id: rec.identity.storageLocations.get(l.key)!,
      key: l.key,
      name: l.name,
      country: l.country,
      mechanisms: tools(l.transferMechanisms),
    })),
  };
}
