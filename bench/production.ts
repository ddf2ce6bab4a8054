// Imported first by the runner: measure what `datamap serve` runs, i.e. graphql-js in production mode (see bin/datamap.js).
process.env.NODE_ENV = process.env.NODE_ENV || "production";
