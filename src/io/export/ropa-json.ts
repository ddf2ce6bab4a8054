import type { RecordDocument } from "../../domain/record";

// The record document as JSON (docs/record-format.md): what `datamap import ropa` reads back, and stable: the same
// record always gives the same text (no generation time, fixed key and list order).

export function renderRopaJson(doc: RecordDocument): string {
  return JSON.stringify(doc, null, 2) + "\n";
}
