import { defineConfig } from "vitest/config";

// The dashboard in Debian's Chromium (npm run test:browser, which builds first): slower than npm test, so apart from it.
export default defineConfig({
  test: {
    include: ["test/browser/**/*.e2e.ts"],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // One browser and one server at a time on two cores.
    fileParallelism: false,
  },
});
