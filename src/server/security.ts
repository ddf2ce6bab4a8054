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
  /** Failed authentications per minute per client address before every request from it waits (429). */
  authFailuresPerMinute: number;
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

/** Failed authentications per client address in each minute; past the limit the address waits, whatever token it sends. */
export class FailedAuthLimiter {
  private readonly limiter: RateLimiterMemory;
  constructor(perMinute: number) {
    this.limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  }

  /** Seconds the address must wait before it may try again; 0 when it may. */
  async waitFor(address: string): Promise<number> {
    const r = await this.limiter.get(address);
    return r && r.remainingPoints <= 0 ? Math.max(1, Math.ceil(r.msBeforeNext / 1000)) : 0;
  }

  async failed(address: string): Promise<void> {
    await this.limiter.penalty(address, 1);
  }
}

export type LimitedAuthResult = { ok: true; principal: Principal } | { ok: false; status: number; message: string; code: string; headers: Record<string, string> };

/** Authenticates, refusing an address with too many recent failures before its token is even looked at (so guessing cannot go on). */
export async function authenticateLimited(db: Db, req: http.IncomingMessage, opts: SecurityOptions, failures: FailedAuthLimiter): Promise<LimitedAuthResult> {
  if (opts.auth === "off") return { ok: true, principal: LOCAL_ADMIN };
  const address = req.socket.remoteAddress ?? "unknown";
  const wait = await failures.waitFor(address);
  if (wait > 0) {
    return {
      ok: false,
      status: 429,
      code: "RATE_LIMITED",
      message: `too many failed authentications from this address (${opts.authFailuresPerMinute} a minute); retry in ${wait} s`,
      headers: { "retry-after": String(wait) },
    };
  }
  const auth = authenticate(db, req, opts);
  if (auth.ok) return auth;
  // A request without a token guesses nothing (a page before sign-in); a wrong or revoked token does.
  if (req.headers.authorization) await failures.failed(address);
  return { ...auth, headers: { "www-authenticate": 'Bearer realm="datamap"' } };
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
