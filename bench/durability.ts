import "./production";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeTransaction } from "../src/db/busy";
import { openDatabase, SYNCHRONOUS, type Synchronous } from "../src/db/connection";
import { seedDatabase } from "../src/io/seed/seed";
import { syntheticRecord } from "../src/io/synthetic";
import { activityWriteService } from "../src/modules/activity/activity.write.service";
import { importRecord, SEED_ACTOR } from "../src/modules/record/record.write";

// What synchronous=FULL costs against NORMAL on W5 (an import) and W6 (single updates), interleaved so machine load
// falls on both alike. `npm run bench:durability`; the figures go into bench/RESULTS.md by hand.

const ROUNDS = 3;
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

function once(mode: Synchronous, dir: string, round: number): { importMs: number; updateMs: number } {
  const conn = openDatabase(path.join(dir, `${mode}-${round}.db`), { synchronous: mode });
  try {
    seedDatabase(conn);
    const record = syntheticRecord({ slug: "enterprise", activities: 2_000, recipients: 400, seed: 42 });
    let t = process.hrtime.bigint();
    writeTransaction(conn.db, (tx) => importRecord(tx, record, { actor: SEED_ACTOR }));
    const importMs = ms(t);
    const target = conn.sqlite.prepare("select id, version from processing_activities where key = 'activity-1'").get() as { id: number; version: number };
    let version = target.version;
    const n = 500;
    t = process.hrtime.bigint();
    for (let i = 0; i < n; i++) writeTransaction(conn.db, (tx) => activityWriteService.update(tx, target.id, version++, { description: `edit ${i}` }, "bench"));
    return { importMs, updateMs: ms(t) / n };
  } finally {
    conn.close();
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "datamap-durability-"));
const results: Record<Synchronous, { importMs: number[]; updateMs: number[] }> = { FULL: { importMs: [], updateMs: [] }, NORMAL: { importMs: [], updateMs: [] } };
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of SYNCHRONOUS) {
      const r = once(mode, dir, round);
      results[mode].importMs.push(r.importMs);
      results[mode].updateMs.push(r.updateMs);
    }
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const mode of SYNCHRONOUS) {
  const r = results[mode];
  console.log(`${mode}: W5 import of 2,000 activities ${median(r.importMs).toFixed(0)} ms [${r.importMs.map((x) => x.toFixed(0)).join(", ")}]; W6 ${median(r.updateMs).toFixed(2)} ms an update (${Math.round(1000 / median(r.updateMs))}/s) [${r.updateMs.map((x) => x.toFixed(2)).join(", ")}]`);
}
console.log(`FULL / NORMAL: W5 ${(median(results.FULL.importMs) / median(results.NORMAL.importMs)).toFixed(2)}×, W6 ${(median(results.FULL.updateMs) / median(results.NORMAL.updateMs)).toFixed(2)}×`);
