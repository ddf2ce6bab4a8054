import type { Loaders } from "../context";
import type { Selection } from "../common/look-ahead";

/** Fetches storage locations by id, and their countries if asked for, so their fields resolve synchronously. */
export function prefetchLocations(L: Loaders, ids: number[], sel: Selection): void {
  L.locationByIdLoader.prefetch(ids);
  if (sel.country || sel.euAdequacy) {
    const codes = ids.map((id) => L.locationByIdLoader.peek(id)?.countryCode).filter((c): c is string => !!c);
    L.countryByCodeLoader.prefetch(codes);
  }
}
