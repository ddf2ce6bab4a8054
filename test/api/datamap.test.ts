import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startTestServer, type TestServer } from "../helpers/server";
import { loadSynthetic } from "../helpers/synthetic";

// The data map is built from narrow set-based reads; it must say exactly what the activities say, link by link.
const MAP = `{ dataMap(organization: "synthetic") { nodes { id kind label detail } edges { from to kind dataCategories } } }`;
const ACTIVITIES = `{
  processingActivities(organization: "synthetic", first: 100) {
    edges { node {
      id
      dataCategories { id }
      purposes { id }
      disclosures { recipient { id } dataCategories { key } }
      storageLocations { id }
    } }
  }
  recipients(organization: "synthetic") { edges { node { id kind parent { id } } } }
}`;

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ prepare: (conn) => loadSynthetic(conn, "synthetic", 12) });
});
afterAll(() => s.close());

const sorted = (xs: string[]) => [...xs].sort();

describe("dataMap", () => {
  it("has one edge for every link of every live activity, and nothing else", async () => {
    const map = dataOf(await s.gql(MAP)).dataMap;
    const record = dataOf(await s.gql(ACTIVITIES));
    const expected: string[] = [];
    for (const { node: a } of record.processingActivities.edges) {
      for (const c of a.dataCategories) expected.push(`${c.id} PROCESSED_IN ${a.id} []`);
      for (const p of a.purposes) expected.push(`${a.id} SERVES ${p.id} []`);
      for (const d of a.disclosures) expected.push(`${a.id} DISCLOSED_TO ${d.recipient.id} ${JSON.stringify(sorted(d.dataCategories.map((c: any) => c.key)))}`);
      for (const l of a.storageLocations) expected.push(`${a.id} STORED_IN ${l.id} []`);
    }
    for (const { node: r } of record.recipients.edges) if (r.parent) expected.push(`${r.parent.id} ENGAGES ${r.id} []`);
    const actual = map.edges.map((e: any) => `${e.from} ${e.kind} ${e.to} ${JSON.stringify(e.dataCategories)}`);
    expect(sorted(actual)).toEqual(sorted(expected));
    expect(new Set(map.edges.map((e: any) => e.kind))).toEqual(new Set(["PROCESSED_IN", "SERVES", "DISCLOSED_TO", "STORED_IN", "ENGAGES"]));
  });

  it("has each node once, every edge end among them, and labels from the record", async () => {
    const map = dataOf(await s.gql(MAP)).dataMap;
    const ids = map.nodes.map((n: any) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of map.edges) expect(ids).toEqual(expect.arrayContaining([e.from, e.to]));
    const kinds = new Map<string, number>();
    for (const n of map.nodes) kinds.set(n.kind, (kinds.get(n.kind) ?? 0) + 1);
    expect(kinds.get("PROCESSING_ACTIVITY")).toBe(12);
    expect(kinds.get("RECIPIENT")).toBe(3);
    expect(kinds.get("LOCATION")).toBe(2);
    expect(map.nodes).toContainEqual(expect.objectContaining({ kind: "DATA_CATEGORY", label: expect.any(String), detail: "user.contact.email" }));
    expect(map.nodes).toContainEqual(expect.objectContaining({ kind: "RECIPIENT", label: "CDN Co", detail: "SUB_PROCESSOR" }));
    expect(map.nodes).toContainEqual(expect.objectContaining({ kind: "LOCATION", label: "Hong Kong servers", detail: "HK" }));
  });

  it("types node and edge kinds as enums holding exactly the values the map answers with, as plain strings", async () => {
    const values = async (name: string) =>
      dataOf(await s.gql(`query($n: String!) { __type(name: $n) { kind enumValues { name description } } }`, { n: name })).__type;
    const nodeKind = await values("DataMapNodeKind");
    const edgeKind = await values("DataMapEdgeKind");
    expect(nodeKind.kind).toBe("ENUM");
    expect(edgeKind.kind).toBe("ENUM");
    for (const v of [...nodeKind.enumValues, ...edgeKind.enumValues]) expect(v.description, v.name).toBeTruthy();
    const map = dataOf(await s.gql(MAP)).dataMap;
    expect(new Set(map.nodes.map((n: any) => n.kind))).toEqual(new Set(nodeKind.enumValues.map((v: any) => v.name)));
    expect(new Set(map.edges.map((e: any) => e.kind))).toEqual(new Set(edgeKind.enumValues.map((v: any) => v.name)));
  });

  it("leaves out an archived activity and its links", async () => {
    const before = dataOf(await s.gql(MAP)).dataMap;
    const first = dataOf(await s.gql(`{ processingActivities(organization: "synthetic", first: 1) { edges { node { id version } } } }`)).processingActivities.edges[0].node;
    const del = await s.gql(`mutation($id: ID!, $v: Int!) { deleteProcessingActivity(id: $id, expectedVersion: $v) { processingActivity { id } } }`, { id: first.id, v: first.version });
    expect(del.body.errors).toBeUndefined();
    const after = dataOf(await s.gql(MAP)).dataMap;
    expect(after.nodes.some((n: any) => n.id === first.id)).toBe(false);
    expect(after.edges.some((e: any) => e.from === first.id || e.to === first.id)).toBe(false);
    expect(before.edges.filter((e: any) => e.from === first.id || e.to === first.id).length).toBe(before.edges.length - after.edges.length);
  });
});
