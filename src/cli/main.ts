import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { Command, CommanderError } from "commander";
import pino from "pino";
import { DatabaseOpenError, openDatabase, type Connection } from "../db/connection";
import { historyOf, recordDiff } from "../modules/history/history.query.service";
import { printDiff, printHistory } from "./print";
import { SeedError } from "../io/seed/errors";
import { defaultSeedDir, needsSeed, seedDatabase } from "../io/seed/seed";
import { printContract } from "../graphql/schema";
import { startServer } from "../server/http";

const env = (name: string, fallback: string) => process.env[name] || fallback;
const dbOption = () => env("DATAMAP_DB", "./data/datamap.db");

/** Errors people can act on are printed as one message and exit 1; anything else keeps its stack. */
function fail(err: unknown): never {
  if (err instanceof SeedError) console.error(`datamap: seed data rejected, nothing was written:\n${err.message}`);
  else if (err instanceof DatabaseOpenError) console.error(`datamap: ${err.message}`);
  else throw err;
  process.exit(1);
}

async function serve(opts: { db: string; host: string; port: string; seeds: string }) {
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`datamap: PORT ${JSON.stringify(opts.port)} is not valid; expected a whole number from 0 to 65535`);
    process.exit(2);
  }
  const logger = pino({ level: env("LOG_LEVEL", "info") });
  let conn;
  try {
    conn = openDatabase(opts.db);
    if (needsSeed(conn)) {
      const summary = seedDatabase(conn, opts.seeds);
      logger.info({ loaded: summary.loaded, db: opts.db }, "seeded an empty database");
    }
  } catch (err) {
    fail(err);
  }
  const running = await startServer(conn, { host: opts.host, port, logger });
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
    .action((opts: { db: string; seeds: string; reset: boolean }) => {
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
    .action((id: string, opts: { db: string; json: boolean }) => withDatabase(opts.db, (conn) => printHistory(historyOf(conn.db, id), id, opts.json)));
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
        const diff = recordDiff(conn.db, opts.org, parseInstant("--from", opts.from), opts.to ? parseInstant("--to", opts.to) : undefined);
        if (!diff) usage(`--org ${JSON.stringify(opts.org)}: no organisation has that slug`);
        printDiff(diff, opts.org, opts.json);
      }),
    );
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
