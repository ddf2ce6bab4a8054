import type { Loaders } from "../context";
import type { Selection } from "../common/look-ahead";
import { prefetchLocations } from "../location/location.prefetch";
import { prefetchRecipients } from "../recipient/recipient.prefetch";

/**
 * Fetches what the query asks for about a page of activities, one query per kind of link, before graphql-js
 * walks the page: the statements are the ones the loaders would batch anyway, but every field below then
 * resolves synchronously instead of through a promise per field.
 */
export function prefetchActivities(L: Loaders, ids: number[], sel: Selection): void {
  if (sel.purposes) {
    L.purposeIdsByActivityIdLoader.prefetch(ids);
  }
  if (sel.dataCategories) {
    L.categoryIdsByActivityIdLoader.prefetch(ids);
  }
  if (sel.dataSubjects) {
    L.subjectIdsByActivityIdLoader.prefetch(ids);
  }
  if (sel.legalBases || sel.legalBasisClaims) {
    L.claimsByActivityIdLoader.prefetch(ids);
    if (sel.legalBases || sel.legalBasisClaims?.legalBasis) {
      L.legalBasisByIdLoader.prefetch(ids.flatMap((id) => L.claimsByActivityIdLoader.peek(id) ?? []).map((c) => c.legalBasisId));
    }
  }
  if (sel.disclosures) {
    L.disclosuresByActivityIdLoader.prefetch(ids);
    const disclosures = ids.flatMap((id) => L.disclosuresByActivityIdLoader.peek(id) ?? []);
    if (sel.disclosures.recipient) prefetchRecipients(L, disclosures.map((d) => d.recipientId), sel.disclosures.recipient);
    if (sel.disclosures.dataCategories) {
      L.categoryIdsByDisclosureIdLoader.prefetch(disclosures.map((d) => d.rowId));
      }
  }
  if (sel.storageLocations) {
    L.locationIdsByActivityIdLoader.prefetch(ids);
    prefetchLocations(L, ids.flatMap((id) => L.locationIdsByActivityIdLoader.peek(id) ?? []), sel.storageLocations);
  }
  if (sel.securityMeasures) {
    L.measureIdsByActivityIdLoader.prefetch(ids);
    L.measureByIdLoader.prefetch(ids.flatMap((id) => L.measureIdsByActivityIdLoader.peek(id) ?? []));
  }
}
