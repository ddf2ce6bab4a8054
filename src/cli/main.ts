import "reflect-metadata";
import { Command, CommanderError } from "commander";
import { openDatabase, type Connection, type OpenOptions } from "../db/connection";
import { backupDatabase, BackupError } from "../db/backup";
import { historyOf, recordDiff } from "../modules/history/history.query.service";
import { printDiff, printHistory } from "./print";
import { checkCommands } from "./check";
import { ioCommands } from "./io-commands";
import { noticeCommands } from "./notice-commands";

const PACKAGE_VERSION: string = require("../../package.json").version;
import { defaultSeedDir, seedDatabase, seedSynthetic } from "../io/seed/seed";
import { printContract } from "../graphql/schema";
import { authService } from "../modules/auth/auth.service";
import { SYSTEM } from "../modules/context";
import { serve } from "./serve";
import { env, fail, parseInstant, usage, writeOutput } from "./exit";
import { writeTransaction } from "../db/busy";

const dbOption = () => env("DATAMAP_DB", "./data/datamap.db");

/** Commands that only read, or act on keys, refuse a database that is not there: a mistyped path must not pass as an empty one. */
const EXISTING: OpenOptions = { mustExist: true };

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
        const { token, key } = writeTransaction(conn.db, (tx) => authService.create(tx, { name: opts.name, role: opts.role, organizations: opts.org ?? null }));
        console.log(`datamap: created key "${key.name}" (${key.role}, ${key.organizations ? key.organizations.join(", ") : "all organisations"})`);
        console.log(token);
      }, EXISTING),
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
      }, EXISTING),
    );
  keys
    .command("revoke")
    .description("revoke a key; it stops working on its next request")
    .argument("<name>", "the key's name")
    .option("--db <file>", "SQLite database file (env DATAMAP_DB)", dbOption())
    .action((name: string, opts: { db: string }) =>
      withDatabase(opts.db, (conn) => {
        writeTransaction(conn.db, (tx) => authService.revoke(tx, name));
        console.log(`datamap: revoked key "${name}"`);
      }, EXISTING),
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

function withDatabase(file: string, work: (conn: Connection) => void, options: OpenOptions = {}): void {
  let conn: Connection | undefined;
  try {
    conn = openDatabase(file, options);
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
    .version(PACKAGE_VERSION, "-V, --version", "print the version")
    .showHelpAfterError();
  cli
    .command("serve")
    .description("migrate the database, seed it when empty, and serve GraphQL at /graphql")
    .option("--db <file>", "SQLite database file (env DATAMAP_DB)", dbOption())
    .option("--host <host>", "address to listen on (env HOST)", env("HOST", "127.0.0.1"))
    .option("--port <port>", "port to listen on, 0 for any free port (env PORT)", env("PORT", "4000"))
    .option("--seeds <dir>", "folder of seed files", defaultSeedDir())
    .option("--workers <n>", "server processes sharing the port, one per core to use (env DATAMAP_WORKERS)", env("DATAMAP_WORKERS", "1"))
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
    .action((id: string, opts: { db: string; json: boolean }) => withDatabase(opts.db, (conn) => printHistory(historyOf(conn.db, id, SYSTEM), id, opts.json), EXISTING));
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
      }, EXISTING),
    );
  cli
    .command("backup")
    .description("write a consistent copy of the database to a new file, safe while a server is running (copying the file alone is not: recent changes live in its -wal file)")
    .requiredOption("--out <file>", "the backup file to create; it must not exist yet")
    .option("--db <file>", "SQLite database file (env DATAMAP_DB)", dbOption())
    .action((opts: { out: string; db: string }) =>
      withDatabase(
        opts.db,
        (conn) => {
          const started = Date.now();
          let s;
          try {
            s = backupDatabase(conn, opts.out);
          } catch (err) {
            if (err instanceof BackupError) usage(err.message);
            throw err;
          }
          const mb = (s.bytes / 1024 / 1024).toFixed(1);
          console.log(`datamap: backed up ${opts.db} to ${s.file} (${s.organizations} organisations, ${mb} MB, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
          console.log(`datamap: to restore, stop the server and copy ${s.file} over ${opts.db}, removing ${opts.db}-wal and ${opts.db}-shm if they are there`);
        },
        EXISTING,
      ),
    );
  keysCommand(cli);
  checkCommands(cli, dbOption, PACKAGE_VERSION);
  ioCommands(cli, dbOption);
  noticeCommands(cli, dbOption, PACKAGE_VERSION);
  cli
    .command("schema")
    .description("print the GraphQL schema (SDL), or write it to a file")
    .option("--out <file>", "write to this file instead of standard output")
    .action((opts: { out?: string }) => {
      const sdl = printContract();
      if (!opts.out) return void process.stdout.write(sdl);
      writeOutput("--out", opts.out, sdl);
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
