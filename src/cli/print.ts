import type { FieldChange } from "../domain/diff";
import type { HistoryEntry, ObjectChange, RecordDiff } from "../modules/history/history.type";

// Plain-text renderings of history and diffs for people without a GraphQL client.

const show = (v: unknown) => (v === null || v === undefined ? "—" : JSON.stringify(v));

function changeLines(changes: FieldChange[], indent: string): string[] {
  return changes.map((c) => `${indent}${c.field}: ${show(c.old)} → ${show(c.new)}`);
}

export function printHistory(entries: HistoryEntry[], id: string, json: boolean): void {
  if (json) return void console.log(JSON.stringify(entries, null, 2));
  if (!entries.length) return void console.log(`no history for ${id}`);
  for (const e of entries) {
    console.log(`v${e.version}  ${e.at.toISOString()}  ${e.actor}  ${e.operation}`);
    for (const line of changeLines(e.changes, "    ")) console.log(line);
  }
}

function section(title: string, changes: ObjectChange[]): void {
  if (!changes.length) return;
  console.log(`${title}:`);
  for (const c of changes) {
    console.log(`  ${c.change.padEnd(7)} ${c.name} (${c.key})`);
    if (c.change === "CHANGED") for (const line of changeLines(c.changes, "      ")) console.log(line);
  }
}

export function printDiff(d: RecordDiff, slug: string, json: boolean): void {
  if (json) return void console.log(JSON.stringify(d, null, 2));
  console.log(`${slug}: changes from ${d.from.toISOString()} to ${d.to.toISOString()}`);
  const total = d.organization.length + d.processingActivities.length + d.recipients.length + d.storageLocations.length + d.securityMeasures.length;
  if (!total) return void console.log("no changes");
  if (d.organization.length) {
    console.log("organisation:");
    for (const line of changeLines(d.organization, "  ")) console.log(line);
  }
  section("processing activities", d.processingActivities);
  section("recipients", d.recipients);
  section("storage locations", d.storageLocations);
  section("security measures", d.securityMeasures);
}
