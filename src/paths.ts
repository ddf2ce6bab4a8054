import fs from "node:fs";
import path from "node:path";

let root: string | undefined;

/** The folder holding package.json, found from this file whether it runs from src/ or dist/. */
export function packageRoot(): string {
  if (root) return root;
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`package.json not found above ${__dirname}`);
    dir = up;
  }
  root = dir;
  return root;
}

/** package.json, read once. */
let manifest: { version: string; homepage?: unknown } | undefined;
const packageJson = () => (manifest ??= JSON.parse(fs.readFileSync(path.join(packageRoot(), "package.json"), "utf8")) as { version: string; homepage?: unknown });

/** The package's version, as package.json states it (named in SARIF reports). */
export function packageVersion(): string {
  return packageJson().version;
}

/** The package's homepage, when package.json names one (the informationUri of SARIF reports). */
export function packageHomepage(): string | null {
  const { homepage } = packageJson();
  return typeof homepage === "string" && /^https?:\/\//.test(homepage) ? homepage : null;
}
