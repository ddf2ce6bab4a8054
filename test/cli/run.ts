import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

// Helpers for the CLI tests: the real compiled binary (built by test/global-setup.ts), real SQLite files.

export const ROOT = path.resolve(__dirname, "..", "..");
export const BIN = path.join(ROOT, "bin", "datamap.js");
export const SEEDS = path.join(ROOT, "seeds");

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The environment the binary sees: no inherited DATAMAP_DB/PORT/HOST, quiet logs, then what the test gives. */
export function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "silent" };
  delete env.DATAMAP_DB;
  delete env.PORT;
  delete env.HOST;
  return { ...env, ...extra };
}

/** Runs `node bin/datamap.js ...args` to completion. */
export function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? os.tmpdir(), env: cliEnv(opts.env), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

export function tempDir(prefix = "datamap-cli-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir: string | undefined): void {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

/** Opens a database file read-only, runs fn and closes it again. */
export function withDb<T>(file: string, fn: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

export function count(file: string, table: string): number {
  return withDb(file, (db) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n);
}

export interface Served {
  child: ChildProcess;
  url: string;
  /** The first ADMIN token, printed only when the server had to create it. */
  token?: string;
  stderr: () => string;
  /** Everything printed so far, the request log lines included when LOG_LEVEL lets them through. */
  stdout: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `datamap serve --port 0` and resolves once it prints the address it listens on. */
export function startServe(args: string[], env: Record<string, string> = {}): Promise<Served> {
  const child = spawn(process.execPath, [BIN, "serve", "--port", "0", "--host", "127.0.0.1", ...args], {
    cwd: os.tmpdir(),
    env: cliEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    child.stderr!.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    child.stdout!.setEncoding("utf8").on("data", (c: string) => {
      stdout += c;
      const m = /^datamap: dashboard at \S+, GraphQL and explorer at (http:\/\/127\.0\.0\.1:(\d+)\/graphql)$/m.exec(stdout);
      if (m) resolve({ child, url: m[1], token: /^ {4}(dmk_\S+)$/m.exec(stdout)?.[1], stderr: () => stderr, stdout: () => stdout, exited });
    });
    child.on("error", reject);
    void exited.then(({ code, signal }) =>
      reject(new Error(`datamap serve exited (code ${code}, signal ${signal}) before listening.\nstdout: ${stdout}\nstderr: ${stderr}`)),
    );
  });
}
