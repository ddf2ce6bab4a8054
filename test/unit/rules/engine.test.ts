import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { RecordActivity, RecordDocument, RecordLocation, RecordOrganization, RecordRecipient } from "../../../src/domain/record";
import { RULES } from "../../../src/domain/rules/catalogue";
import { evaluate, findingId, severityRank } from "../../../src/domain/rules/engine";
import { analyseTransfers } from "../../../src/domain/transfers";
import { activity, claim, disclosing, disclosure, euRecord, facts, identity, location, mechanism, organization, piplRecord, record, recipient, run } from "./fixture";

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
    expect(id).toMatch(/^(gdpr|uk|pipl|pdpo|ccpa|eprivacy|any)(-[a-z0-9]+)+$/);
    const prefixes: Record<string, string[]> = { GDPR: ["gdpr-", "eprivacy-"], UK_GDPR: ["uk-"], PIPL: ["pipl-"], PDPO: ["pdpo-"], CCPA: ["ccpa-"] };
    const allowed = rule.regime === null ? ["any-"] : prefixes[rule.regime];
    expect(allowed.some((p) => id.startsWith(p))).toBe(true);
    // An article of the rule's regime (UK rules may also cite PECR, ePrivacy rules the ePrivacy Directive).
    expect(rule.reference).toMatch(/^(GDPR Art|UK GDPR Art|PECR reg|ePrivacy Directive Art|PIPL Art|PDPO (s\.|DPP|Sch)|CCPA §|CCPA Regs §)/);
    if (rule.regime === null) expect(Object.keys(rule.references ?? {}).length > 0 || rule.id === "any-jurisdiction-unknown").toBe(true);
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
    expect(run(euRecord())).toEqual([]);
  });
  it("a complete PIPL record has no findings", () => {
    expect(run(piplRecord())).toEqual([]);
  });
});

describe("partial records", () => {
  // Deliberately malformed: blank names and keys, values outside the enumerations, keys that point nowhere.
  const odd = <T>(v: unknown) => v as T;
  const bareOrg = (over: Partial<RecordOrganization> = {}): RecordOrganization => ({
    ...organization({ slug: "", name: "", country: null, contactEmail: null, postalAddress: null, dpo: null, representative: null, subjectJurisdictions: [] }),
    ...over,
  });
  const bareActivity = (over: Partial<RecordActivity> = {}): RecordActivity => ({
    key: "", name: "Bare", description: null, purposes: [], legalBases: [], dataSubjects: [], dataCategories: [], sources: [], disclosures: [],
    storageLocations: [], securityMeasures: [], retention: null, subjectJurisdictions: null, noRecipients: false,
    ageBands: [], trackers: [], marketing: [], individualsPerYear: null, sensitiveIndividualsPerYear: null, automatedDecisions: null, impactAssessment: null,
    evidence: [], ...over,
  });
  const bareRecipient = (over: Partial<RecordRecipient> = {}): RecordRecipient => ({
    ...recipient({ key: "", name: "", kind: odd(""), named: false, country: null, dpa: { status: odd("") } }),
    ...over,
  });
  const bareLocation = (over: Partial<RecordLocation> = {}): RecordLocation => ({ ...location({ key: "", name: "", country: "" }), ...over });
  const bare = (over: Partial<RecordDocument>): RecordDocument => record({ organization: bareOrg(), activities: [], recipients: [], storageLocations: [], securityMeasures: [], ...over });

  const partials: [string, RecordDocument][] = [
    ["nothing at all", bare({})],
    ["a name-only activity, no regime", bare({ activities: [bareActivity()] })],
    ["a name-only activity under GDPR and PIPL", bare({ organization: bareOrg({ subjectJurisdictions: ["EEA", "CN"] }), activities: [bareActivity()] })],
    [
      "bare recipients, locations, retention and a representative",
      bare({
        organization: bareOrg({ country: "CN", subjectJurisdictions: ["EEA"], representative: { name: "", email: null, country: null }, dpo: { name: "", email: null, country: null } }),
        activities: [
          bareActivity({
            key: "bare",
            retention: { period: null, trigger: null, description: null, evidence: [] },
            legalBases: [claim("GDPR", "A6-1-f"), claim("PIPL", "13-1", { consentMechanism: "CONTINUED_USE" })],
            purposes: ["marketing"],
            dataSubjects: ["child"],
            disclosures: [disclosure("", ["user.biometric"]), disclosure("ghost")],
            storageLocations: ["", "ghost"],
            securityMeasures: ["ghost"],
          }),
          bareActivity({ name: "", subjectJurisdictions: ["CN"], storageLocations: [""] }),
        ],
        recipients: [
          bareRecipient(),
          bareRecipient({ key: "child", parent: "", kind: "SUB_PROCESSOR", transferMechanisms: [mechanism("GDPR", "A49-1-a")], country: "US" }),
          bareRecipient({ key: "loop", parent: "loop" }),
          bareRecipient({ key: "orphan", parent: "missing" }),
        ],
        storageLocations: [bareLocation()],
      }),
    ],
  ];
  const ids = (rec: RecordDocument) => identity(rec, "org_bare");

  it.each(partials)("every rule evaluates %s without throwing", (_, rec) => {
    const input = { record: rec, identity: ids(rec), facts: facts(), transfers: analyseTransfers(rec, facts(), ids(rec)) };
    for (const rule of RULES) expect(() => rule.evaluate(input), rule.id).not.toThrow();
    expect(() => evaluate(rec, facts(), ids(rec))).not.toThrow();
  });

  it("an activity with nothing but a name yields findings that name it", () => {
    const found = evaluate(partials[2][1], facts(), ids(partials[2][1]));
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
    const found = evaluate(partials[3][1], facts(), ids(partials[3][1]));
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.message).not.toContain('""');
  });
});

describe("finding ids and ordering", () => {
  const us = recipient({ key: "us", name: "US Analytics", country: "US" });
  const cn = recipient({ key: "cn", name: "CN Support", country: "CN", dpa: { status: "NONE" } });
  const messy = (): RecordDocument =>
    record({
      organization: organization({ dpo: null }),
      activities: [
        disclosing([us, cn], { retention: { period: null, trigger: "ACCOUNT_CLOSURE", description: null, evidence: [] }, legalBases: [claim("GDPR", "A6-1-a", { consentMechanism: "CONTINUED_USE" })] }),
        activity({ key: "other", name: "Newsletter", purposes: ["marketing.communications.email"], legalBases: [claim("GDPR", "A6-1-f")], storageLocations: ["us"] }),
      ],
      recipients: [us, cn],
      storageLocations: [location({ key: "us", name: "US cloud", country: "US", transferMechanisms: [mechanism("GDPR", "A45-3")] })],
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
    // One finding per destination, on the destination itself.
    expect(notCovered).toHaveLength(2);
    expect(notCovered.map((f) => f.subjectId).sort()).toEqual(["rcp_cn", "rcp_us"]);
    expect(notCovered.map((f) => f.id).sort()).toEqual([findingId("gdpr-transfer-not-covered", "rcp_cn"), findingId("gdpr-transfer-not-covered", "rcp_us")].sort());
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
