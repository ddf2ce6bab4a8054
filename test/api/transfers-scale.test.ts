import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authService } from "../../src/modules/auth/auth.service";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";
import { loadSynthetic } from "../helpers/synthetic";

// transfers' filters and `first`, and transferDestinations, agree with what a client would compute from the
// full list; scoped keys learn nothing of other organisations; the memo of live transfers follows writes.
let s: TestServer;
let admin = "";
let leanplansOnly = "";
const FIELDS = `regime status mechanism exemption toCountry { code } activity { id } recipient { id } location { id }`;
const LIST = `query($org: String!, $regime: Regime, $status: TransferStatus, $toCountry: String, $first: Int) {
  transfers(organization: $org, regime: $regime, status: $status, toCountry: $toCountry, first: $first) { ${FIELDS} } }`;
const DESTINATIONS = `query($org: String!, $regime: Regime) {
  transferDestinations(organization: $org, regime: $regime) { regime country { code name } covered notCovered undetermined mechanisms } }`;
const REGIMES = ["GDPR", "UK_GDPR", "PIPL", "PDPO", "CCPA"];

beforeAll(async () => {
  s = await startTestServer({
    security: { auth: "on" },
    prepare: (conn) => {
      loadSynthetic(conn, "synthetic", 300);
      conn.db.transaction((tx) => {
        admin = authService.create(tx, { name: "root", role: "ADMIN" }).token;
        leanplansOnly = authService.create(tx, { name: "lp", role: "VIEWER", organizations: ["leanplans"] }).token;
      });
    },
  });
});
afterAll(() => s.close());

const list = async (variables: Record<string, unknown>, token = admin): Promise<any[]> => dataOf(await s.gql(LIST, variables, token)).transfers;
const destinations = async (variables: Record<string, unknown>, token = admin): Promise<any[]> => dataOf(await s.gql(DESTINATIONS, variables, token)).transferDestinations;

/** The full list grouped by regime and destination, as a client would count it. */
function grouped(all: any[]) {
  const out = new Map<string, { covered: number; notCovered: number; undetermined: number; mechanisms: Set<string> }>();
  for (const t of all) {
    const key = `${t.regime}|${t.toCountry.code}`;
    if (!out.has(key)) out.set(key, { covered: 0, notCovered: 0, undetermined: 0, mechanisms: new Set() });
    const g = out.get(key)!;
    if (t.status === "COVERED") g.covered++;
    else if (t.status === "NOT_COVERED") g.notCovered++;
    else g.undetermined++;
    if (t.mechanism) g.mechanisms.add(t.mechanism);
  }
  return new Map([...out].map(([k, g]) => [k, { covered: g.covered, notCovered: g.notCovered, undetermined: g.undetermined, mechanisms: [...g.mechanisms].sort() }]));
}

describe("transfers filters", () => {
  for (const org of ["landups", "leanplans"]) {
    it(`filter ${org}'s transfers by regime, status and importer country as the full list filtered by hand, in the same order`, async () => {
      const all = await list({ org });
      expect(all.length).toBeGreaterThan(0);
      const regimes = [...new Set(all.map((t) => t.regime))];
      const statuses = [...new Set(all.map((t) => t.status))];
      const countries = [...new Set(all.map((t) => t.toCountry.code))];
      for (const regime of regimes) expect(await list({ org, regime })).toEqual(all.filter((t) => t.regime === regime));
      for (const status of statuses) expect(await list({ org, status })).toEqual(all.filter((t) => t.status === status));
      for (const toCountry of countries) expect(await list({ org, toCountry })).toEqual(all.filter((t) => t.toCountry.code === toCountry));
      const [regime, status, toCountry] = [regimes[0], statuses[0], countries[0]];
      const all3 = all.filter((t) => t.regime === regime && t.status === status && t.toCountry.code === toCountry);
      expect(await list({ org, regime, status, toCountry })).toEqual(all3);
      // A regime the record has no transfers under, and a country it does not send to, give nothing.
      expect(await list({ org, regime: REGIMES.find((r) => !regimes.includes(r)) })).toEqual([]);
      expect(await list({ org, toCountry: "NZ" })).toEqual([]);
      // `first` caps after ordering, with or without filters.
      expect(await list({ org, first: 2 })).toEqual(all.slice(0, 2));
      expect(await list({ org, first: 1000 })).toEqual(all.slice(0, 1000));
      expect(await list({ org, regime, first: 1 })).toEqual(all.filter((t) => t.regime === regime).slice(0, 1));
    });
  }

  it("has PIPL transfers of landups to HK, and leanplans transfers whose importer country is not recorded (ZZ)", async () => {
    const hk = await list({ org: "landups", regime: "PIPL", toCountry: "HK" });
    expect(hk.length).toBeGreaterThan(0);
    expect(hk.every((t) => t.regime === "PIPL" && t.toCountry.code === "HK")).toBe(true);
    const zz = await list({ org: "leanplans", toCountry: "ZZ" });
    expect(zz.length).toBeGreaterThan(0);
    expect(zz.every((t) => t.toCountry.code === "ZZ" && t.status === "UNDETERMINED")).toBe(true);
  });

  it("refuses a bad toCountry or first, naming the argument, and answers as before afterwards", async () => {
    const before = await list({ org: "landups" });
    for (const [variables, path] of [
      [{ toCountry: "hk" }, "toCountry"],
      [{ toCountry: "XX" }, "toCountry"],
      [{ toCountry: "HKG" }, "toCountry"],
      [{ toCountry: "" }, "toCountry"],
      [{ first: 0 }, "first"],
      [{ first: 1001 }, "first"],
      [{ first: -5, regime: "PIPL" }, "first"],
    ] as const) {
      const r = await s.gql(LIST, { org: "landups", ...variables }, admin);
      expect(r.body.data ?? null).toBeNull();
      expect(r.body.errors).toHaveLength(1);
      expect(r.body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: path });
      expect(r.body.errors![0].message).toMatch(new RegExp(`^${path}: `));
    }
    expect(await list({ org: "landups" })).toEqual(before);
  });

  it("returns 50 of the many transfers of a 300-activity synthetic record for first: 50", async () => {
    const all = await list({ org: "synthetic" });
    expect(all.length).toBeGreaterThan(300);
    const page = await list({ org: "synthetic", first: 50 });
    expect(page).toHaveLength(50);
    expect(page).toEqual(all.slice(0, 50));
    expect(await list({ org: "synthetic", toCountry: "US", first: 50 })).toEqual(all.filter((t) => t.toCountry.code === "US").slice(0, 50));
  });
});

describe("transferDestinations", () => {
  for (const org of ["landups", "leanplans", "synthetic"]) {
    it(`counts ${org}'s transfers by regime and destination as the full list grouped, ordered by regime then country code`, async () => {
      const all = await list({ org });
      const d = await destinations({ org });
      expect(new Map(d.map((x) => [`${x.regime}|${x.country.code}`, { covered: x.covered, notCovered: x.notCovered, undetermined: x.undetermined, mechanisms: x.mechanisms }]))).toEqual(grouped(all));
      expect(d.reduce((n, x) => n + x.covered + x.notCovered + x.undetermined, 0)).toBe(all.length);
      const order = d.map((x) => `${REGIMES.indexOf(x.regime)}|${x.country.code}`);
      expect(order).toEqual([...order].sort());
      for (const regime of new Set(all.map((t) => t.regime))) expect(await destinations({ org, regime })).toEqual(d.filter((x) => x.regime === regime));
    });
  }

  it('names unrecorded countries "ZZ" (Unknown), and Hong Kong for landups\' PIPL transfers', async () => {
    expect((await destinations({ org: "leanplans" })).filter((x) => x.country.code === "ZZ").every((x) => x.country.name === "Unknown" && x.undetermined > 0)).toBe(true);
    expect((await destinations({ org: "leanplans" })).some((x) => x.country.code === "ZZ")).toBe(true);
    expect(await destinations({ org: "landups", regime: "PIPL" })).toContainEqual(expect.objectContaining({ regime: "PIPL", country: { code: "HK", name: "Hong Kong" } }));
  });
});

describe("scope", () => {
  it("gives a key scoped to leanplans nothing of landups, exactly as for an unknown slug", async () => {
    for (const [query, variables] of [
      [LIST, {}],
      [LIST, { regime: "PIPL", toCountry: "HK", first: 10 }],
      [DESTINATIONS, {}],
      [DESTINATIONS, { regime: "PIPL" }],
    ] as const) {
      const hidden = await s.gql(query, { org: "landups", ...variables }, leanplansOnly);
      const unknown = await s.gql(query, { org: "nobody", ...variables }, leanplansOnly);
      expect(Object.values(hidden.body.data ?? {})).toEqual([[]]);
      expect(hidden.body).toEqual(unknown.body);
    }
    expect((await list({ org: "leanplans" }, leanplansOnly)).length).toBeGreaterThan(0);
    expect((await destinations({ org: "leanplans" }, leanplansOnly)).length).toBeGreaterThan(0);
  });
});

describe("memo of live transfers", () => {
  it("follows a write: removing a storage location from an activity changes the next answer", async () => {
    const hk = await list({ org: "landups", toCountry: "HK" });
    const viaLocation = hk.find((t) => t.location);
    expect(viaLocation).toBeDefined();
    const activity = dataOf(await s.gql(`query($id: ID!) { node(id: $id) { ... on ProcessingActivity { id version storageLocations { id } } } }`, { id: viaLocation.activity.id }, admin)).node;
    const before = await list({ org: "landups" });
    const beforeDestinations = await destinations({ org: "landups" });
    const keep = activity.storageLocations.map((l: any) => l.id).filter((id: string) => id !== viaLocation.location.id);
    dataOf(
      await s.gql(
        `mutation($id: ID!, $v: Int!, $input: ProcessingActivityChangesInput!) { updateProcessingActivity(id: $id, expectedVersion: $v, input: $input) { processingActivity { id } } }`,
        { id: activity.id, v: activity.version, input: { storageLocations: keep } },
        admin,
      ),
    );
    const gone = (t: any) => t.activity.id === activity.id && t.location?.id === viaLocation.location.id;
    const after = await list({ org: "landups" });
    expect(before.some(gone)).toBe(true);
    expect(after.some(gone)).toBe(false);
    expect(after).toEqual(before.filter((t) => !gone(t)));
    expect(await destinations({ org: "landups" })).not.toEqual(beforeDestinations);
    expect(await destinations({ org: "landups" })).toEqual(await destinations({ org: "landups" }));
  });

  it("follows a write: giving a recipient a country moves its transfers out of ZZ", async () => {
    const zz = await list({ org: "leanplans", toCountry: "ZZ" });
    const recipientId = zz.find((t) => t.recipient)!.recipient.id;
    const r = dataOf(await s.gql(`query($id: ID!) { node(id: $id) { ... on Recipient { id version } } }`, { id: recipientId }, admin)).node;
    dataOf(await s.gql(`mutation($id: ID!, $v: Int!) { updateRecipient(id: $id, expectedVersion: $v, input: { country: "US" }) { recipient { id } } }`, { id: r.id, v: r.version }, admin));
    const after = await list({ org: "leanplans", toCountry: "ZZ" });
    expect(after.some((t) => t.recipient?.id === recipientId)).toBe(false);
    expect(after.length).toBeLessThan(zz.length);
    expect((await list({ org: "leanplans", toCountry: "US" })).some((t) => t.recipient?.id === recipientId)).toBe(true);
  });
});
