import fs from "node:fs";
import path from "node:path";
import { packageRoot } from "../paths";

// The dashboard: the files `npm run build` writes to dist/web, handed out as they are; every other page path gets its index.html.

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

/** Our own scripts and styles only; blob: so exports can be handed to the browser as downloads. */
export const DASHBOARD_HEADERS = {
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
};

const webRoot = () => path.join(packageRoot(), "dist", "web");
const cache = new Map<string, Buffer>();

/** A built file by its public path (/assets/…, /favicon.svg), or null; names are checked, never joined blindly. */
export function dashboardFile(pathname: string): { body: Buffer; type: string; immutable: boolean } | null {
  const m = /^\/(assets\/)?([\w.-]+)$/.exec(pathname);
  if (!m || m[2].startsWith(".") || m[2] === "index.html") return null;
  const type = TYPES[path.extname(m[2])];
  if (!type) return null;
  const file = path.join(webRoot(), m[1] ?? "", m[2]);
  let body = cache.get(file);
  if (!body) {
    if (!fs.existsSync(file)) return null;
    body = fs.readFileSync(file);
    cache.set(file, body);
  }
  // Vite puts a content hash in every name under assets/: those never change.
  return { body, type, immutable: m[1] !== undefined };
}

/** The dashboard's page, or null when it has not been built. */
export function dashboardPage(): Buffer | null {
  const file = path.join(webRoot(), "index.html");
  return fs.existsSync(file) ? fs.readFileSync(file) : null;
}
