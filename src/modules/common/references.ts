import type { Db } from "../../db/connection";
import { badInput } from "./errors";
import { referenceStore } from "../reference/reference.store";
import { countryFormat, noRepeats } from "./validate";

// Resolves taxonomy keys, legal-basis codes and country codes in write input to row ids, naming any bad one.

export function checkCountry(db: Db, path: string, code: string | null | undefined): string | null | undefined {
  if (code === undefined || code === null) return code;
  countryFormat(path, code);
  if (!referenceStore.countriesByCodes(db, [code]).length) throw badInput(path, code, "an ISO 3166-1 alpha-2 code of an existing country, e.g. HK");
  return code;
}

function keysToIds(path: string, keys: string[], rows: { key: string; id: number }[], what: string, example: string): number[] {
  noRepeats(path, keys);
  const byKey = new Map(rows.map((r) => [r.key, r.id]));
  return keys.map((k, i) => {
    const id = byKey.get(k);
    if (id === undefined) throw badInput(`${path}[${i}]`, k, `a ${what} key from the taxonomy, e.g. ${example}`);
    return id;
  });
}

// One query for just the keys given: imports resolve several key lists per activity.
export const categoryIds = (db: Db, path: string, keys: string[]) =>
  keysToIds(path, keys, keys.length ? referenceStore.liveIdsByKeys(db, "data_categories", keys) : [], "data-category", "user.contact.email");
export const purposeIds = (db: Db, path: string, keys: string[]) =>
  keysToIds(path, keys, keys.length ? referenceStore.liveIdsByKeys(db, "purposes", keys) : [], "purpose", "marketing.communications");
export const subjectIds = (db: Db, path: string, keys: string[]) =>
  keysToIds(path, keys, keys.length ? referenceStore.liveIdsByKeys(db, "data_subject_categories", keys) : [], "data-subject", "customer");

/** Kinds of legal-basis entry that can be claimed for an activity (transfer tools belong to transfers). */
const CLAIMABLE = new Set(["LAWFUL_BASIS", "SPECIAL_CONDITION", "SEPARATE_CONSENT", "PRINCIPLE", "BUSINESS_PURPOSE", "DISCLOSURE_TYPE"]);

export function legalBasisId(db: Db, path: string, regime: string, code: string): number {
  const basis = referenceStore.legalBasisByCode(db, regime, code);
  if (!basis) {
    const codes = referenceStore.legalBases(db, regime).filter((b) => CLAIMABLE.has(b.kind)).map((b) => b.code);
    throw badInput(`${path}.code`, code, `a ${regime} legal basis: one of ${codes.join(", ")}`);
  }
  if (!CLAIMABLE.has(basis.kind)) throw badInput(`${path}.code`, code, `a lawful basis or condition; ${regime} ${code} is a transfer mechanism`);
  return basis.id;
}

const SUBDIVISION = /^([A-Z]{2})-[A-Z0-9]{1,3}$/;
const JURISDICTION = '"EEA", an ISO 3166-1 alpha-2 code of an existing country like HK, or an ISO 3166-2 subdivision of one like US-CA';

/** Where people are or where an organisation is established: "EEA", existing ISO country codes or subdivisions of them (US-CA), each once. */
export function checkJurisdictions(db: Db, path: string, list: string[]): string[] {
  noRepeats(path, list);
  list.forEach((j, i) => {
    if (j === "EEA") return;
    // A subdivision's code begins with its country's: the reference data lists countries only.
    const country = SUBDIVISION.exec(j)?.[1] ?? j;
    if (!/^[A-Z]{2}$/.test(country) || !referenceStore.countriesByCodes(db, [country]).length) throw badInput(`${path}[${i}]`, j, JURISDICTION);
  });
  return list;
}

/** A transfer tool of the given regime (GDPR Chapter V, PIPL Art 38), by code. */
export function transferMechanismId(db: Db, path: string, regime: string, code: string): number {
  const basis = referenceStore.legalBasisByCode(db, regime, code);
  if (!basis || basis.kind !== "TRANSFER_MECHANISM") {
    const codes = referenceStore.legalBases(db, regime).filter((b) => b.kind === "TRANSFER_MECHANISM").map((b) => b.code);
    throw badInput(`${path}.code`, code, codes.length ? `a ${regime} transfer mechanism: one of ${codes.join(", ")}` : `a regime with transfer mechanisms (GDPR, UK_GDPR or PIPL), not ${regime}`);
  }
  return basis.id;
}
