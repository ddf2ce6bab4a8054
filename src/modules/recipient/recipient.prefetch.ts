import type { Loaders } from "../context";
import type { Selection } from "../common/look-ahead";

/** Fetches recipients by id, and their countries if asked for, so their fields resolve synchronously. */
export function prefetchRecipients(L: Loaders, ids: number[], sel: Selection): void {
  L.recipientByIdLoader.prefetch(ids);
  if (sel.country) {
    const codes = ids.map((id) => L.recipientByIdLoader.peek(id)?.countryCode).filter((c): c is string => !!c);
    L.countryByCodeLoader.prefetch(codes);
  }
}
