import { Field, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "../common/enums";
import { ADEQUACY_STATUSES, LEGAL_BASIS_KINDS, REGIMES, SENSITIVITY_KINDS } from "../../domain/regimes";
import { Node } from "../node/node.type";

export const Regime = graphqlEnum(REGIMES, "Regime", "A data-protection regime whose rules the record is judged against.", {
  GDPR: "EU General Data Protection Regulation (EU) 2016/679.",
  UK_GDPR: "The UK GDPR with the Data Protection Act 2018.",
  PIPL: "China's Personal Information Protection Law (2021).",
  PDPO: "Hong Kong's Personal Data (Privacy) Ordinance, Cap. 486.",
  CCPA: "California Consumer Privacy Act as amended by the CPRA.",
});

export const AdequacyStatus = graphqlEnum(ADEQUACY_STATUSES, "AdequacyStatus", "Where a country stands for transfers of personal data out of the EU.", {
  EEA: "Inside the European Economic Area: no transfer rules apply.",
  ADEQUATE: "Covered by an EU adequacy decision.",
  PARTIAL: "Adequate only for some recipients (e.g. US organisations certified under the Data Privacy Framework).",
  NOT_ADEQUATE: "No adequacy decision: a transfer needs an Art 46 safeguard or an Art 49 derogation.",
});

export const LegalBasisKind = graphqlEnum(LEGAL_BASIS_KINDS, "LegalBasisKind", "What role a legal basis plays in its regime.", {
  LAWFUL_BASIS: "A ground that makes processing lawful (GDPR Art 6, PIPL Art 13).",
  SPECIAL_CONDITION: "An extra condition for special-category or criminal data (GDPR Art 9, Art 10).",
  TRANSFER_MECHANISM: "A tool that makes a cross-border transfer lawful (GDPR Chapter V, PIPL Art 38).",
  SEPARATE_CONSENT: "A consent the regime demands on top of a lawful basis (PIPL Arts 29, 31, 39).",
  PRINCIPLE: "A data-protection principle of a regime without lawful bases (PDPO).",
  BUSINESS_PURPOSE: "A CCPA business purpose for which personal information may be used or disclosed.",
  DISCLOSURE_TYPE: "A CCPA kind of disclosure (sale or share) with its own duties.",
});

export const SensitivityKind = graphqlEnum(SENSITIVITY_KINDS, "SensitivityKind", "How a regime singles out a data category.", {
  SPECIAL_CATEGORY: "A special category of personal data (GDPR Art 9).",
  CRIMINAL_OFFENCE: "Data about criminal convictions and offences (GDPR Art 10).",
  SENSITIVE: "Sensitive personal information (PIPL Art 28, CCPA §1798.140(ae)).",
});

@ObjectType({ simpleResolvers: true, description: "A country or territory (ISO 3166-1)." })
export class Country {
  @Field(() => String, { description: "ISO 3166-1 alpha-2 code, e.g. HK." })
  code!: string;
  @Field(() => String, { description: "English short name." })
  name!: string;
  @Field(() => AdequacyStatus, { description: "EU adequacy status, as of the date in `adequacyAsOf`." })
  euAdequacy!: string;
  @Field(() => String, { nullable: true, description: "Limits of an adequacy decision, e.g. which organisations it covers." })
  adequacyScope?: string | null;
  @Field(() => String, { nullable: true, description: "W3C DPV location IRI, e.g. https://w3id.org/dpv/loc#HK." })
  dpvIri?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "How one regime treats a data category: special, criminal or sensitive." })
export class Sensitivity {
  @Field(() => Regime, { description: "The regime that treats the category this way." })
  regime!: string;
  @Field(() => SensitivityKind, { description: "How the regime treats it: special, criminal or sensitive." })
  kind!: string;
  @Field(() => String, { description: "The article this rests on, e.g. PIPL Art 28." })
  reference!: string;
  @Field(() => String, { nullable: true, description: "What in the article makes the category sensitive." })
  note?: string | null;
  @Field(() => String, { description: "Key of the category the entry is recorded on (the category itself or an ancestor)." })
  inheritedFrom!: string;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: "A category of personal data in the taxonomy (fideslang-style dotted keys)." })
export class DataCategory extends Node {
  __typename = "DataCategory";
  rowId!: number;
  parentId!: number | null;
  /** Deleted: left out of the taxonomy lists, still found by id and key so old versions can name it. */
  archived!: boolean;
  @Field(() => String, { description: "Dotted key, e.g. user.contact.email." })
  key!: string;
  @Field(() => String, { description: "Human name." })
  name!: string;
  @Field(() => String, { nullable: true, description: "What the category covers." })
  description?: string | null;
  @Field(() => String, { nullable: true, description: "Matching W3C DPV IRI, when one exists." })
  dpvIri?: string | null;
  @Field(() => String, { description: "Where the key comes from: fideslang, or datamap for keys this project adds." })
  origin!: string;
  @Field(() => Boolean, { description: "True when the taxonomy has retired the key." })
  deprecated!: boolean;
  @Field(() => Int, { description: "Version of the entry, starting at 1; give it as expectedVersion when changing an entry of origin datamap." })
  version!: number;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: "A purpose of processing (keys follow fideslang data uses)." })
export class Purpose extends Node {
  __typename = "Purpose";
  rowId!: number;
  parentId!: number | null;
  /** Deleted: left out of the taxonomy lists, still found by id and key so old versions can name it. */
  archived!: boolean;
  @Field(() => String, { description: "Dotted key, e.g. essential.service.payment_processing." })
  key!: string;
  @Field(() => String, { description: "Human name." })
  name!: string;
  @Field(() => String, { nullable: true, description: "What the purpose covers." })
  description?: string | null;
  @Field(() => String, { nullable: true, description: "Matching W3C DPV purpose IRI, when one exists." })
  dpvIri?: string | null;
  @Field(() => String, { description: "Where the key comes from: fideslang, or datamap for keys this project adds." })
  origin!: string;
  @Field(() => Int, { description: "Version of the entry, starting at 1; give it as expectedVersion when changing an entry of origin datamap." })
  version!: number;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: "A legal basis, condition, transfer tool or principle of one regime." })
export class LegalBasis extends Node {
  __typename = "LegalBasis";
  rowId!: number;
  @Field(() => Regime, { description: "The regime it belongs to." })
  regime!: string;
  @Field(() => String, { description: 'Code within the regime, e.g. GDPR "A6-1-a", PIPL "13-1", PDPO "DPP1".' })
  code!: string;
  @Field(() => LegalBasisKind, { description: "What role it plays." })
  kind!: string;
  @Field(() => String, { description: "Short name, e.g. Consent." })
  name!: string;
  @Field(() => String, { description: "Citation, e.g. GDPR Art 6(1)(a)." })
  article!: string;
  @Field(() => String, { nullable: true, description: "What it means in practice." })
  description?: string | null;
  @Field(() => String, { nullable: true, description: "W3C DPV IRI, e.g. https://w3id.org/dpv/legal/eu/gdpr#A6-1-a." })
  dpvIri?: string | null;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: "A category of people whose data is processed (customers, employees, …)." })
export class DataSubjectCategory extends Node {
  __typename = "DataSubjectCategory";
  rowId!: number;
  @Field(() => String, { description: "Key, e.g. customer." })
  key!: string;
  @Field(() => String, { description: "Human name." })
  name!: string;
  @Field(() => String, { nullable: true, description: "Who is in the category." })
  description?: string | null;
  @Field(() => String, { nullable: true, description: "Matching W3C DPV IRI, when one exists." })
  dpvIri?: string | null;
}

