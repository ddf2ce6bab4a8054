import type { Loaders } from "../context";

// Which record an object of an answer was read from. Live objects carry nothing and use the request's loaders;
// objects read as of an instant carry the loaders of the record as it stood then, so every field below them
// answers as of the same instant through the very same resolvers.

export interface FromSource {
  /** Loaders of the record this object was read from; absent for the live record. */
  source?: Loaders;
}

export const loadersOf = (ctx: { loaders: Loaders }, o: FromSource): Loaders => o.source ?? ctx.loaders;
