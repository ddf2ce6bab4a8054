import type { ServiceContext } from "../context";
import { badInput } from "./errors";
import { numericRowId } from "./global-id";

// Checks shared by list arguments: each bad value is named with where it was and what was expected.

export async function checkCategoryKey(ctx: ServiceContext, path: string, key: string): Promise<string> {
  if (!(await ctx.loaders.taxonomy()).byKey.has(key)) throw badInput(path, key, "a data-category key from `dataCategories`, e.g. user.contact.email");
  return key;
}

export async function checkPurposeKey(ctx: ServiceContext, path: string, key: string): Promise<string> {
  if (!(await ctx.loaders.purposes()).byKey.has(key)) throw badInput(path, key, "a purpose key from `purposes`, e.g. marketing");
  return key;
}

export async function checkCountryCode(ctx: ServiceContext, path: string, code: string): Promise<string> {
  if (!/^[A-Z]{2}$/.test(code) || !(await ctx.loaders.countryByCodeLoader.load(code))) {
    throw badInput(path, code, "an ISO 3166-1 alpha-2 country code in capitals, e.g. HK");
  }
  return code;
}

export function checkRowId(path: string, id: string, type: string): number {
  const rowId = numericRowId(id, type);
  if (rowId === null) throw badInput(path, id, `the id of a ${type}`);
  return rowId;
}
