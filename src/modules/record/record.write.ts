import type { Db } from "../../db/connection";
import type { Citation, RecordDocument, TransferTool } from "../../domain/record";
import { badInput } from "../common/errors";
import { activityStore } from "../activity/activity.store";
import { activityWriteService } from "../activity/activity.write.service";
import { checkJurisdictions } from "../common/references";
import { LIMITS, optionalText, requiredText } from "../common/validate";
import { locationWriteService } from "../location/location.write.service";
import { organizationStore } from "../organization/organization.store";
import { organizationChangesOf, organizationWriteService } from "../organization/organization.write.service";
import { securityMeasureWriteService } from "../organization/security-measure.write.service";
import { createRecipientsParentsFirst } from "../recipient/recipient-batch";

// Writes a whole record document (checked by io/record-file.ts, or built by code) as a new organisation, through
// the same write services as the API, so every object starts its history at version 1 with `actor` as author.
// Used by seeding, `datamap import ropa`, the synthetic generator and the bench. Call inside one transaction: any
// rejected value throws, and the caller's rollback leaves nothing behind.

/** The actor history names for everything the seed files create. */
export const SEED_ACTOR = "seed";
/** The actor history names for everything `datamap import ropa` creates. */
export const IMPORT_ACTOR = "import";

export interface RecordImportSummary {
  slug: string;
  organizationId: number;
  documents: number;
  statements: number;
  rights: number;
  securityMeasures: number;
  recipients: number;
  storageLocations: number;
  activities: number;
  citations: number;
}

export interface ImportOptions {
  actor: string;
  /** Called once for each object written, for a progress bar (see importSize). */
  tick?: () => void;
}

export function importRecord(db: Db, rec: RecordDocument, opts: ImportOptions): RecordImportSummary {
  const { actor } = opts;
  const tick = opts.tick ?? (() => undefined);
  const o = rec.organization;
  const orgId = organizationWriteService.create(db, organizationChangesOf(o), actor, "organization");
  tick();
  const documentIds = rec.documents.map((d) => organizationStore.insertDocument(db, { organizationId: orgId, title: d.title, url: d.url }));
  // Evidence is written in one batch at the end, in the order cited: a row per citation costs an insert each.
  const citations: Parameters<typeof organizationStore.insertEvidence>[1] = [];
  const cite = (subjectType: string, subjectId: number, list: Citation[], at: string) =>
    list.forEach((c, i) =>
      citations.push({
        documentId: documentIds[c.document],
        subjectType,
        subjectId,
        section: requiredText(`${at}.evidence[${i}].section`, c.section),
        basis: c.basis,
        note: optionalText(`${at}.evidence[${i}].note`, c.note) ?? null,
      }),
    );
  cite("Organization", orgId, o.evidence, "organization");

  rec.statements.forEach((s, i) => {
    const at = `statements[${i}]`;
    cite("Statement", organizationStore.insertStatement(db, { organizationId: orgId, topic: s.topic, summary: requiredText(`${at}.summary`, s.summary, LIMITS.text) }), s.evidence, at);
  });
  rec.rights.forEach((r, i) => {
    const at = `rights[${i}]`;
    const jurisdictions = r.jurisdictions === null ? null : JSON.stringify(checkJurisdictions(db, `${at}.jurisdictions`, r.jurisdictions));
    const id = organizationStore.insertRight(db, { organizationId: orgId, right: r.right, jurisdictions, description: optionalText(`${at}.description`, r.description) ?? null });
    cite("Right", id, r.evidence, at);
  });

  // A new object has no mechanisms to replace: an empty list would cost a statement each.
  const tools = (list: TransferTool[]) => (list.length ? list : undefined);

  // Errors name the file's keys rather than row ids the reader never saw.
  const keyOf = new Map<string, string>();
  const show = (type: string, id: number) => keyOf.get(`${type}:${id}`) ?? id;

  const measures = new Map<string, number>();
  rec.securityMeasures.forEach((m, i) => {
    const at = `securityMeasures[${i}]`;
    const id = securityMeasureWriteService.create(db, orgId, { key: m.key, name: m.name, kind: m.kind, description: m.description, dpvIri: m.dpvIri }, actor, at);
    measures.set(m.key, id);
    keyOf.set(`SecurityMeasure:${id}`, m.key);
    cite("SecurityMeasure", id, m.evidence, at);
    tick();
  });

  const recipients = createRecipientsParentsFirst(
    db,
    orgId,
    rec.recipients,
    (r) => ({
      name: r.name,
      kind: r.kind,
      role: r.role,
      category: r.category,
      named: r.named,
      country: r.country,
      dpa: r.dpa,
      description: r.description,
      transferMechanisms: tools(r.transferMechanisms),
    }),
    actor,
    show,
    (r, id, at) => {
      keyOf.set(`Recipient:${id}`, r.key);
      cite("Recipient", id, r.evidence, at);
      tick();
    },
  );

  // The file reader has checked these keys; a record built in code gets the same answer.
  const idOf = (map: Map<string, number>, key: string, at: string, what: string) => {
    const id = map.get(key);
    if (id === undefined) throw badInput(at, key, `the key of a ${what} of the record`);
    return id;
  };
  const recipientOf = (key: string | null, at: string) => (key === null ? null : idOf(recipients, key, at, "recipient"));

  const locations = new Map<string, number>();
  rec.storageLocations.forEach((l, i) => {
    const at = `storageLocations[${i}]`;
    const id = locationWriteService.create(
      db,
      orgId,
      {
        key: l.key,
        name: l.name,
        country: l.country,
        region: l.region,
        provider: l.provider,
        hosting: l.hosting,
        hostedBy: recipientOf(l.hostedBy, `${at}.hostedBy`),
        transferMechanisms: tools(l.transferMechanisms),
      },
      actor,
      at,
      show,
    );
    locations.set(l.key, id);
    keyOf.set(`Location:${id}`, l.key);
    cite("Location", id, l.evidence, at);
    tick();
  });

  rec.activities.forEach((a, i) => {
    const at = `activities[${i}]`;
    const id = activityWriteService.create(
      db,
      orgId,
      {
        key: a.key,
        name: a.name,
        description: a.description,
        purposes: a.purposes,
        legalBases: a.legalBases.map((b) => ({ regime: b.regime, code: b.code, consentMechanism: b.consentMechanism, note: b.note, assessment: b.assessment })),
        dataSubjects: a.dataSubjects,
        dataCategories: a.dataCategories,
        sources: a.sources,
        disclosures: a.disclosures.map((d, k) => ({
          recipient: idOf(recipients, d.recipient, `${at}.disclosures[${k}].recipient`, "recipient"),
          dataCategories: d.dataCategories,
          purpose: d.purpose,
          sale: d.sale,
          sharing: d.sharing,
        })),
        storageLocations: a.storageLocations.map((key, k) => idOf(locations, key, `${at}.storageLocations[${k}]`, "storage location")),
        securityMeasures: a.securityMeasures.map((key, k) => idOf(measures, key, `${at}.securityMeasures[${k}]`, "security measure")),
        retention: a.retention ? { period: a.retention.period, trigger: a.retention.trigger, description: a.retention.description } : undefined,
        subjectJurisdictions: a.subjectJurisdictions,
        noRecipients: a.noRecipients,
        ageBands: a.ageBands,
        trackers: a.trackers.map((t, k) => ({ ...t, recipient: recipientOf(t.recipient, `${at}.trackers[${k}].recipient`) })),
        marketing: a.marketing,
        individualsPerYear: a.individualsPerYear,
        sensitiveIndividualsPerYear: a.sensitiveIndividualsPerYear,
        automatedDecisions: a.automatedDecisions,
        impactAssessment: a.impactAssessment,
      },
      actor,
      at,
      show,
    );
    cite("ProcessingActivity", id, a.evidence, at);
    if (a.retention) cite("Retention", id, a.retention.evidence, `${at}.retention`);
    // Claims and disclosures are written in the order given, so their rows line up with the record's lists.
    const claims = activityStore.legalBasisLinks(db, [id]);
    a.legalBases.forEach((b, k) => cite("ActivityLegalBasis", claims[k].id, b.evidence, `${at}.legalBases[${k}]`));
    const disclosures = activityStore.disclosuresByActivityIds(db, [id]);
    a.disclosures.forEach((d, k) => cite("Disclosure", disclosures[k].id, d.evidence, `${at}.disclosures[${k}]`));
    tick();
  });
  organizationStore.insertEvidence(db, citations);

  return {
    slug: o.slug,
    organizationId: orgId,
    documents: documentIds.length,
    statements: rec.statements.length,
    rights: rec.rights.length,
    securityMeasures: rec.securityMeasures.length,
    recipients: rec.recipients.length,
    storageLocations: rec.storageLocations.length,
    activities: rec.activities.length,
    citations: citations.length,
  };
}

/** How many writes an import makes, for a progress bar. */
export function importSize(rec: RecordDocument): number {
  return 1 + rec.securityMeasures.length + rec.recipients.length + rec.storageLocations.length + rec.activities.length;
}
