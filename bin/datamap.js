#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (npm start runs it).
// graphql-js runs extra development checks on every value unless NODE_ENV is production; every
// security-relevant Apollo option is set explicitly in code, so this changes speed only.
process.env.NODE_ENV = process.env.NODE_ENV || "production";
try {
  require("../dist/cli/main.js").main(process.argv);
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND" && String(err.message).includes("dist/cli/main.js")) {
    console.error("datamap is not built yet: run `npm run build` (or `npm start`) first.");
    process.exit(1);
  }
  throw err;
}
