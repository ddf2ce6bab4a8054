import { GraphQLError } from "graphql";
import type { Context } from "../context";
import { isAdmin } from "../../domain/principal";
import { inTransaction } from "../common/mutation";
import { authService, type KeyInfo } from "./auth.service";
import type { CreateApiKeyInput } from "./auth.type";

// GraphQL-facing key management: administrators only.

function requireAdmin(ctx: Context): void {
  if (!isAdmin(ctx.principal)) {
    throw new GraphQLError("only an ADMIN key may manage API keys", { extensions: { code: "FORBIDDEN" } });
  }
}

const view = (k: KeyInfo) => ({ ...k, createdAt: new Date(k.createdAt), revokedAt: k.revokedAt ? new Date(k.revokedAt) : null });

export const authGraphQL = {
  list(ctx: Context) {
    requireAdmin(ctx);
    return authService.list(ctx.db).map(view);
  },
  create(ctx: Context, input: CreateApiKeyInput) {
    requireAdmin(ctx);
    const { token, key } = inTransaction(ctx, (db) => authService.create(db, { name: input.name, role: input.role, organizations: input.organizations ?? null }));
    return { token, apiKey: view(key) };
  },
  revoke(ctx: Context, name: string) {
    requireAdmin(ctx);
    return { apiKey: view(inTransaction(ctx, (db) => authService.revoke(db, name))) };
  },
};
