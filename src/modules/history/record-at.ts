import type { Db } from "../../db/connection";
import type { Snapshot } from "../../domain/diff";
import { historyStore } from "./history.store";

/** One object's state at an instant: its id, the version then in force and that version's snapshot. */
export interface Versioned<S = Snapshot> {
  id: number;
  version: number;
  validFrom: string;
  snapshot: S;
}

type Keyed = Snapshot & { key: string; name: string; archived: boolean };

/** An organisation's whole record as it stood at one instant, rebuilt from version snapshots. */
export class RecordAt {
  organization: Versioned | null = null;
  readonly activities: Versioned<Keyed>[] = [];
  readonly recipients = new Map<string, Versioned<Keyed>>();
  readonly storageLocations = new Map<string, Versioned<Keyed>>();
  readonly securityMeasures = new Map<string, Versioned<Keyed>>();

  constructor(
    readonly organizationId: number,
    readonly at: string,
    rows: { entityType: string; entityId: number; version: number; validFrom: string; snapshot: string }[],
  ) {
    for (const r of rows) {
      const v: Versioned<Keyed> = { id: r.entityId, version: r.version, validFrom: r.validFrom, snapshot: JSON.parse(r.snapshot) };
      if (v.snapshot.archived) continue;
      if (r.entityType === "Organization") this.organization = v;
      else if (r.entityType === "ProcessingActivity") this.activities.push(v);
      else if (r.entityType === "Recipient") this.recipients.set(v.snapshot.key, v);
      else if (r.entityType === "Location") this.storageLocations.set(v.snapshot.key, v);
      else if (r.entityType === "SecurityMeasure") this.securityMeasures.set(v.snapshot.key, v);
    }
    this.activities.sort((a, b) => a.id - b.id);
  }
}

export function recordAt(db: Db, organizationId: number, at: string): RecordAt {
  return new RecordAt(organizationId, at, historyStore.versionsAt(db, [organizationId], at));
}
