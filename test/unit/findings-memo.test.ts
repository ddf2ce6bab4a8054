import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/connection";
import { runStatement } from "../../src/db/raw";
import { memoJudgement } from "../../src/modules/compliance/findings-memo";
import { tempDir } from "../helpers/server";

// The memo judges once per organisation until any write moves the database's change stamp.
const conn = openDatabase(path.join(tempDir(), "memo.db"));
afterAll(() => conn.close());

describe("memoJudgement", () => {
  it("judges once while nothing is written, again after a write, and keeps organisations apart", () => {
    let judged = 0;
    const judge = (tag: string) => () => (judged++, { findings: [], subjects: [[tag, tag] as const] });
    const a1 = memoJudgement(conn.db, 1, judge("a"));
    expect(memoJudgement(conn.db, 1, judge("a"))).toBe(a1);
    expect(memoJudgement(conn.db, 2, judge("b"))!.subjects[0][0]).toBe("b");
    expect(judged).toBe(2);
    runStatement(conn.db, "/* test.write */ insert into audit_log (at, actor, operation, entity_type, entity_id, version, changes) values ('2026-01-01T00:00:00Z', 't', 'UPDATE', 'Organization', 1, 1, '[]')");
    expect(memoJudgement(conn.db, 1, judge("a"))).not.toBe(a1);
    expect(judged).toBe(3);
  });
});
