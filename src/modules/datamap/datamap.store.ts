import type { Db } from "../../db/connection";
import { arraysFor } from "../../db/raw";

// The whole record of one organisation in narrow rows: a data map of 10,000 activities reads some 150,000
// link rows, so each is an array of the columns the graph needs, joined to the organisation's live activities.

const LIVE = "a.organization_id = ? and a.archived_at is null";

export const dataMapStore = {
  activities: (db: Db, orgId: number) =>
    arraysFor<[id: number, key: string, name: string]>(db, `/* dataMap.activities */ select a.id, a.key, a.name from processing_activities a where ${LIVE} order by a.id`, orgId),
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
  categoryLinks: (db: Db, orgId: number) =>
    arraysFor<[activityId: number, categoryId: number]>(
      db,
      `/* dataMap.categoryLinks */ select l.activity_id, l.category_id from activity_data_categories l join processing_activities a on a.id = l.activity_id where ${LIVE}`,
      orgId,
    ),
  purposeLinks: (db: Db, orgId: number) =>
    arraysFor<[activityId: number, purposeId: number]>(
      db,
      `/* dataMap.purposeLinks */ select l.activity_id, l.purpose_id from activity_purposes l join processing_activities a on a.id = l.activity_id where ${LIVE}`,
      orgId,
    ),
  locationLinks: (db: Db, orgId: number) =>
    arraysFor<[activityId: number, locationId: number]>(
      db,
      `/* dataMap.locationLinks */ select l.activity_id, l.location_id from activity_storage_locations l join processing_activities a on a.id = l.activity_id where ${LIVE}`,
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
