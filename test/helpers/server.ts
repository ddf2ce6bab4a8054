import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { SERVER_BUSY_TIMEOUT_MS } from "../../src/db/busy";
import { openDatabase, type Connection } from "../../src/db/connection";
import { seedDatabase } from "../../src/io/seed/seed";
import { SERVER_DEFAULTS, startServer, type DatamapServer, type ServerOptions } from "../../src/server/http";

export interface GqlResult<T = any> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  statements: number;
}

export interface TestServer {
  url: string;
  conn: Connection;
  dir: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export function tempDir(prefix = "datamap-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A real server on a random loopback port over a fresh temporary database, seeded unless told otherwise. */
export async function startTestServer(
  opts: {
    seed?: boolean;
    prepare?: (conn: Connection) => void;
    security?: Partial<Omit<ServerOptions, "host" | "port" | "logger">>;
    /** Collects the server's JSON log lines when given. */
    log?: string[];
  } = {},
): Promise<TestServer> {
  const dir = tempDir();
  // The server's own lock wait, as `datamap serve` opens it.
  const conn = openDatabase(path.join(dir, "test.db"), { busyTimeoutMs: SERVER_BUSY_TIMEOUT_MS });
  if (opts.seed !== false) seedDatabase(conn);
  opts.prepare?.(conn);
  // Authentication is off unless a test asks for it: most tests are about the record, not about keys.
  const server: DatamapServer = await startServer(conn, {
    ...SERVER_DEFAULTS,
    auth: "off",
    rateLimitPerMinute: 100_000,
    ...opts.security,
    host: "127.0.0.1",
    port: 0,
    logger: opts.log ? pino({ level: "info" }, { write: (line: string) => void opts.log!.push(line) }) : pino({ level: "silent" }),
  });
  return {
    url: server.url,
    conn,
    dir,
    async gql(query, variables, token) {
      const res = await fetch(server.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/graphql-response+json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, headers: res.headers, body: (await res.json()) as GqlResult["body"], statements: Number(res.headers.get("x-sql-statements")) };
    },
    async close() {
      await server.close();
      conn.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Asserts a response has no errors and returns its data. */
export function dataOf<T>(r: GqlResult<T>): T {
  if (r.body.errors?.length) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(r.body.errors)}`);
  return r.body.data as T;
}
