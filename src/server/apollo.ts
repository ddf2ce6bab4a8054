import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { Kind, type FragmentDefinitionNode } from "graphql";
import type { Logger } from "pino";
import { isCacheableOperation } from "./response-cache";
import { WORK_LIMIT, workPricing } from "./work-price";
import { buildGraphQLSchema } from "../graphql/schema";
import type { Context } from "../modules/context";

/** Query limits, set here rather than left to library defaults or NODE_ENV. */
export const QUERY_LIMITS = { depth: 12, aliases: 15, cost: 100_000, tokens: 5_000, directives: 20 } as const;

/** Error codes whose messages are meant for callers; anything else is masked. */
const PUBLIC_CODES = new Set([
  "BUSY",
  "QUERY_TOO_EXPENSIVE",
  "TIME_BUDGET_EXCEEDED",
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "CONFLICT",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/** Unexpected errors reach the log with the request id; the caller sees only that id. */
function masking(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const err of errors) {
            const code = err.extensions?.code as string | undefined;
            if (!code || !PUBLIC_CODES.has(code)) logger.error({ requestId: contextValue.requestId, err: err.originalError ?? err }, "unexpected error");
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== "single" || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => {
            const code = e.extensions?.code as string | undefined;
            if (code && PUBLIC_CODES.has(code)) return e;
            return { message: `internal error; quote request id ${contextValue.requestId} when reporting it`, path: e.path, extensions: { code: "INTERNAL_SERVER_ERROR", requestId: contextValue.requestId } };
          });
        },
      };
    },
  };
}

/** Marks pure queries that answered without errors, so the HTTP layer may keep their answer (response-cache.ts). */
function cacheability(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue, request }) {
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          contextValue.reuse.allowed = operation !== undefined && isCacheableOperation(operation, fragments, request.variables);
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== "single" || response.body.singleResult.errors) contextValue.reuse.allowed = false;
        },
      };
    },
  };
}

/** Every security-relevant option is set here explicitly, never left to NODE_ENV (stack.md, trap 7). */
export function createApollo(opts: { introspection: boolean; logger: Logger; workLimit?: number }): ApolloServer<Context> {
  const armor = new ApolloArmor({
    maxDepth: { enabled: true, n: QUERY_LIMITS.depth },
    maxAliases: { enabled: true, n: QUERY_LIMITS.aliases },
    costLimit: { enabled: true, maxCost: QUERY_LIMITS.cost },
    // Tokens are limited by graphql-js's own parser (parseOptions below), so a malformed query stays a 400.
    maxTokens: { enabled: false },
    maxDirectives: { enabled: true, n: QUERY_LIMITS.directives },
    // Suggestions would leak field names that disabled introspection hides.
    blockFieldSuggestion: { enabled: !opts.introspection },
  });
  const protection = armor.protect();
  return new ApolloServer<Context>({
    schema: buildGraphQLSchema(),
    introspection: opts.introspection,
    includeStacktraceInErrorResponses: false,
    // A browser cannot send Authorization on a simple request, so it forces a CORS preflight just as Apollo's own headers do.
    csrfPrevention: { requestHeaders: ["authorization", "x-apollo-operation-name", "apollo-require-preflight"] },
    // `datamap serve` handles SIGINT/SIGTERM itself; Apollo's own handlers (on when NODE_ENV is not "test")
    // raced with ours and left cluster workers waiting in stop().
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: !opts.introspection,
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
    validationRules: protection.validationRules,
    // The default cache-control plugin wraps every field resolver; we set no cache hints, so it only cost time.
    plugins: [...protection.plugins, workPricing(opts.workLimit ?? WORK_LIMIT), masking(opts.logger), cacheability(), ApolloServerPluginCacheControlDisabled()],
  });
}
