import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Test files share their worker's modules: importing the whole server once per worker, not per file, saves a minute.
    isolate: false,
    // Vitest leaves a core free by default: one worker on these 2-core machines; two halve the CLI tests' waiting (268 s against 374 s).
    maxWorkers: 2,
    // type-graphql is loaded by Node as CJS; inlining keeps one copy of graphql (stack.md, trap 3).
    server: { deps: { inline: ["type-graphql"] } },
  },
  resolve: { alias: { graphql: "graphql/index.js" } },
});
