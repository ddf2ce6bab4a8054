import type { RopaJson, RopaJsonCitation } from "../import/ropa-json";
import { ROPA_JSON_FORMAT, ROPA_JSON_VERSION } from "../import/ropa-json";
import type { Citation, RopaSource } from "../../modules/ropa/ropa.source";

// The record as RoPA JSON (format described in src/io/import/ropa-json.ts): complete enough to import back,
// and stable: the same record always gives the same text (no generation time, fixed key and list order).

const cites = (list: Citation[]): RopaJsonCitation[] => list.map((c) => ({ document: c.document, section: c.section, basis: c.basis as RopaJsonCitation["basis"], note: c.note }));

export function ropaJson(src: RopaSource): RopaJson {
  const o = src.organization;
  const contact = (c: RopaSource["organization"]["dpo"]) => (c ? { name: c.name, email: c.email, country: c.country } : null);
  const mechanisms = (list: { regime: string; code: string; note: string | null }[]) => list.map((m) => ({ regime: m.regime as never, code: m.code, note: m.note }));
  return {
    format: ROPA_JSON_FORMAT,
    version: ROPA_JSON_VERSION,
    asOf: src.asOf,
    documents: src.documents.map((d) => ({ title: d.title, url: d.url })),
    organization: {
      slug: o.slug,
      name: o.name,
      legalName: o.legalName,
      website: o.website,
      contactEmail: o.contactEmail,
      postalAddress: o.postalAddress,
      country: o.country,
      dpo: contact(o.dpo),
      representative: contact(o.representative),
      minimumAge: o.minimumAge,
      doNotTrack: o.doNotTrack as never,
      subjectJurisdictions: o.subjectJurisdictions,
      evidence: cites(o.evidence),
    },
    statements: src.statements.map((s) => ({ topic: s.topic as never, summary: s.summary, evidence: cites(s.evidence) })),
    rights: src.rights.map((r) => ({ right: r.right as never, jurisdictions: r.jurisdictions, description: r.description, evidence: cites(r.evidence) })),
    securityMeasures: src.securityMeasures.map((m) => ({ key: m.key, name: m.name, kind: m.kind as never, description: m.description, dpvIri: m.dpvIri, evidence: cites(m.evidence) })),
    recipients: src.recipients.map((r) => ({
      key: r.key,
      name: r.name,
      kind: r.kind as never,
      category: r.category,
      named: r.named,
      country: r.country,
      dpa: { status: r.dpa.status as never, date: r.dpa.date, url: r.dpa.url },
      parent: r.parent,
      description: r.description,
      transferMechanisms: mechanisms(r.transferMechanisms),
      evidence: cites(r.evidence),
    })),
    storageLocations: src.storageLocations.map((l) => ({
      key: l.key,
      name: l.name,
      country: l.country,
      region: l.region,
      provider: l.provider,
      transferMechanisms: mechanisms(l.transferMechanisms),
      evidence: cites(l.evidence),
    })),
    activities: src.activities.map((a) => ({
      key: a.key,
      name: a.name,
      description: a.description,
      purposes: a.purposes,
      legalBases: a.legalBases.map((b) => ({
        regime: b.regime as never,
        code: b.code,
        consentMechanism: b.consentMechanism as never,
        note: b.note,
        assessment: b.assessment,
        evidence: cites(b.evidence),
      })),
      dataSubjects: a.dataSubjects,
      dataCategories: a.dataCategories,
      sources: a.sources as never,
      disclosures: a.disclosures.map((d) => ({ recipient: d.recipient, dataCategories: d.dataCategories, purpose: d.purpose, evidence: cites(d.evidence) })),
      storageLocations: a.storageLocations,
      securityMeasures: a.securityMeasures,
      retention: a.retention ? { period: a.retention.period, trigger: a.retention.trigger as never, description: a.retention.description, evidence: cites(a.retention.evidence) } : null,
      subjectJurisdictions: a.subjectJurisdictions,
      noRecipients: a.noRecipients,
      evidence: cites(a.evidence),
    })),
  };
}

export function renderRopaJson(src: RopaSource): string {
  return JSON.stringify(ropaJson(src), null, 2) + "\n";
}
