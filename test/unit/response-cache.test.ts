import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { isCacheableOperation, ResponseCache } from "../../src/server/response-cache";

function cacheable(source: string): boolean {
  const doc = parse(source);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return isCacheableOperation(op, fragments);
}

const answer = (body: string) => ({ status: 200, headers: [["content-type", "application/json"]] as [string, string][], body });

describe("which operations may be answered from memory", () => {
  it("allows queries whose root fields read only the database", () => {
    expect(cacheable(`{ organizations { slug } dataMap(organization: "x") { nodes { id } } }`)).toBe(true);
    expect(cacheable(`{ organization(slug: "x") { slug } }`)).toBe(true);
    expect(cacheable(`query { ... on Query { purposes { key } } ...F } fragment F on Query { legalBases { code } }`)).toBe(true);
  });

  it("refuses mutations, clock-dependent fields, asOf, and unknown fragments", () => {
    expect(cacheable(`mutation { deleteProcessingActivity(id: "x", expectedVersion: 1) { processingActivity { id } } }`)).toBe(false);
    for (const field of ["findings", "transfers", "ropa", "recordDiff", "apiKeys"]) expect(cacheable(`{ organizations { slug } ${field} { x } }`), field).toBe(false);
    expect(cacheable(`{ organization(slug: "x", asOf: "2020-01-01T00:00:00Z") { slug } }`)).toBe(false);
    expect(cacheable(`{ ...F } fragment F on Query { ...G } fragment G on Query { findings { id } }`)).toBe(false);
    expect(cacheable(`{ ...Missing }`)).toBe(false);
  });
});

describe("ResponseCache", () => {
  it("returns an answer only while the change stamp is the one it was stored with", () => {
    const c = new ResponseCache(10_000);
    c.set("k", "1:1", answer("{}"));
    expect(c.get("k", "1:1")?.body).toBe("{}");
    expect(c.get("k", "2:1")).toBeUndefined();
    expect(c.get("k", "1:1")).toBeUndefined();
  });

  it("drops the least recently used answers once over its budget, and never keeps one over a quarter of it", () => {
    const c = new ResponseCache(1_000);
    c.set("a", "s", answer("x".repeat(200)));
    c.set("b", "s", answer("x".repeat(200)));
    c.set("c", "s", answer("x".repeat(200)));
    c.get("a", "s"); // a is now the most recently used
    c.set("d", "s", answer("x".repeat(200)));
    c.set("e", "s", answer("x".repeat(200)));
    expect(c.get("b", "s")).toBeUndefined();
    expect(c.get("a", "s")).toBeDefined();
    expect(c.get("e", "s")).toBeDefined();
    c.set("huge", "s", answer("x".repeat(300)));
    expect(c.get("huge", "s")).toBeUndefined();
  });

  it("keeps nothing when its budget is 0", () => {
    const c = new ResponseCache(0);
    c.set("a", "s", answer("{}"));
    expect(c.enabled).toBe(false);
    expect(c.get("a", "s")).toBeUndefined();
  });
});
