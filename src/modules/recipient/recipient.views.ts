import { toGlobalId } from "../common/global-id";
import type { RecipientViewRow } from "./recipient.store";
import type { Recipient } from "./recipient.type";

export const recipientView = (r: RecipientViewRow): Recipient => ({
  __typename: "Recipient",
  id: toGlobalId("Recipient", r.id),
  rowId: r.id,
  organizationId: r.organizationId,
  countryCode: r.countryCode,
  parentId: r.parentId,
  key: r.key,
  name: r.name,
  kind: r.kind,
  role: r.role,
  category: r.category,
  named: r.named,
  dpa: { status: r.dpaStatus, date: r.dpaDate, url: r.dpaUrl },
  description: r.description,
  version: r.version,
  updatedAt: new Date(r.updatedAt),
});
