// A version 1 RoPA file's facts as version 2 writes them, written out by hand (not through the code under test):
// the new format and version, and every fact version 2 adds at its default, in the place the exporter puts it.

type Obj = Record<string, any>;

/** A copy of `o` with `added` inserted right after the key `after`, keeping every other key's order. */
function insertAfter(o: Obj, after: string, added: Obj): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(o)) {
    out[k] = v;
    if (k === after) Object.assign(out, added);
  }
  return out;
}

const ORGANIZATION_AFTER_DNT = { globalPrivacyControl: "NOT_STATED" };
const ORGANIZATION_AFTER_SUBJECTS = { establishments: [], parentalConsent: null, annualRevenueUsd: null, sellingRevenuePercent: null, criticalInfrastructure: null };
const ACTIVITY_ADDED = {
  ageBands: [],
  trackers: [],
  marketing: [],
  individualsPerYear: null,
  sensitiveIndividualsPerYear: null,
  automatedDecisions: null,
  impactAssessment: null,
};

export function asVersion2(v1: Obj): Obj {
  const organization = insertAfter(insertAfter(v1.organization, "doNotTrack", ORGANIZATION_AFTER_DNT), "subjectJurisdictions", ORGANIZATION_AFTER_SUBJECTS);
  return {
    ...v1,
    format: "datamap-record",
    version: 2,
    organization,
    recipients: v1.recipients.map((r: Obj) => insertAfter(r, "kind", { role: null })),
    storageLocations: v1.storageLocations.map((l: Obj) => insertAfter(l, "provider", { hosting: null, hostedBy: null })),
    activities: v1.activities.map((a: Obj) => ({
      ...insertAfter(a, "noRecipients", ACTIVITY_ADDED),
      disclosures: a.disclosures.map((d: Obj) => insertAfter(d, "purpose", { sale: null, sharing: null })),
    })),
  };
}
