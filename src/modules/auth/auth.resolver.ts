import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import { authGraphQL } from "./auth.mutations";
import { ApiKey, CreateApiKeyInput, CreateApiKeyPayload, RevokeApiKeyPayload, Viewer } from "./auth.type";

@Resolver()
export class ApiKeyResolver {
  @Query(() => [ApiKey], { description: "Every API key with its role, scope and state (ADMIN only)." })
  apiKeys(@Ctx() ctx: Context) {
    return authGraphQL.list(ctx);
  }

  @Query(() => Viewer, { description: "The key this request is made with: its name, role and whether it is limited to some organisations." })
  viewer(@Ctx() ctx: Context): Viewer {
    return { name: ctx.principal.name, role: ctx.principal.role, scoped: ctx.principal.organizationIds !== null };
  }

  @Mutation(() => CreateApiKeyPayload, { description: "Makes an API key and returns its token once (ADMIN only)." })
  createApiKey(@Ctx() ctx: Context, @Arg("input", () => CreateApiKeyInput, { description: "The key." }) input: CreateApiKeyInput) {
    return authGraphQL.create(ctx, input);
  }

  @Mutation(() => RevokeApiKeyPayload, { description: "Revokes an API key; it stops working on its next request (ADMIN only)." })
  revokeApiKey(@Ctx() ctx: Context, @Arg("name", () => String, { description: "The key's name." }) name: string) {
    return authGraphQL.revoke(ctx, name);
  }
}
