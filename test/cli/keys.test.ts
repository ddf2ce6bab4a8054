import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDir, runCli, startServe, tempDir } from "./run";

// Keys from the command line, and how `serve` starts with authentication on, preset or off.
let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => removeDir(dir));

const ask = (url: string, token?: string) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: "{ organizations { slug } }" }),
  });

describe("datamap keys", () => {
  it("creates, lists and revokes keys; revocation stops a running server accepting the key", async () => {
    const db = path.join(dir, "keys.db");
    expect((await runCli(["seed", "--db", db])).code).toBe(0);
    const made = await runCli(["keys", "create", "--name", "dashboard", "--role", "VIEWER", "--org", "landups", "--db", db]);
    expect(made.code, made.stderr).toBe(0);
    const token = made.stdout.trim().split("\n").pop()!;
    expect(token).toMatch(/^dmk_[A-Za-z0-9_-]{43}$/);
    expect(made.stdout).toContain('created key "dashboard" (VIEWER, landups)');

    const list = await runCli(["keys", "list", "--db", db]);
    expect(list.stdout).toMatch(/^dashboard\tVIEWER\tlandups\tactive$/m);
    expect(list.stdout).not.toContain("dmk_");

    const s = await startServe(["--db", db]);
    try {
      const before = await ask(s.url, token);
      expect(((await before.json()) as any).data.organizations).toEqual([{ slug: "landups" }]);
      const revoked = await runCli(["keys", "revoke", "dashboard", "--db", db]);
      expect(revoked.code, revoked.stderr).toBe(0);
      expect((await ask(s.url, token)).status).toBe(401);
    } finally {
      s.child.kill("SIGTERM");
      await s.exited;
    }
    expect((await runCli(["keys", "list", "--db", db])).stdout).toMatch(/^dashboard\tVIEWER\tlandups\trevoked \S+$/m);
  });

  it("refuses bad key requests with a message and exit status", async () => {
    const db = path.join(dir, "bad-keys.db");
    await runCli(["seed", "--db", db]);
    const role = await runCli(["keys", "create", "--name", "x", "--role", "OWNER", "--db", db]);
    expect(role.code).toBe(2);
    expect(role.stderr).toContain('"OWNER"');
    const org = await runCli(["keys", "create", "--name", "x", "--role", "VIEWER", "--org", "nobody", "--db", db]);
    expect(org.code).toBe(1);
    expect(org.stderr).toContain('"nobody"');
    const admin = await runCli(["keys", "create", "--name", "x", "--role", "ADMIN", "--org", "landups", "--db", db]);
    expect(admin.code).toBe(2);
    await runCli(["keys", "create", "--name", "twice", "--role", "VIEWER", "--db", db]);
    const dup = await runCli(["keys", "create", "--name", "twice", "--role", "VIEWER", "--db", db]);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain("already exists");
    const missing = await runCli(["keys", "revoke", "ghost", "--db", db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('"ghost"');
  });
});

describe("datamap serve and authentication", () => {
  it("takes its first ADMIN key from DATAMAP_ADMIN_TOKEN without printing it", async () => {
    const preset = "dmk_" + "p".repeat(43);
    const s = await startServe(["--db", path.join(dir, "preset.db")], { DATAMAP_ADMIN_TOKEN: preset });
    try {
      expect(s.token).toBeUndefined();
      expect((await ask(s.url, preset)).status).toBe(200);
    } finally {
      s.child.kill("SIGTERM");
      await s.exited;
    }
  });

  it("runs without keys only on loopback, and says so", async () => {
    const s = await startServe(["--db", path.join(dir, "open.db")], { DATAMAP_AUTH: "off" });
    try {
      expect((await ask(s.url)).status).toBe(200);
    } finally {
      s.child.kill("SIGTERM");
      await s.exited;
    }
    const refused = await runCli(["serve", "--db", path.join(dir, "open.db"), "--host", "0.0.0.0", "--port", "0"], { env: { DATAMAP_AUTH: "off" } });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("DATAMAP_AUTH=off is refused on 0.0.0.0");
  });

  it("rejects unknown security settings by name", async () => {
    for (const [name, value] of [["DATAMAP_AUTH", "maybe"], ["DATAMAP_RATE_LIMIT", "fast"], ["DATAMAP_INTROSPECTION", "yes"]]) {
      const r = await runCli(["serve", "--db", path.join(dir, "x.db"), "--port", "0"], { env: { [name]: value } });
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toContain(name);
    }
  });
});
