import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authService } from "../../src/modules/auth/auth.service";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// findingSummary, the narrowing arguments of findings, and the memo of live findings seeing every write.
let s: TestServer;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  s = await startTestServer({
    security: { auth: "on" },
    prepare: (conn) =>
      conn.db.transaction((tx) => {
        tokens.admin = authService.create(tx, { name: "admin", role: "ADMIN" }).token;
        tokens.leanplans = authService.create(tx, { name: "leanplans-editor", role: "EDITOR", organizations: ["leanplans"] }).token;
      }),
  });
});
afterAll(() => s.close());

const FINDINGS = `query($org: String, $regime: Regime, $rule: String, $subject: ID, $first: Int) {
  findings(organization: $org, regime: $regime, rule: $rule, subject: $subject, first: $first) { id rule regime severity subject { id } } }`;
const SUMMARY = `query($org: String!, $asOf: DateTime) { findingSummary(organization: $org, asOf: $asOf) { total accepted counts { rule regime severity count } } }`;
const RANK = ["INFO", "LOW", "MEDIUM", "HIGH", "CRITICAL"];
const findings = async (v: Record<string, unknown>, token = tokens.admin) => dataOf(await s.gql(FINDINGS, v, token)).findings;
const summary = async (v: Record<string, unknown>, token = tokens.admin) => dataOf(await s.gql(SUMMARY, v, token)).findingSummary;

describe("findingSummary", () => {
  it("counts landups' findings by rule, regime and severity, most severe first, summing to the findings listed", async () => {
    const all = await findings({ org: "landups" });
    const sum = await summary({ org: "landups" });
    expect(sum.total).toBe(all.length);
    expect(sum.counts.reduce((n: number, c: any) => n + c.count, 0)).toBe(all.length);
    expect(sum.counts.some((c: any) => c.regime === "PIPL")).toBe(true);
    const ranks = sum.counts.map((c: any) => RANK.indexOf(c.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    const first = sum.counts[0];
    expect(all.filter((f: any) => f.rule === first.rule && f.regime === first.regime && f.severity === first.severity)).toHaveLength(first.count);
  });

  it("answers a scoped key asking for another organisation exactly as for a missing one", async () => {
    const other = await s.gql(SUMMARY, { org: "landups" }, tokens.leanplans);
    const missing = await s.gql(SUMMARY, { org: "nope" }, tokens.leanplans);
    expect(other.body.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", argumentPath: "organization" });
    expect(other.body.errors?.[0].message.replace("landups", "X")).toBe(missing.body.errors?.[0].message.replace("nope", "X"));
    expect((await summary({ org: "leanplans" }, tokens.leanplans)).total).toBeGreaterThan(0);
  });
});

describe("findings narrowed", () => {
  it("by regime, rule, subject and first, after ordering", async () => {
    const all = await findings({ org: "landups" });
    const pipl = await findings({ org: "landups", regime: "PIPL" });
    expect(pipl.length).toBeGreaterThan(0);
    expect(pipl).toEqual(all.filter((f: any) => f.regime === "PIPL"));
    const rule = all[0].rule;
    expect(await findings({ org: "landups", rule })).toEqual(all.filter((f: any) => f.rule === rule));
    const subject = all.find((f: any) => f.subject?.id && f.subject.id !== all[0].subject?.id)?.subject.id ?? all[0].subject.id;
    const about = await findings({ org: "landups", subject });
    expect(about.length).toBeGreaterThan(0);
    expect(about).toEqual(all.filter((f: any) => f.subject?.id === subject));
    expect(await findings({ org: "landups", first: 3 })).toEqual(all.slice(0, 3));
  });

  it("rejects first out of 1..1000 and an unknown rule, naming the argument", async () => {
    for (const first of [0, 1001]) {
      const r = await s.gql(FINDINGS, { org: "landups", first }, tokens.admin);
      expect(r.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: "first" });
    }
    const r = await s.gql(FINDINGS, { org: "landups", rule: "no-such-rule" }, tokens.admin);
    expect(r.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: "rule" });
  });
});

describe("the memo of live findings", () => {
  it("sees an acceptance at once: the finding leaves findings and moves to accepted", async () => {
    const before = await summary({ org: "leanplans" });
    const [target] = await findings({ org: "leanplans", first: 1 });
    dataOf(await s.gql(`mutation($id: ID!) { acceptFinding(id: $id, justification: "Known", until: "2999-01-01T00:00:00Z") { finding { id } } }`, { id: target.id }, tokens.admin));
    expect((await findings({ org: "leanplans" })).map((f: any) => f.id)).not.toContain(target.id);
    const after = await summary({ org: "leanplans" });
    expect(after).toMatchObject({ total: before.total - 1, accepted: before.accepted + 1 });
  });

  it("sees an edit at once: fixing the record makes its finding go away", async () => {
    expect(await findings({ org: "leanplans", rule: "gdpr-art30-dpo" })).toHaveLength(1);
    const org = dataOf(await s.gql(`{ organization(slug: "leanplans") { id version } }`, {}, tokens.admin)).organization;
    dataOf(await s.gql(`mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, expectedVersion: $v, input: { dpo: { name: "DPO", email: "dpo@leanplans.com" } }) { organization { id } } }`, { id: org.id, v: org.version }, tokens.admin));
    expect(await findings({ org: "leanplans", rule: "gdpr-art30-dpo" })).toEqual([]);
  });

  it("does not answer a past instant from the live memo", async () => {
    const before = new Date(Date.now() - 1).toISOString();
    const org = dataOf(await s.gql(`{ organization(slug: "landups") { id version } }`, {}, tokens.admin)).organization;
    const live = await summary({ org: "landups" });
    await new Promise((r) => setTimeout(r, 5));
    dataOf(await s.gql(`mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, expectedVersion: $v, input: { dpo: { name: "DPO", email: "dpo@landups.com" } }) { organization { id } } }`, { id: org.id, v: org.version }, tokens.admin));
    const then = await summary({ org: "landups", asOf: before });
    const now = await summary({ org: "landups" });
    expect(then.total).toBe(live.total);
    expect(now.total).not.toBe(live.total);
  });
});
