import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

// `datamap serve` in its own process, as it runs in production, for the workloads that measure it from outside.

export interface ServeProcess {
  server: ChildProcess;
  /** The GraphQL URL it printed once listening. */
  url: string;
  stop(): Promise<void>;
}

/** Starts the server on a random loopback port over `dbFile`; `env` adds to its environment. */
export async function startServe(dbFile: string, env: Record<string, string>): Promise<ServeProcess> {
  const bin = path.join(__dirname, "..", "..", "bin", "datamap.js");
  const server = spawn(process.execPath, [bin, "serve", "--db", dbFile, "--host", "127.0.0.1", "--port", "0"], {
    env: { ...process.env, DATAMAP_RATE_LIMIT: "100000000", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const stop = async () => {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  };
  const url = await new Promise<string>((resolve, reject) => {
    let seen = "";
    server.stdout!.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const m = /GraphQL and explorer at (\S+)/.exec(seen);
      if (m) resolve(m[1]);
      // The request log goes to stdout too: keep only the tail while waiting.
      if (seen.length > 100_000) seen = seen.slice(-1000);
    });
    server.on("exit", (code) => reject(new Error(`datamap serve exited with ${code} before listening`)));
  });
  return { server, url, stop };
}
