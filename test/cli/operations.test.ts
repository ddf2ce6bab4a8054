import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, cliEnv, count, removeDir, runCli, startServe, tempDir, ROOT } from "./run";

// Running the server as an operator does: a mistyped database, a port already taken, backups of a live database.

let dir: string;
beforeAll(() => {
  dir = tempDir("datamap-ops-");
});
afterAll(() => removeDir(dir));

const lines = (text: string) => text.split("\n").filter((l) => l.trim() !== "");

/** Holds a loopback port until released, as another program would. */
async function holdPort(): Promise<{ port: number; release(): Promise<void> }> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.address() as net.AddressInfo).port;
  return { port, release: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** `datamap serve` on a fixed port, run to its end (it only ends by itself when it cannot start). */
function serveOnce(db: string, port: number, extra: string[] = [], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "serve", "--db", db, "--host", "127.0.0.1", "--port", String(port), ...extra], { env: cliEnv(env), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const sha256 = (text: string) => crypto.createHash("sha256").update(text).digest("hex");

describe("datamap --version", () => {
  it("prints the package's version", async () => {
    const r = await runCli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version);
  });
});

describe("commands that only read refuse a database that is not there", () => {
  const cases: [string, string[]][] = [
    ["check", ["check", "--fail-on", "low"]],
    ["export", ["export", "ropa", "--org", "landups", "--format", "json"]],
    ["history", ["history", "T3JnYW5pemF0aW9uOjE"]],
    ["diff", ["diff", "--org", "landups", "--from", "2026-01-01"]],
    ["keys list", ["keys", "list"]],
    ["keys create", ["keys", "create", "--name", "ci", "--role", "VIEWER"]],
    ["backup", ["backup", "--out", "copy.db"]],
  ];
  for (const [name, args] of cases) {
    it(`${name}: exit 2, one line naming the file and how to create one, and no file made`, async () => {
      const typo = path.join(dir, `typo-${name.replace(/\W/g, "")}.db`);
      const r = await runCli(args, { cwd: dir, env: { DATAMAP_DB: typo } });
      expect(r.code, r.stderr).toBe(2);
      expect(lines(r.stderr)).toEqual([`datamap: no database at ${typo}: check --db or DATAMAP_DB, or create one with \`datamap migrate --db ${typo}\` (or \`datamap serve\`)`]);
      expect(r.stdout).toBe("");
      expect(fs.existsSync(typo)).toBe(false);
    });
  }

  it("migrate still creates one, and check then runs on it", async () => {
    const db = path.join(dir, "made.db");
    expect((await runCli(["migrate", "--db", db])).code).toBe(0);
    const r = await runCli(["check", "--db", db, "--fail-on", "low"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe("no findings");
  });
});

describe("a first start that cannot listen", () => {
  it("says why in one line, exits 1, stores no key, and the next start still lets the user in", async () => {
    const db = path.join(dir, "first.db");
    const held = await holdPort();
    let failed;
    try {
      failed = await serveOnce(db, held.port);
    } finally {
      await held.release();
    }
    expect(failed.code).toBe(1);
    expect(lines(failed.stderr)).toEqual([
      `datamap: port ${held.port} on 127.0.0.1 is already in use (EADDRINUSE): stop the program holding it, or choose another port with --port or PORT`,
    ]);
    expect(failed.stdout).not.toMatch(/dmk_/);
    expect(count(db, "api_keys")).toBe(0);

    const s = await startServe(["--db", db]);
    try {
      expect(s.token).toMatch(/^dmk_/);
      expect(s.stdout()).toContain("datamap keys create --name NAME --role ADMIN");
      const r = await fetch(s.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${s.token}` }, body: JSON.stringify({ query: "{ organizations { slug } }" }) });
      expect(r.status).toBe(200);
    } finally {
      s.child.kill("SIGTERM");
      await s.exited;
    }
  });

  it("with --workers 2, still one line and exit 1", async () => {
    const held = await holdPort();
    try {
      const r = await serveOnce(path.join(dir, "workers.db"), held.port, ["--workers", "2"]);
      expect(r.code).toBe(1);
      expect(lines(r.stderr)).toEqual([`datamap: port ${held.port} on 127.0.0.1 is already in use (EADDRINUSE): stop the program holding it, or choose another port with --port or PORT`]);
    } finally {
      await held.release();
    }
  });

  it("refuses bad settings in one line naming the variable and what was expected, before touching the database", async () => {
    const cases: [Record<string, string>, string][] = [
      [{ LOG_LEVEL: "verbose" }, 'datamap: LOG_LEVEL "verbose" is not valid; expected one of fatal, error, warn, info, debug, trace, silent'],
      [{ DATAMAP_RATE_LIMIT: "lots" }, 'datamap: DATAMAP_RATE_LIMIT "lots" is not valid; expected requests a minute, a whole number of at least 1'],
      [{ DATAMAP_CORS_ORIGINS: "https://a.example.org/path" }, 'datamap: DATAMAP_CORS_ORIGINS "https://a.example.org/path" is not valid; expected comma-separated origins such as https://dashboard.example.org (scheme, host and port only)'],
      [{ DATAMAP_ADMIN_TOKEN: "secret" }, 'datamap: DATAMAP_ADMIN_TOKEN "secret" is not valid; expected a datamap token (dmk_ followed by its characters), as `datamap keys create` prints'],
    ];
    for (const [env, message] of cases) {
      const db = path.join(dir, "settings.db");
      const r = await serveOnce(db, 0, [], env);
      expect(r.code, r.stderr).toBe(2);
      expect(lines(r.stderr)).toEqual([message]);
      expect(fs.existsSync(db)).toBe(false);
    }
  });
});

describe("output files", () => {
  it("an --out that cannot be written is one line, exit 2, and nothing is left behind", async () => {
    const db = path.join(dir, "out.db");
    expect((await runCli(["seed", "--db", db])).code).toBe(0);
    const blocker = path.join(dir, "a-file");
    fs.writeFileSync(blocker, "x");
    const out = path.join(blocker, "landups.json");
    const r = await runCli(["export", "ropa", "--org", "landups", "--format", "json", "--db", db, "--out", out]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`datamap: --out "${out}" cannot be written: a file stands where a folder is needed (EEXIST); nothing was written`]);
    const schema = await runCli(["schema", "--out", path.join(blocker, "schema.graphql")]);
    expect(schema.code).toBe(2);
    expect(lines(schema.stderr)).toHaveLength(1);
  });
});

describe("datamap backup", () => {
  it("copies a running server's database, recent changes included, and the copy restores to the same record", async () => {
    const live = path.join(dir, "live.db");
    const s = await startServe(["--db", live]);
    try {
      const gql = async (query: string, variables?: Record<string, unknown>) => {
        const r = await fetch(s.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${s.token}` }, body: JSON.stringify({ query, variables }) });
        return (await r.json()) as any;
      };
      const org = (await gql(`{ organization(slug: "landups") { id version } }`)).data.organization;
      const changed = await gql(`mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, expectedVersion: $v, input: { name: "Landups Backup Test Ltd" }) { organization { name } } }`, { id: org.id, v: org.version });
      expect(changed.data?.updateOrganization.organization.name, JSON.stringify(changed)).toBe("Landups Backup Test Ltd");

      const copy = path.join(dir, "backups", "copy.db");
      fs.mkdirSync(path.dirname(copy));
      const b = await runCli(["backup", "--db", live, "--out", copy]);
      expect(b.code, b.stderr).toBe(0);
      expect(b.stdout).toMatch(/backed up .* \(2 organisations/);
      expect(fs.existsSync(`${copy}-wal`)).toBe(false);

      // Restore as the README says: the copy alone, under a new name, is a whole database.
      const restored = path.join(dir, "restored.db");
      fs.copyFileSync(copy, restored);
      for (const slug of ["landups", "leanplans"]) {
        const a = await runCli(["export", "ropa", "--org", slug, "--format", "json", "--db", live]);
        const c = await runCli(["export", "ropa", "--org", slug, "--format", "json", "--db", restored]);
        expect(a.code, a.stderr).toBe(0);
        expect(c.code, c.stderr).toBe(0);
        expect(sha256(c.stdout)).toBe(sha256(a.stdout));
        if (slug === "landups") expect(c.stdout).toContain("Landups Backup Test Ltd");
      }

      const again = await runCli(["backup", "--db", live, "--out", copy]);
      expect(again.code).toBe(2);
      expect(lines(again.stderr)).toEqual([`datamap: --out "${copy}" already exists; choose a new file name (a backup never overwrites)`]);
    } finally {
      s.child.kill("SIGTERM");
      await s.exited;
    }
    // A clean shutdown folds the log back into the file, so the file alone is complete.
    expect(fs.existsSync(`${live}-wal`) ? fs.statSync(`${live}-wal`).size : 0).toBe(0);
  });
});
