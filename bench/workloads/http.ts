import fs from "node:fs";
import autocannon from "autocannon";
import { startServe } from "./serve";

// W7: the dashboard page over loopback against `datamap serve` in its own process, as it runs in production.

/** Peak resident memory of a process, from Linux's /proc (VmHWM); null elsewhere. */
function peakRssMb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** The pids of a process's children, from Linux's /proc; none elsewhere. */
function childrenOf(pid: number): number[] {
  try {
    return fs
      .readdirSync("/proc")
      .filter((d) => /^\d+$/.test(d))
      .filter((d) => {
        try {
          // Field 4 of /proc/<pid>/stat is the parent pid; the name before it is in parentheses.
          return Number(fs.readFileSync(`/proc/${d}/stat`, "utf8").split(") ")[1]?.split(" ")[1]) === pid;
        } catch {
          return false;
        }
      })
      .map(Number);
  } catch {
    return [];
  }
}

export interface HttpResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  /** The largest peak resident memory among the server's processes. */
  peakRssMb: number | null;
}

/** `env` adds to the server's environment, e.g. DATAMAP_RESPONSE_CACHE_MB=0 to execute every request. */
export async function httpWorkload(dbFile: string, body: string, env: Record<string, string> = {}): Promise<HttpResult> {
  const { server, url, stop } = await startServe(dbFile, { DATAMAP_AUTH: "off", LOG_LEVEL: "info", ...env });
  try {
    const request = { url, method: "POST" as const, headers: { "content-type": "application/json" }, body };
    await autocannon({ ...request, connections: 10, duration: 2 }); // warm-up
    const r = await autocannon({ ...request, connections: 10, duration: 10 });
    // With --workers the server processes are the children; each one's peak is what must stay under the limit.
    const peaks = [server.pid!, ...childrenOf(server.pid!)].map(peakRssMb).filter((m): m is number => m !== null);
    return { requestsPerSecond: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, peakRssMb: peaks.length ? Math.max(...peaks) : null };
  } finally {
    await stop();
  }
}
