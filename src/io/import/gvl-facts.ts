import type { GvlFacts } from "../../modules/recipient/gvl.store";
import type { GvlList, GvlVendor } from "./gvl-file";
import { jsonPath } from "../json-file";
import type { GvlMapping } from "./gvl-mapping";

// One vendor of the list as this project records it: recipient columns, TCF facts, and its disclosure in the TCF activity.

/** The recipient columns the importer owns (besides the name). */
export interface GvlColumns {
  gvlId: number;
  privacyUrl: string | null;
  legitimateInterestUrl: string | null;
  usesCookies: boolean | null;
  cookieMaxAgeSeconds: number | null;
  cookieRefresh: boolean | null;
  usesNonCookieAccess: boolean | null;
  deviceStorageDisclosureUrl: string | null;
  retentionDays: number | null;
  /** JSON of GvlFacts, written with a fixed key order so equal facts give equal text. */
  gvlFacts: string;
}

export interface VendorPlan {
  gvlId: number;
  /** JSON path of the vendor in the file, for error messages. */
  at: string;
  name: string;
  deleted: boolean;
  columns: GvlColumns;
  /** Every purpose key the vendor's declarations map to (consent, legitimate interest, special purposes). */
  allPurposeKeys: string[];
  disclosure: { purpose: string; dataCategories: string[] };
}

type Problem = { path: string; message: string };
interface Findings {
  problems: Problem[];
  warnings: Problem[];
}
const sortedIds = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);
const sortedKeys = (xs: string[]) => [...new Set(xs)].sort();

/** The URLs in English, else the first language given. */
function urlsOf(v: GvlVendor): { privacy: string | null; legIntClaim: string | null } {
  const u = v.urls.find((x) => x.langId.toLowerCase() === "en") ?? v.urls[0];
  return { privacy: u?.privacy ?? null, legIntClaim: u?.legIntClaim ?? null };
}

/**
 * Keys for each id. An id the list itself does not define is a slip in the list (the real v17 list has one):
 * it is left out with a warning. An id the list defines but the mapping lacks means the mapping is out of date: an error.
 */
function mapIds(ids: number[], table: Map<number, { keys: string[] }>, declared: Set<number>, at: PropertyKey[], field: string, what: string, out: Findings): number[] {
  const kept: number[] = [];
  ids.forEach((id, i) => {
    const path = jsonPath([...at, field, i]);
    if (table.has(id)) kept.push(id);
    else if (declared.size && !declared.has(id)) out.warnings.push({ path, message: `${id} is not a ${what} this list defines; left out` });
    else {
      const known = [...table.keys()].sort((a, b) => a - b).join(", ");
      out.problems.push({ path, message: `${id} is not a ${what} the mapping knows; expected one of ${known} (seeds/reference/gvl-mapping.yaml needs the new id)` });
    }
  });
  return kept;
}

const keysOf = (ids: number[], table: Map<number, { keys: string[] }>) => ids.flatMap((id) => table.get(id)?.keys ?? []);

function retentionRecord(r: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of Object.keys(r).sort((a, b) => Number(a) - Number(b))) out[k] = r[k];
  return out;
}

/** "1 Store or read …; 2 Choose ads …" */
function labelled(ids: number[], table: Map<number, { label: string }>): string {
  return ids.map((id) => `${id} ${table.get(id)?.label ?? "(unknown)"}`).join("; ");
}

function disclosurePurpose(f: GvlFacts, m: GvlMapping, gvlId: number): string {
  const parts = [`IAB TCF vendor ${gvlId}.`];
  if (f.purposes.length) parts.push(`Consent purposes: ${labelled(f.purposes, m.purposes)}.`);
  if (f.legIntPurposes.length) parts.push(`Legitimate-interest purposes: ${labelled(f.legIntPurposes, m.purposes)}.`);
  if (f.flexiblePurposes.length) parts.push(`Flexible (the publisher may switch the basis): ${f.flexiblePurposes.join(", ")}.`);
  if (f.specialPurposes.length) parts.push(`Special purposes: ${labelled(f.specialPurposes, m.specialPurposes)}.`);
  if (f.features.length) parts.push(`Features: ${labelled(f.features, m.features)}.`);
  if (f.specialFeatures.length) parts.push(`Special features: ${labelled(f.specialFeatures, m.specialFeatures)}.`);
  return parts.join(" ");
}

/** Plans every vendor; unknown TCF ids are collected and reported together. */
export function planVendors(list: Pick<GvlList, "vendors" | "declared">, mapping: GvlMapping): { plans: VendorPlan[] } & Findings {
  const out: Findings = { problems: [], warnings: [] };
  const d = list.declared;
  const plans = list.vendors.map((v) => {
    const at: PropertyKey[] = ["vendors", String(v.id)];
    const ids = (field: keyof GvlVendor & string, table: Map<number, { keys: string[] }>, declared: Set<number>, what: string) =>
      sortedIds(mapIds((v[field] as number[] | undefined) ?? [], table, declared, at, field, what, out));
    const purposes = ids("purposes", mapping.purposes, d.purposes, "TCF purpose");
    const legInt = ids("legIntPurposes", mapping.purposes, d.purposes, "TCF purpose");
    const special = ids("specialPurposes", mapping.specialPurposes, d.specialPurposes, "TCF special purpose");
    const declarations = ids("dataDeclaration", mapping.dataCategories, d.dataCategories, "TCF data category");
    const facts: GvlFacts = {
      purposes,
      legIntPurposes: legInt,
      flexiblePurposes: ids("flexiblePurposes", mapping.purposes, d.purposes, "TCF purpose"),
      specialPurposes: special,
      features: ids("features", mapping.features, d.features, "TCF feature"),
      specialFeatures: ids("specialFeatures", mapping.specialFeatures, d.specialFeatures, "TCF special feature"),
      dataDeclarations: declarations,
      purposeKeys: sortedKeys(keysOf(purposes, mapping.purposes)),
      legIntPurposeKeys: sortedKeys(keysOf(legInt, mapping.purposes)),
      specialPurposeKeys: sortedKeys(keysOf(special, mapping.specialPurposes)),
      dataCategoryKeys: sortedKeys(keysOf(declarations, mapping.dataCategories)),
      retention: { purposes: retentionRecord(v.dataRetention?.purposes ?? {}), specialPurposes: retentionRecord(v.dataRetention?.specialPurposes ?? {}) },
    };
    const urls = urlsOf(v);
    return {
      gvlId: v.id,
      at: jsonPath(at),
      name: v.name,
      deleted: v.deletedDate != null,
      columns: {
        gvlId: v.id,
        privacyUrl: urls.privacy,
        legitimateInterestUrl: urls.legIntClaim,
        usesCookies: v.usesCookies ?? null,
        cookieMaxAgeSeconds: v.cookieMaxAgeSeconds ?? null,
        cookieRefresh: v.cookieRefresh ?? null,
        usesNonCookieAccess: v.usesNonCookieAccess ?? null,
        deviceStorageDisclosureUrl: v.deviceStorageDisclosureUrl ?? null,
        retentionDays: v.dataRetention?.stdRetention ?? null,
        gvlFacts: JSON.stringify(facts),
      },
      allPurposeKeys: sortedKeys([...facts.purposeKeys, ...facts.legIntPurposeKeys, ...facts.specialPurposeKeys]),
      disclosure: { purpose: disclosurePurpose(facts, mapping, v.id), dataCategories: facts.dataCategoryKeys },
    };
  });
  return { plans, ...out };
}

/** True when the stored row already holds exactly these columns. */
export function sameColumns(row: Partial<Record<keyof GvlColumns, unknown>>, c: GvlColumns): boolean {
  return (Object.keys(c) as (keyof GvlColumns)[]).every((k) => (row[k] ?? null) === c[k]);
}
