/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Where a country stands for transfers of personal data out of the EU. */
export type AdequacyStatus =
  /** Covered by an EU adequacy decision. */
  | 'ADEQUATE'
  /** Inside the European Economic Area: no transfer rules apply. */
  | 'EEA'
  /** No adequacy decision: a transfer needs an Art 46 safeguard or an Art 49 derogation. */
  | 'NOT_ADEQUATE'
  /** Adequate only for some recipients (e.g. US organisations certified under the Data Privacy Framework). */
  | 'PARTIAL';

/** How an object differs between two instants. */
export type ChangeKind =
  /** Absent at the start, present at the end. */
  | 'ADDED'
  /** Present at both, with different fields. */
  | 'CHANGED'
  /** Present at the start, absent (deleted) at the end. */
  | 'REMOVED';

/** What a change did to an object. */
export type ChangeOperation =
  /** The object was created. */
  | 'CREATE'
  /** The object was deleted (archived): gone from current queries, kept in history. */
  | 'DELETE'
  /** Fields or links of the object changed. */
  | 'UPDATE';

/** How a consent basis is obtained. */
export type ConsentMechanism =
  /** Assumed from use of the service: not valid consent under GDPR Art 4(11) or PIPL Art 14. */
  | 'CONTINUED_USE'
  /** An express statement, e.g. a signed or typed confirmation. */
  | 'EXPLICIT'
  /** An unticked box or similar affirmative act. */
  | 'OPT_IN'
  /** Assumed unless the person objects. */
  | 'OPT_OUT';

/** Where personal data comes from. */
export type DataSource =
  /** Collected automatically while the service is used (logs, cookies, devices). */
  | 'AUTOMATIC'
  /** Inferred or computed from other data. */
  | 'DERIVED'
  /** Given by the person, e.g. in a form. */
  | 'PROVIDED_BY_SUBJECT'
  /** Taken from a public source. */
  | 'PUBLIC'
  /** Received from another organisation. */
  | 'THIRD_PARTY';

/** A right the organisation offers to the people whose data it holds. */
export type DataSubjectRight =
  /** See and get a copy of one's data (GDPR Art 15, PIPL Art 45). */
  | 'ACCESS'
  /** Close one's account. */
  | 'ACCOUNT_CLOSURE'
  /** Not be subject to decisions made by machine alone (GDPR Art 22, PIPL Art 24). */
  | 'AUTOMATED_DECISION'
  /** Complain to a supervisory authority (GDPR Art 77). */
  | 'COMPLAINT'
  /** Have data deleted (GDPR Art 17, PIPL Art 47). */
  | 'ERASURE'
  /** Limit the use and disclosure of one's sensitive personal information (CCPA §1798.121). */
  | 'LIMIT_SENSITIVE_USE'
  /** Stop marketing messages. */
  | 'MARKETING_OPT_OUT'
  /** Object to processing (GDPR Art 21). */
  | 'OBJECTION'
  /** Opt out of the sale or sharing of one's personal information (CCPA §1798.120). */
  | 'OPT_OUT_OF_SALE_OR_SHARING'
  /** Receive data in a reusable form or have it moved (GDPR Art 20, PIPL Art 45). */
  | 'PORTABILITY'
  /** Have wrong data corrected (GDPR Art 16, PIPL Art 46). */
  | 'RECTIFICATION'
  /** Limit how data is used (GDPR Art 18). */
  | 'RESTRICTION'
  /** Withdraw consent at any time (GDPR Art 7(3), PIPL Art 15). */
  | 'WITHDRAW_CONSENT';

/** What the organisation does with browser Do-Not-Track signals. */
export type DoNotTrackStance =
  /** The signal is respected. */
  | 'HONOURED'
  /** The organisation says it does not respond to the signal. */
  | 'IGNORED'
  /** The record says nothing about it. */
  | 'NOT_STATED';

/** State of the data-processing agreement (GDPR Art 28(3)) with a recipient. */
export type DpaStatus =
  /** A notice says agreements exist, but none is on record. */
  | 'CLAIMED'
  /** Known to have no agreement. */
  | 'NONE'
  /** A signed agreement is on record. */
  | 'SIGNED'
  /** Nothing is recorded. */
  | 'UNKNOWN';

/** How firmly a document supports a fact. */
export type EvidenceBasis =
  /** A reviewer's reading of the document, explained in the note. */
  | 'INFERRED'
  /** The document says so. */
  | 'STATED';

/** Technical or organisational security measure (GDPR Art 32). */
export type MeasureKind =
  /** Rules and practice: policies, training, confidentiality, incident plans. */
  | 'ORGANISATIONAL'
  /** Built into systems: encryption, backups, access control. */
  | 'TECHNICAL';

/** The role a recipient plays towards the organisation. */
export type RecipientKind =
  /** A party to a merger, acquisition or sale of the business. */
  | 'ACQUIRER'
  /** A company of the same group. */
  | 'AFFILIATE'
  /** An agent acting for the organisation. */
  | 'AGENT'
  /** A contractor engaged for a business purpose (CCPA §1798.140(j)). */
  | 'CONTRACTOR'
  /** Decides its own purposes for the data it receives. */
  | 'INDEPENDENT_CONTROLLER'
  /** Decides purposes and means together with the organisation (GDPR Art 26). */
  | 'JOINT_CONTROLLER'
  /** Processes data on the organisation's behalf (GDPR Art 28). */
  | 'PROCESSOR'
  /** A government body, regulator, court or police. */
  | 'PUBLIC_AUTHORITY'
  /** Engaged by a processor (GDPR Art 28(2), (4)). */
  | 'SUB_PROCESSOR'
  /** Anyone else who receives the data. */
  | 'THIRD_PARTY';

/** A data-protection regime whose rules the record is judged against. */
export type Regime =
  /** California Consumer Privacy Act as amended by the CPRA. */
  | 'CCPA'
  /** EU General Data Protection Regulation (EU) 2016/679. */
  | 'GDPR'
  /** Hong Kong's Personal Data (Privacy) Ordinance, Cap. 486. */
  | 'PDPO'
  /** China's Personal Information Protection Law (2021). */
  | 'PIPL'
  /** The UK GDPR with the Data Protection Act 2018. */
  | 'UK_GDPR';

/** The event from which, or until which, data is kept. */
export type RetentionTrigger =
  /** The person closes the account. */
  | 'ACCOUNT_CLOSURE'
  /** The service to the person ends. */
  | 'END_OF_SERVICE'
  /** A legal duty or claim that required keeping the data ends. */
  | 'LEGAL_HOLD_END'
  /** Another event, described in words. */
  | 'OTHER'
  /** The purpose of the processing is achieved. */
  | 'PURPOSE_FULFILLED';

/** What an API key may do. */
export type Role =
  /** Everything, for every organisation: also API keys and organisations. */
  | 'ADMIN'
  /** Read and change the record of the organisations in scope. */
  | 'EDITOR'
  /** Read the record of the organisations in scope. */
  | 'VIEWER';

/** What an organisation-level declaration is about. */
export type StatementTopic =
  /** Linking of accounts and data across services. */
  | 'ACCOUNT_LINKING'
  /** Data of children and minimum ages. */
  | 'CHILDREN'
  /** How consent is obtained or assumed. */
  | 'CONSENT'
  /** Browser Do-Not-Track signals. */
  | 'DO_NOT_TRACK'
  /** What happens after a security incident or breach. */
  | 'INCIDENT_RESPONSE'
  /** How changes to the notice are announced and take effect. */
  | 'NOTICE_CHANGES'
  /** Anything else worth recording. */
  | 'OTHER'
  /** General security claims. */
  | 'SECURITY'
  /** Whether special-category or sensitive data is processed. */
  | 'SENSITIVE_DATA'
  /** Whether data is received from other organisations. */
  | 'THIRD_PARTY_SOURCES';

/** The judgement on one transfer. */
export type TransferStatus =
  /** A lawful mechanism covers it (adequacy or a recorded tool). */
  | 'COVERED'
  /** No lawful mechanism is recorded. */
  | 'NOT_COVERED'
  /** A fact it turns on is not recorded (the importer's country, whether storage is the organisation's own, or for PIPL the volumes and CIIO status), so it cannot be judged. */
  | 'UNDETERMINED';

export type ActivityHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityHistoryQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { name: string, version: number, updatedAt: string, id: string, organization: { slug: string } }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, history: Array<{ version: number, at: string, actor: string, operation: ChangeOperation, changes: Array<{ field: string, old: unknown, new: unknown }> }> };

export type CategoryWhereaboutsQueryVariables = Exact<{
  organization: string;
  category: string;
}>;


export type CategoryWhereaboutsQuery = { processingActivities: { totalCount: number, edges: Array<{ node: { name: string, dataCategories: Array<{ key: string, name: string }>, storageLocations: Array<{ name: string, euAdequacy: AdequacyStatus, country: { code: string, name: string } }>, disclosures: Array<{ recipient: { name: string, kind: RecipientKind, category: string | null, named: boolean, country: { code: string } | null }, dataCategories: Array<{ key: string }> }> } }> }, recipients: { totalCount: number, edges: Array<{ node: { name: string, kind: RecipientKind, category: string | null, named: boolean, dpa: { status: DpaStatus } } }> } };

export type DataMapQueryVariables = Exact<{
  organization: string;
}>;


export type DataMapQuery = { dataMap: { nodes: Array<{ id: string, kind: string, label: string, detail: string | null }>, edges: Array<{ from: string, to: string, kind: string, dataCategories: Array<string> }> } };

export type DataMapPageOptionsQueryVariables = Exact<{
  slug: string;
  asOf?: string | null | undefined;
}>;


export type DataMapPageOptionsQuery = { organization: { dataCategories: Array<{ key: string, name: string }>, recipients: Array<{ kind: RecipientKind, country: { code: string, name: string } | null }>, storageLocations: Array<{ country: { code: string, name: string } }> } | null, purposes: Array<{ key: string, name: string }>, dataCategories: Array<{ key: string, name: string }> };

export type OrganizationRecordQueryVariables = Exact<{
  slug: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganizationRecordQuery = { organization: { id: string, slug: string, name: string, legalName: string | null, website: string | null, contactEmail: string | null, postalAddress: string | null, minimumAge: number | null, doNotTrack: DoNotTrackStance, country: { code: string, name: string, euAdequacy: AdequacyStatus } | null, dpo: { name: string, email: string | null } | null, representative: { name: string, email: string | null, countryCode: string | null } | null, statements: Array<{ topic: StatementTopic, summary: string, evidence: Array<{ section: string, basis: EvidenceBasis }> }>, rights: Array<{ right: DataSubjectRight, jurisdictions: Array<string> | null, description: string | null }>, securityMeasures: Array<{ key: string, name: string, kind: MeasureKind, description: string | null }>, processingActivities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, key: string, name: string, description: string | null, sources: Array<DataSource>, version: number, updatedAt: string, purposes: Array<{ key: string, name: string }>, legalBasisClaims: Array<{ consentMechanism: ConsentMechanism | null, note: string | null, legalBasis: { regime: Regime, code: string, name: string, article: string } }>, dataSubjects: Array<{ key: string, name: string }>, dataCategories: Array<{ key: string, name: string, sensitivity: Array<{ regime: Regime, kind: string, reference: string }> }>, disclosures: Array<{ purpose: string | null, recipient: { name: string, kind: RecipientKind, category: string | null, named: boolean, country: { code: string } | null }, dataCategories: Array<{ key: string }> }>, storageLocations: Array<{ name: string, region: string | null, euAdequacy: AdequacyStatus, country: { code: string, name: string } }>, retention: { period: string | null, trigger: RetentionTrigger | null, description: string | null } | null, securityMeasures: Array<{ key: string, name: string }>, evidence: Array<{ document: string, section: string, basis: EvidenceBasis, note: string | null }> } }> } } | null };

export type RecipientsByCategoryQueryVariables = Exact<{
  organization?: string | null | undefined;
  category: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RecipientsByCategoryQuery = { recipients: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, kind: RecipientKind, category: string | null, named: boolean, country: { code: string, name: string, euAdequacy: AdequacyStatus } | null, dpa: { status: DpaStatus, date: string | null, url: string | null }, dataCategories: Array<{ key: string, name: string, sensitivity: Array<{ regime: Regime, kind: string }> }>, subProcessors: Array<{ name: string, country: { code: string } | null }>, organization: { slug: string } } }> } };

export type RecordAsOfQueryVariables = Exact<{
  slug: string;
  asOf: string;
}>;


export type RecordAsOfQuery = { organization: { slug: string, name: string, version: number, updatedAt: string, processingActivities: { totalCount: number, edges: Array<{ node: { key: string, name: string, version: number, purposes: Array<{ key: string }>, legalBasisClaims: Array<{ consentMechanism: ConsentMechanism | null, legalBasis: { regime: Regime, code: string } }>, dataCategories: Array<{ key: string }>, disclosures: Array<{ recipient: { name: string, kind: RecipientKind }, dataCategories: Array<{ key: string }> }>, storageLocations: Array<{ name: string, euAdequacy: AdequacyStatus, country: { code: string } }>, retention: { period: string | null, trigger: RetentionTrigger | null, description: string | null } | null } }> }, recipients: Array<{ name: string, kind: RecipientKind, country: { code: string } | null }> } | null };

export type RecordDiffSinceQueryVariables = Exact<{
  organization: string;
  from: string;
  to?: string | null | undefined;
}>;


export type RecordDiffSinceQuery = { recordDiff: { from: string, to: string, organization: Array<{ field: string, old: unknown, new: unknown }>, processingActivities: Array<{ id: string, key: string, name: string, change: ChangeKind, changes: Array<{ field: string, old: unknown, new: unknown }> }>, recipients: Array<{ id: string, key: string, name: string, change: ChangeKind, changes: Array<{ field: string, old: unknown, new: unknown }> }>, storageLocations: Array<{ id: string, key: string, name: string, change: ChangeKind, changes: Array<{ field: string, old: unknown, new: unknown }> }>, securityMeasures: Array<{ id: string, key: string, name: string, change: ChangeKind, changes: Array<{ field: string, old: unknown, new: unknown }> }> } | null };

export type SensitiveCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type SensitiveCategoriesQuery = { dataCategories: Array<{ key: string, name: string, parent: { key: string } | null, sensitivity: Array<{ regime: Regime, kind: string, reference: string, inheritedFrom: string }> }> };

export type TransfersPageQueryVariables = Exact<{
  organization: string;
  asOf?: string | null | undefined;
}>;


export type TransfersPageQuery = { transfers: Array<{ regime: Regime, status: TransferStatus, mechanism: string | null, exemption: string | null, activity: { id: string, name: string }, dataCategories: Array<{ key: string, name: string }>, fromCountry: { code: string, name: string }, toCountry: { code: string, name: string }, recipient: { id: string, name: string, kind: RecipientKind } | null, via: { id: string, name: string, parent: { id: string, name: string } | null } | null, location: { id: string, name: string, region: string | null } | null }> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { name: string, role: Role, scoped: boolean }, organizations: Array<{ id: string, slug: string, name: string, country: { code: string, name: string } | null }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ActivityHistoryDocument = new TypedDocumentString(`
    query ActivityHistory($id: ID!) {
  node(id: $id) {
    id
    ... on ProcessingActivity {
      name
      version
      updatedAt
      organization {
        slug
      }
    }
  }
  history(id: $id) {
    version
    at
    actor
    operation
    changes {
      field
      old
      new
    }
  }
}
    `) as unknown as TypedDocumentString<ActivityHistoryQuery, ActivityHistoryQueryVariables>;
export const CategoryWhereaboutsDocument = new TypedDocumentString(`
    query CategoryWhereabouts($organization: String!, $category: String!) {
  processingActivities(
    organization: $organization
    filter: {dataCategory: $category}
    first: 100
  ) {
    totalCount
    edges {
      node {
        name
        dataCategories {
          key
          name
        }
        storageLocations {
          name
          country {
            code
            name
          }
          euAdequacy
        }
        disclosures {
          recipient {
            name
            kind
            category
            named
            country {
              code
            }
          }
          dataCategories {
            key
          }
        }
      }
    }
  }
  recipients(
    organization: $organization
    filter: {dataCategory: $category}
    first: 100
  ) {
    totalCount
    edges {
      node {
        name
        kind
        category
        named
        dpa {
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CategoryWhereaboutsQuery, CategoryWhereaboutsQueryVariables>;
export const DataMapDocument = new TypedDocumentString(`
    query DataMap($organization: String!) {
  dataMap(organization: $organization) {
    nodes {
      id
      kind
      label
      detail
    }
    edges {
      from
      to
      kind
      dataCategories
    }
  }
}
    `) as unknown as TypedDocumentString<DataMapQuery, DataMapQueryVariables>;
export const DataMapPageOptionsDocument = new TypedDocumentString(`
    query DataMapPageOptions($slug: String!, $asOf: DateTime) {
  organization(slug: $slug, asOf: $asOf) {
    dataCategories {
      key
      name
    }
    recipients {
      kind
      country {
        code
        name
      }
    }
    storageLocations {
      country {
        code
        name
      }
    }
  }
  purposes {
    key
    name
  }
  dataCategories {
    key
    name
  }
}
    `) as unknown as TypedDocumentString<DataMapPageOptionsQuery, DataMapPageOptionsQueryVariables>;
export const OrganizationRecordDocument = new TypedDocumentString(`
    query OrganizationRecord($slug: String!, $first: Int = 100, $after: String) {
  organization(slug: $slug) {
    id
    slug
    name
    legalName
    website
    contactEmail
    postalAddress
    country {
      code
      name
      euAdequacy
    }
    dpo {
      name
      email
    }
    representative {
      name
      email
      countryCode
    }
    minimumAge
    doNotTrack
    statements {
      topic
      summary
      evidence {
        section
        basis
      }
    }
    rights {
      right
      jurisdictions
      description
    }
    securityMeasures {
      key
      name
      kind
      description
    }
    processingActivities(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          key
          name
          description
          purposes {
            key
            name
          }
          legalBasisClaims {
            consentMechanism
            note
            legalBasis {
              regime
              code
              name
              article
            }
          }
          dataSubjects {
            key
            name
          }
          dataCategories {
            key
            name
            sensitivity {
              regime
              kind
              reference
            }
          }
          sources
          disclosures {
            purpose
            recipient {
              name
              kind
              category
              named
              country {
                code
              }
            }
            dataCategories {
              key
            }
          }
          storageLocations {
            name
            region
            country {
              code
              name
            }
            euAdequacy
          }
          retention {
            period
            trigger
            description
          }
          securityMeasures {
            key
            name
          }
          evidence {
            document
            section
            basis
            note
          }
          version
          updatedAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationRecordQuery, OrganizationRecordQueryVariables>;
export const RecipientsByCategoryDocument = new TypedDocumentString(`
    query RecipientsByCategory($organization: String, $category: String!, $first: Int = 50, $after: String) {
  recipients(
    organization: $organization
    filter: {category: $category}
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        kind
        category
        named
        country {
          code
          name
          euAdequacy
        }
        dpa {
          status
          date
          url
        }
        dataCategories {
          key
          name
          sensitivity {
            regime
            kind
          }
        }
        subProcessors {
          name
          country {
            code
          }
        }
        organization {
          slug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecipientsByCategoryQuery, RecipientsByCategoryQueryVariables>;
export const RecordAsOfDocument = new TypedDocumentString(`
    query RecordAsOf($slug: String!, $asOf: DateTime!) {
  organization(slug: $slug, asOf: $asOf) {
    slug
    name
    version
    updatedAt
    processingActivities(first: 100) {
      totalCount
      edges {
        node {
          key
          name
          version
          purposes {
            key
          }
          legalBasisClaims {
            consentMechanism
            legalBasis {
              regime
              code
            }
          }
          dataCategories {
            key
          }
          disclosures {
            recipient {
              name
              kind
            }
            dataCategories {
              key
            }
          }
          storageLocations {
            name
            country {
              code
            }
            euAdequacy
          }
          retention {
            period
            trigger
            description
          }
        }
      }
    }
    recipients {
      name
      kind
      country {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecordAsOfQuery, RecordAsOfQueryVariables>;
export const RecordDiffSinceDocument = new TypedDocumentString(`
    query RecordDiffSince($organization: String!, $from: DateTime!, $to: DateTime) {
  recordDiff(organization: $organization, from: $from, to: $to) {
    from
    to
    organization {
      field
      old
      new
    }
    processingActivities {
      id
      key
      name
      change
      changes {
        field
        old
        new
      }
    }
    recipients {
      id
      key
      name
      change
      changes {
        field
        old
        new
      }
    }
    storageLocations {
      id
      key
      name
      change
      changes {
        field
        old
        new
      }
    }
    securityMeasures {
      id
      key
      name
      change
      changes {
        field
        old
        new
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecordDiffSinceQuery, RecordDiffSinceQueryVariables>;
export const SensitiveCategoriesDocument = new TypedDocumentString(`
    query SensitiveCategories {
  dataCategories {
    key
    name
    parent {
      key
    }
    sensitivity {
      regime
      kind
      reference
      inheritedFrom
    }
  }
}
    `) as unknown as TypedDocumentString<SensitiveCategoriesQuery, SensitiveCategoriesQueryVariables>;
export const TransfersPageDocument = new TypedDocumentString(`
    query TransfersPage($organization: String!, $asOf: DateTime) {
  transfers(organization: $organization, asOf: $asOf) {
    regime
    status
    mechanism
    exemption
    activity {
      id
      name
    }
    dataCategories {
      key
      name
    }
    fromCountry {
      code
      name
    }
    toCountry {
      code
      name
    }
    recipient {
      id
      name
      kind
    }
    via {
      id
      name
      parent {
        id
        name
      }
    }
    location {
      id
      name
      region
    }
  }
}
    `) as unknown as TypedDocumentString<TransfersPageQuery, TransfersPageQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    name
    role
    scoped
  }
  organizations {
    id
    slug
    name
    country {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;