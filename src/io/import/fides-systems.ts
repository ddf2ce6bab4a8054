import type { FidesBundle, Located, Problem } from "./fides-files";
import { keyFromFidesKey, type FidesDatasetField, type FidesSystem } from "./fides-manifest";

// How Fides' systems relate, read the way Fides models them: every system is one the organisation uses; those run
// by another party (a vendor, a system typed "Third Party") are also recipients. Flows between the organisation's
// own systems stay inside it; flows to a third party are disclosures; datasets lend their categories to systems.

export const DEFAULT_ORGANIZATION = "default_organization";

/** A system run by another party: datamap's own mark, a vendor id, or Fides' "Third Party" system type. */
export function isThirdParty(s: FidesSystem): boolean {
  const role = s.meta?.datamap?.role;
  if (role) return role === "recipient";
  return !!s.vendor_id || /third[\s_-]*part/i.test(s.system_type ?? "") || /categor(y|ies) of recipients/i.test(s.system_type ?? "");
}

/** The one Fides organisation the files describe; resources of another organisation are an error. */
export function fidesOrganizationKey(bundle: FidesBundle, problems: Problem[]): string {
  const owners = [
    ...bundle.organizations.map((r) => ({ r, key: r.value.fides_key, field: "fides_key" })),
    ...[...bundle.systems, ...bundle.datasets].map((r) => ({ r, key: r.value.organization_fides_key ?? DEFAULT_ORGANIZATION, field: "organization_fides_key" })),
  ];
  const key = owners[0]?.key ?? DEFAULT_ORGANIZATION;
  for (const { r, key: k, field } of owners) {
    if (k !== key) problems.push({ file: r.file, path: `${r.at} ${field}`, message: `${JSON.stringify(k)} is another Fides organisation than ${JSON.stringify(key)}; expected the resources of one organisation per import` });
  }
  return key;
}

function fieldCategories(fields: FidesDatasetField[] | null | undefined, into: Set<string>): void {
  for (const f of fields ?? []) {
    for (const c of f.data_categories ?? []) into.add(c);
    fieldCategories(f.fields, into);
  }
}

/** Every category a dataset states, on itself, its collections or any (nested) field. */
export function datasetCategories(bundle: FidesBundle): Map<string, string[]> {
  return new Map(
    bundle.datasets.map(({ value: d }) => {
      const all = new Set(d.data_categories ?? []);
      for (const c of d.collections) {
        for (const k of c.data_categories ?? []) all.add(k);
        fieldCategories(c.fields, all);
      }
      return [d.fides_key, [...all].sort()];
    }),
  );
}

/** Where each category key of a dataset sits, for naming an unknown one. */
export function datasetCategoryPlaces(bundle: FidesBundle): { file: string; path: string; key: string }[] {
  const out: { file: string; path: string; key: string }[] = [];
  const walk = (fields: FidesDatasetField[] | null | undefined, at: string, file: string) =>
    (fields ?? []).forEach((f, i) => {
      (f.data_categories ?? []).forEach((k, j) => out.push({ file, path: `${at}.fields[${i}].data_categories[${j}]`, key: k }));
      walk(f.fields, `${at}.fields[${i}]`, file);
    });
  for (const { file, at, value: d } of bundle.datasets) {
    (d.data_categories ?? []).forEach((k, j) => out.push({ file, path: `${at} data_categories[${j}]`, key: k }));
    d.collections.forEach((c, i) => {
      (c.data_categories ?? []).forEach((k, j) => out.push({ file, path: `${at} collections[${i}].data_categories[${j}]`, key: k }));
      walk(c.fields, `${at} collections[${i}]`, file);
    });
  }
  return out;
}

/** Datasets a system's every declaration uses: its own dataset_references and its dataset data flows. */
export function systemDatasets(s: FidesSystem): string[] {
  const flows = [...(s.ingress ?? []), ...(s.egress ?? [])].filter((f) => f.type === "dataset").map((f) => f.fides_key);
  return [...new Set([...(s.dataset_references ?? []), ...flows])];
}

/** Flows from one system to another, from either end: A's egress naming B, or B's ingress naming A. */
export function systemFlows(systems: Located<FidesSystem>[]): Map<string, Map<string, string[] | null>> {
  const flows = new Map<string, Map<string, string[] | null>>();
  const add = (from: string, to: string, cats: string[] | null | undefined) => {
    const m = flows.get(from) ?? new Map<string, string[] | null>();
    const before = m.get(to);
    // Categories stated at either end count; a flow neither end describes carries the declaration's own.
    m.set(to, before && cats ? [...new Set([...before, ...cats])] : (before ?? cats ?? null));
    flows.set(from, m);
  };
  for (const { value: s } of systems) {
    for (const f of s.egress ?? []) if (f.type == null || f.type === "system") add(s.fides_key, f.fides_key, f.data_categories);
    for (const f of s.ingress ?? []) if (f.type == null || f.type === "system") add(f.fides_key, s.fides_key, f.data_categories);
  }
  return flows;
}

/** Recipient keys of the systems, checked to be distinct once made kebab-case. */
export function recipientKeys(thirdParties: Located<FidesSystem>[], problems: Problem[]): Map<string, string> {
  const byKey = new Map<string, Located<FidesSystem>>();
  const keyOf = new Map<string, string>();
  for (const r of thirdParties) {
    const key = keyFromFidesKey(r.value.fides_key);
    const other = byKey.get(key);
    if (other) problems.push({ file: r.file, path: `${r.at} fides_key`, message: `gives the recipient key ${JSON.stringify(key)}, as ${other.at} does; expected fides_keys that stay distinct in lower-case kebab-case` });
    byKey.set(key, r);
    keyOf.set(r.value.fides_key, key);
  }
  return keyOf;
}
