import { ApolloServer } from "@apollo/server";
import { buildGraphQLSchema } from "../graphql/schema";
import type { Context } from "../graphql/context";

/** Every security-relevant option is set here explicitly, never left to NODE_ENV (stack.md, trap 7). */
export function createApollo(): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema: buildGraphQLSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: false,
  });
}
