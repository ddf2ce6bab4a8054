// Every IRI and prefix the DPV JSON-LD exporter (dpv.ts) may emit, and how the record's own things are named.
//
// Three sources of IRIs, and no others:
//  1. the vocabulary terms below (W3C DPV 2.x core, Dublin Core, RDF/RDFS, XSD, and the project's own `dm:` terms);
//  2. the DPV IRIs stored with the reference data and the record (data categories, purposes, data subjects,
//     legal bases and transfer tools, countries, security measures: their `dpv_iri` columns);
//  3. project IRIs under PROJECT_BASE for the record's own objects and for reference entries with no DPV IRI:
//       urn:datamap:category:<key>          a data category without a DPV IRI
//       urn:datamap:purpose:<key>           a purpose without a DPV IRI
//       urn:datamap:subject:<key>           a data subject without a DPV IRI
//       urn:datamap:legal-basis:<REGIME>:<code>   a legal basis or transfer tool without a DPV IRI (e.g. PIPL)
//       urn:datamap:country:<code>          a country without a DPV IRI
//       urn:datamap:organization:<slug>[:<kind>:<key>]   the organisation, its record, activities, recipients,
//                                           storage locations, measures, retention, impact assessments and transfers
//       urn:datamap:vocab:<term>            the `dm:` terms, for facts DPV has no property for.

export const PREFIXES = {
  dpv: "https://w3id.org/dpv#",
  pd: "https://w3id.org/dpv/pd#",
  "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
  loc: "https://w3id.org/dpv/loc#",
  dct: "http://purl.org/dc/terms/",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  dm: "urn:datamap:vocab:",
} as const;

export const PROJECT_BASE = "urn:datamap:";

/** Classes the exporter types nodes with. */
export const CLASSES = [
  "dpv:DataController",
  "dpv:DataProcessingRecord",
  "dpv:Process",
  "dpv:Recipient",
  "dpv:DataProcessor",
  "dpv:DataSubProcessor",
  "dpv:JointDataControllers",
  "dpv:ThirdParty",
  "dpv:DataProtectionOfficer",
  "dpv:Representative",
  "dpv:StorageLocation",
  "dpv:StorageDuration",
  "dpv:CrossBorderTransfer",
  "dpv:TechnicalMeasure",
  "dpv:OrganisationalMeasure",
  "dpv:Assessment",
] as const;

/** Properties the exporter uses. */
export const PROPERTIES = [
  "dpv:hasName",
  "dpv:hasContact",
  "dpv:hasAddress",
  "dpv:hasCountry",
  "dpv:hasRepresentative",
  "dpv:hasDataProtectionOfficer",
  "dpv:hasRecordOfActivity",
  "dpv:hasDataController",
  "dpv:hasPurpose",
  "dpv:hasPersonalData",
  "dpv:hasDataSubject",
  "dpv:hasLegalBasis",
  "dpv:hasRecipient",
  "dpv:hasLocation",
  "dpv:hasStorageCondition",
  "dpv:hasTechnicalOrganisationalMeasure",
  "dpv:hasDataExporter",
  "dpv:hasDataImporter",
  "dpv:hasAssessment",
  "dpv:hasServiceProvider",
  "rdfs:label",
  "dct:description",
  "dct:hasPart",
  "dct:valid",
  "rdf:value",
  "dm:key",
  "dm:website",
  "dm:retentionTrigger",
  "dm:regime",
  "dm:transferStatus",
  "dm:engagedBy",
  "dm:consentMechanism",
] as const;

/** Datatypes of typed literals. */
export const DATATYPES = ["xsd:duration", "xsd:dateTime"] as const;

/** A recipient's kind as a DPV entity class; every recipient is also a dpv:Recipient. */
export const RECIPIENT_KIND_CLASS: Record<string, string | undefined> = {
  PROCESSOR: "dpv:DataProcessor",
  SUB_PROCESSOR: "dpv:DataSubProcessor",
  JOINT_CONTROLLER: "dpv:JointDataControllers",
  INDEPENDENT_CONTROLLER: "dpv:DataController",
  THIRD_PARTY: "dpv:ThirdParty",
};

/** A security measure without its own DPV IRI is typed by its kind. */
export const MEASURE_KIND_CLASS: Record<string, string> = { TECHNICAL: "dpv:TechnicalMeasure", ORGANISATIONAL: "dpv:OrganisationalMeasure" };

/** "dpv:hasPurpose" → "https://w3id.org/dpv#hasPurpose". */
export function expandTerm(term: string): string {
  const i = term.indexOf(":");
  const prefix = term.slice(0, i) as keyof typeof PREFIXES;
  if (i < 0 || !(prefix in PREFIXES)) throw new Error(`dpv-mapping: ${JSON.stringify(term)} has no known prefix`);
  return PREFIXES[prefix] + term.slice(i + 1);
}

/** Every vocabulary IRI the exporter may emit, expanded. */
export const VOCABULARY_IRIS: ReadonlySet<string> = new Set([...CLASSES, ...PROPERTIES, ...DATATYPES].map(expandTerm));

const part = (s: string) => encodeURIComponent(s);

/** Project IRIs: reference entries without a DPV IRI, and the record's own objects. */
export const projectIri = {
  category: (key: string) => `${PROJECT_BASE}category:${part(key)}`,
  purpose: (key: string) => `${PROJECT_BASE}purpose:${part(key)}`,
  subject: (key: string) => `${PROJECT_BASE}subject:${part(key)}`,
  legalBasis: (regime: string, code: string) => `${PROJECT_BASE}legal-basis:${part(regime)}:${part(code)}`,
  country: (code: string) => `${PROJECT_BASE}country:${part(code)}`,
  organization: (slug: string) => `${PROJECT_BASE}organization:${part(slug)}`,
  /** An object of the organisation's record: kind is record, activity, recipient, location, measure, retention, impact-assessment, transfer, dpo or representative. */
  of: (slug: string, kind: string, key?: string) => `${PROJECT_BASE}organization:${part(slug)}:${kind}${key === undefined ? "" : `:${part(key)}`}`,
};
