import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/connection";
import { runStatement } from "../../src/db/raw";
import { liveMemo } from "../../src/modules/compliance/live-memo";
import { tempDir } from "../helpers/server";

// A memo computes once per organisation until any write moves the database's change stamp.
const conn = openDatabase(path.join(tempDir(), "memo.db"));
afterAll(() => conn.close());

describe("liveMemo", () => {
  it("computes once while nothing is written, again after a write, and keeps organisations and memos apart", () => {
    const memo = liveMemo<{ tag: string }>();
    const other = liveMemo<{ tag: string }>();
    let computed = 0;
    const compute = (tag: string) => () => (computed++, { tag });
    const a1 = memo(conn.db, 1, compute("a"));
    expect(memo(conn.db, 1, compute("a"))).toBe(a1);
    expect(memo(conn.db, 2, compute("b"))!.tag).toBe("b");
    expect(other(conn.db, 1, compute("x"))!.tag).toBe("x");
    expect(computed).toBe(3);
    runStatement(conn.db, "/* test.write */ insert into audit_log (at, actor, operation, entity_type, entity_id, version, changes) values ('2026-01-01T00:00:00Z', 't', 'UPDATE', 'Organization', 1, 1, '[]')");
    expect(memo(conn.db, 1, compute("a"))).not.toBe(a1);
    expect(computed).toBe(4);
  });

  it("does not keep a null answer", () => {
    const memo = liveMemo<string>();
    expect(memo(conn.db, 1, () => null)).toBeNull();
    expect(memo(conn.db, 1, () => "now")).toBe("now");
  });
});
