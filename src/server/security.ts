import type http from "node:http";
import type { Db } from "../db/connection";
import type { Principal } from "../domain/principal";
import { authService, wellFormed } from "../modules/auth/auth.service";

// Who is calling (API keys), how often they may call, and which browsers may call at all.

export interface SecurityOptions {
  /** "off" only on a loopback address: every request then acts as a local administrator. */
  auth: "on" | "off";
  /** Requests per minute per API key. */
  rateLimitPerMinute: number;
  /** Origins allowed to call from a browser (CORS); empty means none but our own pages. */
  corsOrigins: string[];
}

export const LOCAL_ADMIN: Principal = { name: "system", role: "ADMIN", organizationIds: null };

export type AuthResult = { ok: true; principal: Principal } | { ok: false; status: number; message: string; code: string };

/** Reads `Authorization: Bearer <token>`; each request looks the key up again, so revocation is immediate. */
export function authenticate(db: Db, req: http.IncomingMessage, opts: SecurityOptions): AuthResult {
  if (opts.auth === "off") return { ok: true, principal: LOCAL_ADMIN };
  const header = req.headers.authorization;
  if (!header) return { ok: false, status: 401, code: "UNAUTHENTICATED", message: "missing API key: send Authorization: Bearer <token>" };
  const m = /^Bearer ([^\s]+)$/.exec(header);
  if (!m || !wellFormed(m[1])) {
    return { ok: false, status: 401, code: "UNAUTHENTICATED", message: "malformed Authorization header: expected Bearer followed by a datamap token (dmk_…)" };
  }
  const principal = authService.authenticate(db, m[1]);
  if (!principal) return { ok: false, status: 401, code: "UNAUTHENTICATED", message: "unknown or revoked API key" };
  return { ok: true, principal };
}

/** A token bucket per key: `perMinute` requests, refilled evenly. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(private readonly perMinute: number) {}

  /** Seconds to wait before the next request is allowed; 0 when this one may go ahead. */
  take(key: string, now = Date.now()): number {
    const rate = this.perMinute / 60_000;
    const b = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    b.tokens = Math.min(this.perMinute, b.tokens + (now - b.at) * rate);
    b.at = now;
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / rate / 1000));
  }
}

/** CORS headers for an allowed origin; none (so the browser refuses) for any other. */
export function corsHeaders(req: http.IncomingMessage, opts: SecurityOptions): Record<string, string> {
  const origin = req.headers.origin;
  if (!origin || !opts.corsOrigins.includes(origin)) return {};
  return {
    "access-control-allow-origin": origin,
    "access-control-allow-methods": "GET, POST, OPTIONS",
    "access-control-allow-headers": "authorization, content-type, apollo-require-preflight, x-apollo-operation-name",
    "access-control-max-age": "600",
    vary: "Origin",
  };
}

/** Headers for the explorer page: our own scripts only, no framing, no sniffing, no referrer. */
export const EXPLORER_HEADERS = {
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
};

export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
