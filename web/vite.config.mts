import path from "node:path";
import { defineConfig } from "vite";

// The dashboard is built into dist/web, which `datamap serve` hands out at /; nothing is loaded from elsewhere.
export default defineConfig({
  root: import.meta.dirname,
  base: "/",
  publicDir: "public",
  build: {
    outDir: path.resolve(import.meta.dirname, "../dist/web"),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
    // Libraries mark their modules "use client" for React Server Components; a client-only bundle has nothing to preserve.
    rolldownOptions: { onwarn(w, warn) { if (w.code !== "MODULE_LEVEL_DIRECTIVE") warn(w); } },
  },
  // `npx vite --config web/vite.config.mts` while `datamap serve` runs: the dev server hands API calls to it.
  server: { proxy: { "/graphql": "http://127.0.0.1:4000", "/export": "http://127.0.0.1:4000" } },
  oxc: { jsx: { runtime: "automatic" } },
});
