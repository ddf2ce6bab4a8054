import type { RecordDocument, RecordRecipient } from "../../src/domain/record";

// How much of a record made by hand (a seed) a draft from the same notice recovers: its data categories, purposes
// and recipients, and whether the draft invents storage countries the hand-made record does not hold.

export interface Recovery {
  categories: { found: number; of: number };
  purposes: { found: number; of: number };
  recipients: { found: number; of: number };
  storage: { invented: string[] };
  /** What the draft missed, as "category user.x", "purpose y", "recipient Z". */
  missing: string[];
}

/** A key is recovered by the same key, a narrower one, or its parent when that parent is itself specific (two levels). */
export function keyCovered(key: string, draft: Set<string>): boolean {
  for (const d of draft) {
    if (d === key || d.startsWith(`${key}.`)) return true;
    if (key.startsWith(`${d}.`) && d.split(".").length >= 2 && key.split(".").length - d.split(".").length === 1) return true;
  }
  return false;
}

const STOP = new Set(["and", "or", "the", "of", "to", "in", "for", "with", "third", "party", "parties", "services", "service"]);
const words = (s: string) => new Set(s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2 && !STOP.has(w)).map((w) => w.replace(/s$/, "")));

function recipientCovered(r: RecordRecipient, draft: RecordRecipient[]): boolean {
  const mine = words(`${r.name} ${r.category ?? ""}`);
  return draft.some((d) => {
    if (d.key === r.key || d.name.toLowerCase() === r.name.toLowerCase()) return true;
    const theirs = words(`${d.name} ${d.category ?? ""}`);
    const shared = [...mine].filter((w) => theirs.has(w)).length;
    return shared > 0 && (d.kind === r.kind || shared / Math.min(mine.size, theirs.size) >= 0.5);
  });
}

export function recovery(draft: RecordDocument, seed: RecordDocument): Recovery {
  const keys = (r: RecordDocument, pick: (a: RecordDocument["activities"][number]) => string[]) => new Set(r.activities.flatMap(pick));
  const cats = (a: RecordDocument["activities"][number]) => [...a.dataCategories, ...a.disclosures.flatMap((d) => d.dataCategories)];
  const seedCats = keys(seed, cats), draftCats = keys(draft, cats);
  const seedPurposes = keys(seed, (a) => a.purposes), draftPurposes = keys(draft, (a) => a.purposes);
  const missing = [
    ...[...seedCats].filter((k) => !keyCovered(k, draftCats)).map((k) => `category ${k}`),
    ...[...seedPurposes].filter((k) => !keyCovered(k, draftPurposes)).map((k) => `purpose ${k}`),
    ...seed.recipients.filter((r) => !recipientCovered(r, draft.recipients)).map((r) => `recipient ${r.name}`),
  ];
  const seedCountries = new Set(seed.storageLocations.map((l) => l.country));
  return {
    categories: { found: [...seedCats].filter((k) => keyCovered(k, draftCats)).length, of: seedCats.size },
    purposes: { found: [...seedPurposes].filter((k) => keyCovered(k, draftPurposes)).length, of: seedPurposes.size },
    recipients: { found: seed.recipients.filter((r) => recipientCovered(r, draft.recipients)).length, of: seed.recipients.length },
    storage: { invented: draft.storageLocations.filter((l) => !seedCountries.has(l.country)).map((l) => `${l.name} (${l.country})`) },
    missing,
  };
}
