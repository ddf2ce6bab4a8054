import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { Command, CommanderError } from "commander";
import pino from "pino";
import { DatabaseOpenError, openDatabase, type Connection } from "../db/connection";
import { historyOf, recordDiff } from "../modules/history/history.query.service";
import { printDiff, printHistory } from "./print";
import { checkCommands } from "./check";
import { ioCommands } from "./io-commands";

const PACKAGE_VERSION: string = require("../../package.json").version;
import { SeedError } from "../io/seed/errors";
import { defaultSeedDir, needsSeed, seedDatabase, seedSynthetic } from "../io/seed/seed";
import { printContract } from "../graphql/schema";
import { GraphQLError } from "graphql";
import { authService } from "../modules/auth/auth.service";
import { SYSTEM } from "../graphql/context";
import { SERVER_DEFAULTS, startServer } from "../server/http";
import { isLoopback } from "../server/security";

const env = (name: string, fallback: string) => process.env[name] || fallback;
const dbOption = () => env("DATAMAP_DB", "./data/datamap.db");

/** Errors people can act on are printed as one message and exit 1; anything else keeps its stack. */
function fail(err: unknown): never {
  if (err instanceof SeedError) console.error(`datamap: seed data rejected, nothing was written:\n${err.message}`);
  else if (err instanceof DatabaseOpenError) console.error(`datamap: ${err.message}`);
  else if (err instanceof GraphQLError) {
    console.error(`datamap: ${err.message}`);
    process.exit(err.extensions.code === "BAD_USER_INPUT" ? 2 : 1);
  } else throw err;
  process.exit(1);
}

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

async function serve(opts: { db: string; host: string; port: string; seeds: string }) {
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) usage(`PORT ${JSON.stringify(opts.port)} is not valid; expected a whole number from 0 to 65535`);
  const security = securityFromEnv(opts.host);
  const logger = pino({ level: env("LOG_LEVEL", "info") });
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
  const running = await startServer(conn, { host: opts.host, port, logger, ...security });
  if (firstToken) {
    console.log(`datamap: created the first API key (ADMIN). Its token is shown this once; keep it safe:`);
    console.log(`    ${firstToken}`);
    console.log(`datamap: open ${running.url}#token=${firstToken} to use the explorer with it`);
  }
  if (security.auth === "off") console.log("datamap: authentication is OFF (loopback only): every request acts as an administrator");
  // Last, so whoever waits for this line has already seen everything above it.
  console.log(`datamap: GraphQL and explorer at ${running.url}`);
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, "shutting down");
    running
      .close()
      .then(() => conn.close())
      .then(() => process.exit(0), () => process.exit(1));
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

function keysCommand(cli: Command): void {
  const keys = cli.command("keys").description("manage API keys (roles VIEWER, EDITOR, ADMIN)");
  keys
    .command("create")
    .description("create a key and print its token (shown only this once)")
    .requiredOption("--name <name>", "a unique name; it is recorded as the author of changes")
    .requiredOption("--role <role>", "VIEWER (read), EDITOR (read and change), ADMIN (also keys and organisations)")
    .option("--org <slug...>", "limit the key to these organisations (not for ADMIN)")
    .option("--db <file>", "SQLite database file (env DATAMAP_DB)", dbOption())
    .action((opts: { name: string; role: string; org?: string[]; db: string }) =>
      withDatabase(opts.db, (conn) => {
        const { token, key } = conn.db.transaction((tx) => authService.create(tx, { name: opts.name, role: opts.role, organizations: opts.org ?? null }));
        console.log(`datamap: created key "${key.name}" (${key.role}, ${key.organizations ? key.organizations.join(", ") : "all organisations"})`);
        console.log(token);
      }),
    );
  keys
    .command("list")
    .description("list keys with their role, scope and state (never their tokens)")
    .option("--db <file>", "SQLite database file (env DATAMAP_DB)", dbOption())
    .action((opts: { db: string }) =>
      withDatabase(opts.db, (conn) => {
        for (const k of authService.list(conn.db)) {
          const state = k.revokedAt ? `revoked ${k.revokedAt}` : "active";
          console.log(`${k.name}\t${k.role}\t${k.organizations ? k.organizations.join(",") : "all"}\t${state}`);
        }
      }),
    );
  keys
    .command("revoke")
    .description("revoke a key; it stops working on its next request")
    .argument("<name>", "the key's name")
    .option("--db <file>", "SQLite database file (env DATAMAP_DB)", dbOption())
    .action((name: string, opts: { db: string }) =>
      withDatabase(opts.db, (conn) => {
        conn.db.transaction((tx) => authService.revoke(tx, name));
        console.log(`datamap: revoked key "${name}"`);
      }),
    );
}

function seedSyntheticCommand(opts: { db: string; seeds: string; org: string; activities: string; recipients: string; seed: string }): void {
  const count = (name: string, value: string, min: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > 1_000_000) usage(`--${name} ${JSON.stringify(value)} is not valid; expected a whole number from ${min} to 1000000`);
    return n;
  };
  const options = { slug: opts.org, activities: count("activities", opts.activities, 0), recipients: count("recipients", opts.recipients, 1), seed: count("seed", opts.seed, 0) };
  withDatabase(opts.db, (conn) => {
    const s = seedSynthetic(conn, options, opts.seeds);
    console.log(`datamap: made synthetic organisation ${s.slug} with ${s.activities} processing activities (seed ${options.seed})`);
  });
}

/** A usage error: message on stderr, exit 2. */
function usage(message: string): never {
  console.error(`datamap: ${message}`);
  process.exit(2);
}

function parseInstant(option: string, value: string): Date {
  const d = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(d.getTime())) usage(`${option} ${JSON.stringify(value)} is not a date; expected 2026-03-01 or 2026-03-01T09:00:00Z`);
  return d;
}

function withDatabase(file: string, work: (conn: Connection) => void): void {
  let conn: Connection | undefined;
  try {
    conn = openDatabase(file);
    work(conn);
  } catch (err) {
    fail(err);
  } finally {
    conn?.close();
  }
}

export function program(): Command {
  const cli = new Command("datamap")
    .description("A GraphQL record of processing activities and vendor registry (GDPR Art 30, PIPL, PDPO, CCPA).")
    .showHelpAfterError();
  cli
    .command("serve")
    .description("migrate the database, seed it when empty, and serve GraphQL at /graphql")
    .option("--db <file>", "SQLite database file (env DATAMAP_DB)", dbOption())
    .option("--host <host>", "address to listen on (env HOST)", env("HOST", "127.0.0.1"))
    .option("--port <port>", "port to listen on, 0 for any free port (env PORT)", env("PORT", "4000"))
    .option("--seeds <dir>", "folder of seed files", defaultSeedDir())
    .action(serve);
  cli
    .command("migrate")
    .description("create the database or bring it up to the current schema")
    .option("--db <file>", "SQLite database file (env DATAMAP_DB)", dbOption())
    .action((opts: { db: string }) => {
      try {
        openDatabase(opts.db).close();
      } catch (err) {
        fail(err);
      }
      console.log(`datamap: ${opts.db} is up to date`);
    });
  cli
    .command("seed")
    .description("load the reference data and the seed organisations not yet present")
    .option("--db <file>", "SQLite database file (env DATAMAP_DB)", dbOption())
    .option("--seeds <dir>", "folder of seed files", defaultSeedDir())
    .option("--reset", "delete everything first, then load the seeds afresh", false)
    .option("--synthetic", "instead of the seed organisations, make a synthetic one (for load tests)", false)
    .option("--org <slug>", "with --synthetic: the organisation's slug", "synthetic")
    .option("--activities <n>", "with --synthetic: number of processing activities", "100")
    .option("--recipients <n>", "with --synthetic: number of recipients", "20")
    .option("--seed <n>", "with --synthetic: random seed; the same seed gives the same record", "1")
    .action((opts: { db: string; seeds: string; reset: boolean; synthetic: boolean; org: string; activities: string; recipients: string; seed: string }) => {
      if (opts.synthetic) return seedSyntheticCommand(opts);
      try {
        const conn = openDatabase(opts.db);
        const s = seedDatabase(conn, opts.seeds, { reset: opts.reset });
        conn.close();
        const r = s.reference;
        console.log(
          `datamap: reference data: ${r.countries} countries, ${r.categories} data categories, ${r.purposes} purposes, ${r.legalBases} legal bases`,
        );
        console.log(`datamap: loaded ${s.loaded.join(", ") || "no organisation"}${s.skipped.length ? `; already present: ${s.skipped.join(", ")}` : ""}`);
      } catch (err) {
        fail(err);
      }
    });
  cli
    .command("history")
    .description("print every change to an object, newest first")
    .argument("<id>", "global id of the object, as the API gives it")
    .option("--db <file>", "SQLite database file (env DATAMAP_DB)", dbOption())
    .option("--json", "print JSON instead of text", false)
    .action((id: string, opts: { db: string; json: boolean }) => withDatabase(opts.db, (conn) => printHistory(historyOf(conn.db, id, SYSTEM), id, opts.json)));
  cli
    .command("diff")
    .description("print what changed in an organisation's record between two instants")
    .requiredOption("--org <slug>", "the organisation")
    .requiredOption("--from <date>", "start: a date (2026-03-01) or an instant (2026-03-01T09:00:00Z)")
    .option("--to <date>", "end; now when left out")
    .option("--db <file>", "SQLite database file (env DATAMAP_DB)", dbOption())
    .option("--json", "print JSON instead of text", false)
    .action((opts: { org: string; from: string; to?: string; db: string; json: boolean }) =>
      withDatabase(opts.db, (conn) => {
        const diff = recordDiff(conn.db, opts.org, parseInstant("--from", opts.from), opts.to ? parseInstant("--to", opts.to) : undefined, SYSTEM);
        if (!diff) usage(`--org ${JSON.stringify(opts.org)}: no organisation has that slug`);
        printDiff(diff, opts.org, opts.json);
      }),
    );
  keysCommand(cli);
  checkCommands(cli, dbOption, PACKAGE_VERSION);
  ioCommands(cli, dbOption);
  cli
    .command("schema")
    .description("print the GraphQL schema (SDL), or write it to a file")
    .option("--out <file>", "write to this file instead of standard output")
    .action((opts: { out?: string }) => {
      const sdl = printContract();
      if (!opts.out) return void process.stdout.write(sdl);
      fs.mkdirSync(path.dirname(opts.out), { recursive: true });
      fs.writeFileSync(opts.out, sdl);
      console.log(`datamap: schema written to ${opts.out}`);
    });
  return cli;
}

export function main(argv: string[]): void {
  program()
    .exitOverride((err: CommanderError) => process.exit(err.exitCode === 1 && err.code !== "commander.helpDisplayed" ? 2 : err.exitCode))
    .parseAsync(argv)
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
