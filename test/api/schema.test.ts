import fs from "node:fs";
import path from "node:path";
import { buildSchema, GraphQLObjectType, GraphQLInterfaceType, GraphQLInputObjectType, GraphQLEnumType, Kind, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { printContract } from "../../src/graphql/schema";

const committed = fs.readFileSync(path.resolve(__dirname, "../../schema/schema.graphql"), "utf8");

describe("the schema on disk", () => {
  it("is exactly the schema the code builds (run `npm run schema` after changing types)", () => {
    expect(printContract()).toBe(committed);
  });

  it("lists types, fields and arguments in name order, so a change shows as a small diff", () => {
    const unsorted: string[] = [];
    const inOrder = (names: string[], where: string) => {
      const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      if (names.join() !== sorted.join()) unsorted.push(where);
    };
    const defs = parse(committed).definitions.filter((d) => "name" in d && d.name !== undefined) as { name: { value: string }; fields?: readonly any[] }[];
    inOrder(defs.map((d) => d.name.value), "types");
    for (const d of defs) {
      const fields = (d as any).kind === Kind.ENUM_TYPE_DEFINITION ? [] : (d.fields ?? []);
      inOrder(fields.map((f: any) => f.name.value), d.name.value);
      for (const f of fields) inOrder((f.arguments ?? []).map((a: any) => a.name.value), `${d.name.value}.${f.name.value}`);
    }
    expect(unsorted).toEqual([]);
  });

  it("writes English plurals in descriptions (no activitys)", () => {
    // A consonant before "ys" is a plural built by appending "s" to a word ending in y.
    const wrong = [...committed.matchAll(/\b[A-Za-z]*[b-df-hj-np-tv-z]ys\b/g)].map((m) => m[0]);
    expect(wrong).toEqual([]);
  });

  it("describes every type, field, argument and enum value", () => {
    const schema = buildSchema(committed);
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__")) continue;
      if (!type.description) missing.push(type.name);
      if (type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType || type instanceof GraphQLInputObjectType) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (type instanceof GraphQLEnumType) {
        for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("keeps the names of the contract dashboards depend on", () => {
    const schema = buildSchema(committed);
    const query = schema.getQueryType()!.getFields();
    for (const f of ["node", "organizations", "organization", "processingActivities", "recipients", "dataCategories", "purposes", "legalBases", "dataMap"]) {
      expect(query[f], f).toBeDefined();
    }
    const fieldsOf = (name: string) => Object.keys((schema.getType(name) as GraphQLObjectType).getFields());
    expect(fieldsOf("Organization")).toEqual(
      expect.arrayContaining(["id", "slug", "name", "legalName", "website", "contactEmail", "postalAddress", "country", "processingActivities", "recipients", "storageLocations", "dataCategories"]),
    );
    expect(fieldsOf("ProcessingActivity")).toEqual(
      expect.arrayContaining(["id", "name", "description", "organization", "purposes", "legalBases", "dataSubjects", "dataCategories", "sources", "disclosures", "storageLocations", "retention", "securityMeasures", "version", "updatedAt"]),
    );
    expect(fieldsOf("Recipient")).toEqual(expect.arrayContaining(["id", "name", "kind", "category", "named", "country", "dataCategories", "subProcessors"]));
    expect(fieldsOf("Location")).toEqual(expect.arrayContaining(["id", "name", "country", "region", "euAdequacy", "dataCategories"]));
    expect(fieldsOf("DataCategory")).toEqual(expect.arrayContaining(["id", "key", "name", "parent", "children", "sensitivity"]));
    expect(fieldsOf("LegalBasis")).toEqual(expect.arrayContaining(["id", "regime", "code", "name"]));
    expect((schema.getType("Regime") as GraphQLEnumType).getValues().map((v) => v.name)).toEqual(["GDPR", "UK_GDPR", "PIPL", "PDPO", "CCPA"]);
    expect((schema.getType("AdequacyStatus") as GraphQLEnumType).getValues().map((v) => v.name)).toEqual(["EEA", "ADEQUATE", "PARTIAL", "NOT_ADEQUATE"]);
  });
});
