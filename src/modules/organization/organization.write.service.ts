import type { Db } from "../../db/connection";
import { DO_NOT_TRACK } from "../../domain/regimes";
import { badInput, conflict } from "../common/errors";
import type { ShowId } from "../activity/activity.write.service";
import { checkCountry, checkJurisdictions } from "../common/references";
import { email, flag, LIMITS, optionalText, requiredText, url } from "../common/validate";
import { liveAtVersion, rowIdOnly } from "../common/write";
import { archiveRow, recordChange } from "../history/history.service";
import { organizationStore } from "./organization.store";

// Creating, changing and archiving organisations: validation, version and audit in one transaction.

export interface ContactChange {
  name: string;
  email?: string | null;
  country?: string | null;
}

export interface OrganizationChanges {
  slug?: string;
  name?: string;
  legalName?: string | null;
  website?: string | null;
  contactEmail?: string | null;
  postalAddress?: string | null;
  country?: string | null;
  /** A contact replaces the old one whole; null clears it. */
  dpo?: ContactChange | null;
  representative?: ContactChange | null;
  minimumAge?: number | null;
  /** null means NOT_STATED. */
  doNotTrack?: string | null;
  /** Where the people whose data is processed are: "EEA", ISO country codes or subdivisions (US-CA). */
  subjectJurisdictions?: string[] | null;
  /** null means NOT_STATED, as for doNotTrack. */
  globalPrivacyControl?: string | null;
  /** Places of establishment besides the country, as jurisdictions; null empties the list. */
  establishments?: string[] | null;
  parentalConsent?: boolean | null;
  annualRevenueUsd?: number | null;
  sellingRevenuePercent?: number | null;
  criticalInfrastructure?: boolean | null;
}

const FIELDS = [
  "slug",
  "name",
  "legalName",
  "website",
  "contactEmail",
  "postalAddress",
  "country",
  "dpo",
  "representative",
  "minimumAge",
  "doNotTrack",
  "subjectJurisdictions",
  "globalPrivacyControl",
  "establishments",
  "parentalConsent",
  "annualRevenueUsd",
  "sellingRevenuePercent",
  "criticalInfrastructure",
] as const;

/** The organisation's own fields out of a larger parsed object (a seed file, a JSON export), nothing else. */
export function organizationChangesOf(o: { [K in (typeof FIELDS)[number]]?: unknown }): OrganizationChanges {
  return Object.fromEntries(FIELDS.filter((f) => o[f] !== undefined).map((f) => [f, o[f]])) as OrganizationChanges;
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

function checkSlug(db: Db, path: string, slug: unknown, exceptId = 0): string {
  if (typeof slug !== "string" || !SLUG.test(slug) || slug.length > LIMITS.key) {
    throw badInput(path, slug, `a lower-case kebab-case slug of at most ${LIMITS.key} characters, e.g. leanplans`);
  }
  // Archived organisations keep their slug: history and old links still name them by it.
  if (organizationStore.slugTaken(db, slug, exceptId)) throw conflict(path, `the slug ${JSON.stringify(slug)} is already taken by another organisation (archived ones included)`);
  return slug;
}

function minimumAge(path: string, value: number | null | undefined): number | null | undefined {
  if (value === undefined || value === null) return value;
  if (!Number.isInteger(value) || value < 0 || value > 25) throw badInput(path, value, "a whole number of years from 0 to 25");
  return value;
}

/** A stance on a browser signal (Do-Not-Track, Global Privacy Control); null means NOT_STATED. */
function signalStance(path: string, value: string | null | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return "NOT_STATED";
  if (!(DO_NOT_TRACK as readonly string[]).includes(value)) throw badInput(path, value, `one of ${DO_NOT_TRACK.join(", ")}`);
  return value;
}

/** A number in [min, max] (max optional); null when not known. */
function amount(path: string, value: unknown, min: number, max: number | null, expected: string): number | null {
  if (value === null) return null;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || (max !== null && value > max)) throw badInput(path, value, expected);
  return value;
}

/** The columns of one contact (DPO or representative), all null when it is cleared. */
function contact(db: Db, path: string, c: ContactChange | null) {
  if (c === null) return { name: null, email: null, country: null };
  return {
    name: requiredText(`${path}.name`, c.name),
    email: email(`${path}.email`, c.email) ?? null,
    country: checkCountry(db, `${path}.country`, c.country) ?? null,
  };
}

/** Validated columns for the fields given; fields left out are absent. */
function columns(db: Db, c: OrganizationChanges, at: string, id = 0) {
  const given = <K extends keyof OrganizationChanges>(k: K) => c[k] !== undefined;
  const dpo = c.dpo !== undefined ? contact(db, `${at}.dpo`, c.dpo) : undefined;
  const rep = c.representative !== undefined ? contact(db, `${at}.representative`, c.representative) : undefined;
  return {
    ...(given("slug") ? { slug: checkSlug(db, `${at}.slug`, c.slug, id) } : {}),
    ...(given("name") ? { name: requiredText(`${at}.name`, c.name) } : {}),
    ...(given("legalName") ? { legalName: optionalText(`${at}.legalName`, c.legalName, LIMITS.name) ?? null } : {}),
    ...(given("website") ? { website: url(`${at}.website`, c.website) ?? null } : {}),
    ...(given("contactEmail") ? { contactEmail: email(`${at}.contactEmail`, c.contactEmail) ?? null } : {}),
    ...(given("postalAddress") ? { postalAddress: optionalText(`${at}.postalAddress`, c.postalAddress) ?? null } : {}),
    ...(given("country") ? { countryCode: checkCountry(db, `${at}.country`, c.country) ?? null } : {}),
    ...(dpo ? { dpoName: dpo.name, dpoEmail: dpo.email, dpoCountryCode: dpo.country } : {}),
    ...(rep ? { representativeName: rep.name, representativeEmail: rep.email, representativeCountryCode: rep.country } : {}),
    ...(given("minimumAge") ? { minimumAge: minimumAge(`${at}.minimumAge`, c.minimumAge) ?? null } : {}),
    ...(given("doNotTrack") ? { doNotTrack: signalStance(`${at}.doNotTrack`, c.doNotTrack) } : {}),
    ...(given("subjectJurisdictions") ? { subjectJurisdictions: JSON.stringify(checkJurisdictions(db, `${at}.subjectJurisdictions`, c.subjectJurisdictions ?? [])) } : {}),
    ...(given("globalPrivacyControl") ? { globalPrivacyControl: signalStance(`${at}.globalPrivacyControl`, c.globalPrivacyControl) } : {}),
    ...(given("establishments") ? { establishments: JSON.stringify(checkJurisdictions(db, `${at}.establishments`, c.establishments ?? [])) } : {}),
    ...(given("parentalConsent") ? { parentalConsent: flag(`${at}.parentalConsent`, c.parentalConsent) ?? null } : {}),
    ...(given("annualRevenueUsd")
      ? { annualRevenueUsd: amount(`${at}.annualRevenueUsd`, c.annualRevenueUsd, 0, null, "an amount of US dollars of 0 or more, or null when not known") }
      : {}),
    ...(given("sellingRevenuePercent")
      ? { sellingRevenuePercent: amount(`${at}.sellingRevenuePercent`, c.sellingRevenuePercent, 0, 100, "a percentage from 0 to 100, or null when not known") }
      : {}),
    ...(given("criticalInfrastructure") ? { criticalInfrastructure: flag(`${at}.criticalInfrastructure`, c.criticalInfrastructure) ?? null } : {}),
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const organizationWriteService = {
  /** Call inside a transaction. */
  create(db: Db, c: OrganizationChanges, actor: string, at = "input"): number {
    const slug = checkSlug(db, `${at}.slug`, c.slug);
    const name = requiredText(`${at}.name`, c.name);
    const { slug: _slug, name: _name, ...rest } = c;
    const id = organizationStore.insert(db, { ...columns(db, rest, at), slug, name });
    recordChange(db, { type: "Organization", id, operation: "CREATE", actor });
    return id;
  },

  /** Call inside a transaction; fields left out stay as they are. */
  update(db: Db, id: number, expectedVersion: number, c: OrganizationChanges, actor: string, at = "input", show: ShowId = rowIdOnly): void {
    this.live(db, id, expectedVersion, show);
    organizationStore.update(db, id, columns(db, c, at, id));
    recordChange(db, { type: "Organization", id, operation: "UPDATE", actor });
  },

  /** Archives an organisation whose record is empty; one with live objects is refused, so none is left without its owner. */
  archive(db: Db, id: number, expectedVersion: number, actor: string, show: ShowId = rowIdOnly): void {
    const row = this.live(db, id, expectedVersion, show);
    const n = organizationStore.liveCounts(db, id);
    const left = [
      n.activities && plural(n.activities, "processing activity", "processing activities"),
      n.recipients && plural(n.recipients, "recipient", "recipients"),
      n.storageLocations && plural(n.storageLocations, "storage location", "storage locations"),
      n.securityMeasures && plural(n.securityMeasures, "security measure", "security measures"),
    ].filter(Boolean);
    if (left.length) {
      throw conflict("id", `the organisation ${JSON.stringify(row.slug)} still has ${left.join(", ")}; delete those first, then the organisation`);
    }
    archiveRow(db, "Organization", id);
    recordChange(db, { type: "Organization", id, operation: "DELETE", actor });
  },

  /** The organisation's row, if it exists, is not archived and is at the version the editor last saw. */
  live(db: Db, id: number, expectedVersion: number, show: ShowId = rowIdOnly) {
    return liveAtVersion(organizationStore.byIds(db, [id])[0], expectedVersion, show("Organization", id), "organisation");
  },
};
