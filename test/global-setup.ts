import { execFileSync } from "node:child_process";
import path from "node:path";

// CLI tests run the real binary, which runs compiled code: build once before any test.
export default function setup(): void {
  const root = path.resolve(__dirname, "..");
  execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
}
