import type { Db } from "../../db/connection";
import { arraysFor } from "../../db/raw";

// The whole record of one organisation in narrow rows: a data map of 10,000 activities reads some 150,000
// link rows, so each is an array of the columns the graph needs, joined to the organisation's live activities.

const LIVE = "a.organization_id = ? and a.archived_at is null";

export const dataMapStore = {
  /** Each live activity with the ids of its categories, purposes and storage locations as JSON arrays: one pass, no row per link. */
  activities: (db: Db, orgId: number) =>
    arraysFor<[id: number, key: string, name: string, categoryIds: string, purposeIds: string, locationIds: string]>(
      db,
      `/* dataMap.activities */ select a.id, a.key, a.name,
         (select json_group_array(l.category_id) from activity_data_categories l where l.activity_id = a.id),
         (select json_group_array(l.purpose_id) from activity_purposes l where l.activity_id = a.id),
         (select json_group_array(l.location_id) from activity_storage_locations l where l.activity_id = a.id)
       from processing_activities a where ${LIVE} order by a.id`,
      orgId,
    ),
  recipients: (db: Db, orgId: number) =>
    arraysFor<[id: number, name: string, kind: string, parentId: number | null]>(
      db,
      "/* dataMap.recipients */ select id, name, kind, parent_id from recipients where organization_id = ? and archived_at is null order by id",
      orgId,
    ),
  locations: (db: Db, orgId: number) =>
    arraysFor<[id: number, name: string, countryCode: string]>(
      db,
      "/* dataMap.locations */ select id, name, country_code from storage_locations where organization_id = ? and archived_at is null order by id",
      orgId,
    ),
  /** Each disclosure with the ids of the categories it discloses, comma-separated (null when none). */
  disclosures: (db: Db, orgId: number) =>
    arraysFor<[id: number, activityId: number, recipientId: number, categoryIds: string | null]>(
      db,
      `/* dataMap.disclosures */ select d.id, d.activity_id, d.recipient_id,
         (select group_concat(dc.category_id) from disclosure_categories dc where dc.disclosure_id = d.id)
       from disclosures d join processing_activities a on a.id = d.activity_id where ${LIVE} order by d.id`,
      orgId,
    ),
};
