import pino, { type Logger } from "pino";
import { openDatabase, type Connection } from "../db/connection";
import { needsSeed, seedDatabase } from "../io/seed/seed";
import { authService } from "../modules/auth/auth.service";
import { SERVER_DEFAULTS, startServer } from "../server/http";
import { isLoopback } from "../server/security";
import { isWorker, reportListening, superviseWorkers } from "../server/workers";
import { env, fail, usage } from "./exit";

// `datamap serve`: the settings from the environment, the first key, and one or more server processes.

const MAX_WORKERS = 64;

/** Reads the server's security settings from the environment; a bad value is a usage error. */
function securityFromEnv(host: string) {
  const auth = env("DATAMAP_AUTH", "on");
  if (auth !== "on" && auth !== "off") usage(`DATAMAP_AUTH ${JSON.stringify(auth)} is not valid; expected on or off`);
  if (auth === "off" && !isLoopback(host)) {
    usage(`DATAMAP_AUTH=off is refused on ${host}: without API keys anyone who reaches the port could read and change the record; listen on 127.0.0.1 or keep authentication on`);
  }
  const rate = Number(env("DATAMAP_RATE_LIMIT", String(SERVER_DEFAULTS.rateLimitPerMinute)));
  if (!Number.isInteger(rate) || rate < 1) usage(`DATAMAP_RATE_LIMIT ${JSON.stringify(process.env.DATAMAP_RATE_LIMIT)} is not valid; expected requests a minute, a whole number of at least 1`);
  const introspection = env("DATAMAP_INTROSPECTION", "on");
  if (introspection !== "on" && introspection !== "off") usage(`DATAMAP_INTROSPECTION ${JSON.stringify(introspection)} is not valid; expected on or off`);
  const corsOrigins = env("DATAMAP_CORS_ORIGINS", "").split(",").map((o) => o.trim()).filter(Boolean);
  const cacheMb = Number(env("DATAMAP_RESPONSE_CACHE_MB", String(SERVER_DEFAULTS.responseCacheBytes / 1024 / 1024)));
  if (!Number.isInteger(cacheMb) || cacheMb < 0) usage(`DATAMAP_RESPONSE_CACHE_MB ${JSON.stringify(process.env.DATAMAP_RESPONSE_CACHE_MB)} is not valid; expected megabytes, a whole number (0 turns the response cache off)`);
  return { auth: auth as "on" | "off", rateLimitPerMinute: rate, corsOrigins, introspection: introspection === "on", responseCacheBytes: cacheMb * 1024 * 1024 };
}

/** The dashboard lives at / beside the GraphQL endpoint. */
const dashboardUrl = (graphqlUrl: string) => graphqlUrl.replace(/graphql$/, "");

/** What `datamap serve` is given on its command line. */
export interface ServeOptions {
  db: string;
  host: string;
  port: string;
  seeds: string;
  workers: string;
}

/** Stops the server (and closes what it holds) on SIGINT or SIGTERM, then exits 0. */
function onSignals(logger: Logger, close: () => Promise<void>): void {
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, "shutting down");
    close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

/** Migrates, seeds an empty database and makes the first key (once, in the primary), then serves in one or more processes. */
export async function serve(opts: ServeOptions): Promise<void> {
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) usage(`PORT ${JSON.stringify(opts.port)} is not valid; expected a whole number from 0 to 65535`);
  const workers = Number(opts.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > MAX_WORKERS) usage(`--workers ${JSON.stringify(opts.workers)} is not valid; expected a whole number from 1 to ${MAX_WORKERS}`);
  const security = securityFromEnv(opts.host);
  const logger = pino({ level: env("LOG_LEVEL", "info") });

  if (isWorker()) {
    let conn: Connection;
    try {
      conn = openDatabase(opts.db);
    } catch (err) {
      fail(err);
    }
    const running = await startServer(conn, { host: opts.host, port, logger, ...security });
    reportListening(running.url);
    return onSignals(logger, () => running.close().then(() => conn.close()));
  }

  let conn: Connection;
  let firstToken: string | undefined;
  try {
    conn = openDatabase(opts.db);
    if (needsSeed(conn)) {
      const summary = seedDatabase(conn, opts.seeds);
      logger.info({ loaded: summary.loaded, db: opts.db }, "seeded an empty database");
    }
    if (security.auth === "on" && authService.needsFirstKey(conn.db)) {
      const preset = process.env.DATAMAP_ADMIN_TOKEN;
      firstToken = conn.db.transaction((tx) => authService.createFirstAdmin(tx, preset || undefined));
      if (preset) firstToken = undefined;
    }
  } catch (err) {
    fail(err);
  }
  let url: string;
  if (workers === 1) {
    const running = await startServer(conn, { host: opts.host, port, logger, ...security });
    url = running.url;
    onSignals(logger, () => running.close().then(() => conn.close()));
  } else {
    conn.close();
    const pool = await superviseWorkers(workers, logger).catch((err: Error) => {
      console.error(`datamap: ${err.message}`);
      return process.exit(1);
    });
    url = pool.url;
    onSignals(logger, () => pool.stop());
  }
  if (firstToken) {
    console.log(`datamap: created the first API key (ADMIN). Its token is shown this once; keep it safe:`);
    console.log(`    ${firstToken}`);
    console.log(`datamap: open ${dashboardUrl(url)}#token=${firstToken} to use the dashboard with it`);
  }
  if (security.auth === "off") console.log("datamap: authentication is OFF (loopback only): every request acts as an administrator");
  if (workers > 1) console.log(`datamap: ${workers} server processes share the port`);
  // Last, so whoever waits for this line has already seen everything above it.
  console.log(`datamap: dashboard at ${dashboardUrl(url)}, GraphQL and explorer at ${url}`);
}
