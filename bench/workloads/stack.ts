import pino from "pino";
import type { Connection } from "../../src/db/connection";
import { withStatementTally } from "../../src/db/statement-counter";
import { createContext } from "../../src/modules/context";
import { createApollo } from "../../src/server/apollo";

/** Runs operations through the real stack in-process: Apollo, graphql-js, loaders, drizzle, SQLite. */
export async function inProcessStack(conn: Connection) {
  const apollo = createApollo({ introspection: false, logger: pino({ level: "silent" }) });
  await apollo.start();
  return {
    async run(query: string, variables: Record<string, unknown>): Promise<{ json: string; statements: number }> {
      const ctx = createContext(conn.db);
      const res = await withStatementTally(ctx.tally, () => apollo.executeOperation({ query, variables }, { contextValue: ctx }));
      if (res.body.kind !== "single") throw new Error("unexpected incremental response");
      if (res.body.singleResult.errors) throw new Error(JSON.stringify(res.body.singleResult.errors));
      return { json: JSON.stringify({ data: res.body.singleResult.data }), statements: ctx.tally.count };
    },
    stop: () => apollo.stop(),
  };
}
