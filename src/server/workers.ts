import cluster, { type Worker } from "node:cluster";
import type { Logger } from "pino";

// `datamap serve --workers N`: N processes share the port (node:cluster), each with its own connection to the
// same SQLite file (WAL lets readers run side by side; writers take turns). One process runs graphql-js on one
// core; this is how a server uses the others.

interface Listening {
  datamap: "listening";
  url: string;
}

interface Failed {
  datamap: "failed";
  reason: string;
}

const isListening = (m: unknown): m is Listening => typeof m === "object" && m !== null && (m as Listening).datamap === "listening";
const isFailed = (m: unknown): m is Failed => typeof m === "object" && m !== null && (m as Failed).datamap === "failed";

/** In a worker: tells the supervising process why it cannot serve, then ends once the message is out. */
export function reportFailure(reason: string): Promise<never> {
  return new Promise(() => {
    if (!process.send) process.exit(1);
    process.send({ datamap: "failed", reason } satisfies Failed, () => process.exit(1));
  });
}

/** In a worker: tells the supervising process where it listens. */
export function reportListening(url: string): void {
  process.send?.({ datamap: "listening", url } satisfies Listening);
}

export const isWorker = () => cluster.isWorker;

/**
 * In the primary: starts `count` workers (each runs this same command), resolves with their address once all
 * listen, replaces a worker that dies, and stops them all on `stop()`.
 */
export function superviseWorkers(count: number, logger: Logger): Promise<{ url: string; stop(): Promise<void> }> {
  let stopping = false;
  const live = new Set<Worker>();
  return new Promise((resolve, reject) => {
    let ready = 0;
    let reason = "";
    const start = (first: boolean) => {
      const worker = cluster.fork();
      live.add(worker);
      worker.on("message", (m: unknown) => {
        if (isFailed(m)) reason ||= m.reason;
        if (!isListening(m) || !first || ++ready < count) return;
        resolve({ url: m.url, stop });
      });
      worker.on("exit", (code, signal) => {
        live.delete(worker);
        if (stopping) return;
        if (ready < count) {
          // One failed to start (its reason is on stderr): stop the others rather than serve short-handed.
          void stop();
          return reject(new Error(reason || `a server process exited (${signal ?? `code ${code}`}) before listening`));
        }
        logger.error({ pid: worker.process.pid, code, signal }, "server worker died; starting another");
        start(false);
      });
    };
    const stop = async () => {
      stopping = true;
      await Promise.all(
        [...live].map((w) => new Promise<void>((done) => (w.isDead() ? done() : (w.once("exit", () => done()), w.process.kill("SIGTERM"))))),
      );
    };
    for (let i = 0; i < count; i++) start(true);
  });
}
