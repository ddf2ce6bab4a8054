import fs from "node:fs";
import path from "node:path";
import {
  buildSchema,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import { describe, expect, it } from "vitest";

// Normalised caches (Apollo Client's InMemoryCache, urql's graphcache) key objects by `id`: every Node an operation reads must select it.
const root = path.resolve(__dirname, "../..");
const schema = buildSchema(fs.readFileSync(path.join(root, "schema/schema.graphql"), "utf8"));
const dir = path.join(root, "schema/operations");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".graphql"));

const implementsNode = (t: GraphQLObjectType) => t.getInterfaces().some((i) => i.name === "Node");

/** The object types a value of this type can be at run time. */
function concreteTypes(s: GraphQLSchema, t: GraphQLNamedType): readonly GraphQLObjectType[] {
  if (isObjectType(t)) return [t];
  return isAbstractType(t) ? s.getPossibleTypes(t) : [];
}

/** Does a fragment's type condition hold for an object of type `t`? */
function applies(s: GraphQLSchema, condition: string | undefined, t: GraphQLObjectType): boolean {
  if (!condition || condition === t.name) return true;
  const c = s.getType(condition);
  return !!c && isAbstractType(c) && s.isSubType(c, t);
}

/** Names of the fields a selection set asks of an object of type `t`, through inline fragments and fragment spreads. */
function fieldsFor(s: GraphQLSchema, set: SelectionSetNode, t: GraphQLObjectType, fragments: Map<string, FragmentDefinitionNode>, out = new Set<string>()): Set<string> {
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) out.add(sel.name.value);
    else if (sel.kind === Kind.INLINE_FRAGMENT) {
      if (applies(s, sel.typeCondition?.name.value, t)) fieldsFor(s, sel.selectionSet, t, fragments, out);
    } else {
      const f = fragments.get(sel.name.value);
      if (f && applies(s, f.typeCondition.name.value, t)) fieldsFor(s, f.selectionSet, t, fragments, out);
    }
  }
  return out;
}

/** Each selection of a Node type without `id`, as "File: Parent.field (Type), line N". */
function nodesWithoutId(s: GraphQLSchema, doc: DocumentNode, file: string): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const missing: string[] = [];
  const info = new TypeInfo(s);
  visit(
    doc,
    visitWithTypeInfo(info, {
      Field(node) {
        const type = info.getType();
        if (!node.selectionSet || !type) return;
        for (const t of concreteTypes(s, getNamedType(type))) {
          if (implementsNode(t) && !fieldsFor(s, node.selectionSet, t, fragments).has("id")) {
            missing.push(`${file}: ${info.getParentType()?.name}.${node.name.value} (${t.name}), line ${node.loc?.startToken.line}`);
          }
        }
      },
    }),
  );
  return missing;
}

describe("the operations in schema/operations/", () => {
  it("select `id` on every Node they read, so normalised client caches can key them", () => {
    const missing = files.flatMap((f) => nodesWithoutId(schema, parse(fs.readFileSync(path.join(dir, f), "utf8")), f));
    expect(missing).toEqual([]);
  });

  it("would catch a Node without `id`, directly, behind an interface and through a fragment", () => {
    const doc = parse(`
      query Q {
        organizations { slug recipientsConnection { edges { node { name } } } }
        node(id: "x") { ... on Location { name } }
        organization(slug: "a") { ...Org }
      }
      fragment Org on Organization { name }
    `);
    const found = nodesWithoutId(schema, doc, "Q.graphql");
    expect(found).toEqual(expect.arrayContaining([
      "Q.graphql: Query.organizations (Organization), line 3",
      "Q.graphql: RecipientEdge.node (Recipient), line 3",
      "Q.graphql: Query.node (Location), line 4",
      "Q.graphql: Query.organization (Organization), line 5",
    ]));
    const fixed = parse(`query Q { node(id: "x") { id ... on Location { name } } organization(slug: "a") { ...Org } } fragment Org on Organization { id }`);
    expect(nodesWithoutId(schema, fixed, "Q.graphql")).toEqual([]);
  });
});
