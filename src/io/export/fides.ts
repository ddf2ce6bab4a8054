import YAML from "yaml";
import type { Db } from "../../db/connection";
import { activityStore } from "../../modules/activity/activity.store";
import { organizationStore, type OrganizationRow } from "../../modules/organization/organization.store";
import { recipientStore, type RecipientRow } from "../../modules/recipient/recipient.store";
import { FIDES_LEGAL_BASES, FIDES_SPECIAL_BASES, RESPONSIBILITY, type ActivityMeta } from "../import/fides-manifest";
import { DEFAULT_ORGANIZATION as FIDES_ORGANIZATION } from "../import/fides-systems";
import { ownTaxonomy } from "./fides-taxonomy";

// `datamap export fides`: the organisation's record as one Fides manifest: the organization (the Art 30 header),
// the taxonomy entries Fides does not have, one system for the organisation (its activities as privacy
// declarations) and one per recipient, linked by egress and ingress data flows.

export interface FidesExport {
  yaml: string;
  systems: number;
  declarations: number;
  /** Our own taxonomy entries written along, so Fides knows every key the manifest uses. */
  taxonomyEntries: number;
  /** Activities Fides cannot hold as they are (no purpose: a declaration needs a data use). */
  warnings: string[];
}

function recipientSystem(r: RecipientRow, parentKey: string | undefined, children: string[], orgKey: string, received: string[]) {
  return {
    fides_key: r.key,
    name: r.name,
    description: r.description ?? undefined,
    organization_fides_key: FIDES_ORGANIZATION,
    system_type: r.named ? "Third Party" : "Category of recipients",
    responsibility: [RESPONSIBILITY[r.kind] ?? "Controller"],
    vendor_id: r.gvlId !== null ? `gvl.${r.gvlId}` : undefined,
    privacy_policy: r.privacyUrl ?? undefined,
    legitimate_interest_disclosure_url: r.legitimateInterestUrl ?? undefined,
    uses_cookies: r.usesCookies ?? undefined,
    cookie_max_age_seconds: r.cookieMaxAgeSeconds ?? undefined,
    cookie_refresh: r.cookieRefresh ?? undefined,
    uses_non_cookie_access: r.usesNonCookieAccess ?? undefined,
    ingress: [
      ...(received.length ? [{ fides_key: orgKey, type: "system", data_categories: received }] : []),
      ...(parentKey ? [{ fides_key: parentKey, type: "system" }] : []),
    ],
    egress: children.map((k) => ({ fides_key: k, type: "system" })),
    privacy_declarations: [],
    meta: { datamap: { role: "recipient", kind: r.kind, category: r.category, named: r.named, country: r.countryCode } },
  };
}

/** Fides' ContactDetails hold texts, never null: a field we do not know is left out, a contact with none too. */
function contact(name: string | null, email: string | null, address: string | null = null) {
  const c = { ...(name ? { name } : {}), ...(address ? { address } : {}), ...(email ? { email } : {}) };
  return Object.keys(c).length ? c : undefined;
}

/** The organisation's Art 30 header as Fides' organization resource. */
function organizationResource(org: OrganizationRow) {
  return {
    fides_key: FIDES_ORGANIZATION,
    name: org.name,
    controller: contact(org.legalName, org.contactEmail, org.postalAddress),
    data_protection_officer: contact(org.dpoName, org.dpoEmail),
    representative: contact(org.representativeName, org.representativeEmail),
  };
}

/** Builds the manifest for a live organisation; `tick` is called once per activity and recipient. */
export function exportFides(db: Db, slug: string, tick: () => void = () => undefined): FidesExport {
  const org = organizationStore.bySlug(db, slug);
  if (!org) throw new Error(`no organisation has the slug ${JSON.stringify(slug)}`);
  const recipients = recipientStore.byOrgIds(db, [org.id]);
  const keyOf = new Map(recipients.map((r) => [r.id, r.key]));
  const warnings: string[] = [];
  const declarations = [];
  const metaActivities: ActivityMeta[] = [];
  const received = new Map<string, Set<string>>();
  const used = { categories: new Set<string>(), uses: new Set<string>(), subjects: new Set<string>() };

  for (const a of activityStore.byOrgIds(db, [org.id])) {
    tick();
    const links = activityStore.linkKeys(db, a.id);
    if (!links.purposes.length) warnings.push(`activity ${JSON.stringify(a.key)} has no purpose; its declaration has no data_use, which Fides requires`);
    const gdpr = links.legalBases.find((b) => b.regime === "GDPR" && FIDES_LEGAL_BASES[b.code]);
    const special = links.legalBases.find((b) => b.regime === "GDPR" && FIDES_SPECIAL_BASES[b.code]);
    const retention = a.retentionPeriod ?? a.retentionDescription ?? a.retentionTrigger;
    declarations.push({
      name: a.name,
      data_use: links.purposes[0],
      data_categories: links.dataCategories,
      data_subjects: links.dataSubjects,
      egress: links.disclosures.map((d) => d.recipient),
      legal_basis_for_processing: gdpr ? FIDES_LEGAL_BASES[gdpr.code] : undefined,
      impact_assessment_location: gdpr?.assessment ?? undefined,
      processes_special_category_data: special ? true : undefined,
      special_category_legal_basis: special ? FIDES_SPECIAL_BASES[special.code] : undefined,
      retention_period: retention ?? undefined,
      dataset_references: [],
    });
    if (links.purposes[0]) used.uses.add(links.purposes[0]);
    for (const c of links.dataCategories) used.categories.add(c);
    for (const s of links.dataSubjects) used.subjects.add(s);
    for (const d of links.disclosures) {
      const set = received.get(d.recipient) ?? new Set<string>();
      for (const c of d.dataCategories) {
        set.add(c);
        used.categories.add(c);
      }
      received.set(d.recipient, set);
    }
    metaActivities.push({
      name: a.name,
      key: a.key,
      purposes: links.purposes,
      legalBases: links.legalBases.map((b) => ({ regime: b.regime, code: b.code, consentMechanism: b.consentMechanism })),
      retention: a.retentionPeriod || a.retentionTrigger || a.retentionDescription ? { period: a.retentionPeriod, trigger: a.retentionTrigger, description: a.retentionDescription } : null,
      disclosures: Object.fromEntries(links.disclosures.map((d) => [d.recipient, { dataCategories: d.dataCategories, purpose: d.purpose }])),
    });
  }

  const own = {
    fides_key: org.slug,
    name: org.name,
    description: `The processing activities of ${org.legalName ?? org.name}, as recorded in datamap.`,
    organization_fides_key: FIDES_ORGANIZATION,
    system_type: "Service",
    responsibility: ["Controller"],
    legal_name: org.legalName ?? undefined,
    legal_address: org.postalAddress ?? undefined,
    dpo: org.dpoEmail ?? org.dpoName ?? undefined,
    egress: recipients
      .filter((r) => received.has(r.key))
      .map((r) => ({ fides_key: r.key, type: "system", data_categories: [...received.get(r.key)!].sort() })),
    privacy_declarations: declarations,
    meta: { datamap: { role: "organization", activities: metaActivities } },
  };
  const systems: Record<string, unknown>[] = [own];
  for (const r of recipients) {
    tick();
    const children = recipients.filter((c) => c.parentId === r.id).map((c) => c.key);
    systems.push(recipientSystem(r, r.parentId === null ? undefined : keyOf.get(r.parentId), children, org.slug, [...(received.get(r.key) ?? [])].sort()));
  }
  const taxonomy = ownTaxonomy(db, used);
  const taxonomyEntries = Object.values(taxonomy).reduce((n, l) => n + l.length, 0);
  const doc = new YAML.Document({ organization: [organizationResource(org)], ...taxonomy, system: systems });
  // Lists of keys read best on one line.
  YAML.visit(doc, {
    Seq(_, node) {
      if (node.items.every((i) => YAML.isScalar(i))) node.flow = true;
    },
  });
  doc.commentBefore = ` A Fides manifest of the organisation ${org.slug}, written by datamap export fides.\n data_category, data_use and data_subject list the keys of ours that Fides' default taxonomy lacks.\n meta.datamap keeps what Fides has no field for; datamap import fides reads it back.`;
  return { yaml: doc.toString({ lineWidth: 0 }), systems: systems.length, declarations: declarations.length, taxonomyEntries, warnings };
}
