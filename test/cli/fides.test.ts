import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkFidesManifest } from "../helpers/fideslang-model";
import { count, removeDir, ROOT, runCli, SEEDS, tempDir, withDb } from "./run";

// `datamap export fides`, `datamap import fides` and `datamap import fideslang` through the real binary, on
// manifests in Fides' own formats (test/fixtures/fides/shop, shaped like Fides' demo resources) and on our exports.

const FIXTURES = path.join(ROOT, "test", "fixtures", "fides");
const SHOP = path.join(FIXTURES, "shop");
const TABLES = ["organizations", "recipients", "processing_activities", "disclosures", "activity_data_categories", "data_categories", "purposes", "security_measures", "versions", "audit_log"];
const EMPTY_ORGS = ["fresh", "shop", "again", "broken", "mails"];

let dir: string;
let db: string;
let manifest: string;
const counts = () => Object.fromEntries(TABLES.map((t) => [t, count(db, t)]));

/** Category, purpose and subject keys of each activity of an organisation, by activity key. */
function record(slug: string) {
  return withDb(db, (d) =>
    d
      .prepare(
        `select a.key,
           (select group_concat(k, ' ') from (select p.key as k from activity_purposes x join purposes p on p.id = x.purpose_id where x.activity_id = a.id order by p.key)) as purposes,
           (select group_concat(k, ' ') from (select c.key as k from activity_data_categories x join data_categories c on c.id = x.category_id where x.activity_id = a.id order by c.key)) as categories,
           (select group_concat(k, ' ') from (select s.key as k from activity_data_subjects x join data_subject_categories s on s.id = x.subject_id where x.activity_id = a.id order by s.key)) as subjects
         from processing_activities a join organizations o on o.id = a.organization_id where o.slug = ? and a.archived_at is null order by a.key`,
      )
      .all(slug) as { key: string; purposes: string | null; categories: string | null; subjects: string | null }[],
  );
}

/** Each disclosure of an organisation as "activity -> recipient: categories". */
function disclosures(slug: string): string[] {
  return withDb(db, (d) =>
    (
      d
        .prepare(
          `select a.key as activity, r.key as recipient,
             (select group_concat(k, ' ') from (select c.key as k from disclosure_categories x join data_categories c on c.id = x.category_id where x.disclosure_id = dd.id order by c.key)) as categories
           from disclosures dd join processing_activities a on a.id = dd.activity_id join recipients r on r.id = dd.recipient_id
           join organizations o on o.id = a.organization_id where o.slug = ? order by a.key, r.key`,
        )
        .all(slug) as { activity: string; recipient: string; categories: string | null }[]
    ).map((x) => `${x.activity} -> ${x.recipient}: ${x.categories ?? ""}`),
  );
}

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

/** A copy of the shop fixtures with one file's text edited (and more, file by file, in `also`). */
function shopWith(name: string, file: string, edit: (text: string) => string, also: Record<string, (text: string) => string> = {}): string {
  const copy = path.join(dir, name);
  fs.cpSync(SHOP, copy, { recursive: true });
  for (const [f, e] of Object.entries({ [file]: edit, ...also })) {
    const target = path.join(copy, f);
    const before = fs.readFileSync(target, "utf8");
    const after = e(before);
    expect(after, "the edit must change the fixture").not.toBe(before);
    fs.writeFileSync(target, after);
  }
  return copy;
}

async function exportOf(slug: string): Promise<unknown> {
  const r = await runCli(["export", "fides", "--org", slug, "--db", db]);
  expect(r.code, r.stderr).toBe(0);
  return YAML.parse(r.stdout);
}

beforeAll(async () => {
  dir = tempDir();
  db = path.join(dir, "fides.db");
  const seeds = path.join(dir, "seeds");
  fs.cpSync(path.join(SEEDS, "reference"), path.join(seeds, "reference"), { recursive: true });
  for (const s of ["landups", "leanplans"]) fs.copyFileSync(path.join(SEEDS, `${s}.yaml`), path.join(seeds, `${s}.yaml`));
  const fresh = fs.readFileSync(path.join(FIXTURES, "fresh-org.yaml"), "utf8");
  for (const slug of EMPTY_ORGS) fs.writeFileSync(path.join(seeds, `${slug}.yaml`), fresh.replace("slug: fresh", `slug: ${slug}`));
  const r = await runCli(["seed", "--db", db, "--seeds", seeds]);
  expect(r.code, r.stderr).toBe(0);
  manifest = path.join(dir, "landups.fides.yml");
});
afterAll(() => removeDir(dir));

describe("datamap import fides on Fides' own formats", () => {
  it("reports a dry run of a directory of manifests and writes nothing", async () => {
    const before = counts();
    const r = await runCli(["import", "fides", SHOP, "--org", "shop", "--dry-run", "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^datamap: dry run, nothing was written: 4 systems \(2 run by third parties\) from 5 files into shop would give recipients 3 added, 0 changed, 0 unchanged; activities 5 added, 0 changed, 0 unchanged; 2 datasets; organisation header updated; 4 new taxonomy entries \(data_category 2, data_use 1, data_subject 1\); 1 Fides policy not read/,
    );
    expect(counts()).toEqual(before);
  });

  it("makes every privacy declaration of every system an activity", async () => {
    const r = await runCli(["import", "fides", SHOP, "--org", "shop", "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('organization.yml: organization[0] "default_organization" representative: no name, which datamap needs for a contact; the contact is not imported');
    expect(record("shop").map((a) => [a.key, a.purposes])).toEqual([
      ["analytics-warehouse-analyse-sales", "analytics.reporting"],
      ["fraud-checker-screen-payments-for-fraud", "essential.fraud_detection"],
      ["payments-provider-process-card-payments", "essential.service.payment_processing"],
      ["shop-web-send-newsletters", "marketing.communications.email.loyalty"],
      ["shop-web-take-orders", "essential.service"],
    ]);
    const facts = withDb(db, (d) =>
      d
        .prepare(
          `select a.key, a.retention_period as period, a.retention_description as retention, a.impact_assessment as dpia,
             (select group_concat(b.code || coalesce('@' || l.assessment, ''), ' ') from activity_legal_bases l join legal_bases b on b.id = l.legal_basis_id where l.activity_id = a.id) as bases
           from processing_activities a join organizations o on o.id = a.organization_id where o.slug = 'shop' order by a.key`,
        )
        .all(),
    );
    expect(facts).toEqual([
      { key: "analytics-warehouse-analyse-sales", period: null, retention: null, dpia: null, bases: "A6-1-f@https://wiki.shopwise.example/lia/analytics" },
      { key: "fraud-checker-screen-payments-for-fraud", period: null, retention: null, dpia: null, bases: "A6-1-f" },
      { key: "payments-provider-process-card-payments", period: null, retention: null, dpia: null, bases: "A6-1-b" },
      { key: "shop-web-send-newsletters", period: null, retention: "Until the person unsubscribes", dpia: "https://wiki.shopwise.example/dpia/shop", bases: "A6-1-a" },
      { key: "shop-web-take-orders", period: "P6Y", retention: null, dpia: "https://wiki.shopwise.example/dpia/shop", bases: "A6-1-b" },
    ]);
  });

  it("puts each dataset's categories on the activities of the system that uses it", () => {
    const cats = Object.fromEntries(record("shop").map((a) => [a.key, a.categories]));
    // shop_db (a declaration's dataset_references) brings the address, loyalty points and system data.
    expect(cats["shop-web-take-orders"]).toBe("system.operations user.contact.address.street user.contact.email user.financial.credit_card user.loyalty.points user.name");
    expect(cats["shop-web-send-newsletters"]).toBe("user.contact.email user.name");
    // events_dataset (an ingress flow of type dataset) gives the warehouse, which declares no categories itself, its categories.
    expect(cats["analytics-warehouse-analyse-sales"]).toBe("user.behavior.browsing_history user.device.cookie_id");
  });

  it("makes recipients of third-party systems and of the third parties declarations share with", () => {
    const rows = withDb(db, (d) =>
      d
        .prepare(
          "select r.key, r.name, r.kind, r.named, r.category, p.key as parent, r.privacy_url as privacyUrl from recipients r join organizations o on o.id = r.organization_id left join recipients p on p.id = r.parent_id where o.slug = 'shop' order by r.key",
        )
        .all(),
    );
    expect(rows).toEqual([
      { key: "advertising-partners", name: "Advertising partners", kind: "THIRD_PARTY", named: 0, category: "Advertising partners", parent: null, privacyUrl: null },
      { key: "fraud-checker", name: "FraudScreen Inc", kind: "SUB_PROCESSOR", named: 1, category: null, parent: "payments-provider", privacyUrl: null },
      { key: "payments-provider", name: "PayFast Ltd", kind: "PROCESSOR", named: 1, category: null, parent: null, privacyUrl: "https://payfast.example/privacy" },
    ]);
    // The flow to the warehouse stays inside the organisation; the flow to PayFast carries only its stated categories.
    expect(disclosures("shop")).toEqual([
      "fraud-checker-screen-payments-for-fraud -> fraud-checker: user.device.ip_address user.financial.credit_card",
      "payments-provider-process-card-payments -> fraud-checker: user.financial.credit_card user.name",
      "payments-provider-process-card-payments -> payments-provider: user.financial.credit_card user.name",
      "shop-web-send-newsletters -> advertising-partners: user.contact.email",
      "shop-web-take-orders -> payments-provider: user.financial.credit_card user.name",
    ]);
  });

  it("fills the controller's header from the organization resource", () => {
    const org = withDb(db, (d) =>
      d.prepare("select name, legal_name as legalName, contact_email as email, postal_address as address, dpo_name as dpo, dpo_email as dpoEmail, representative_name as rep from organizations where slug = 'shop'").get(),
    );
    expect(org).toEqual({ name: "Shopwise", legalName: "Shopwise Retail Ltd", email: "privacy@shopwise.example", address: "1 Market Street, Dublin, Ireland", dpo: "Dana Protection", dpoEmail: "dpo@shopwise.example", rep: null });
    const measure = withDb(db, (d) => d.prepare("select m.kind, m.description from security_measures m join organizations o on o.id = m.organization_id where o.slug = 'shop' and m.key = 'security-policy'").get());
    expect(measure).toEqual({ kind: "ORGANISATIONAL", description: "The organisation's security policy, published at https://shopwise.example/security (from Fides)." });
  });

  it("leaves out, with a warning, an e-mail address our record cannot hold (Fides' demo has one)", async () => {
    const files = shopWith("mails", "organization.yml", (t) => t.replace("email: privacy@shopwise.example", "email: controller@demo_company.com"));
    const r = await runCli(["import", "fides", files, "--org", "mails", "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('organization.yml: organization[0] "default_organization" controller.email: "controller@demo_company.com" is not an e-mail address datamap can hold');
    expect(withDb(db, (d) => d.prepare("select legal_name as legalName, contact_email as email from organizations where slug = 'mails'").get())).toEqual({ legalName: "Shopwise Retail Ltd", email: null });
    const read = await runCli(["export", "ropa", "--org", "mails", "--format", "json", "--db", db]);
    expect(read.code, read.stderr).toBe(0);
  });

  it("reads the same files given one by one, and changes nothing the second time", async () => {
    const before = counts();
    const files = fs.readdirSync(SHOP).map((f) => path.join(SHOP, f));
    const r = await runCli(["import", "fides", ...files, "--org", "shop", "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/recipients 0 added, 0 changed, 3 unchanged; activities 0 added, 0 changed, 5 unchanged; 2 datasets; organisation header unchanged; 1 Fides policy/);
    expect(counts()).toEqual(before);
  });
});

describe("datamap import fides refuses bad files, naming file, resource, fides_key and field, and writes nothing", () => {
  const refused = async (input: string | string[], ...lines: (string | RegExp)[]) => {
    const before = counts();
    const r = await runCli(["import", "fides", ...(Array.isArray(input) ? input : [input]), "--org", "broken", "--db", db]);
    expect(r.code, r.stdout).toBe(1);
    expect(r.stderr).toMatch(/^datamap: rejected, nothing was written:\n/);
    for (const l of lines) expect(r.stderr).toMatch(l);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(counts()).toEqual(before);
  };

  it("an unknown data use, even with the other files fine (and a new taxonomy entry in one of them)", async () => {
    const newCategory = "  - fides_key: user.loyalty.tier\n    name: Loyalty tier\n    parent_key: user.loyalty\n";
    const bad = shopWith("bad-use", "systems.yml", (t) => t.replace("data_use: marketing.communications.email.loyalty", "data_use: marketing.telepathy"), {
      "taxonomy.yml": (t) => t.replace("data_use:\n", `${newCategory}data_use:\n`),
    });
    await refused(bad, 'systems.yml: system[0] "shop_web" privacy_declarations[1] data_use: "marketing.telepathy" is an unknown taxonomy key; expected a purpose (data use) key');
  });

  it("a legal basis Fides does not have", async () => {
    const bad = shopWith("bad-basis", "systems.yml", (t) => t.replace("legal_basis_for_processing: Consent", "legal_basis_for_processing: Because we can"));
    await refused(bad, /systems\.yml: system\[0\] "shop_web" privacy_declarations\[1\] legal_basis_for_processing: "Because we can" is not one of Fides' values; expected one of "Consent", "Contract"/);
  });

  it("an unknown category in a nested dataset field", async () => {
    const bad = shopWith("bad-dataset", "datasets.yml", (t) => t.replace("data_categories: [user.device.cookie_id]", "data_categories: [user.device.aura]"));
    await refused(bad, 'datasets.yml: dataset[1] "events_dataset" collections[0].fields[0].fields[0].data_categories[0]: "user.device.aura" is an unknown taxonomy key');
  });

  it("a required field missing, and a field of the wrong type", async () => {
    const bad = shopWith("bad-shape", "datasets.yml", (t) => t.replace("      - name: customers\n", "      - title: customers\n").replace("data_categories: []\n    collections:", "data_categories: true\n    collections:"));
    await refused(bad, /datasets\.yml: dataset\[0\] "shop_db" data_categories: .*\(got true\)/, /datasets\.yml: dataset\[0\] "shop_db" collections\[0\]\.name: .*\(missing\)/);
  });

  it("a third party's privacy policy that is no URL", async () => {
    const bad = shopWith("bad-url", "systems.yml", (t) => t.replace("privacy_policy: https://payfast.example/privacy", "privacy_policy: see our website"));
    await refused(bad, /systems\.yml: system\[2\] "payments_provider" privacy_policy: "see our website" is not valid; expected .*URL/);
  });

  it("resources of two Fides organisations", async () => {
    const bad = shopWith("two-orgs", "systems.yml", (t) => t.replace("    organization_fides_key: default_organization\n    system_type: Application", "    organization_fides_key: other_org\n    system_type: Application"));
    await refused(bad, /systems\.yml: system\[0\] "shop_web" organization_fides_key: "other_org" is another Fides organisation than "default_organization"; expected the resources of one organisation per import/);
  });

  it("a flow to a system no file defines", async () => {
    const bad = shopWith("bad-flow", "systems.yml", (t) => t.replace("egress: [payments_provider, analytics_warehouse]", "egress: [payments_provider, nowhere]"));
    await refused(bad, 'systems.yml: system[0] "shop_web" privacy_declarations[0] egress[1]: "nowhere" names no system of the files and no recipient of broken');
  });

  it("the same system in two files", async () => {
    const second = write("dupe/more.yml", "system:\n  - fides_key: shop_web\n    system_type: Service\n    privacy_declarations: []\n");
    await refused([SHOP, second], /more\.yml: system\[0\] "shop_web" fides_key: "shop_web" is listed twice \(also .*systems\.yml: system\[0\] "shop_web"\)/);
  });

  it("malformed YAML, an unknown resource kind, and a missing file", async () => {
    await refused(write("broken.yml", "system:\n  - fides_key: x\n    name: [unclosed\n"), /broken\.yml: line \d+: /);
    await refused(write("kinds.yml", "systems:\n  - fides_key: x\n"), 'kinds.yml: (top level): unknown key(s) "systems"');
    await refused(path.join(dir, "no-such.yml"), "no-such.yml: (top level): no such file or directory; expected a Fides manifest (.yml) or a directory of them");
  });

  it("exits 2 for an unknown organisation", async () => {
    const r = await runCli(["import", "fides", SHOP, "--org", "nope", "--db", db]);
    expect(r.code).toBe(2);
  });
});

describe("datamap export fides", () => {
  it("writes the manifest to a file and says what it wrote", async () => {
    const r = await runCli(["export", "fides", "--org", "landups", "--out", manifest, "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^datamap: exported landups as \d+ Fides systems with \d+ privacy declarations( and \d+ taxonomy entr(y|ies) of our own)? to .*landups\.fides\.yml \(\d+\.\d s\)\n$/);
    const doc = YAML.parse(fs.readFileSync(manifest, "utf8"));
    expect(doc.organization[0]).toMatchObject({ fides_key: "default_organization" });
    const own = doc.system[0];
    expect(own.fides_key).toBe("landups");
    expect(own.privacy_declarations.length).toBe(record("landups").length);
    expect(doc.system.slice(1).every((s: any) => s.privacy_declarations.length === 0)).toBe(true);
  });

  it("prints YAML alone on standard output, the summary on standard error", async () => {
    const r = await runCli(["export", "fides", "--org", "landups", "--db", db]);
    expect(r.code).toBe(0);
    expect(YAML.parse(r.stdout).system[0].fides_key).toBe("landups");
    expect(r.stderr).toMatch(/^datamap: exported landups as/);
  });

  it("writes manifests of both seed organisations that Fides' model accepts, defining every key of ours", async () => {
    for (const slug of ["landups", "leanplans"]) {
      const doc: any = await exportOf(slug);
      expect(checkFidesManifest(doc), slug).toEqual([]);
      // What the file defines is exactly ours: origin datamap in our reference data.
      for (const [kind, table] of [["data_category", "data_categories"], ["data_use", "purposes"], ["data_subject", "data_subject_categories"]] as const) {
        for (const e of doc[kind] ?? []) expect(withDb(db, (d) => d.prepare(`select origin from ${table} where key = ?`).get(e.fides_key)), `${slug} ${e.fides_key}`).toEqual({ origin: "datamap" });
      }
    }
  });

  it("defines the keys of a record with taxonomy entries of its own, each with its parent", async () => {
    const doc: any = await exportOf("shop");
    expect(checkFidesManifest(doc)).toEqual([]);
    expect(doc.data_category).toEqual([
      { fides_key: "user.loyalty", name: "Loyalty programme data", description: "What a person's membership of the loyalty programme records.", parent_key: "user", is_default: false },
      { fides_key: "user.loyalty.points", name: "Loyalty points", parent_key: "user.loyalty", is_default: false },
    ]);
    expect(doc.data_use).toEqual([
      { fides_key: "marketing.communications.email.loyalty", name: "Loyalty newsletters", description: "E-mails to loyalty programme members about their points and offers.", parent_key: "marketing.communications.email", is_default: false },
    ]);
    expect(doc.data_subject).toEqual([{ fides_key: "loyalty_member", name: "Loyalty programme member", is_default: false }]);
    expect(doc.organization[0]).toEqual({
      fides_key: "default_organization",
      name: "Shopwise",
      controller: { name: "Shopwise Retail Ltd", address: "1 Market Street, Dublin, Ireland", email: "privacy@shopwise.example" },
      data_protection_officer: { name: "Dana Protection", email: "dpo@shopwise.example" },
    });
  });

  it("the checker itself finds what Fides would refuse", async () => {
    const doc: any = await exportOf("shop");
    delete doc.data_category;
    doc.system[0].privacy_declarations[0].data_use = "marketing.telepathy";
    doc.system[0].privacy_declarations[0].flavour = "vanilla";
    doc.system[1].system_type = null;
    const problems = checkFidesManifest(doc);
    expect(problems).toContain('system[0].privacy_declarations[0].data_use[0]: "marketing.telepathy" is not in Fides\' default data_use taxonomy and not defined in the file');
    expect(problems).toContain("system[0].privacy_declarations[0].flavour: unknown field of declaration");
    expect(problems).toContain("system[1].system_type: required");
    expect(problems.some((p) => p.includes('"user.loyalty.points" is not in Fides\' default data_category taxonomy'))).toBe(true);
  });

  it("exits 2 for an unknown organisation", async () => {
    const r = await runCli(["export", "fides", "--org", "nope", "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--org "nope" is not valid; expected one of');
  });
});

describe("our export read back by our import", () => {
  it("keeps the activities of a seed organisation", async () => {
    const dry = await runCli(["import", "fides", manifest, "--org", "fresh", "--dry-run", "--db", db]);
    expect(dry.stdout).toMatch(/^datamap: dry run, nothing was written: \d+ systems \(\d+ run by third parties\) from landups\.fides\.yml into fresh would give recipients \d+ added/);
    const r = await runCli(["import", "fides", manifest, "--org", "fresh", "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/into fresh: recipients \d+ added, 0 changed, 0 unchanged; activities \d+ added, 0 changed, 0 unchanged/);
    expect(record("fresh")).toEqual(record("landups"));
    const again = await runCli(["import", "fides", manifest, "--org", "fresh", "--db", db]);
    expect(again.stdout).toMatch(/recipients 0 added, 0 changed, \d+ unchanged; activities 0 added, 0 changed, \d+ unchanged/);
  });

  it("keeps the activities, disclosures and own taxonomy of a record read from Fides", async () => {
    const file = path.join(dir, "shop.fides.yml");
    expect((await runCli(["export", "fides", "--org", "shop", "--out", file, "--db", db])).code).toBe(0);
    const r = await runCli(["import", "fides", file, "--org", "again", "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    expect(record("again")).toEqual(record("shop"));
    expect(disclosures("again")).toEqual(disclosures("shop"));
  });
});

describe("datamap import fideslang", () => {
  it("adds and updates taxonomy entries, and a dry run writes nothing", async () => {
    const file = path.join(FIXTURES, "data_categories.yml");
    const before = counts();
    const dry = await runCli(["import", "fideslang", file, "--dry-run", "--db", db]);
    expect(dry.stdout).toMatch(/^datamap: dry run, nothing was written: data_categories\.yml would give 3 entries of data categories: 1 added, 2 changed, 0 unchanged \(1 marked deprecated\)/);
    expect(counts()).toEqual(before);
    const r = await runCli(["import", "fideslang", file, "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^datamap: imported from data_categories\.yml 3 entries of data categories: 1 added, 2 changed, 0 unchanged \(1 marked deprecated\)/);
    expect(withDb(db, (d) => d.prepare("select name, origin from data_categories where key = 'user.contact.pager'").get())).toEqual({ name: "Pager number", origin: "datamap" });
  });

  it("reads a file with all three kinds, and with --keep-names leaves our wording of existing entries", async () => {
    const email = () => withDb(db, (d) => d.prepare("select name, description from data_categories where key = 'user.contact.email'").get());
    const before = email();
    const r = await runCli(["import", "fideslang", path.join(FIXTURES, "extended_taxonomy.yml"), "--keep-names", "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      // The loyalty categories came with the shop's manifests already: all three data categories are existing ones.
      /^datamap: imported from extended_taxonomy\.yml 3 entries of data categories: 0 added, 0 changed, 0 unchanged, 3 kept as worded here \(0 marked deprecated\); 1 entry of data uses \(purposes\): 1 added.*; 1 entry of data subjects: 1 added/,
    );
    expect(email()).toEqual(before);
    expect(withDb(db, (d) => d.prepare("select name from data_subject_categories where key = 'potential_customer'").get())).toEqual({ name: "Potential customer" });
  });

  it("refuses an unknown parent key, and writes nothing", async () => {
    const bad = write("orphan.yml", "data_category:\n  - fides_key: user.hobby.chess\n    name: Chess\n    parent_key: user.hobby\n");
    const before = counts();
    const r = await runCli(["import", "fideslang", bad, "--db", db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('orphan.yml: data_category[0] "user.hobby.chess" parent_key: "user.hobby" is an unknown taxonomy key');
    expect(counts()).toEqual(before);
  });
});
