import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authService } from "../../src/modules/auth/auth.service";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// `viewer` tells a client which key it holds, so a dashboard offers only what the key may do.
let s: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  s = await startTestServer({
    security: { auth: "on" },
    prepare: (conn) =>
      conn.db.transaction((tx) => {
        tokens.viewer = authService.create(tx, { name: "auditor", role: "VIEWER", organizations: ["landups"] }).token;
        tokens.editor = authService.create(tx, { name: "dpo-office", role: "EDITOR" }).token;
      }),
  });
});
afterAll(() => s.close());

describe("viewer", () => {
  it("names a scoped VIEWER key, and its organisations are only those in scope", async () => {
    const d = dataOf(await s.gql(`{ viewer { name role scoped } organizations { slug } }`, {}, tokens.viewer));
    expect(d.viewer).toEqual({ name: "auditor", role: "VIEWER", scoped: true });
    expect(d.organizations).toEqual([{ slug: "landups" }]);
  });

  it("names an unscoped EDITOR key", async () => {
    const d = dataOf(await s.gql(`{ viewer { name role scoped } }`, {}, tokens.editor));
    expect(d.viewer).toEqual({ name: "dpo-office", role: "EDITOR", scoped: false });
  });

  it("is refused without a key, like every other field", async () => {
    expect((await s.gql(`{ viewer { name } }`)).status).toBe(401);
  });
});
