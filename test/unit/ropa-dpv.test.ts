import jsonld from "jsonld";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Connection } from "../../src/db/connection";
import { SYSTEM } from "../../src/modules/context";
import { dpvDocument } from "../../src/io/export/dpv";
import { expandTerm, PREFIXES, PROJECT_BASE, VOCABULARY_IRIS } from "../../src/io/export/dpv-mapping";
import { seedDatabase } from "../../src/io/seed/seed";
import { activityStore } from "../../src/modules/activity/activity.store";
import { activityWriteService } from "../../src/modules/activity/activity.write.service";
import { locationStore } from "../../src/modules/location/location.store";
import { locationWriteService } from "../../src/modules/location/location.write.service";
import { organizationStore } from "../../src/modules/organization/organization.store";
import { recipientStore } from "../../src/modules/recipient/recipient.store";
import { ropaService } from "../../src/modules/ropa/ropa.service";

// The DPV JSON-LD export, expanded by the jsonld library with the network shut off: it must expand cleanly, and
// every IRI in it must come from the project's mapping module, from the DPV IRIs stored with the data, or from
// the project's own base.

let conn: Connection;
let stored: Set<string>;
beforeAll(() => {
  conn = openDatabase(":memory:");
  seedDatabase(conn);
  const iris = ["data_categories", "purposes", "data_subject_categories", "legal_bases", "countries", "security_measures"].flatMap((table) =>
    (conn.sqlite.prepare(`select dpv_iri as iri from ${table} where dpv_iri is not null`).all() as { iri: string }[]).map((r) => r.iri),
  );
  stored = new Set(iris);
});
afterAll(() => conn.close());

const offline = async (url: string): Promise<never> => {
  throw new Error(`network access refused: ${url}`);
};

async function expanded(slug: string) {
  const r = ropaService.build(conn.db, SYSTEM, { organization: slug })!;
  const doc = dpvDocument(r.record, r.reference, r.transfers);
  const out = (await jsonld.expand(doc as never, { documentLoader: offline as never, safe: true } as never)) as unknown as Record<string, unknown>[];
  return { r, doc, out };
}

/** Every IRI the expanded document uses: node ids, types, properties and literal datatypes. */
function irisOf(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => irisOf(v, found));
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) {
      if (k === "@id") found.add(v as string);
      else if (k === "@type") (Array.isArray(v) ? v : [v]).forEach((t) => found.add(t as string));
      else if (k === "@value") continue;
      else {
        if (!k.startsWith("@")) found.add(k);
        irisOf(v, found);
      }
    }
  }
  return found;
}

const nodes = (out: Record<string, unknown>[], type: string) => {
  const all: Record<string, any>[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      const o = v as Record<string, any>;
      if ((o["@type"] ?? []).includes(expandTerm(type))) all.push(o);
      Object.values(o).forEach(walk);
    }
  };
  walk(out);
  return all;
};
const ids = (values: { "@id": string }[] | undefined) => (values ?? []).map((v) => v["@id"]);

describe("DPV JSON-LD", () => {
  it("declares the DPV namespaces of domain.md", () => {
    expect(PREFIXES).toMatchObject({
      dpv: "https://w3id.org/dpv#",
      pd: "https://w3id.org/dpv/pd#",
      "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
      loc: "https://w3id.org/dpv/loc#",
    });
  });

  for (const slug of ["landups", "leanplans"]) {
    it(`${slug}: expands offline and uses only mapped, stored or project IRIs`, async () => {
      const { out } = await expanded(slug);
      expect(out.length).toBeGreaterThan(0);
      const used = irisOf(out, new Set());
      expect(used).toContain(expandTerm("dpv:hasPurpose"));
      expect([...used].some((iri) => iri.startsWith(PREFIXES.pd))).toBe(true);
      const unknown = [...used].filter((iri) => !VOCABULARY_IRIS.has(iri) && !stored.has(iri) && !iri.startsWith(PROJECT_BASE));
      expect(unknown).toEqual([]);
    });
  }

  it("describes Landups as a controller with processes, storage in Hong Kong and PIPL transfers", async () => {
    const { r, out } = await expanded("landups");
    const controller = nodes(out, "dpv:DataController");
    expect(controller).toHaveLength(1);
    expect(controller[0]["@id"]).toBe("urn:datamap:organization:landups");
    expect(ids(controller[0][expandTerm("dpv:hasCountry")])).toEqual(["https://w3id.org/dpv/loc#CN"]);

    const processes = nodes(out, "dpv:Process");
    expect(processes).toHaveLength(13);
    const registration = processes.find((p) => p["@id"].endsWith(":activity:account-registration"))!;
    expect(ids(registration[expandTerm("dpv:hasPersonalData")])).toContain("https://w3id.org/dpv/pd#EmailAddress");
    expect(ids(registration[expandTerm("dpv:hasDataSubject")])).toEqual(["https://w3id.org/dpv#Customer"]);
    // PIPL has no DPV IRIs: the basis gets a project IRI.
    expect(ids(registration[expandTerm("dpv:hasLegalBasis")])).toEqual(["urn:datamap:legal-basis:PIPL:13-1"]);
    expect(ids(registration[expandTerm("dpv:hasLocation")])).toEqual(["urn:datamap:organization:landups:location:hk-servers"]);
    const duration = registration[expandTerm("dpv:hasStorageCondition")][0];
    expect(duration["@type"]).toEqual([expandTerm("dpv:StorageDuration")]);
    expect(duration[expandTerm("dm:retentionTrigger")][0]["@value"]).toBe("END_OF_SERVICE");

    const location = nodes(out, "dpv:StorageLocation");
    expect(location.map((l) => ids(l[expandTerm("dpv:hasCountry")])[0])).toEqual(["https://w3id.org/dpv/loc#HK"]);
    const transfers = nodes(out, "dpv:CrossBorderTransfer");
    expect(transfers).toHaveLength(r.transfers.length);
    const hk = transfers.filter((t) => ids(t[expandTerm("dpv:hasCountry")])[0] === "https://w3id.org/dpv/loc#HK");
    expect(hk.length).toBeGreaterThan(5);
    expect(hk[0][expandTerm("dm:transferStatus")][0]["@value"]).toBe("NOT_COVERED");
    const measures = nodes(out, "dpv:TechnicalOrganisationalMeasure").concat(nodes(out, "dpv:OrganisationalMeasure"));
    expect(measures.length).toBeGreaterThan(0);
    expect(nodes(out, "dpv:Recipient").length).toBe(7);
  });

  it("states an activity's impact assessment and the recipient hosting a location, in DPV terms only", async () => {
    const org = organizationStore.bySlug(conn.db, "landups")!;
    const a = activityStore.byOrgIds(conn.db, [org.id])[0];
    const l = locationStore.byOrgIds(conn.db, [org.id])[0];
    const host = recipientStore.byOrgIds(conn.db, [org.id])[0];
    conn.db.transaction((tx) => {
      activityWriteService.update(tx, a.id, a.version, { impactAssessment: "DPIA 2025-04, compliance folder" }, "test");
      locationWriteService.update(tx, l.id, l.version, { hosting: "PROVIDER", hostedBy: host.id }, "test");
    });
    const { out } = await expanded("landups");
    const used = irisOf(out, new Set());
    expect([...used].filter((iri) => !VOCABULARY_IRIS.has(iri) && !stored.has(iri) && !iri.startsWith(PROJECT_BASE))).toEqual([]);
    const process = nodes(out, "dpv:Process").find((p) => p["@id"].endsWith(`:activity:${a.key}`))!;
    const assessment = process[expandTerm("dpv:hasAssessment")][0];
    expect(assessment["@type"]).toEqual([expandTerm("dpv:Assessment")]);
    expect(assessment[expandTerm("dct:description")][0]["@value"]).toBe("DPIA 2025-04, compliance folder");
    const location = nodes(out, "dpv:StorageLocation").find((n) => n["@id"].endsWith(`:location:${l.key}`))!;
    expect(ids(location[expandTerm("dpv:hasServiceProvider")])).toEqual([`urn:datamap:organization:landups:recipient:${host.key}`]);
  });

  it("uses the stored GDPR IRIs for Leanplans' legal bases, project IRIs for its PIPL ones, and a period as an xsd:duration", async () => {
    const org = organizationStore.bySlug(conn.db, "leanplans")!;
    const a = activityStore.byOrgIds(conn.db, [org.id]).find((x) => x.key === "customer-support")!;
    conn.db.transaction((tx) => activityWriteService.update(tx, a.id, a.version, { retention: { period: "P2Y", trigger: "ACCOUNT_CLOSURE" } }, "test"));
    const { out } = await expanded("leanplans");
    const account = nodes(out, "dpv:Process").find((p) => p["@id"].endsWith(":activity:account-management"))!;
    expect(ids(account[expandTerm("dpv:hasLegalBasis")])).toEqual(["https://w3id.org/dpv/legal/eu/gdpr#A6-1-b", "urn:datamap:legal-basis:PIPL:13-2"]);
    // PayPal is an independent controller of the payment data it holds, not Leanplans' processor.
    expect(nodes(out, "dpv:DataProcessor").some((n) => n["@id"].endsWith(":recipient:paypal"))).toBe(false);
    const paypal = nodes(out, "dpv:DataController").find((n) => n["@id"].endsWith(":recipient:paypal"))!;
    expect(paypal["@type"]).toEqual([expandTerm("dpv:Recipient"), expandTerm("dpv:DataController")]);
    expect(paypal[expandTerm("dpv:hasName")][0]["@value"]).toBe("PayPal");
    // The ad networks' role in law (joint controller) decides their class, not the kind the notice calls them (third party).
    const ads = nodes(out, "dpv:JointDataControllers").find((n) => n["@id"].endsWith(":recipient:ad-networks"))!;
    expect(ads["@type"]).toEqual([expandTerm("dpv:Recipient"), expandTerm("dpv:JointDataControllers")]);
    const support = nodes(out, "dpv:Process").find((p) => p["@id"].endsWith(":activity:customer-support"))!;
    expect(support[expandTerm("dpv:hasStorageCondition")][0][expandTerm("rdf:value")]).toEqual([{ "@value": "P2Y", "@type": expandTerm("xsd:duration") }]);
  });
});
