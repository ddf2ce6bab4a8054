import pino, { type Logger } from "pino";
import { SERVER_BUSY_TIMEOUT_MS, writeTransaction } from "../db/busy";
import { openDatabase, type Connection } from "../db/connection";
import { needsSeed, seedDatabase } from "../io/seed/seed";
import { authService } from "../modules/auth/auth.service";
import { startServer, type DatamapServer, type ServerOptions } from "../server/http";
import { isWorker, reportFailure, reportListening, superviseWorkers } from "../server/workers";
import { fail, usage } from "./exit";
import { settingsFromEnv, SettingsError, type ServerSettings } from "./settings";

// `datamap serve`: the settings from the environment, the first key, and one or more server processes.

const MAX_WORKERS = 64;

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

/** One line for a port the server could not take: the cause and what to do about it. */
export function listenFailure(err: unknown, host: string, port: number): string {
  const code = (err as NodeJS.ErrnoException).code ?? "";
  const where = `${host}:${port}`;
  const fix: Record<string, string> = {
    EADDRINUSE: `port ${port} on ${host} is already in use (EADDRINUSE): stop the program holding it, or choose another port with --port or PORT`,
    EACCES: `not allowed to listen on ${where} (EACCES): ports below 1024 need privileges; choose a port from 1024 up with --port or PORT`,
    EADDRNOTAVAIL: `${host} is not an address of this machine (EADDRNOTAVAIL): set --host or HOST to one of its addresses, such as 127.0.0.1 or 0.0.0.0`,
    ENOTFOUND: `the host name ${host} cannot be resolved (ENOTFOUND): set --host or HOST to an address such as 127.0.0.1`,
    EAI_AGAIN: `the host name ${host} cannot be resolved now (EAI_AGAIN): set --host or HOST to an address such as 127.0.0.1`,
  };
  return fix[code] ?? `cannot listen on ${where}: ${(err as Error).message}`;
}

/** Starts one server process, or ends with one line saying why it could not listen. */
async function listenOrExit(conn: Connection, opts: ServerOptions): Promise<DatamapServer> {
  try {
    return await startServer(conn, opts);
  } catch (err) {
    const line = listenFailure(err, opts.host, opts.port);
    conn.close();
    // A worker hands its reason to the primary, which prints it once for all of them.
    if (isWorker()) return reportFailure(line);
    console.error(`datamap: ${line}`);
    return process.exit(1);
  }
}

/** Checks settings, migrates and seeds an empty database, listens, and only then makes the first key, so a failed start leaves no unseen token behind. */
export async function serve(opts: ServeOptions): Promise<void> {
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) usage(`PORT ${JSON.stringify(opts.port)} is not valid; expected a whole number from 0 to 65535`);
  const workers = Number(opts.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > MAX_WORKERS) usage(`--workers ${JSON.stringify(opts.workers)} is not valid; expected a whole number from 1 to ${MAX_WORKERS}`);
  let settings: ServerSettings;
  try {
    settings = settingsFromEnv(process.env, opts.host);
  } catch (err) {
    if (err instanceof SettingsError) usage(err.message);
    throw err;
  }
  const { security } = settings;
  const logger = pino({ level: settings.logLevel });
  const serverOptions: ServerOptions = { host: opts.host, port, logger, ...security };

  if (isWorker()) {
    let conn: Connection;
    try {
      conn = openDatabase(opts.db, { busyTimeoutMs: SERVER_BUSY_TIMEOUT_MS, synchronous: settings.synchronous });
    } catch (err) {
      fail(err);
    }
    const running = await listenOrExit(conn, serverOptions);
    reportListening(running.url);
    return onSignals(logger, () => running.close().then(() => conn.close()));
  }

  let conn: Connection;
  try {
    conn = openDatabase(opts.db, { busyTimeoutMs: SERVER_BUSY_TIMEOUT_MS, synchronous: settings.synchronous });
    if (needsSeed(conn)) {
      const summary = seedDatabase(conn, opts.seeds);
      logger.info({ loaded: summary.loaded, db: opts.db }, "seeded an empty database");
    }
  } catch (err) {
    fail(err);
  }
  let url: string;
  if (workers === 1) {
    const running = await listenOrExit(conn, serverOptions);
    url = running.url;
    onSignals(logger, () => running.close().then(() => conn.close()));
  } else {
    const pool = await superviseWorkers(workers, logger).catch((err: Error) => {
      console.error(`datamap: ${err.message}`);
      conn.close();
      return process.exit(1);
    });
    url = pool.url;
    onSignals(logger, () => pool.stop().then(() => conn.close()));
  }
  let firstToken: string | undefined;
  if (security.auth === "on" && authService.needsFirstKey(conn.db)) {
    firstToken = writeTransaction(conn.db, (tx) => authService.createFirstAdmin(tx, settings.adminToken));
    if (settings.adminToken) firstToken = undefined;
  }
  if (firstToken) {
    console.log(`datamap: created the first API key (ADMIN). Its token is shown this once; keep it safe:`);
    console.log(`    ${firstToken}`);
    console.log(`datamap: open ${dashboardUrl(url)}#token=${firstToken} to use the dashboard with it`);
    console.log(`datamap: lost it? \`datamap keys create --name NAME --role ADMIN --db ${opts.db}\` makes another`);
  }
  if (security.auth === "off") console.log("datamap: authentication is OFF (loopback only): every request acts as an administrator");
  if (workers > 1) console.log(`datamap: ${workers} server processes share the port`);
  // Last, so whoever waits for this line has already seen everything above it.
  console.log(`datamap: dashboard at ${dashboardUrl(url)}, GraphQL and explorer at ${url}`);
}
