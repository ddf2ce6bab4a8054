import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../../db/connection";
import { ROLES, type Principal, type Role } from "../../domain/principal";
import { badInput, conflict, notFound } from "../common/errors";
import { requiredText } from "../common/validate";
import { authStore } from "./auth.store";

// API keys: 32 random bytes, shown once, kept only as a SHA-256 hash (the token's entropy makes a slow hash unnecessary).

const PREFIX = "dmk_";

export const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

export function newToken(): string {
  return PREFIX + randomBytes(32).toString("base64url");
}

/** A token has our prefix and 43 base64url characters; anything else is malformed. */
export function wellFormed(token: string): boolean {
  return /^dmk_[A-Za-z0-9_-]{43}$/.test(token);
}

export interface KeyInfo {
  name: string;
  role: Role;
  organizations: string[] | null;
  createdAt: string;
  revokedAt: string | null;
}

export const authService = {
  /** The principal behind a token, or null when the token is unknown or revoked. */
  authenticate(db: Db, token: string): Principal | null {
    const key = authStore.activeByHash(db, hashToken(token));
    if (!key) return null;
    const scope = key.allOrganizations ? null : authStore.scopeOf(db, [key.id]).map((s) => s.organizationId);
    return { name: key.name, role: key.role, organizationIds: scope };
  },

  /** Call inside a transaction. Returns the token: the only time it is ever seen. */
  create(db: Db, input: { name: string; role: string; organizations?: string[] | null; token?: string }): { token: string; key: KeyInfo } {
    const name = requiredText("name", input.name, 100);
    if (!(ROLES as readonly string[]).includes(input.role)) throw badInput("role", input.role, `one of ${ROLES.join(", ")}`);
    const role = input.role as Role;
    if (authStore.byName(db, name)) throw conflict("name", `an API key named ${JSON.stringify(name)} already exists`);
    const slugs = input.organizations ?? null;
    if (slugs !== null && role === "ADMIN") throw badInput("organizations", slugs, "no organisations for an ADMIN key: administrators see every organisation");
    if (slugs !== null && !slugs.length) throw badInput("organizations", slugs, "at least one organisation slug, or none at all for every organisation");
    const orgIds = (slugs ?? []).map((slug, i) => {
      const id = authStore.organizationIdBySlug(db, slug);
      if (id === undefined) throw notFound(`organizations[${i}]`, slug, "organisation with that slug");
      return id;
    });
    const token = input.token ?? newToken();
    if (!wellFormed(token)) throw badInput("token", "(hidden)", "a token made by datamap: dmk_ followed by 43 base64url characters");
    authStore.insert(db, { name, role, tokenHash: hashToken(token), allOrganizations: slugs === null }, orgIds);
    return { token, key: this.list(db).find((k) => k.name === name)! };
  },

  list(db: Db): KeyInfo[] {
    const keys = authStore.all(db);
    const scopes = authStore.scopeOf(db, keys.map((k) => k.id));
    return keys.map((k) => ({
      name: k.name,
      role: k.role,
      organizations: k.allOrganizations ? null : scopes.filter((s) => s.keyId === k.id).map((s) => s.slug),
      createdAt: k.createdAt,
      revokedAt: k.revokedAt,
    }));
  },

  /** Call inside a transaction. Takes effect on the next request: every request looks the key up afresh. */
  revoke(db: Db, name: string): KeyInfo {
    const key = authStore.byName(db, name);
    if (!key) throw notFound("name", name, "API key with that name");
    if (key.revokedAt) throw conflict("name", `the API key ${JSON.stringify(name)} was already revoked at ${key.revokedAt}`);
    authStore.revoke(db, key.id, new Date().toISOString());
    return this.list(db).find((k) => k.name === name)!;
  },

  /** The first ADMIN key of a server, named "admin" (or admin-2, … when revoked keys hold the name). */
  createFirstAdmin(db: Db, token?: string): string {
    let name = "admin";
    for (let n = 2; authStore.byName(db, name); n++) name = `admin-${n}`;
    return this.create(db, { name, role: "ADMIN", token }).token;
  },

  /** True when no usable key exists: the server then makes the first ADMIN key. */
  needsFirstKey(db: Db): boolean {
    return authStore.activeCount(db) === 0;
  },
};
