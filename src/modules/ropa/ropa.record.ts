import type { Regime } from "../../domain/regimes";
import type { RecordInput } from "../../domain/record-input";
import { toGlobalId } from "../common/global-id";
import type { RopaSource } from "./ropa.source";

// The plain record the domain rules and transfer analysis take, made from a RoPA source (live or as of an
// instant), with the same global ids the live reader (compliance/record-input.ts) gives.

export function recordInputOf(src: RopaSource): RecordInput {
  const o = src.organization;
  const recipientIds = new Map(src.recipients.map((r) => [r.key, r.id]));
  const locationIds = new Map(src.storageLocations.map((l) => [l.key, l.id]));
  const measureIds = new Map(src.securityMeasures.map((m) => [m.key, m.id]));
  const ids = (type: string, keys: string[], map: Map<string, number>) => keys.flatMap((k) => (map.has(k) ? [toGlobalId(type, map.get(k)!)] : []));
  const tools = (list: { regime: string; code: string }[]) =>
    list.map((m) => ({ regime: m.regime as Regime, code: m.code, kind: src.reference.legalBases.get(`${m.regime}:${m.code}`)?.kind ?? "TRANSFER_MECHANISM" }));
  return {
    organization: {
      id: toGlobalId("Organization", o.id),
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
      id: toGlobalId("ProcessingActivity", a.id),
      key: a.key,
      name: a.name,
      purposes: a.purposes,
      legalBases: a.legalBases.map((c) => ({
        regime: c.regime as Regime,
        code: c.code,
        kind: src.reference.legalBases.get(`${c.regime}:${c.code}`)?.kind ?? "LAWFUL_BASIS",
        consentMechanism: c.consentMechanism,
        assessment: c.assessment,
      })),
      dataSubjects: a.dataSubjects,
      dataCategories: a.dataCategories,
      sources: a.sources,
      disclosures: a.disclosures
        .filter((d) => recipientIds.has(d.recipient))
        .map((d) => ({ recipientId: toGlobalId("Recipient", recipientIds.get(d.recipient)!), dataCategories: d.dataCategories })),
      storageLocationIds: ids("Location", a.storageLocations, locationIds),
      retention: a.retention ? { period: a.retention.period, trigger: a.retention.trigger, description: a.retention.description } : null,
      securityMeasureIds: ids("SecurityMeasure", a.securityMeasures, measureIds),
      subjectJurisdictions: a.subjectJurisdictions,
      noRecipients: a.noRecipients,
    })),
    recipients: src.recipients.map((r) => ({
      id: toGlobalId("Recipient", r.id),
      key: r.key,
      name: r.name,
      kind: r.kind,
      category: r.category,
      named: r.named,
      country: r.country,
      dpaStatus: r.dpa.status,
      parentId: r.parent !== null && recipientIds.has(r.parent) ? toGlobalId("Recipient", recipientIds.get(r.parent)!) : null,
      mechanisms: tools(r.transferMechanisms),
    })),
    storageLocations: src.storageLocations.map((l) => ({
      id: toGlobalId("Location", l.id),
      key: l.key,
      name: l.name,
      country: l.country,
      mechanisms: tools(l.transferMechanisms),
    })),
  };
}
