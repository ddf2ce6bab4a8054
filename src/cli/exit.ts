import { GraphQLError } from "graphql";
import fs from "node:fs";
import path from "node:path";
import { DatabaseOpenError, MissingDatabaseError, openDatabase, type Connection, type OpenOptions } from "../db/connection";
import { isBusy } from "../db/busy";
import { isCalendarDate } from "../domain/calendar";
import { SeedError } from "../io/seed/errors";

// How the CLI ends when something is wrong: usage errors exit 2, problems people can act on exit 1.

export const env = (name: string, fallback: string) => process.env[name] || fallback;

/** A usage error: message on stderr, exit 2. */
export function usage(message: string): never {
  console.error(`datamap: ${message}`);
  process.exit(2);
}

/** Opens the database file, or ends with a usage error saying why it cannot be opened. */
export function openOrExit(file: string, options: OpenOptions = {}): Connection {
  try {
    return openDatabase(file, options);
  } catch (err) {
    if (err instanceof DatabaseOpenError) usage(err.message);
    throw err;
  }
}

/** Writes an output file all or nothing (a temporary file beside it, renamed over it); a path that cannot be written is one line, exit 2. */
export function writeOutput(option: string, file: string, data: string | Uint8Array): void {
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, file);
  } catch (err) {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // The folder could not be made: there is no temporary file to remove.
    }
    const e = err as NodeJS.ErrnoException;
    usage(`${option} ${JSON.stringify(file)} cannot be written: ${e.code ? `${describeErrno(e.code)} (${e.code})` : e.message}; nothing was written`);
  }
}

/** Plain words for the file-system errors people meet when naming an output file. */
function describeErrno(code: string): string {
  const words: Record<string, string> = {
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    EISDIR: "it is a folder",
    ENOTDIR: "a part of the path is not a folder",
    EROFS: "the file system is read-only",
    ENOSPC: "no space left on the device",
    ENOENT: "the folder does not exist",
    EEXIST: "a file stands where a folder is needed",
  };
  return words[code] ?? "the system refused";
}

/** The value if it is one of `allowed`, else a usage error naming the option, the value and the choices. */
export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) usage(`${option} ${JSON.stringify(value)} is not valid; expected one of ${allowed.join(", ")}`);
  return value as T;
}

/** A date (its start, UTC) or an instant given to an option, or a usage error naming the option and the value. */
export function parseInstant(option: string, value: string): Date {
  const d = new Date(value);
  if (!isCalendarDate(value.slice(0, 10)) || Number.isNaN(d.getTime())) usage(`${option} ${JSON.stringify(value)} is not a date; expected 2026-03-01 or 2026-03-01T09:00:00Z`);
  return d;
}

/** Exit code for "try again later" (sysexits EX_TEMPFAIL): the database was busy, nothing was written. */
export const EXIT_BUSY = 75;

/** Another process held the write lock for longer than a command waits: one line, nothing written, exit 75 so scripts can retry. */
export function busyExit(): never {
  console.error("datamap: the database is busy: another process (such as a running server or import) is writing to it; nothing was written, run the command again");
  process.exit(EXIT_BUSY);
}

/** Errors people can act on are printed as one message and exit 1; anything else keeps its stack. */
export function fail(err: unknown): never {
  if (isBusy(err)) busyExit();
  if (err instanceof MissingDatabaseError) usage(err.message);
  if (err instanceof SeedError) console.error(`datamap: seed data rejected, nothing was written:\n${err.message}`);
  else if (err instanceof DatabaseOpenError) console.error(`datamap: ${err.message}`);
  else if (err instanceof GraphQLError) {
    console.error(`datamap: ${err.message}`);
    process.exit(err.extensions.code === "BAD_USER_INPUT" ? 2 : 1);
  } else throw err;
  process.exit(1);
}
