import type { Db } from "../../db/connection";
import { url } from "../../modules/common/validate";
import { gvlStore, type GvlColumnValues } from "../../modules/recipient/gvl.store";
import { recipientStore, type RecipientRow } from "../../modules/recipient/recipient.store";
import { recipientWriteService, type RecipientChanges } from "../../modules/recipient/recipient.write.service";
import { FidesFilesError, inFile, type Located } from "./fides-files";
import { gvlIdOf, keyFromFidesKey, kindFromResponsibility, type FidesDeclaration, type FidesSystem } from "./fides-manifest";
import { IMPORT_ACTOR } from "./gvl";

// Recipients out of Fides: a system run by another party is one (its `responsibility` gives the kind), and so are
// the "types of third parties" a declaration shares data with (a category of recipients, not a named one).

export type Counts = { added: number; changed: number; unchanged: number };

export interface RecipientPlan {
  file: string;
  at: string;
  key: string;
  changes: RecipientChanges;
  parentKey: string | null;
  columns: GvlColumnValues;
}

const NO_COLUMNS: GvlColumnValues = { privacyUrl: null, legitimateInterestUrl: null, gvlId: null, usesCookies: null, cookieMaxAgeSeconds: null, cookieRefresh: null, usesNonCookieAccess: null };

export function systemRecipient({ file, at, value: s }: Located<FidesSystem>, parentKey: string | null): RecipientPlan {
  const meta = s.meta?.datamap;
  return {
    file,
    at,
    key: keyFromFidesKey(s.fides_key),
    parentKey,
    changes: {
      name: s.name ?? s.fides_key,
      kind: meta?.kind ?? kindFromResponsibility(s.responsibility),
      category: meta?.category ?? null,
      named: meta?.named ?? true,
      country: meta?.country ?? null,
      description: s.description ?? null,
    },
    columns: {
      privacyUrl: url(`${at} privacy_policy`, s.privacy_policy ?? null) ?? null,
      legitimateInterestUrl: url(`${at} legitimate_interest_disclosure_url`, s.legitimate_interest_disclosure_url ?? null) ?? null,
      gvlId: gvlIdOf(s.vendor_id),
      usesCookies: s.uses_cookies ?? null,
      cookieMaxAgeSeconds: s.cookie_max_age_seconds ?? null,
      cookieRefresh: s.cookie_refresh ?? null,
      usesNonCookieAccess: s.uses_non_cookie_access ?? null,
    },
  };
}

/** The category of recipients a declaration shares data with, if it says it shares any. */
export function sharedWith(d: FidesDeclaration): { key: string; name: string } | null {
  const named = d.third_parties?.trim();
  if (!named && !d.data_shared_with_third_parties && !d.shared_categories.length) return null;
  const name = named || "Third parties";
  return { key: keyFromFidesKey(name), name };
}

export function categoryRecipient(file: string, at: string, shared: { key: string; name: string }): RecipientPlan {
  return {
    file,
    at: `${at} third_parties`,
    key: shared.key,
    parentKey: null,
    changes: { name: shared.name, kind: "THIRD_PARTY", category: shared.name, named: false, country: null, description: null },
    columns: NO_COLUMNS,
  };
}

function sameRecipient(row: RecipientRow, p: RecipientPlan, parentId: number | null): boolean {
  const c = p.changes;
  const fields = row.name === c.name && row.kind === c.kind && row.category === c.category && row.named === c.named && row.countryCode === c.country && row.description === c.description;
  return fields && row.parentId === parentId && (Object.keys(p.columns) as (keyof GvlColumnValues)[]).every((k) => (row[k] ?? null) === p.columns[k]);
}

/** Creates parents before the recipients they engage; a loop in the manifest is an error. Returns row ids by key. */
export function writeRecipients(db: Db, orgId: number, plans: RecipientPlan[], counts: Counts, tick: () => void): Map<string, number> {
  const live = new Map(recipientStore.byOrgIds(db, [orgId]).map((r) => [r.key, r]));
  const ids = new Map([...live].map(([k, r]) => [k, r.id]));
  const byKey = new Map(plans.map((p) => [p.key, p]));
  const done = new Set<string>();
  const write = (p: RecipientPlan, chain: string[]): number => {
    if (done.has(p.key)) return ids.get(p.key)!;
    if (chain.includes(p.key)) {
      throw new FidesFilesError([{ file: p.file, path: `${p.at} egress`, message: `the egress flows form a loop ${[...chain, p.key].join(" → ")}; expected chains of sub-processors that end` }]);
    }
    const parentPlan = p.parentKey ? byKey.get(p.parentKey) : undefined;
    const parent = parentPlan ? write(parentPlan, [...chain, p.key]) : p.parentKey ? (ids.get(p.parentKey) ?? null) : null;
    const row = live.get(p.key);
    if (!row) {
      const id = inFile(p.file, () => recipientWriteService.create(db, orgId, { key: p.key, ...p.changes, parent }, IMPORT_ACTOR, p.at));
      gvlStore.setColumns(db, id, p.columns);
      ids.set(p.key, id);
      counts.added++;
    } else if (sameRecipient(row, p, parent)) counts.unchanged++;
    else {
      gvlStore.setColumns(db, row.id, p.columns);
      inFile(p.file, () => recipientWriteService.update(db, row.id, row.version, { ...p.changes, parent }, IMPORT_ACTOR, p.at));
      counts.changed++;
    }
    done.add(p.key);
    tick();
    return ids.get(p.key)!;
  };
  for (const p of plans) write(p, []);
  return ids;
}
