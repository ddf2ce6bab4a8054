import { defineConfig } from "drizzle-kit";

// Migrations are generated SQL, committed, and applied by the app at startup (src/db/connection.ts).
export default defineConfig({
  dialect: "sqlite",
  schema: "./src/db/schema.ts",
  out: "./src/db/migrations",
});
