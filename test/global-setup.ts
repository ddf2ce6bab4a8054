import { execFileSync } from "node:child_process";
import path from "node:path";

// CLI tests run the real binary, which runs compiled code, and the server hands out the built dashboard: build both once before any test.
export default function setup(): void {
  const root = path.resolve(__dirname, "..");
  execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
  execFileSync(process.execPath, [path.join(root, "node_modules/vite/bin/vite.js"), "build", "--config", "web/vite.config.mts", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
}
