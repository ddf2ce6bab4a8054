import type http from "node:http";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
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

/** `perMinute` requests per key in each minute (rate-limiter-flexible, in this process's memory). */
export class RateLimiter {
  private readonly limiter: RateLimiterMemory;
  constructor(perMinute: number) {
    this.limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  }

  /** Seconds to wait before the next request is allowed; 0 when this one may go ahead. */
  async take(key: string): Promise<number> {
    try {
      await this.limiter.consume(key);
      return 0;
    } catch (refused) {
      if (refused instanceof RateLimiterRes) return Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
      throw refused;
    }
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
