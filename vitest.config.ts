import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // type-graphql is loaded by Node as CJS; inlining keeps one copy of graphql (stack.md, trap 3).
    server: { deps: { inline: ["type-graphql"] } },
  },
  resolve: { alias: { graphql: "graphql/index.js" } },
});
