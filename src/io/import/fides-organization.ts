import { z } from "zod";
import type { Db } from "../../db/connection";
import { email, url } from "../../modules/common/validate";
import { organizationStore } from "../../modules/organization/organization.store";
import { organizationWriteService, type ContactChange, type OrganizationChanges } from "../../modules/organization/organization.write.service";
import { securityMeasureWriteService } from "../../modules/organization/security-measure.write.service";
import type { Located } from "./fides-files";
import type { FidesOrganization } from "./fides-manifest";
import { IMPORT_ACTOR } from "./gvl";

// Fides' `organization` resource as the controller's Art 30(1)(a) header: name, the controller's legal name,
// address and e-mail, the DPO and the representative; its security_policy URL as an organisational measure.

export const SECURITY_POLICY_KEY = "security-policy";
export type HeaderResult = "updated" | "unchanged";

/** Fides' ContactDetails default every field to "": an empty text states nothing. */
const given = (s: string | null | undefined) => (s != null && s.trim() !== "" ? s : undefined);

// The record document's own e-mail rule (stricter than a hostname-blind check): what the header stores must read back.
const EMAIL = z.email();

/** An e-mail address, or nothing with a warning: Fides accepts any text here (its demo has "controller@demo_company.com"). */
function mailOf(value: string | null | undefined, file: string, at: string, warnings: string[]): string | undefined {
  const v = given(value);
  if (v === undefined) return undefined;
  if (EMAIL.safeParse(v).success) return email(at, v) ?? undefined;
  warnings.push(`${file}: ${at}: ${JSON.stringify(v)} is not an e-mail address datamap can hold (expected one like privacy@example.com, with a valid domain); it is not imported`);
  return undefined;
}

function contactOf(c: FidesOrganization["controller"], file: string, at: string, keepCountry: string | null, warnings: string[]): ContactChange | undefined {
  if (!c) return undefined;
  const name = given(c.name);
  const mail = mailOf(c.email, file, `${at}.email`, warnings);
  if (!name) {
    if (mail || given(c.address) || given(c.phone)) warnings.push(`${file}: ${at}: no name, which datamap needs for a contact; the contact is not imported`);
    return undefined;
  }
  return { name, email: mail ?? null, country: keepCountry };
}

const sameContact = (c: ContactChange, name: string | null, mail: string | null) => c.name === name && (c.email ?? null) === mail;

/** Writes the header; call inside a transaction. Validation errors name the Fides field. */
export function applyOrganizationHeader(db: Db, orgId: number, org: Located<FidesOrganization>, warnings: string[]): HeaderResult {
  const o = org.value;
  const row = organizationStore.byIds(db, [orgId])[0];
  const at = org.at;
  const controller = o.controller ?? {};
  const changes: OrganizationChanges = {};
  if (given(o.name)) changes.name = o.name!;
  if (given(controller.name)) changes.legalName = controller.name!;
  if (given(controller.address)) changes.postalAddress = controller.address!;
  const contactEmail = mailOf(controller.email, org.file, `${at} controller.email`, warnings);
  if (contactEmail) changes.contactEmail = contactEmail;
  const dpo = contactOf(o.data_protection_officer, org.file, `${at} data_protection_officer`, row.dpoCountryCode, warnings);
  if (dpo) changes.dpo = dpo;
  const rep = contactOf(o.representative, org.file, `${at} representative`, row.representativeCountryCode, warnings);
  if (rep) changes.representative = rep;
  const policy = url(`${at} security_policy`, given(o.security_policy));

  const unchangedHeader =
    (changes.name === undefined || changes.name === row.name) &&
    (changes.legalName === undefined || changes.legalName === row.legalName) &&
    (changes.postalAddress === undefined || changes.postalAddress === row.postalAddress) &&
    (changes.contactEmail === undefined || changes.contactEmail === row.contactEmail) &&
    (!dpo || sameContact(dpo, row.dpoName, row.dpoEmail)) &&
    (!rep || sameContact(rep, row.representativeName, row.representativeEmail));
  let result: HeaderResult = "unchanged";
  if (!unchangedHeader) {
    organizationWriteService.update(db, orgId, row.version, changes, IMPORT_ACTOR, at);
    result = "updated";
  }
  if (policy) {
    const description = `The organisation's security policy, published at ${policy} (from Fides).`;
    const measure = organizationStore.measuresByOrgIds(db, [orgId]).find((m) => m.key === SECURITY_POLICY_KEY && !m.archivedAt);
    const wanted = { name: "Security policy", kind: "ORGANISATIONAL", description };
    if (!measure) {
      securityMeasureWriteService.create(db, orgId, { key: SECURITY_POLICY_KEY, ...wanted }, IMPORT_ACTOR, `${at} security_policy`);
      result = "updated";
    } else if (measure.description !== description || measure.name !== wanted.name || measure.kind !== wanted.kind) {
      securityMeasureWriteService.update(db, measure.id, measure.version, wanted, IMPORT_ACTOR, `${at} security_policy`);
      result = "updated";
    }
  }
  return result;
}
