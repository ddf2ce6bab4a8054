import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDir, runCli, startServe, tempDir } from "./run";

// `datamap serve --workers N`: several processes share the port and the database file, and all stop together.

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => removeDir(dir));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("datamap serve --workers", () => {
  it("answers from every worker, sees one worker's write in the others, and stops them all on SIGTERM", async () => {
    const s = await startServe(["--db", path.join(dir, "workers.db"), "--workers", "2"], { DATAMAP_AUTH: "off", LOG_LEVEL: "info", DATAMAP_RESPONSE_CACHE_MB: "0" });
    const post = async (query: string) => {
      const res = await fetch(s.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
      return (await res.json()) as { data?: any; errors?: unknown[] };
    };
    let pids: number[] = [];
    try {
      expect(s.stdout()).toContain("datamap: 2 server processes share the port");
      // Both workers read (and cache) the purposes first; the write then goes through one of them.
      for (let i = 0; i < 4; i++) expect((await post(`{ purposes { key } }`)).data.purposes.length).toBeGreaterThan(0);
      const created = await post(`mutation { createPurpose(input: { key: "marketing.workers_test", name: "Workers test" }) { purpose { key } } }`);
      expect(created.errors).toBeUndefined();
      for (let i = 0; i < 12; i++) {
        const r = await post(`{ purposes { key } }`);
        expect(r.data.purposes.map((p: { key: string }) => p.key)).toContain("marketing.workers_test");
      }
      const lines = s
        .stdout()
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .map((l) => JSON.parse(l));
      pids = [...new Set(lines.filter((l) => l.msg === "request").map((l) => l.pid as number))];
      expect(pids.length).toBe(2);
    } finally {
      s.child.kill("SIGTERM");
    }
    expect(await s.exited, s.stderr()).toEqual({ code: 0, signal: null });
    expect(pids.some(alive)).toBe(false);
  });

  it("refuses a worker count that is not a whole number from 1 to 64", async () => {
    for (const n of ["0", "65", "two"]) {
      const r = await runCli(["serve", "--db", path.join(dir, "never.db"), "--port", "0", "--workers", n]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--workers "${n}" is not valid; expected a whole number from 1 to 64`);
    }
  });
});
