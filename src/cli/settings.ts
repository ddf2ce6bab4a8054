import { z } from "zod";
import { SYNCHRONOUS } from "../db/connection";
import { SERVER_DEFAULTS } from "../server/http";
import { isLoopback } from "../server/security";
import { wellFormed } from "../modules/auth/auth.service";

// The server's settings from the environment, checked in one place: a bad value is one line naming it and what was expected.

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const onOff = z.enum(["on", "off"], { error: "expected on or off" });
const whole = (min: number, expected: string) => z.coerce.number({ error: expected }).int({ error: expected }).min(min, { error: expected });
const isOrigin = (o: string) => URL.canParse(o) && new URL(o).origin === o;

const SETTINGS = z.object({
  DATAMAP_AUTH: onOff.default(SERVER_DEFAULTS.auth),
  DATAMAP_RATE_LIMIT: whole(1, "expected requests a minute, a whole number of at least 1").default(SERVER_DEFAULTS.rateLimitPerMinute),
  DATAMAP_AUTH_FAILURE_LIMIT: whole(1, "expected failed authentications a minute per client address, a whole number of at least 1").default(SERVER_DEFAULTS.authFailuresPerMinute),
  DATAMAP_WORK_LIMIT: whole(1, "expected activities' worth of record work a request may ask for, a whole number of at least 1").default(SERVER_DEFAULTS.workLimit),
  DATAMAP_TIME_BUDGET_MS: whole(1, "expected milliseconds a request may run before its remaining heavy fields are refused, a whole number of at least 1").default(SERVER_DEFAULTS.timeBudgetMs),
  DATAMAP_INTROSPECTION: onOff.default(SERVER_DEFAULTS.introspection ? "on" : "off"),
  DATAMAP_CORS_ORIGINS: z
    .string()
    .transform((v) => v.split(",").map((o) => o.trim()).filter(Boolean))
    .refine((list) => list.every(isOrigin), { error: "expected comma-separated origins such as https://dashboard.example.org (scheme, host and port only)" })
    .default([]),
  DATAMAP_RESPONSE_CACHE_MB: whole(0, "expected megabytes, a whole number (0 turns the response cache off)").default(SERVER_DEFAULTS.responseCacheBytes / 1024 / 1024),
  DATAMAP_SYNCHRONOUS: z.enum(SYNCHRONOUS, { error: "expected FULL (every commit on disk before it is acknowledged) or NORMAL (faster; the last commits may be lost on power loss)" }).default("FULL"),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(", ")}` }).default("info"),
  DATAMAP_ADMIN_TOKEN: z
    .string()
    .refine(wellFormed, { error: "expected a datamap token (dmk_ followed by its characters), as `datamap keys create` prints" })
    .optional(),
});

export type ServerSettings = ReturnType<typeof settingsFromEnv>;

/** Reads and checks the settings; an unset or empty variable takes its default. Throws SettingsError naming the first bad one. */
export function settingsFromEnv(env: NodeJS.ProcessEnv, host: string) {
  const given = Object.fromEntries(Object.keys(SETTINGS.shape).flatMap((k) => (env[k] ? [[k, env[k]]] : [])));
  const parsed = SETTINGS.safeParse(given);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0]);
    throw new SettingsError(`${name} ${JSON.stringify(env[name])} is not valid; ${issue.message}`);
  }
  const s = parsed.data;
  if (s.DATAMAP_AUTH === "off" && !isLoopback(host)) {
    throw new SettingsError(`DATAMAP_AUTH=off is refused on ${host}: without API keys anyone who reaches the port could read and change the record; listen on 127.0.0.1 or keep authentication on`);
  }
  return {
    logLevel: s.LOG_LEVEL,
    synchronous: s.DATAMAP_SYNCHRONOUS,
    adminToken: s.DATAMAP_ADMIN_TOKEN,
    security: {
      auth: s.DATAMAP_AUTH,
      rateLimitPerMinute: s.DATAMAP_RATE_LIMIT,
      authFailuresPerMinute: s.DATAMAP_AUTH_FAILURE_LIMIT,
      corsOrigins: s.DATAMAP_CORS_ORIGINS,
      introspection: s.DATAMAP_INTROSPECTION === "on",
      responseCacheBytes: s.DATAMAP_RESPONSE_CACHE_MB * 1024 * 1024,
      workLimit: s.DATAMAP_WORK_LIMIT,
      timeBudgetMs: s.DATAMAP_TIME_BUDGET_MS,
    },
  };
}

/** A setting people gave wrongly; the message is for them. */
export class SettingsError extends Error {}
