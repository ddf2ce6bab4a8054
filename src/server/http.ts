import { randomUUID } from "node:crypto";
import http from "node:http";
import { HeaderMap } from "@apollo/server";
import type { Logger } from "pino";
import type { Connection } from "../db/connection";
import type { Principal } from "../domain/principal";
import { maintenanceStore } from "../db/maintenance.store";
import { withStatementTally } from "../db/statement-counter";
import { createContext, type Context } from "../modules/context";
import { MAX_JSON_DEPTH, tooDeep } from "../io/json-file";
import { createApollo } from "./apollo";
import { WORK_LIMIT } from "./work-price";
import { TIME_BUDGET_MS } from "../modules/common/time-budget";
import { EXPLORER_PREFIX, explorerAsset, explorerPage } from "./explorer";
import { EXPORT_PREFIX, exportDownload } from "./exports";
import { ResponseCache, responseKey } from "./response-cache";
import { DASHBOARD_HEADERS, dashboardFile, dashboardPage } from "./web";
import { authenticateLimited, corsHeaders, EXPLORER_HEADERS, FailedAuthLimiter, RateLimiter, type SecurityOptions } from "./security";

export const MAX_BODY_BYTES = 1024 * 1024;

export interface ServerOptions extends SecurityOptions {
  host: string;
  port: number;
  logger: Logger;
  introspection: boolean;
  /** Memory for answers to pure queries reused until the database changes; 0 turns the cache off. */
  responseCacheBytes: number;
  /** Activities' worth of record work one request may ask for (server/work-price.ts). */
  workLimit: number;
  /** Milliseconds after which a request's remaining heavy fields are refused (modules/common/time-budget.ts). */
  timeBudgetMs: number;
}

/** Defaults for everything but host, port and logger: secure, and documented in the README. */
export const SERVER_DEFAULTS: Omit<ServerOptions, "host" | "port" | "logger"> = {
  auth: "on",
  rateLimitPerMinute: 600,
  authFailuresPerMinute: 30,
  corsOrigins: [],
  introspection: true,
  responseCacheBytes: 64 * 1024 * 1024,
  workLimit: WORK_LIMIT,
  timeBudgetMs: TIME_BUDGET_MS,
};

class BodyTooLarge extends Error {}

/** What the request log line needs to know about a request. */
interface RequestMeta {
  requestId: string;
  key?: string;
  /** SQL statements the request ran, for its log line. */
  sql?: number;
}

/** Statement counts tell how much data a query touched, so only administrators see them (a scoped key could tell hidden from missing). */
function statementHeader(res: http.ServerResponse, principal: Principal, meta: RequestMeta, count: number): void {
  meta.sql = count;
  if (principal.role === "ADMIN") res.setHeader("x-sql-statements", String(count));
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(c);
      // Drain the rest unread so the client gets the 413 rather than a reset connection.
      req.off("data", onData);
      req.resume();
      reject(new BodyTooLarge());
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": type, ...extra });
  res.end(body);
}

const jsonError = (message: string, code: string) => JSON.stringify({ errors: [{ message, extensions: { code } }] });

/** True when a person's browser asks for /graphql with no query: show the explorer instead of an error. */
function wantsExplorer(req: http.IncomingMessage, url: URL): boolean {
  return req.method === "GET" && !url.searchParams.has("query") && (req.headers.accept ?? "").includes("text/html");
}

/** The request's change stamp, or "" when it cannot be read: then the request runs uncached and meets the failure there. */
function readStamp(ctx: Context): string {
  try {
    return withStatementTally(ctx.tally, ctx.changeStamp);
  } catch {
    return "";
  }
}

export interface DatamapServer {
  server: http.Server;
  url: string;
  close(): Promise<void>;
}

export async function startServer(conn: Connection, opts: ServerOptions): Promise<DatamapServer> {
  const { logger } = opts;
  const apollo = createApollo({ introspection: opts.introspection, logger, workLimit: opts.workLimit });
  await apollo.start();
  const limiter = new RateLimiter(opts.rateLimitPerMinute);
  const failures = new FailedAuthLimiter(opts.authFailuresPerMinute);
  const cache = new ResponseCache(opts.responseCacheBytes);

  const graphql = async (req: http.IncomingMessage, res: http.ServerResponse, url: URL, meta: RequestMeta, cors: Record<string, string>) => {
    const auth = await authenticateLimited(conn.db, req, opts, failures);
    if (!auth.ok) return send(res, auth.status, "application/json", jsonError(auth.message, auth.code), { ...cors, ...auth.headers });
    meta.key = auth.principal.name;
    const wait = await limiter.take(auth.principal.name);
    if (wait > 0) {
      return send(res, 429, "application/json", jsonError(`rate limit of ${opts.rateLimitPerMinute} requests a minute reached for this key; retry in ${wait} s`, "RATE_LIMITED"), {
        ...cors,
        "retry-after": String(wait),
      });
    }
    let raw = "";
    try {
      raw = await readBody(req);
    } catch (err) {
      if (err instanceof BodyTooLarge) {
        return send(res, 413, "application/json", jsonError(`request body over ${MAX_BODY_BYTES} bytes`, "PAYLOAD_TOO_LARGE"), { ...cors, connection: "close" });
      }
      throw err;
    }
    const ctx = createContext(conn.db, { principal: auth.principal, requestId: meta.requestId, timeBudgetMs: opts.timeBudgetMs });
    const method = req.method ?? "GET";
    let key = "";
    let stamp = "";
    if (cache.enabled) stamp = readStamp(ctx);
    if (stamp) {
      const h = (name: string) => String(req.headers[name] ?? "");
      key = responseKey(auth.principal, { method, search: url.search, contentType: h("content-type"), accept: h("accept"), preflight: h("apollo-require-preflight") + "|" + h("x-apollo-operation-name"), body: raw });
      const hit = cache.get(key, stamp);
      if (hit) {
        res.statusCode = hit.status;
        for (const [k, v] of hit.headers) res.setHeader(k, v);
        for (const [k, v] of Object.entries(cors)) res.setHeader(k, v);
        statementHeader(res, auth.principal, meta, ctx.tally.count);
        res.setHeader("x-datamap-cache", "hit");
        return res.end(hit.body);
      }
    }
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
    let body: unknown = raw;
    if ((headers.get("content-type") ?? "").startsWith("application/json") && raw.length) {
      if (tooDeep(raw) >= 0) return send(res, 400, "application/json", jsonError(`request body nested more than ${MAX_JSON_DEPTH} levels deep; expected a GraphQL request, which nests far less`, "BAD_REQUEST"), cors);
      try {
        body = JSON.parse(raw);
      } catch (err) {
        return send(res, 400, "application/json", jsonError(`request body is not valid JSON: ${(err as Error).message}`, "BAD_REQUEST"), cors);
      }
    }
    const result = await withStatementTally(ctx.tally, () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method, headers, search: url.search, body },
        context: async () => ctx,
      }),
    );
    res.statusCode = result.status ?? 200;
    for (const [k, v] of result.headers) res.setHeader(k, v);
    for (const [k, v] of Object.entries(cors)) res.setHeader(k, v);
    statementHeader(res, auth.principal, meta, ctx.tally.count);
    if (result.body.kind === "complete") {
      if (stamp && ctx.reuse.allowed && res.statusCode === 200) cache.set(key, stamp, { status: 200, headers: [...result.headers], body: result.body.string });
      return res.end(result.body.string);
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse, meta: RequestMeta) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    res.setHeader("x-request-id", meta.requestId);
    res.setHeader("x-content-type-options", "nosniff");
    if (url.pathname === "/healthz") {
      maintenanceStore.ping(conn.db);
      return send(res, 200, "application/json", JSON.stringify({ status: "ok" }));
    }
    if (url.pathname.startsWith(EXPLORER_PREFIX) && req.method === "GET") {
      const asset = explorerAsset(url.pathname.slice(EXPLORER_PREFIX.length));
      return asset
        ? send(res, 200, asset.type, asset.body, { "cache-control": "public, max-age=3600", ...EXPLORER_HEADERS })
        : send(res, 404, "text/plain", "not found");
    }
    if (url.pathname.startsWith(EXPORT_PREFIX)) return exportDownload(conn.db, req, res, url, opts, { limiter, failures }, (key) => (meta.key = key));
    if (url.pathname !== "/graphql" && req.method === "GET") {
      const file = dashboardFile(url.pathname);
      if (file) return send(res, 200, file.type, file.body, { "cache-control": file.immutable ? "public, max-age=31536000, immutable" : "public, max-age=3600" });
      if ((req.headers.accept ?? "").includes("text/html")) {
        const page = dashboardPage();
        if (!page) return send(res, 503, "text/plain; charset=utf-8", "The dashboard has not been built: run `npm run build`. GraphQL is at /graphql.");
        return send(res, 200, "text/html; charset=utf-8", page, { "cache-control": "no-cache", ...DASHBOARD_HEADERS });
      }
    }
    if (url.pathname !== "/graphql") return send(res, 404, "application/json", jsonError(`no route ${url.pathname}; GraphQL is at /graphql`, "NOT_FOUND"));
    const cors = corsHeaders(req, opts);
    if (req.method === "OPTIONS") {
      res.writeHead(Object.keys(cors).length ? 204 : 403, cors);
      return res.end();
    }
    if (wantsExplorer(req, url)) return send(res, 200, "text/html; charset=utf-8", explorerPage(), EXPLORER_HEADERS);
    return graphql(req, res, url, meta, cors);
  };

  const server = http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    const meta: RequestMeta = { requestId: randomUUID() };
    const { requestId } = meta;
    res.on("finish", () => {
      logger.info(
        {
          requestId,
          method: req.method,
          path: (req.url ?? "").split("?")[0],
          status: res.statusCode,
          key: meta.key,
          ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
          sql: meta.sql ?? 0,
          cached: res.getHeader("x-datamap-cache") === "hit" || undefined,
        },
        "request",
      );
    });
    handle(req, res, meta).catch((err) => {
      logger.error({ requestId, err }, "request failed");
      if (!res.headersSent) send(res, 500, "application/json", jsonError(`internal error; quote request id ${requestId} when reporting it`, "INTERNAL_SERVER_ERROR"));
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : opts.port;
  const hostForUrl = opts.host.includes(":") ? `[${opts.host}]` : opts.host;
  return {
    server,
    url: `http://${hostForUrl}:${port}/graphql`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}
