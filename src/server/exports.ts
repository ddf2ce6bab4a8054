import type http from "node:http";
import type { Db } from "../db/connection";
import { EXPORT_FORMATS, RECORD_FORMATS, renderExport, type ExportFormat } from "../io/export/render";
import { authenticateLimited, type FailedAuthLimiter, type RateLimiter, type SecurityOptions } from "./security";

// GET /export/<slug>/<format>: the files `datamap export ropa` and `datamap check --format sarif` write, downloaded
// with the same key, rate limit and scope as /graphql.

export const EXPORT_PREFIX = "/export/";

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

function fail(res: http.ServerResponse, status: number, code: string, message: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store", ...extra });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** The path's slug and format, or null when the path has another shape. */
function route(pathname: string): { slug: string; format: string } | null {
  const parts = pathname.slice(EXPORT_PREFIX.length).split("/");
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  try {
    return { slug: decodeURIComponent(parts[0]), format: decodeURIComponent(parts[1]) };
  } catch {
    return null;
  }
}

export async function exportDownload(
  db: Db,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  opts: SecurityOptions & { rateLimitPerMinute: number },
  limits: { limiter: RateLimiter; failures: FailedAuthLimiter },
  onKey: (name: string) => void,
): Promise<void> {
  if (req.method !== "GET") return fail(res, 405, "METHOD_NOT_ALLOWED", `${req.method} is not allowed on ${url.pathname}; use GET`, { allow: "GET" });
  const auth = await authenticateLimited(db, req, opts, limits.failures);
  if (!auth.ok) return fail(res, auth.status, auth.code, auth.message, auth.headers);
  onKey(auth.principal.name);
  const wait = await limits.limiter.take(auth.principal.name);
  if (wait > 0) {
    return fail(res, 429, "RATE_LIMITED", `rate limit of ${opts.rateLimitPerMinute} requests a minute reached for this key; retry in ${wait} s`, { "retry-after": String(wait) });
  }
  const r = route(url.pathname);
  if (!r) return fail(res, 404, "NOT_FOUND", `no route ${url.pathname}; exports are at /export/<slug>/<format>`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(r.format)) {
    return fail(res, 400, "BAD_USER_INPUT", `format: ${JSON.stringify(r.format)} is not valid; expected one of ${EXPORT_FORMATS.join(", ")}`);
  }
  const format = r.format as ExportFormat;
  const asOfText = url.searchParams.get("asOf");
  const asOf = asOfText === null ? null : new Date(asOfText);
  if (asOf && (!ISO_INSTANT.test(asOfText!) || Number.isNaN(asOf.getTime()))) {
    return fail(res, 400, "BAD_USER_INPUT", `asOf: ${JSON.stringify(asOfText)} is not valid; expected an ISO 8601 instant like 2026-03-01T09:00:00Z or a date like 2026-03-01`);
  }
  const processorText = url.searchParams.get("processor");
  if (processorText !== null && processorText !== "true" && processorText !== "false") {
    return fail(res, 400, "BAD_USER_INPUT", `processor: ${JSON.stringify(processorText)} is not valid; expected true or false`);
  }
  const processor = processorText === "true";
  if (processor && (RECORD_FORMATS.includes(format) || format === "sarif")) {
    return fail(res, 400, "BAD_USER_INPUT", `processor: applies to the report formats (xlsx, csv, md, html), not to ${format}`);
  }
  const file = await renderExport(db, auth.principal, r.slug, format, asOf, processor);
  // An organisation outside the key's scope answers exactly as a missing one.
  if (!file) return fail(res, 404, "NOT_FOUND", `organization: no organisation has the slug ${JSON.stringify(r.slug)}`);
  res.writeHead(200, { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.filename}"`, "cache-control": "no-store" });
  res.end(file.body);
}
