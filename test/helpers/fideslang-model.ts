import fs from "node:fs";
import path from "node:path";

// A checker for Fides manifests, written from the rules of fideslang's models (src/fideslang/models.py and
// validation.py): the fields each resource kind allows and requires, their types, the FidesKey pattern, the
// parent_key rule, default/versioning rules, the System's data-flow rule, and that every taxonomy key used is in the
// default taxonomy or defined in the same file with a parent that exists. Returns one line per problem.

const FIDES_KEY = /^[a-zA-Z0-9_.<>-]+$/;
const KINDS = ["data_category", "data_subject", "data_use", "dataset", "system", "policy", "organization"] as const;
type TaxonomyKind = "data_category" | "data_use" | "data_subject";

const BASE = ["fides_key", "organization_fides_key", "tags", "name", "description"];
const VERSIONED = ["version_added", "version_deprecated", "replaced_by", "is_default"];
const FIELDS: Record<string, string[]> = {
  data_category: [...BASE, ...VERSIONED, "parent_key"],
  data_use: [...BASE, ...VERSIONED, "parent_key"],
  data_subject: [...BASE, ...VERSIONED, "rights", "automated_decisions_or_profiling"],
  organization: [...BASE, "organization_parent_key", "controller", "data_protection_officer", "fidesctl_meta", "representative", "security_policy"],
  contact: ["name", "address", "email", "phone"],
  system: [
    ...BASE,
    ...["meta", "fidesctl_meta", "system_type", "egress", "ingress", "privacy_declarations", "administrating_department", "vendor_id", "previous_vendor_id"],
    ...["vendor_deleted_date", "dataset_references", "processes_personal_data", "exempt_from_privacy_regulations", "reason_for_exemption", "uses_profiling"],
    ...["legal_basis_for_profiling", "does_international_transfers", "legal_basis_for_transfers", "requires_data_protection_assessments", "dpa_location"],
    ...["dpa_progress", "privacy_policy", "legal_name", "legal_address", "responsibility", "dpo", "joint_controller_info", "data_security_practices"],
    ...["cookie_max_age_seconds", "uses_cookies", "cookie_refresh", "uses_non_cookie_access", "legitimate_interest_disclosure_url"],
  ],
  declaration: [
    ...["name", "data_categories", "data_use", "data_subjects", "dataset_references", "egress", "ingress", "features", "flexible_legal_basis_for_processing"],
    ...["legal_basis_for_processing", "impact_assessment_location", "retention_period", "processes_special_category_data", "special_category_legal_basis"],
    ...["data_shared_with_third_parties", "third_parties", "shared_categories"],
  ],
  flow: ["fides_key", "type", "data_categories"],
  dataset: [...BASE, "meta", "data_categories", "fides_meta", "fidesops_meta", "collections"],
  collection: ["name", "description", "data_categories", "fields", "fides_meta", "fidesops_meta"],
  field: ["name", "description", "data_categories", "fides_meta", "fidesops_meta", "fields"],
};
const REQUIRED: Record<string, string[]> = {
  data_category: ["fides_key"],
  data_use: ["fides_key"],
  data_subject: ["fides_key"],
  organization: ["fides_key"],
  system: ["fides_key", "system_type", "privacy_declarations"],
  declaration: ["data_categories", "data_use"],
  flow: ["fides_key", "type"],
  dataset: ["fides_key", "collections"],
  collection: ["name", "fields"],
  field: ["name"],
};
/** Fields typed bool (never null) and str (null allowed only where Optional). */
const BOOLEANS: Record<string, string[]> = {
  system: ["processes_personal_data", "exempt_from_privacy_regulations", "uses_profiling", "does_international_transfers", "requires_data_protection_assessments", "uses_cookies", "cookie_refresh", "uses_non_cookie_access"],
  declaration: ["flexible_legal_basis_for_processing", "processes_special_category_data", "data_shared_with_third_parties"],
};
const LEGAL_BASES = ["Consent", "Contract", "Legal obligations", "Vital interests", "Public interest", "Legitimate interests"];
const SPECIAL_BASES = [
  "Explicit consent",
  "Employment, social security and social protection",
  "Vital interests",
  "Not-for-profit bodies",
  "Made public by the data subject",
  "Legal claims or judicial acts",
  "Reasons of substantial public interest (with a basis in law)",
  "Health or social care (with a basis in law)",
  "Public health (with a basis in law)",
  "Archiving, research and statistics (with a basis in law)",
];
const RESPONSIBILITIES = ["Controller", "Processor", "Sub-Processor"];
const FLOW_TYPES = ["dataset", "system", "user"];

/** fideslang's default taxonomy keys by kind, from the fixture list. */
export function defaultTaxonomy(file = path.resolve(__dirname, "..", "fixtures", "fides", "fideslang-default-keys.txt")): Record<TaxonomyKind, Set<string>> {
  const out: Record<TaxonomyKind, Set<string>> = { data_category: new Set(), data_use: new Set(), data_subject: new Set() };
  let kind: TaxonomyKind | null = null;
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const m = /^\[(\w+)\]$/.exec(line);
    if (m) kind = m[1] as TaxonomyKind;
    else if (line && !line.startsWith("#") && kind) out[kind].add(line.trim());
  }
  return out;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

export function checkFidesManifest(doc: unknown, defaults = defaultTaxonomy()): string[] {
  const problems: string[] = [];
  const say = (at: string, msg: string) => problems.push(`${at}: ${msg}`);
  if (!isObj(doc)) return ["(top level): expected a mapping of resource kinds"];
  for (const k of Object.keys(doc)) if (!(KINDS as readonly string[]).includes(k)) say(k, "unknown resource kind");

  const shape = (o: unknown, kind: string, at: string): o is Obj => {
    if (!isObj(o)) {
      say(at, "expected a mapping");
      return false;
    }
    for (const k of Object.keys(o)) if (!FIELDS[kind].includes(k)) say(`${at}.${k}`, `unknown field of ${kind}`);
    for (const k of REQUIRED[kind] ?? []) if (o[k] === undefined || o[k] === null) say(`${at}.${k}`, "required");
    for (const k of BOOLEANS[kind] ?? []) if (k in o && typeof o[k] !== "boolean") say(`${at}.${k}`, `expected true or false, got ${JSON.stringify(o[k])}`);
    return true;
  };
  const key = (v: unknown, at: string) => {
    if (typeof v !== "string" || !FIDES_KEY.test(v)) say(at, `not a FidesKey: ${JSON.stringify(v)}`);
  };
  const keyList = (v: unknown, at: string, optional = true): string[] => {
    if (v === undefined || (v === null && optional)) return [];
    if (!Array.isArray(v)) {
      say(at, "expected a list");
      return [];
    }
    v.forEach((x, i) => key(x, `${at}[${i}]`));
    return v.filter((x): x is string => typeof x === "string");
  };
  const text = (o: Obj, k: string, at: string, nullable = true) => {
    if (k in o && !(typeof o[k] === "string" || (nullable && o[k] === null))) say(`${at}.${k}`, `expected a text, got ${JSON.stringify(o[k])}`);
  };
  const list = (kind: string): unknown[] => {
    const v = doc[kind];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      say(kind, "expected a list");
      return [];
    }
    return v;
  };

  // Taxonomy entries defined in the file, and the rules on each.
  const defined: Record<TaxonomyKind, Map<string, string | null>> = { data_category: new Map(), data_use: new Map(), data_subject: new Map() };
  for (const kind of ["data_category", "data_use", "data_subject"] as const) {
    list(kind).forEach((e, i) => {
      const at = `${kind}[${i}]`;
      if (!shape(e, kind, at)) return;
      key(e.fides_key, `${at}.fides_key`);
      const fk = String(e.fides_key);
      if (defined[kind].has(fk)) say(`${at}.fides_key`, "defined twice");
      if (e.is_default === true && !e.version_added) say(`${at}.is_default`, "default items must have version information");
      if (e.is_default !== true && (e.version_added || e.version_deprecated || e.replaced_by)) say(`${at}.is_default`, "non-default items can't have version information");
      if (e.replaced_by && !e.version_deprecated) say(`${at}.replaced_by`, "cannot be replaced without deprecation");
      let parent: string | null = null;
      if (kind !== "data_subject") {
        parent = (e.parent_key as string | null | undefined) ?? null;
        const parsed = fk.includes(".") ? fk.slice(0, fk.lastIndexOf(".")) : null;
        if (parent !== null) key(parent, `${at}.parent_key`);
        if (parent === fk) say(`${at}.parent_key`, "cannot self-reference");
        if (parent !== parsed) say(`${at}.parent_key`, `${JSON.stringify(parent)} does not match the parent parsed from the key (${JSON.stringify(parsed)})`);
      }
      defined[kind].set(fk, parent);
    });
  }
  const knownKey = (kind: TaxonomyKind, k: string) => defaults[kind].has(k) || defined[kind].has(k);
  for (const kind of ["data_category", "data_use"] as const) {
    for (const [k, parent] of defined[kind]) if (parent !== null && !knownKey(kind, parent)) say(`${kind} ${k}.parent_key`, `${JSON.stringify(parent)} is neither a default key nor defined in the file`);
  }
  const uses = (kind: TaxonomyKind, keys: string[], at: string) =>
    keys.forEach((k, i) => {
      if (!knownKey(kind, k)) say(`${at}[${i}]`, `${JSON.stringify(k)} is not in Fides' default ${kind} taxonomy and not defined in the file`);
    });

  const contact = (v: unknown, at: string) => {
    if (v === undefined || v === null) return;
    if (!shape(v, "contact", at)) return;
    for (const k of FIELDS.contact) text(v, k, at, false);
  };
  list("organization").forEach((o, i) => {
    const at = `organization[${i}]`;
    if (!shape(o, "organization", at)) return;
    key(o.fides_key, `${at}.fides_key`);
    for (const c of ["controller", "data_protection_officer", "representative"]) contact(o[c], `${at}.${c}`);
    if (o.security_policy != null && !/^https?:\/\/\S+$/.test(String(o.security_policy))) say(`${at}.security_policy`, "expected an http(s) URL");
  });

  const fields = (list: unknown, at: string) => {
    if (list == null) return;
    if (!Array.isArray(list)) return say(at, "expected a list");
    const names = new Set<string>();
    list.forEach((f, i) => {
      const p = `${at}[${i}]`;
      if (!shape(f, "field", p)) return;
      if (names.has(String(f.name))) say(`${p}.name`, "duplicate field name");
      names.add(String(f.name));
      uses("data_category", keyList(f.data_categories, `${p}.data_categories`), `${p}.data_categories`);
      fields(f.fields, `${p}.fields`);
    });
  };
  list("dataset").forEach((d, i) => {
    const at = `dataset[${i}]`;
    if (!shape(d, "dataset", at)) return;
    key(d.fides_key, `${at}.fides_key`);
    uses("data_category", keyList(d.data_categories, `${at}.data_categories`), `${at}.data_categories`);
    if (!Array.isArray(d.collections)) return;
    const names = new Set<string>();
    d.collections.forEach((c, j) => {
      const p = `${at}.collections[${j}]`;
      if (!shape(c, "collection", p)) return;
      if (names.has(String(c.name))) say(`${p}.name`, "duplicate collection name");
      names.add(String(c.name));
      uses("data_category", keyList(c.data_categories, `${p}.data_categories`), `${p}.data_categories`);
      fields(c.fields, `${p}.fields`);
    });
  });

  const systems = list("system");
  const systemKeys = new Set(systems.filter(isObj).map((s) => String(s.fides_key)));
  systems.forEach((s, i) => {
    const at = `system[${i}]`;
    if (!shape(s, "system", at)) return;
    key(s.fides_key, `${at}.fides_key`);
    if (s.organization_fides_key !== undefined) key(s.organization_fides_key, `${at}.organization_fides_key`);
    text(s, "system_type", at, false);
    if (s.meta != null && !isObj(s.meta)) say(`${at}.meta`, "expected a mapping");
    if (s.cookie_max_age_seconds != null && !Number.isInteger(s.cookie_max_age_seconds)) say(`${at}.cookie_max_age_seconds`, "expected a whole number");
    for (const u of ["privacy_policy", "legitimate_interest_disclosure_url"]) if (s[u] != null && !/^https?:\/\/\S+$/.test(String(s[u]))) say(`${at}.${u}`, "expected an http(s) URL");
    if (s.responsibility !== undefined) {
      if (!Array.isArray(s.responsibility)) say(`${at}.responsibility`, "expected a list");
      else s.responsibility.forEach((r, j) => RESPONSIBILITIES.includes(r as string) || say(`${at}.responsibility[${j}]`, `expected one of ${RESPONSIBILITIES.join(", ")}`));
    }
    keyList(s.dataset_references, `${at}.dataset_references`);
    const flowKeys: Record<string, Set<string>> = { egress: new Set(), ingress: new Set() };
    for (const dir of ["egress", "ingress"] as const) {
      if (s[dir] == null) continue;
      if (!Array.isArray(s[dir])) {
        say(`${at}.${dir}`, "expected a list");
        continue;
      }
      (s[dir] as unknown[]).forEach((f, j) => {
        const p = `${at}.${dir}[${j}]`;
        if (!shape(f, "flow", p)) return;
        key(f.fides_key, `${p}.fides_key`);
        if (!FLOW_TYPES.includes(f.type as string)) say(`${p}.type`, `expected one of ${FLOW_TYPES.join(", ")}`);
        if ((f.fides_key === "user" || f.type === "user") && !(f.fides_key === "user" && f.type === "user")) say(p, "the 'user' fides_key requires the type 'user' and the other way round");
        // Beyond the models (which check one resource at a time): a flow to a system names one the file defines.
        if (f.type === "system" && !systemKeys.has(String(f.fides_key))) say(`${p}.fides_key`, `${JSON.stringify(f.fides_key)} is no system of the file`);
        uses("data_category", keyList(f.data_categories, `${p}.data_categories`), `${p}.data_categories`);
        flowKeys[dir].add(String(f.fides_key));
      });
    }
    if (!Array.isArray(s.privacy_declarations)) return;
    s.privacy_declarations.forEach((d, j) => {
      const p = `${at}.privacy_declarations[${j}]`;
      if (!shape(d, "declaration", p)) return;
      text(d, "name", p);
      key(d.data_use, `${p}.data_use`);
      if (typeof d.data_use === "string") uses("data_use", [d.data_use], `${p}.data_use`);
      uses("data_category", keyList(d.data_categories, `${p}.data_categories`, false), `${p}.data_categories`);
      uses("data_subject", keyList(d.data_subjects, `${p}.data_subjects`), `${p}.data_subjects`);
      if (d.shared_categories != null) uses("data_category", keyList(d.shared_categories, `${p}.shared_categories`), `${p}.shared_categories`);
      keyList(d.dataset_references, `${p}.dataset_references`);
      if (d.legal_basis_for_processing != null && !LEGAL_BASES.includes(d.legal_basis_for_processing as string)) say(`${p}.legal_basis_for_processing`, `expected one of ${LEGAL_BASES.join(", ")}`);
      if (d.special_category_legal_basis != null && !SPECIAL_BASES.includes(d.special_category_legal_basis as string)) say(`${p}.special_category_legal_basis`, "not one of fideslang's special category legal bases");
      for (const t of ["impact_assessment_location", "retention_period", "third_parties"]) text(d, t, p);
      for (const dir of ["egress", "ingress"] as const) {
        keyList(d[dir], `${p}.${dir}`).forEach((k, n) => {
          if (!flowKeys[dir].has(k)) say(`${p}.${dir}[${n}]`, `${JSON.stringify(k)} is not among the system's own ${dir} data flows`);
        });
      }
    });
  });
  return problems;
}
