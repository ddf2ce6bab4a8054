import path from "node:path";
import { z } from "zod";
import { LIMITS } from "../../modules/common/validate";
import { SeedError, show } from "../seed/errors";
import { jsonPath, parseJsonFile } from "../json-file";
import { readText } from "../seed/read";

// The IAB TCF Global Vendor List, v3 format (TCF v2.2 onwards): read, checked, every problem named by its JSON path.

/** The list format this importer reads, and the oldest policy version published in it. */
export const GVL_SPEC_VERSION = 3;
export const MIN_TCF_POLICY_VERSION = 4;

/** An http(s) URL; surrounding spaces (the real list has some, even no-break ones) are dropped. */
const httpUrl = z
  .string()
  .transform((s) => s.trim())
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === "https:" || u.protocol === "http:") && s.length <= LIMITS.url;
    } catch {
      return false;
    }
  }, `expected an http(s) URL of at most ${LIMITS.url} characters`);

const ids = z.array(z.number().int().positive("expected a positive whole number (a TCF id)")).default([]);
const days = z.record(z.string().regex(/^\d+$/, "expected a TCF id as the key"), z.number().int().min(0, "expected a number of days, 0 or more"));

const vendorSchema = z.object({
  id: z.number().int().positive(),
  name: z.string({ error: "expected the vendor's name, a text" }).refine((s) => s.trim() !== "", "expected the vendor's name, not an empty text"),
  purposes: ids,
  legIntPurposes: ids,
  flexiblePurposes: ids,
  specialPurposes: ids,
  features: ids,
  specialFeatures: ids,
  dataDeclaration: ids,
  usesCookies: z.boolean().nullish(),
  cookieMaxAgeSeconds: z.number().int().nullish(),
  cookieRefresh: z.boolean().nullish(),
  usesNonCookieAccess: z.boolean().nullish(),
  deviceStorageDisclosureUrl: httpUrl.nullish(),
  dataRetention: z
    .object({ stdRetention: z.number().int().min(0).nullish(), purposes: days.default({}), specialPurposes: days.default({}) })
    .nullish(),
  urls: z.array(z.object({ langId: z.string().min(1), privacy: httpUrl.nullish(), legIntClaim: httpUrl.nullish() })).default([]),
  deletedDate: z.string().nullish(),
});

export type GvlVendor = z.infer<typeof vendorSchema>;

export interface GvlList {
  file: string;
  vendorListVersion: number;
  tcfPolicyVersion: number;
  lastUpdated: string | null;
  /** Ids the list itself defines in its purposes, specialPurposes, features, specialFeatures and dataCategories tables. */
  declared: Record<DeclarationTable, Set<number>>;
  /** Ordered by vendor id. */
  vendors: GvlVendor[];
}

type Problem = { path: string; message: string };

export const DECLARATION_TABLES = ["purposes", "specialPurposes", "features", "specialFeatures", "dataCategories"] as const;
export type DeclarationTable = (typeof DECLARATION_TABLES)[number];

/** The ids a list defines; a table the list leaves out defines nothing, so every id is checked against the mapping alone. */
function declaredIds(top: Record<string, unknown>): Record<DeclarationTable, Set<number>> {
  const out = {} as Record<DeclarationTable, Set<number>>;
  for (const t of DECLARATION_TABLES) {
    const table = top[t];
    out[t] = new Set(table && typeof table === "object" ? Object.keys(table).filter((k) => /^\d+$/.test(k)).map(Number) : []);
  }
  return out;
}

function valueAt(root: unknown, segments: readonly PropertyKey[]): unknown {
  let cur = root;
  for (const s of segments) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[s];
  }
  return cur;
}

function issues(root: unknown, prefix: PropertyKey[], error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const where = [...prefix, ...issue.path];
    const value = valueAt(root, where);
    const found = value === undefined ? "missing" : `got ${show(value)}`;
    return { path: jsonPath(where), message: `${issue.message} (${found})` };
  });
}

/** The version fields come first: a list in another format would otherwise fail with a hundred confusing messages. */
function checkVersions(root: Record<string, unknown>): Problem[] {
  const spec = root.gvlSpecificationVersion;
  if (spec !== GVL_SPEC_VERSION) {
    const found = spec === undefined ? "missing" : `${show(spec)} is not supported`;
    return [{ path: "gvlSpecificationVersion", message: `${found}; expected ${GVL_SPEC_VERSION} (the v3 vendor-list format of TCF v2.2 and later)` }];
  }
  const policy = root.tcfPolicyVersion;
  if (typeof policy !== "number" || !Number.isInteger(policy) || policy < MIN_TCF_POLICY_VERSION) {
    const found = policy === undefined ? "missing" : `${show(policy)} is not supported`;
    return [{ path: "tcfPolicyVersion", message: `${found}; expected a whole number of at least ${MIN_TCF_POLICY_VERSION} (TCF policy v4 or later, published in the v3 format)` }];
  }
  const list = root.vendorListVersion;
  if (typeof list !== "number" || !Number.isInteger(list) || list < 1) return [{ path: "vendorListVersion", message: `${show(list)}; expected the list's version, a whole number of at least 1` }];
  if (root.vendors === null || typeof root.vendors !== "object" || Array.isArray(root.vendors)) {
    return [{ path: "vendors", message: `${root.vendors === undefined ? "missing" : show(root.vendors)}; expected an object of vendors keyed by their id` }];
  }
  return [];
}

/** Checks a parsed list; every problem is reported, each with its JSON path. */
export function checkGvlList(file: string, root: unknown): GvlList {
  if (root === null || typeof root !== "object" || Array.isArray(root)) {
    throw new SeedError(file, [{ path: "", message: `${show(root)}; expected a vendor list: an object with gvlSpecificationVersion, vendorListVersion and vendors` }]);
  }
  const top = root as Record<string, unknown>;
  const versionProblems = checkVersions(top);
  if (versionProblems.length) throw new SeedError(file, versionProblems);
  const problems: Problem[] = [];
  const vendors: GvlVendor[] = [];
  for (const [key, raw] of Object.entries(top.vendors as Record<string, unknown>)) {
    const parsed = vendorSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...issues(root, ["vendors", key], parsed.error));
      continue;
    }
    if (String(parsed.data.id) !== key) {
      problems.push({ path: jsonPath(["vendors", key, "id"]), message: `${parsed.data.id} differs from the key it is listed under; expected ${show(key)}` });
      continue;
    }
    vendors.push(parsed.data);
  }
  if (problems.length) throw new SeedError(file, problems.slice(0, 20).concat(problems.length > 20 ? [{ path: "", message: `and ${problems.length - 20} more problems` }] : []));
  vendors.sort((a, b) => a.id - b.id);
  return {
    file,
    vendorListVersion: top.vendorListVersion as number,
    tcfPolicyVersion: top.tcfPolicyVersion as number,
    lastUpdated: typeof top.lastUpdated === "string" ? top.lastUpdated : null,
    declared: declaredIds(top),
    vendors,
  };
}

/** Reads and checks a vendor-list file. */
export function readGvlList(file: string): GvlList {
  const relative = path.relative(process.cwd(), file);
  const name = relative && !relative.startsWith("..") ? relative : file;
  return checkGvlList(name, parseJsonFile(name, readText(file, name)));
}
