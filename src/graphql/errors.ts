import { GraphQLError } from "graphql";

/** A rejected argument: names the argument path, the bad value and what was expected. */
export function badInput(path: string, value: unknown, expected: string): GraphQLError {
  return new GraphQLError(`${path}: ${JSON.stringify(value)} is not valid; expected ${expected}`, {
    extensions: { code: "BAD_USER_INPUT", argumentPath: path, value },
  });
}
