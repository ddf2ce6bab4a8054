import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ActivityRecord, LocationRecord, OrganizationRecord, RecipientRecord, RecordInput } from "../../../src/domain/record-input";
import { RULES } from "../../../src/domain/rules/catalogue";
import { evaluate, findingId, severityRank } from "../../../src/domain/rules/engine";
import { analyseTransfers } from "../../../src/domain/transfers";
import { activity, claim, disclosing, facts, location, mechanism, organization, piplRecord, record, recipient, run } from "./fixture";

// The catalogue as a whole and the engine: metadata, purity, partial records, stable ids and ordering.

const BRIEF_IDS = [
  "gdpr-art30-purposes", "gdpr-art30-data-subjects", "gdpr-art30-data-categories", "gdpr-art30-recipients", "gdpr-art30-retention",
  "gdpr-art30-security", "gdpr-art30-controller-contact", "gdpr-art30-dpo", "gdpr-art27-representative", "gdpr-art6-no-basis",
  "gdpr-art9-no-condition", "gdpr-consent-by-continued-use", "pipl-consent-by-continued-use", "gdpr-legitimate-interests-marketing",
  "pipl-no-basis", "pipl-sensitive-no-separate-consent", "pipl-sensitive-no-impact-assessment", "pipl-cross-border-no-mechanism",
  "pipl-cross-border-no-separate-consent", "pipl-minors-no-parental-consent", "gdpr-transfer-not-covered", "any-transfer-undetermined",
  "gdpr-derogation-systematic", "gdpr-transfer-partial-adequacy", "gdpr-processor-no-dpa", "gdpr-processor-dpa-unverified",
  "gdpr-subprocessor-no-mechanism", "any-category-recipient-sensitive", "any-retention-open-ended",
];

describe("the catalogue", () => {
  it("holds every rule of the brief, once each", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of BRIEF_IDS) expect(ids).toContain(id);
  });

  it.each(RULES.map((r) => [r.id, r] as const))("%s has consistent metadata", (id, rule) => {
    expect(id).toMatch(/^(gdpr|pipl|any)(-[a-z0-9]+)+$/);
    const prefixes: Record<string, string> = { GDPR: "gdpr-", PIPL: "pipl-" };
    const prefix = rule.regime === null ? "any-" : prefixes[rule.regime];
    expect(id.startsWith(prefix)).toBe(true);
    expect(rule.regime === null || ["GDPR", "PIPL"].includes(rule.regime)).toBe(true);
    expect(rule.reference).toMatch(/^(GDPR|PIPL) Art \d+/);
    for (const sentence of [rule.checks, rule.remediation]) {
      expect(sentence).toMatch(/^[A-Z].*\.$/);
      expect(sentence.slice(0, -1).replace(/e\.g\./g, "eg")).not.toMatch(/\.\s/);
    }
  });

  it("rules import nothing from the database, the API, the modules or the server", () => {
    const dir = path.resolve(__dirname, "../../../src/domain/rules");
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const source = readFileSync(path.join(dir, file), "utf8");
      const imports = [...source.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]);
      for (const i of imports) expect(i, `${file} imports ${i}`).not.toMatch(/(^|\/)(db|graphql|modules|server)(\/|$)/);
    }
  });
});

describe("clean records", () => {
  it("a complete GDPR record has no findings", () => {
    expect(run(record())).toEqual([]);
  });
  it("a complete PIPL record has no findings", () => {
    expect(run(piplRecord())).toEqual([]);
  });
});

describe("partial records", () => {
  const bareOrg = (over: Partial<OrganizationRecord> = {}): OrganizationRecord => ({
    id: "org_bare", slug: "", name: "", country: null, contactEmail: null, postalAddress: null, dpo: null, representative: null, subjectJurisdictions: [], ...over,
  });
  const bareActivity = (over: Partial<ActivityRecord> = {}): ActivityRecord => ({
    id: "act_bare", key: "", name: "Bare", purposes: [], legalBases: [], dataSubjects: [], dataCategories: [], sources: [], disclosures: [],
    storageLocationIds: [], retention: null, securityMeasureIds: [], subjectJurisdictions: null, noRecipients: false, ...over,
  });
  const bareRecipient = (over: Partial<RecipientRecord> = {}): RecipientRecord => ({
    id: "rcp_bare", key: "", name: "", kind: "", category: null, named: false, country: null, dpaStatus: "", parentId: null, mechanisms: [], ...over,
  });
  const bareLocation = (over: Partial<LocationRecord> = {}): LocationRecord => ({ id: "loc_bare", key: "", name: "", country: "", mechanisms: [], ...over });

  const partials: [string, RecordInput][] = [
    ["nothing at all", { organization: bareOrg(), activities: [], recipients: [], storageLocations: [] }],
    ["a name-only activity, no regime", { organization: bareOrg(), activities: [bareActivity()], recipients: [], storageLocations: [] }],
    ["a name-only activity under GDPR and PIPL", { organization: bareOrg({ subjectJurisdictions: ["EEA", "CN"] }), activities: [bareActivity()], recipients: [], storageLocations: [] }],
    [
      "bare recipients, locations, retention and a representative",
      {
        organization: bareOrg({ country: "CN", subjectJurisdictions: ["EEA"], representative: { name: "", country: null }, dpo: { name: "", email: null } }),
        activities: [
          bareActivity({
            retention: { period: null, trigger: null, description: null },
            legalBases: [claim("GDPR", "A6-1-f"), claim("PIPL", "13-1", { consentMechanism: "CONTINUED_USE" })],
            purposes: ["marketing"],
            dataSubjects: ["child"],
            disclosures: [{ recipientId: "rcp_bare", dataCategories: ["user.biometric"] }, { recipientId: "rcp_ghost", dataCategories: [] }],
            storageLocationIds: ["loc_bare", "loc_ghost"],
          }),
          bareActivity({ id: "act_bare_2", name: "", subjectJurisdictions: ["CN"], storageLocationIds: ["loc_bare"] }),
        ],
        recipients: [
          bareRecipient(),
          bareRecipient({ id: "rcp_child", parentId: "rcp_bare", kind: "SUB_PROCESSOR", mechanisms: [mechanism("GDPR", "A49-1-a")], country: "US" }),
          bareRecipient({ id: "rcp_loop", parentId: "rcp_loop" }),
          bareRecipient({ id: "rcp_orphan", parentId: "rcp_missing" }),
        ],
        storageLocations: [bareLocation()],
      },
    ],
  ];

  it.each(partials)("every rule evaluates %s without throwing", (_, rec) => {
    const input = { record: rec, facts: facts(), transfers: analyseTransfers(rec, facts()) };
    for (const rule of RULES) expect(() => rule.evaluate(input), rule.id).not.toThrow();
    expect(() => evaluate(rec, facts())).not.toThrow();
  });

  it("an activity with nothing but a name yields findings that name it", () => {
    const found = evaluate(partials[2][1], facts());
    const rules = new Set(found.map((f) => f.rule));
    for (const id of [
      "gdpr-art30-purposes", "gdpr-art30-data-subjects", "gdpr-art30-data-categories", "gdpr-art30-recipients", "gdpr-art30-retention",
      "gdpr-art30-security", "gdpr-art30-controller-contact", "gdpr-art30-dpo", "gdpr-art6-no-basis", "pipl-no-basis",
    ])
      expect(rules, id).toContain(id);
    for (const f of found.filter((x) => x.subjectType === "ProcessingActivity")) expect(f.message).toContain('"Bare"');
    for (const f of found.filter((x) => x.subjectType === "Organization")) expect(f.message).toContain('"org_bare"');
  });

  it("a blank name falls back to the id in messages", () => {
    const found = evaluate(partials[3][1], facts());
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.message).not.toContain('""');
  });
});

describe("finding ids and ordering", () => {
  const us = recipient({ id: "rcp_us", name: "US Analytics", country: "US" });
  const cn = recipient({ id: "rcp_cn", name: "CN Support", country: "CN", dpaStatus: "NONE" });
  const messy = (): RecordInput =>
    record({
      organization: organization({ dpo: null }),
      activities: [
        disclosing([us, cn], { retention: { period: null, trigger: "ACCOUNT_CLOSURE", description: null }, legalBases: [claim("GDPR", "A6-1-a", { consentMechanism: "CONTINUED_USE" })] }),
        activity({ id: "act_other", name: "Newsletter", purposes: ["marketing.communications.email"], legalBases: [claim("GDPR", "A6-1-f")], storageLocationIds: ["loc_us"] }),
      ],
      recipients: [us, cn],
      storageLocations: [location({ id: "loc_us", name: "US cloud", country: "US", mechanisms: [mechanism("GDPR", "A45-3")] })],
    });

  it("are stable across runs", () => {
    const first = run(messy());
    const second = run(messy());
    expect(first.length).toBeGreaterThan(5);
    expect(second.map((f) => f.id)).toEqual(first.map((f) => f.id));
    expect(second).toEqual(first);
  });

  it("are unique, and distinct per detail", () => {
    const found = run(messy());
    expect(new Set(found.map((f) => f.id)).size).toBe(found.length);
    const notCovered = found.filter((f) => f.rule === "gdpr-transfer-not-covered");
    expect(notCovered).toHaveLength(2);
    expect(notCovered[0].subjectId).toBe(notCovered[1].subjectId);
    expect(notCovered.map((f) => f.id).sort()).toEqual([findingId("gdpr-transfer-not-covered", "act_payments", "rcp_cn"), findingId("gdpr-transfer-not-covered", "act_payments", "rcp_us")].sort());
  });

  it("do not depend on the message or the names", () => {
    const renamed = messy();
    renamed.activities[0].name = "Renamed";
    expect(run(renamed).map((f) => f.id)).toEqual(run(messy()).map((f) => f.id));
  });

  it("sorts findings from the most to the least severe", () => {
    const found = run(messy());
    const ranks = found.map((f) => severityRank(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(found[0].severity).toBe("HIGH");
    expect(found[found.length - 1].severity).toBe("INFO");
  });
});

describe("the fixture's reference facts", () => {
  it("inherit sensitivity from ancestors and keep regimes apart", () => {
    const f = facts();
    expect(f.sensitivity("user.financial.bank_account")).toEqual([{ regime: "PIPL", kind: "SENSITIVE" }, { regime: "CCPA", kind: "SENSITIVE" }]);
    expect(f.sensitivity("user.biometric.fingerprint").map((s) => s.regime)).toEqual(["GDPR", "PIPL"]);
    expect(f.sensitivity("user.financialx")).toEqual([]);
    expect(f.sensitivity("user.contact.email")).toEqual([]);
  });
  it("map adequacy with a NOT_ADEQUATE default", () => {
    const f = facts();
    expect(["DE", "FR", "IE", "NL", "GB", "JP", "US", "HK", "CN"].map(f.euAdequacy)).toEqual(["EEA", "EEA", "EEA", "EEA", "ADEQUATE", "ADEQUATE", "PARTIAL", "NOT_ADEQUATE", "NOT_ADEQUATE"]);
  });
});
