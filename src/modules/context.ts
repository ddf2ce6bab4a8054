import { TIME_BUDGET_MS } from "./common/time-budget";
import type { Db } from "../db/connection";
import { changeStamp } from "../db/raw";
import type { StatementTally } from "../db/statement-counter";
import type { Principal } from "../domain/principal";
import { activityStore, type ActivityQuery } from "./activity/activity.store";
import { activityView, claimView, disclosureView } from "./activity/activity.views";
import type { ProcessingActivity } from "./activity/activity.type";
import { locationStore } from "./location/location.store";
import { locationView } from "./location/location.views";
import { organizationStore } from "./organization/organization.store";
import { evidenceView, measureView, organizationView, rightView, statementView } from "./organization/organization.views";
import { recipientStore } from "./recipient/recipient.store";
import { recipientView } from "./recipient/recipient.views";
import { referenceStore } from "./reference/reference.store";
import {
  CategoryTaxonomy,
  Taxonomy,
  categoryView,
  countryView,
  legalBasisView,
  purposeView,
  subjectView,
} from "./reference/reference.views";
import { manyLoader, oneLoader } from "./common/loader-kit";
import { frozen, referenceCache } from "./reference/reference.cache";

const present = <T>(xs: (T | undefined)[]): T[] => xs.filter((x): x is T => x !== undefined);
import { mechanismStore } from "./compliance/mechanism.store";

const mechanismView = (r: { regime: string; code: string; note: string | null }) => ({ regime: r.regime, code: r.code, note: r.note });
import { gvlStore } from "./recipient/gvl.store";

/** One evidence loader per kind of object that cites its sources, keyed by the object's row id. */
export function evidenceLoaders<L>(evidenceFor: (subjectType: string) => L) {
  return {
    evidenceByOrganizationIdLoader: evidenceFor("Organization"),
    evidenceByStatementIdLoader: evidenceFor("Statement"),
    evidenceByRightIdLoader: evidenceFor("Right"),
    evidenceByMeasureIdLoader: evidenceFor("SecurityMeasure"),
    evidenceByRecipientIdLoader: evidenceFor("Recipient"),
    evidenceByLocationIdLoader: evidenceFor("Location"),
    evidenceByActivityIdLoader: evidenceFor("ProcessingActivity"),
    evidenceByRetentionIdLoader: evidenceFor("Retention"),
    evidenceByClaimIdLoader: evidenceFor("ActivityLegalBasis"),
    evidenceByDisclosureIdLoader: evidenceFor("Disclosure"),
  };
}

/** Per-request loaders, named xByYLoader: every nested field batches through one of these. */
export function createLoaders(db: Db, stampOf: () => string) {
  const shared = referenceCache(db, stampOf);
  const taxonomy = shared("taxonomy", () => new CategoryTaxonomy(frozen(referenceStore.allCategories(db).map(categoryView)), referenceStore.allSensitivities(db)));
  const purposes = shared("purposes", () => new Taxonomy(frozen(referenceStore.allPurposes(db).map(purposeView))));
  const subjects = shared("subjects", () => frozen(referenceStore.allSubjects(db).map(subjectView)));
  const countries = shared("countries", () => new Map(frozen(referenceStore.allCountries(db).map(countryView)).map((c) => [c.code, c])));
  const basesById = shared("legalBasesById", () => new Map(frozen(referenceStore.legalBases(db).map(legalBasisView)).map((b) => [b.rowId, b])));
  const evidenceFor = (type: string) =>
    manyLoader((ids: readonly number[]) => organizationStore.evidenceBySubjects(db, type, ids), (r) => r.subjectId, evidenceView);
  return {
    legalBases: shared("legalBasesByCode", () => new Map([...basesById().values()].map((b) => [`${b.regime}:${b.code}`, b]))),
    taxonomy,
    purposes,
    subjects,
    countryByCodeLoader: oneLoader((codes: readonly string[]) => present(codes.map((c) => countries().get(c))), (c) => c.code),
    legalBasisByIdLoader: oneLoader((ids: readonly number[]) => present(ids.map((id) => basesById().get(id))), (b) => b.rowId),

    organizationByIdLoader: oneLoader((ids: readonly number[]) => organizationStore.byIds(db, ids).map(organizationView), (o) => o.rowId),
    statementsByOrganizationIdLoader: manyLoader((ids: readonly number[]) => organizationStore.statementsByOrgIds(db, ids), (r) => r.organizationId, statementView),
    rightsByOrganizationIdLoader: manyLoader((ids: readonly number[]) => organizationStore.rightsByOrgIds(db, ids), (r) => r.organizationId, rightView),
    measuresByOrganizationIdLoader: manyLoader((ids: readonly number[]) => organizationStore.measuresByOrgIds(db, ids), (r) => r.organizationId, measureView),
    measureByIdLoader: oneLoader((ids: readonly number[]) => organizationStore.measuresByIds(db, ids).map(measureView), (m) => m.rowId),
    recipientsByOrganizationIdLoader: manyLoader((ids: readonly number[]) => recipientStore.byOrgIds(db, ids), (r) => r.organizationId, recipientView),
    locationsByOrganizationIdLoader: manyLoader((ids: readonly number[]) => locationStore.byOrgIds(db, ids), (r) => r.organizationId, locationView),
    categoryIdsByOrganizationIdLoader: manyLoader(
      (ids: readonly number[]) => activityStore.categoryLinksByOrgIds(db, ids),
      (r) => r.organizationId,
      (r) => r.categoryId,
    ),

    /** A keyset page of an organisation's live activities meeting the filter (limit + 1 rows), and how to count them all. */
    activityPage(organizationId: number, window: { afterId: number; limit: number }, filter?: ActivityQuery): { rows: ProcessingActivity[]; count: () => number } {
      const q = { ...filter, organizationIds: [organizationId] };
      return { rows: activityStore.page(db, q, window.afterId, window.limit + 1).map(activityView), count: () => activityStore.count(db, q) };
    },
    activityByIdLoader: oneLoader((ids: readonly number[]) => activityStore.byIds(db, ids).map(activityView), (a) => a.rowId),
    purposeIdsByActivityIdLoader: manyLoader((ids: readonly number[]) => activityStore.purposeLinks(db, ids), (r) => r.activityId, (r) => r.purposeId),
    claimsByActivityIdLoader: manyLoader((ids: readonly number[]) => activityStore.legalBasisLinks(db, ids), (r) => r.activityId, claimView),
    subjectIdsByActivityIdLoader: manyLoader((ids: readonly number[]) => activityStore.subjectLinks(db, ids), (r) => r.activityId, (r) => r.subjectId),
    categoryIdsByActivityIdLoader: manyLoader((ids: readonly number[]) => activityStore.categoryLinks(db, ids), (r) => r.activityId, (r) => r.categoryId),
    sourcesByActivityIdLoader: manyLoader((ids: readonly number[]) => activityStore.sources(db, ids), (r) => r.activityId, (r) => r.source),
    locationIdsByActivityIdLoader: manyLoader((ids: readonly number[]) => activityStore.locationLinks(db, ids), (r) => r.activityId, (r) => r.locationId),
    measureIdsByActivityIdLoader: manyLoader((ids: readonly number[]) => activityStore.measureLinks(db, ids), (r) => r.activityId, (r) => r.measureId),
    disclosuresByActivityIdLoader: manyLoader((ids: readonly number[]) => activityStore.disclosuresByActivityIds(db, ids), (r) => r.activityId, disclosureView),
    categoryIdsByDisclosureIdLoader: manyLoader(
      (ids: readonly number[]) => activityStore.disclosureCategoryLinks(db, ids),
      (r) => r.disclosureId,
      (r) => r.categoryId,
    ),

    recipientByIdLoader: oneLoader((ids: readonly number[]) => recipientStore.viewsByIds(db, ids).map(recipientView), (r) => r.rowId),
    subProcessorsByRecipientIdLoader: manyLoader((ids: readonly number[]) => recipientStore.byParentIds(db, ids), (r) => r.parentId!, recipientView),
    categoryIdsByRecipientIdLoader: manyLoader((ids: readonly number[]) => recipientStore.categoryLinks(db, ids), (r) => r.recipientId, (r) => r.categoryId),

    mechanismsByRecipientIdLoader: manyLoader((ids: readonly number[]) => mechanismStore.byRecipientIds(db, ids), (r) => r.recipientId!, mechanismView),
    mechanismsByLocationIdLoader: manyLoader((ids: readonly number[]) => mechanismStore.byLocationIds(db, ids), (r) => r.locationId!, mechanismView),
    locationByIdLoader: oneLoader((ids: readonly number[]) => locationStore.byIds(db, ids).map(locationView), (l) => l.rowId),
    categoryIdsByLocationIdLoader: manyLoader((ids: readonly number[]) => locationStore.categoryLinks(db, ids), (r) => r.locationId, (r) => r.categoryId),

    gvlByRecipientIdLoader: oneLoader((ids: readonly number[]) => gvlStore.byRecipientIds(db, ids), (r) => r.id),

    ...evidenceLoaders(evidenceFor),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** What a service needs of its caller: the database, who is asking, this request's loaders, and who history names. */
export interface ServiceContext {
  db: Db;
  loaders: Loaders;
  /** The caller: an API key's name, role and organisation scope. */
  principal: Principal;
  /** Named in history as the author of changes. */
  actor: string;
}

/** A GraphQL request's context: what services need, and what the request pipeline keeps about the request. */
export interface Context extends ServiceContext {
  tally: StatementTally;
  /** Named in the server log and in masked errors. */
  requestId: string;
  /** Set while executing: the operation is a pure query that answered without errors, so its answer may be reused.
   * An object, because Apollo hands plugins a shallow copy of the context. */
  reuse: { allowed: boolean };
  /** The database's change stamp as this request first saw it (db/raw.ts changeStamp), read at most once. */
  changeStamp: () => string;
  /** When the request started, and how long its heavy fields may keep starting (common/time-budget.ts). */
  startedAt: number;
  timeBudgetMs: number;
}

/** For code that runs outside a request (the CLI, tests of services): everything is visible. */
export const SYSTEM: Principal = { name: "system", role: "ADMIN", organizationIds: null };

/** Reads the database's change stamp on first call and returns that same stamp after. */
export function stampReader(db: Db): () => string {
  let stamp: string | undefined;
  return () => (stamp ??= changeStamp(db));
}

export function createContext(db: Db, opts: { tally?: StatementTally; principal?: Principal; requestId?: string; timeBudgetMs?: number } = {}): Context {
  const principal = opts.principal ?? SYSTEM;
  const stampOf = stampReader(db);
  return {
    db,
    loaders: createLoaders(db, stampOf),
    tally: opts.tally ?? { count: 0 },
    principal,
    requestId: opts.requestId ?? "-",
    actor: principal.name,
    reuse: { allowed: false },
    changeStamp: stampOf,
    startedAt: Date.now(),
    timeBudgetMs: opts.timeBudgetMs ?? TIME_BUDGET_MS,
  };
}
