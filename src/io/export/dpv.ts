import type { TransferResult } from "../../domain/transfers";
import { roleOf } from "../../domain/record-index";
import type { RecordActivity, RecordOrganization } from "../../domain/record";
import type { ReadRecord } from "../../modules/record/record.read";
import type { Named, ReferenceLookup } from "../../modules/record/reference-lookup";
import { MEASURE_KIND_CLASS, PREFIXES, projectIri, RECIPIENT_KIND_CLASS } from "./dpv-mapping";

// The record as W3C DPV JSON-LD: the organisation a dpv:DataController with its record (dpv:DataProcessingRecord),
// each activity a dpv:Process with its purposes, personal data, data subjects, legal bases, recipients, storage
// locations, storage duration, measures and impact assessment, each storage location with the recipient hosting it
// (dpv:hasServiceProvider), and each transfer a dpv:CrossBorderTransfer. Stored DPV IRIs are used where the
// reference data has them; everything else is named under the project base (see dpv-mapping.ts).

type Node = Record<string, unknown>;
const ref = (iri: string) => ({ "@id": iri });
const refs = (iris: string[]) => [...new Set(iris)].map(ref);

/** Drops keys whose value is null, undefined or an empty list, so the graph states only what the record holds. */
function compact(node: Node): Node {
  return Object.fromEntries(Object.entries(node).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

function iriOf(map: Map<string, Named>, key: string, fallback: (key: string) => string): string {
  return map.get(key)?.dpvIri ?? fallback(key);
}

export function dpvDocument(rec: ReadRecord, lookup: ReferenceLookup, transfers: TransferResult[]): Node {
  const doc = rec.document;
  const o = doc.organization;
  const slug = o.slug;
  const org = projectIri.organization(slug);
  const country = (code: string | null) => (code ? ref(iriOf(lookup.countries, code, projectIri.country)) : null);
  const basis = (regime: string, code: string) => lookup.legalBases.get(`${regime}:${code}`)?.dpvIri ?? projectIri.legalBasis(regime, code);
  const category = (key: string) => iriOf(lookup.categories, key, projectIri.category);
  const person = (kind: "dpo" | "representative", c: RecordOrganization["dpo"], type: string) =>
    c ? compact({ "@id": projectIri.of(slug, kind), "@type": type, "dpv:hasName": c.name, "dpv:hasContact": c.email, "dpv:hasCountry": country(c.country) }) : null;

  const graph: Node[] = [];
  graph.push(
    compact({
      "@id": org,
      "@type": "dpv:DataController",
      "dpv:hasName": o.legalName ?? o.name,
      "rdfs:label": o.name,
      "dm:key": slug,
      "dpv:hasContact": o.contactEmail,
      "dpv:hasAddress": o.postalAddress,
      "dm:website": o.website,
      "dpv:hasCountry": country(o.country),
      "dpv:hasRepresentative": person("representative", o.representative, "dpv:Representative"),
      "dpv:hasDataProtectionOfficer": person("dpo", o.dpo, "dpv:DataProtectionOfficer"),
      "dpv:hasRecordOfActivity": ref(projectIri.of(slug, "record")),
    }),
  );
  graph.push(
    compact({
      "@id": projectIri.of(slug, "record"),
      "@type": "dpv:DataProcessingRecord",
      "rdfs:label": `Record of processing activities of ${o.name}`,
      "dct:valid": doc.asOf ? { "@value": doc.asOf, "@type": "xsd:dateTime" } : null,
      "dct:hasPart": doc.activities.map((a) => ref(projectIri.of(slug, "activity", a.key))),
    }),
  );

  const transfersOf = new Map<string, Node[]>();
  const keyOf = new Map<string, string>();
  rec.identity.recipients.forEach((id, key) => keyOf.set(id, key));
  rec.identity.storageLocations.forEach((id, key) => keyOf.set(id, key));
  transfers.forEach((t, i) => {
    const node = compact({
      "@id": projectIri.of(slug, "transfer", String(i + 1)),
      "@type": "dpv:CrossBorderTransfer",
      "dpv:hasDataExporter": ref(org),
      "dpv:hasDataImporter": t.recipientId ? ref(projectIri.of(slug, "recipient", keyOf.get(t.recipientId)!)) : null,
      "dpv:hasLocation": t.locationId ? ref(projectIri.of(slug, "location", keyOf.get(t.locationId)!)) : null,
      "dm:engagedBy": t.viaRecipientId ? ref(projectIri.of(slug, "recipient", keyOf.get(t.viaRecipientId)!)) : null,
      "dpv:hasCountry": country(t.toCountry),
      "dpv:hasPersonalData": refs(t.dataCategories.map(category)),
      "dpv:hasLegalBasis": t.mechanism ? ref(basis(t.regime, t.mechanism)) : null,
      "dm:regime": t.regime,
      "dm:transferStatus": t.status,
    });
    transfersOf.set(t.activityId, [...(transfersOf.get(t.activityId) ?? []), node]);
  });

  const measures = new Map(doc.securityMeasures.map((m) => [m.key, m]));
  const activity = (a: RecordActivity): Node =>
    compact({
      "@id": projectIri.of(slug, "activity", a.key),
      "@type": "dpv:Process",
      "rdfs:label": a.name,
      "dm:key": a.key,
      "dct:description": a.description,
      "dpv:hasDataController": ref(org),
      "dpv:hasPurpose": refs(a.purposes.map((k) => iriOf(lookup.purposes, k, projectIri.purpose))),
      "dpv:hasPersonalData": refs(a.dataCategories.map(category)),
      "dpv:hasDataSubject": refs(a.dataSubjects.map((k) => iriOf(lookup.subjects, k, projectIri.subject))),
      "dpv:hasLegalBasis": refs(a.legalBases.map((b) => basis(b.regime, b.code))),
      "dm:consentMechanism": [...new Set(a.legalBases.flatMap((b) => (b.consentMechanism ? [b.consentMechanism] : [])))],
      "dpv:hasRecipient": refs(a.disclosures.map((d) => projectIri.of(slug, "recipient", d.recipient))),
      "dpv:hasLocation": refs(a.storageLocations.map((k) => projectIri.of(slug, "location", k))),
      "dpv:hasStorageCondition": a.retention
        ? compact({
            "@id": projectIri.of(slug, "retention", a.key),
            "@type": "dpv:StorageDuration",
            "rdf:value": a.retention.period ? { "@value": a.retention.period, "@type": "xsd:duration" } : null,
            "dm:retentionTrigger": a.retention.trigger,
            "dct:description": a.retention.description,
          })
        : null,
      "dpv:hasTechnicalOrganisationalMeasure": refs(a.securityMeasures.filter((k) => measures.has(k)).map((k) => projectIri.of(slug, "measure", k))),
      // DPV types an impact assessment as an assessment; the record holds where it is kept.
      "dpv:hasAssessment": a.impactAssessment
        ? { "@id": projectIri.of(slug, "impact-assessment", a.key), "@type": "dpv:Assessment", "rdfs:label": "Impact assessment", "dct:description": a.impactAssessment }
        : null,
      "dct:hasPart": transfersOf.get(rec.identity.activities.get(a.key)!) ?? [],
    });
  graph.push(...doc.activities.map(activity));

  for (const r of doc.recipients) {
    // The role in law, where recorded, says what DPV means by the class; the kind is the fallback.
    const kind = RECIPIENT_KIND_CLASS[r.kind === "SUB_PROCESSOR" ? r.kind : (roleOf(r) ?? r.kind)];
    graph.push(
      compact({
        "@id": projectIri.of(slug, "recipient", r.key),
        "@type": kind ? ["dpv:Recipient", kind] : "dpv:Recipient",
        "dpv:hasName": r.name,
        "dm:key": r.key,
        "dct:description": r.description,
        "dpv:hasCountry": country(r.country),
        "dm:engagedBy": r.parent ? ref(projectIri.of(slug, "recipient", r.parent)) : null,
        "dpv:hasLegalBasis": refs(r.transferMechanisms.map((m) => basis(m.regime, m.code))),
      }),
    );
  }
  for (const l of doc.storageLocations) {
    graph.push(
      compact({
        "@id": projectIri.of(slug, "location", l.key),
        "@type": "dpv:StorageLocation",
        "rdfs:label": l.name,
        "dm:key": l.key,
        "dpv:hasCountry": country(l.country),
        "dpv:hasServiceProvider": l.hostedBy ? ref(projectIri.of(slug, "recipient", l.hostedBy)) : null,
        "dpv:hasLegalBasis": refs(l.transferMechanisms.map((m) => basis(m.regime, m.code))),
      }),
    );
  }
  for (const m of doc.securityMeasures) {
    graph.push(
      compact({
        "@id": projectIri.of(slug, "measure", m.key),
        "@type": m.dpvIri ?? MEASURE_KIND_CLASS[m.kind] ?? "dpv:OrganisationalMeasure",
        "rdfs:label": m.name,
        "dm:key": m.key,
        "dct:description": m.description,
      }),
    );
  }
  return { "@context": { ...PREFIXES }, "@graph": graph };
}

export function renderDpv(rec: ReadRecord, ref: ReferenceLookup, transfers: TransferResult[]): string {
  return JSON.stringify(dpvDocument(rec, ref, transfers), null, 2) + "\n";
}
