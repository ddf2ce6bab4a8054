import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authService } from "../../src/modules/auth/auth.service";
import { NOTICE_MAX_CHARACTERS } from "../../src/modules/notice/notice.service";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// noticeComparison over HTTP: bad notices are the caller's mistake, and a scoped key learns nothing of other organisations.
let s: TestServer;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  s = await startTestServer({
    security: { auth: "on" },
    prepare: (conn) =>
      conn.db.transaction((tx) => {
        tokens.viewer = authService.create(tx, { name: "viewer", role: "VIEWER" }).token;
        tokens.leanplans = authService.create(tx, { name: "leanplans-viewer", role: "VIEWER", organizations: ["leanplans"] }).token;
      }),
  });
});
afterAll(() => s.close());

const QUERY = `query($org: String!, $notice: String!, $format: NoticeFormat) {
  noticeComparison(organization: $org, notice: $notice, format: $format) { organization items { item present } gaps { kind rule subject { __typename } } } }`;
const NOTICE = "Kite Club privacy notice\n\nKite Club takes your privacy seriously. We collect your name and email address to run your membership, and we share them with no one.";

describe("noticeComparison", () => {
  it("answers a VIEWER with the items and the gaps", async () => {
    const c = dataOf(await s.gql(QUERY, { org: "leanplans", notice: NOTICE, format: "TEXT" }, tokens.viewer)).noticeComparison;
    expect(c.items).toHaveLength(21);
    expect(c.gaps.some((g: { kind: string; subject: { __typename: string } }) => g.kind === "NOT_DISCLOSED" && g.subject.__typename === "Recipient")).toBe(true);
  });

  it.each([
    ["an empty notice", "   ", /notice: the file is empty/],
    ["a notice in French", "Politique de confidentialité\n\nNous collectons votre nom et votre adresse pour gérer votre compte et nous ne les partageons avec personne.", /English/],
    ["a notice over the limit", "x".repeat(NOTICE_MAX_CHARACTERS + 1), /at most 500,000 are accepted/],
  ])("refuses %s as BAD_USER_INPUT naming the argument", async (_, notice, message) => {
    const r = await s.gql(QUERY, { org: "leanplans", notice }, tokens.viewer);
    expect(r.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: "notice" });
    expect(r.body.errors?.[0].message).toMatch(message);
  });

  it("answers a scoped key asking about another organisation exactly as about a missing one", async () => {
    const other = await s.gql(QUERY, { org: "landups", notice: NOTICE }, tokens.leanplans);
    const missing = await s.gql(QUERY, { org: "nope", notice: NOTICE }, tokens.leanplans);
    expect(other.body.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", argumentPath: "organization" });
    expect(other.body.errors?.[0].message.replace("landups", "X")).toBe(missing.body.errors?.[0].message.replace("nope", "X"));
  });
});
