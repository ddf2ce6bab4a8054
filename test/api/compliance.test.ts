import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authService } from "../../src/modules/auth/auth.service";
import { databaseChecksum } from "../helpers/checksum";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";

// Transfers, findings and accepting findings through GraphQL, on the seeds and on edits of them.
let s: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  s = await startTestServer({
    security: { auth: "on" },
    prepare: (conn) =>
      conn.db.transaction((tx) => {
        tokens.admin = authService.create(tx, { name: "root", role: "ADMIN" }).token;
        tokens.landupsViewer = authService.create(tx, { name: "landups-viewer", role: "VIEWER", organizations: ["landups"] }).token;
        tokens.landupsEditor = authService.create(tx, { name: "landups-editor", role: "EDITOR", organizations: ["landups"] }).token;
      }),
  });
});
afterAll(() => s.close());

const TRANSFERS = `query($org: String!) { transfers(organization: $org) {
  activity { key } dataCategories { key } fromCountry { code } toCountry { code name } recipient { name } via { name } location { name } regime mechanism exemption covered status } }`;

describe("transfers", () => {
  it("judges Landups' Hong Kong storage under PIPL as a cross-border provision, exempt only where the 2024 Provisions say so", async () => {
    const t = dataOf(await s.gql(TRANSFERS, { org: "landups" }, tokens.admin)).transfers;
    const hk = t.filter((x: any) => x.location?.name.includes("Hong Kong"));
    expect(hk.length).toBeGreaterThan(5);
    for (const x of hk) expect(x).toMatchObject({ regime: "PIPL", fromCountry: { code: "CN" }, toCountry: { code: "HK" } });
    // No mechanism is recorded: a transfer is covered only by an exemption (then "38-4" with its article), else it needs one or the facts that decide.
    for (const x of hk) expect(x.covered ? [x.mechanism, typeof x.exemption] : [x.mechanism, x.exemption]).toEqual(x.covered ? ["38-4", "string"] : [null, null]);
    expect(hk.some((x: any) => x.status === "NOT_COVERED")).toBe(true);
    expect(t.some((x: any) => x.regime === "GDPR")).toBe(false);
  });

  it("reports Leanplans' recipients in unknown countries as undetermined, never skipped", async () => {
    const t = dataOf(await s.gql(TRANSFERS, { org: "leanplans" }, tokens.admin)).transfers;
    const paypal = t.filter((x: any) => x.recipient?.name === "PayPal");
    expect(paypal.map((x: any) => x.regime).sort()).toEqual(["GDPR", "PIPL", "UK_GDPR"]);
    for (const x of paypal) expect(x).toMatchObject({ toCountry: { code: "ZZ", name: "Unknown" }, status: "UNDETERMINED", covered: false });
    expect(t.every((x: any) => x.status === "UNDETERMINED")).toBe(true);
  });

  it("follows a recorded mechanism and a known country through edits", async () => {
    const d = dataOf(await s.gql(`{ organization(slug: "leanplans") { recipients { id name version } } }`, {}, tokens.admin));
    const paypal = d.organization.recipients.find((r: any) => r.name === "PayPal");
    const upd = await s.gql(
      `mutation($id: ID!, $v: Int!) { updateRecipient(id: $id, expectedVersion: $v, input: { country: "US", transferMechanisms: [{ regime: GDPR, code: "A46-2-c", note: "SCCs module 2, signed 2026-01-10" }] }) { recipient { version transferMechanisms { regime note legalBasis { code article } } } } }`,
      { id: paypal.id, v: paypal.version },
      tokens.admin,
    );
    expect(dataOf(upd).updateRecipient.recipient.transferMechanisms).toEqual([{ regime: "GDPR", note: "SCCs module 2, signed 2026-01-10", legalBasis: { code: "A46-2-c", article: expect.stringContaining("46") } }]);
    const t = dataOf(await s.gql(TRANSFERS, { org: "leanplans" }, tokens.admin)).transfers.filter((x: any) => x.recipient?.name === "PayPal");
    expect(t.find((x: any) => x.regime === "GDPR")).toMatchObject({ toCountry: { code: "US" }, mechanism: "A46-2-c", covered: true, status: "COVERED" });
    // Leanplans' recorded users are all outside mainland China: the CAC 2024 Provisions (Art 4) exempt sending their data on.
    expect(t.find((x: any) => x.regime === "PIPL")).toMatchObject({ toCountry: { code: "US" }, covered: true, status: "COVERED", exemption: "Art 4" });
  });

  it("rejects a mechanism that is not a transfer tool of its regime, changing nothing", async () => {
    const d = dataOf(await s.gql(`{ organization(slug: "landups") { storageLocations { id version } } }`, {}, tokens.admin));
    const loc = d.organization.storageLocations[0];
    const before = databaseChecksum(s.conn);
    const r = await s.gql(
      `mutation($id: ID!, $v: Int!) { updateStorageLocation(id: $id, expectedVersion: $v, input: { transferMechanisms: [{ regime: PIPL, code: "13-1" }] }) { storageLocation { id } } }`,
      { id: loc.id, v: loc.version },
      tokens.admin,
    );
    expect(r.body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: "input.transferMechanisms[0].code" });
    expect(r.body.errors![0].message).toContain('"13-1"');
    expect(databaseChecksum(s.conn)).toBe(before);
  });
});

describe("findings", () => {
  const FINDINGS = `query($org: String, $min: Severity, $acc: Boolean) { findings(organization: $org, minSeverity: $min, includeAccepted: $acc) {
    id rule severity regime reference message remediation subject { id __typename } acceptance { justification until acceptedBy } } }`;

  it("lists the seeds' findings with articles, subjects and stable ids", async () => {
    const a = dataOf(await s.gql(FINDINGS, { org: "landups" }, tokens.admin)).findings;
    const b = dataOf(await s.gql(FINDINGS, { org: "landups" }, tokens.admin)).findings;
    expect(a.map((f: any) => f.id)).toEqual(b.map((f: any) => f.id));
    expect(new Set(a.map((f: any) => f.id)).size).toBe(a.length);
    const consent = a.find((f: any) => f.rule === "pipl-consent-by-continued-use");
    expect(consent).toMatchObject({ severity: "HIGH", regime: "PIPL", reference: expect.stringContaining("PIPL"), subject: { __typename: "ProcessingActivity" } });
    const rules = new Set(a.map((f: any) => f.rule));
    for (const r of ["pipl-sensitive-no-separate-consent", "pipl-cross-border-no-mechanism", "any-transfer-undetermined"]) expect(rules.has(r), r).toBe(true);
  });

  it("filters by severity and by the key's organisations", async () => {
    const all = dataOf(await s.gql(FINDINGS, {}, tokens.admin)).findings;
    const high = dataOf(await s.gql(FINDINGS, { min: "HIGH" }, tokens.admin)).findings;
    expect(high.length).toBeGreaterThan(0);
    expect(high.length).toBeLessThan(all.length);
    expect(high.every((f: any) => ["HIGH", "CRITICAL"].includes(f.severity))).toBe(true);
    const scoped = dataOf(await s.gql(FINDINGS, {}, tokens.landupsViewer)).findings;
    const landups = dataOf(await s.gql(FINDINGS, { org: "landups" }, tokens.admin)).findings;
    expect(scoped.map((f: any) => f.id).sort()).toEqual(landups.map((f: any) => f.id).sort());
    expect(dataOf(await s.gql(FINDINGS, { org: "leanplans" }, tokens.landupsViewer)).findings).toEqual([]);
  });

  it("accepts a finding until a date: hidden, shown with includeAccepted, attributed to the key", async () => {
    const [target] = dataOf(await s.gql(FINDINGS, { org: "landups", min: "HIGH" }, tokens.admin)).findings;
    const viewer = await s.gql(`mutation($id: ID!) { acceptFinding(id: $id, justification: "x", until: "2999-01-01T00:00:00Z") { finding { id } } }`, { id: target.id }, tokens.landupsViewer);
    expect(viewer.body.errors![0].extensions!.code).toBe("FORBIDDEN");
    const past = await s.gql(`mutation($id: ID!) { acceptFinding(id: $id, justification: "x", until: "2001-01-01T00:00:00Z") { finding { id } } }`, { id: target.id }, tokens.landupsEditor);
    expect(past.body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: "until" });
    const unknown = await s.gql(`mutation { acceptFinding(id: "f_nope", justification: "x", until: "2999-01-01T00:00:00Z") { finding { id } } }`, {}, tokens.landupsEditor);
    expect(unknown.body.errors![0].extensions!.code).toBe("NOT_FOUND");
    const ok = dataOf(
      await s.gql(`mutation($id: ID!) { acceptFinding(id: $id, justification: "Migration to mainland servers planned for Q3", until: "2999-01-01T00:00:00Z") { finding { id acceptance { acceptedBy justification } } } }`, { id: target.id }, tokens.landupsEditor),
    );
    expect(ok.acceptFinding.finding.acceptance).toEqual({ acceptedBy: "landups-editor", justification: "Migration to mainland servers planned for Q3" });
    const hidden = dataOf(await s.gql(FINDINGS, { org: "landups" }, tokens.admin)).findings.map((f: any) => f.id);
    expect(hidden).not.toContain(target.id);
    const shown = dataOf(await s.gql(FINDINGS, { org: "landups", acc: true }, tokens.admin)).findings.find((f: any) => f.id === target.id);
    expect(shown.acceptance).toMatchObject({ acceptedBy: "landups-editor" });
  });

  it("fixing the record makes the finding go away", async () => {
    const before = dataOf(await s.gql(FINDINGS, { org: "leanplans" }, tokens.admin)).findings;
    const dpo = before.filter((f: any) => f.rule === "gdpr-art30-dpo");
    expect(dpo).toHaveLength(1);
    const org = dataOf(await s.gql(`{ organization(slug: "leanplans") { id version } }`, {}, tokens.admin)).organization;
    dataOf(await s.gql(`mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, expectedVersion: $v, input: { dpo: { name: "Data Protection Office", email: "dpo@leanplans.com" } }) { organization { id } } }`, { id: org.id, v: org.version }, tokens.admin));
    const after = dataOf(await s.gql(FINDINGS, { org: "leanplans" }, tokens.admin)).findings;
    expect(after.filter((f: any) => f.rule === "gdpr-art30-dpo")).toEqual([]);
  });

  it("records where people are, 'no recipients' and assessments on activities, and judges with them", async () => {
    const made = dataOf(
      await s.gql(
        `mutation { createProcessingActivity(input: { organization: "leanplans", name: "Internal audit", purposes: ["essential.legal_obligation"],
          legalBases: [{ regime: GDPR, code: "A6-1-f", assessment: "LIA-2026-04 in the compliance wiki" }], dataSubjects: ["customer"], dataCategories: ["user.name"],
          noRecipients: true, subjectJurisdictions: ["EEA"], retention: { period: "P1Y" } }) {
          processingActivity { id noRecipients subjectJurisdictions legalBasisClaims { assessment } } } }`,
        {},
        tokens.admin,
      ),
    ).createProcessingActivity.processingActivity;
    expect(made).toMatchObject({ noRecipients: true, subjectJurisdictions: ["EEA"], legalBasisClaims: [{ assessment: "LIA-2026-04 in the compliance wiki" }] });
    const mine = dataOf(await s.gql(`{ findings(organization: "leanplans") { rule subject { id } } }`, {}, tokens.admin)).findings.filter((f: any) => f.subject?.id === made.id);
    const rules = mine.map((f: any) => f.rule);
    expect(rules).not.toContain("gdpr-art30-recipients");
    expect(rules).not.toContain("gdpr-art30-retention");
    expect(rules).toContain("gdpr-art30-security");
    const bad = await s.gql(`mutation { createProcessingActivity(input: { organization: "leanplans", name: "X", subjectJurisdictions: ["EU"] }) { processingActivity { id } } }`, {}, tokens.admin);
    expect(bad.body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: "input.subjectJurisdictions[0]" });
  });
});
