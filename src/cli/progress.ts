import { SingleBar } from "cli-progress";

/** A progress bar on a terminal for work that may take over a second; nothing at all when output is not a TTY. */
export function progress(label: string, total: number): { tick(n?: number): void; stop(): void } {
  if (!process.stderr.isTTY || total < 1) return { tick: () => undefined, stop: () => undefined };
  const bar = new SingleBar({ format: `${label} [{bar}] {value}/{total}`, stream: process.stderr, clearOnComplete: true, hideCursor: true });
  bar.start(total, 0);
  return { tick: (n = 1) => bar.increment(n), stop: () => bar.stop() };
}
